"""Snippets: reusable passages shared by everyone using the workspace.

A snippet has a name (unique, ignoring case) and may have a trigger, a short
token typed in the editor to insert it (such as ``;about``; unique, exact
case). Nothing is seeded. Every change is recorded in the audit log in the
same transaction.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.canonical import sha256_text
from drafter.store.records import Snippet
from drafter.store.schema import SNIPPET_NAME_MAX, TRIGGER_MAX, inserted_id, snippets
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace


def clean_snippet_name(name: str) -> str:
    """The name as stored: blanks collapsed, never empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise DrafterError("A snippet needs a name: type a few words that say what it is.")
    if len(cleaned) > SNIPPET_NAME_MAX:
        raise DrafterError(
            f"That snippet name is {len(cleaned)} characters long; keep it under "
            f"{SNIPPET_NAME_MAX + 1}."
        )
    return cleaned


def clean_trigger(trigger: str | None) -> str | None:
    """The trigger as stored: None for none (or blank), one token otherwise."""
    if trigger is None or not trigger.strip():
        return None
    cleaned = trigger.strip()
    if any(c.isspace() for c in cleaned):
        raise DrafterError(
            f"The trigger “{cleaned}” has a space in it: use one short word, such as “;about”."
        )
    if len(cleaned) > TRIGGER_MAX:
        raise DrafterError(f"That trigger is too long: keep it under {TRIGGER_MAX + 1} characters.")
    return cleaned


def _check_body(body: str) -> str:
    if not body.strip():
        raise DrafterError("A snippet needs some text to insert.")
    return body


def _to_snippet(row: Row[Any]) -> Snippet:
    return Snippet(
        id=row.id,
        name=row.name,
        trigger=row.trigger,
        body=row.body,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _fetch(conn: Connection, snippet_id: int) -> Snippet:
    row = conn.execute(sa.select(snippets).where(snippets.c.id == snippet_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"There is no snippet {snippet_id}.")
    return _to_snippet(row)


def _refuse_duplicates(
    conn: Connection, *, name: str, trigger: str | None, other_than: int | None = None
) -> None:
    """Raise if another snippet has this name (ignoring case) or this trigger."""
    query = sa.select(snippets.c.id, snippets.c.name, snippets.c.trigger)
    if other_than is not None:
        query = query.where(snippets.c.id != other_than)
    folded = name.casefold()
    for row in conn.execute(query):
        if row.name.casefold() == folded:
            raise DrafterError(
                f"A snippet named “{row.name}” already exists. Choose another name, "
                "or change that snippet instead."
            )
        if trigger is not None and row.trigger == trigger:
            raise DrafterError(
                f"The trigger “{trigger}” is already used by the snippet “{row.name}”. "
                "Choose another trigger."
            )


def _taken_meanwhile() -> DrafterError:
    return DrafterError(
        "Someone else has just saved a snippet with that name or trigger. Nothing was "
        "changed: choose another name or trigger and save again."
    )


class SnippetStore:
    """List, find, create, change and delete the workspace's snippets."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> builtins.list[Snippet]:
        """Every snippet, by name (ignoring case)."""
        with self._workspace.read() as conn:
            found = [_to_snippet(row) for row in conn.execute(sa.select(snippets))]
        return sorted(found, key=lambda snippet: (snippet.name.casefold(), snippet.id))

    def get(self, snippet_id: int) -> Snippet:
        """One snippet; NotFoundError if there is none with that id."""
        with self._workspace.read() as conn:
            return _fetch(conn, snippet_id)

    def by_trigger(self, trigger: str) -> Snippet | None:
        """The snippet with exactly this trigger, or None."""
        cleaned = trigger.strip()
        if not cleaned:
            return None
        with self._workspace.read() as conn:
            row = conn.execute(
                sa.select(snippets).where(snippets.c.trigger == cleaned)
            ).one_or_none()
        return None if row is None else _to_snippet(row)

    def create(
        self, name: str, body: str, *, trigger: str | None = None, actor: str
    ) -> Snippet:
        """A new snippet; refused if its name or trigger is taken."""
        name = clean_snippet_name(name)
        trigger = clean_trigger(trigger)
        body = _check_body(body)
        actor = clean_actor(actor)
        now = self._workspace.now()
        try:
            with self._workspace.write() as conn:
                _refuse_duplicates(conn, name=name, trigger=trigger)
                result = conn.execute(
                    snippets.insert().values(
                        name=name,
                        trigger=trigger,
                        body=body,
                        created_by=actor,
                        created_at=now,
                        updated_by=actor,
                        updated_at=now,
                    )
                )
                snippet_id = inserted_id(result)
                self._audit(
                    conn,
                    actor=actor,
                    action="snippet_created",
                    snippet_id=snippet_id,
                    name=name,
                    trigger=trigger,
                    sha256=sha256_text(body),
                    chars=len(body),
                )
                return _fetch(conn, snippet_id)
        except IntegrityError as exc:
            raise _taken_meanwhile() from exc

    def update(
        self,
        snippet_id: int,
        *,
        name: str | None = None,
        body: str | None = None,
        trigger: str | None = None,
        actor: str,
    ) -> Snippet:
        """Change what is given; ``None`` keeps a value, ``trigger=""`` removes the trigger."""
        actor = clean_actor(actor)
        new_name = None if name is None else clean_snippet_name(name)
        new_body = None if body is None else _check_body(body)
        new_trigger = None if trigger is None else clean_trigger(trigger)
        try:
            with self._workspace.write() as conn:
                current = _fetch(conn, snippet_id)
                values: dict[str, Any] = {}
                if new_name is not None and new_name != current.name:
                    values["name"] = new_name
                if new_body is not None and new_body != current.body:
                    values["body"] = new_body
                if trigger is not None and new_trigger != current.trigger:
                    values["trigger"] = new_trigger
                if not values:
                    return current
                _refuse_duplicates(
                    conn,
                    name=values.get("name", current.name),
                    trigger=values.get("trigger", current.trigger),
                    other_than=snippet_id,
                )
                conn.execute(
                    snippets.update()
                    .where(snippets.c.id == snippet_id)
                    .values(**values, updated_by=actor, updated_at=self._workspace.now())
                )
                updated = _fetch(conn, snippet_id)
                self._audit(
                    conn,
                    actor=actor,
                    action="snippet_updated",
                    snippet_id=snippet_id,
                    name=updated.name,
                    trigger=updated.trigger,
                    changed=sorted(values),
                    sha256=sha256_text(updated.body),
                )
                return updated
        except IntegrityError as exc:
            raise _taken_meanwhile() from exc

    def delete(self, snippet_id: int, *, actor: str) -> None:
        """Remove the snippet; NotFoundError if there is none with that id."""
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            current = _fetch(conn, snippet_id)
            conn.execute(snippets.delete().where(snippets.c.id == snippet_id))
            self._audit(
                conn,
                actor=actor,
                action="snippet_deleted",
                snippet_id=snippet_id,
                name=current.name,
                trigger=current.trigger,
            )

    def _audit(self, conn: Connection, *, actor: str, action: str, **details: Any) -> None:
        self._workspace.audit.append(
            conn, actor=actor, action=action, statement_id=None, details=details
        )
