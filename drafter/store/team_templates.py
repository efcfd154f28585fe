"""Team templates: template files kept in the workspace, shared by everyone.

The store keeps each template's whole file text under its template id and
does not read it: parsing and checking templates is core's job. Saving and
deleting are recorded in the audit log in the same transaction.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.canonical import sha256_text
from drafter.store.records import TeamTemplateRecord
from drafter.store.schema import TEMPLATE_ID_MAX, team_templates
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace


def clean_template_id(template_id: str) -> str:
    """A template id as stored: no blanks anywhere, never empty or too long."""
    cleaned = template_id.strip()
    if not cleaned or len(cleaned) > TEMPLATE_ID_MAX or any(c.isspace() for c in cleaned):
        raise DrafterError(
            f"{template_id!r} cannot be a template id: use 1 to {TEMPLATE_ID_MAX} "
            "characters without spaces, such as press-release."
        )
    return cleaned


def _to_record(row: Row[Any]) -> TeamTemplateRecord:
    return TeamTemplateRecord(
        id=row.id, source=row.source, updated_by=row.updated_by, updated_at=row.updated_at
    )


def _fetch(conn: Connection, template_id: str) -> TeamTemplateRecord | None:
    row = conn.execute(
        sa.select(team_templates).where(team_templates.c.id == template_id)
    ).one_or_none()
    return None if row is None else _to_record(row)


def _not_found(template_id: str) -> NotFoundError:
    return NotFoundError(f"There is no team template {template_id!r}.")


class TeamTemplateStore:
    """List, read, save and delete the workspace's team templates."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> builtins.list[TeamTemplateRecord]:
        """Every team template, by id."""
        with self._workspace.read() as conn:
            rows = conn.execute(sa.select(team_templates).order_by(team_templates.c.id))
            return [_to_record(row) for row in rows]

    def get(self, template_id: str) -> TeamTemplateRecord:
        """One team template; NotFoundError if there is none with that id."""
        template_id = template_id.strip()
        with self._workspace.read() as conn:
            found = _fetch(conn, template_id)
        if found is None:
            raise _not_found(template_id)
        return found

    def save(self, template_id: str, source: str, *, actor: str) -> TeamTemplateRecord:
        """Add the template, or replace the text of the one with this id.

        Saving the text already stored changes nothing and records nothing.
        """
        template_id = clean_template_id(template_id)
        actor = clean_actor(actor)
        try:
            return self._save(template_id, source, actor)
        except IntegrityError:
            # Another Drafter added the same id between our read and our write
            # (possible on a server only: SQLite writers take turns).
            return self._save(template_id, source, actor)

    def _save(self, template_id: str, source: str, actor: str) -> TeamTemplateRecord:
        now = self._workspace.now()
        with self._workspace.write() as conn:
            current = _fetch(conn, template_id)
            if current is not None and current.source == source:
                return current
            if current is None:
                conn.execute(
                    team_templates.insert().values(
                        id=template_id,
                        source=source,
                        created_by=actor,
                        created_at=now,
                        updated_by=actor,
                        updated_at=now,
                    )
                )
            else:
                conn.execute(
                    team_templates.update()
                    .where(team_templates.c.id == template_id)
                    .values(source=source, updated_by=actor, updated_at=now)
                )
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="team_template_saved",
                statement_id=None,
                details={
                    "template_id": template_id,
                    "new": current is None,
                    "sha256": sha256_text(source),
                    "chars": len(source),
                },
            )
            saved = _fetch(conn, template_id)
            assert saved is not None
            return saved

    def delete(self, template_id: str, *, actor: str) -> None:
        """Remove the team template; NotFoundError if there is none with that id."""
        template_id = template_id.strip()
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            current = _fetch(conn, template_id)
            if current is None:
                raise _not_found(template_id)
            conn.execute(team_templates.delete().where(team_templates.c.id == template_id))
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="team_template_deleted",
                statement_id=None,
                details={"template_id": template_id, "sha256": sha256_text(current.source)},
            )
