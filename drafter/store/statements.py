"""Statements and their working copies, with optimistic locking.

``version`` counts changes of the working copy text. A save names the
version it was based on; if someone else saved in between, the save is
refused (``ConflictError``) and nothing is overwritten. Renaming, trashing,
restoring, changing the language and ignoring words (``statement_settings``)
do not change the version, so they never make an open editor conflict with
itself.

Every change is recorded in the audit log in the same transaction: the
change and its audit event are stored together or not at all.
"""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from drafter.core.errors import ConflictError, DrafterError, NotFoundError
from drafter.core.statement import Statement, StatementSummary, Status
from drafter.store import statement_settings
from drafter.store.canonical import canonical_json, sha256_text
from drafter.store.schema import LANGUAGE_MAX, LOGIN_MAX, TITLE_MAX, inserted_id, statements

if TYPE_CHECKING:
    from drafter.store.database import Workspace


#: Stands for a field that has no value at all (None is a value).
_MISSING = object()


def clean_title(title: str) -> str:
    """The title as stored: surrounding blanks removed, never empty or too long."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise DrafterError("A statement needs a title: type a few words that name it.")
    if len(cleaned) > TITLE_MAX:
        raise DrafterError(
            f"That title is {len(cleaned)} characters long; keep it under {TITLE_MAX + 1}."
        )
    return cleaned


def clean_actor(actor: str) -> str:
    """Who acts, as recorded: a non-empty login name."""
    cleaned = actor.strip()
    if not cleaned or len(cleaned) > LOGIN_MAX:
        raise DrafterError(f"{actor!r} cannot be recorded as the person acting.")
    return cleaned


def _not_found(statement_id: int) -> NotFoundError:
    return NotFoundError(f"There is no statement {statement_id}.")


def _to_statement(row: Row[Any]) -> Statement:
    return Statement(
        id=row.id,
        title=row.title,
        status=Status(row.status),
        text=row.text,
        version=row.version,
        language=row.language,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        template_id=row.template_id,
        fields=json.loads(row.fields),
        trashed_at=row.trashed_at,
    )


def _fetch(conn: Connection, statement_id: int) -> Statement:
    row = conn.execute(sa.select(statements).where(statements.c.id == statement_id)).one_or_none()
    if row is None:
        raise _not_found(statement_id)
    return _to_statement(row)


class StatementStore:
    """Create, read, save, rename, trash and restore statements."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def _audit(
        self, conn: Connection, *, actor: str, action: str, statement_id: int, **details: Any
    ) -> None:
        self._workspace.audit.append(
            conn, actor=actor, action=action, statement_id=statement_id, details=details
        )

    def create(
        self,
        *,
        title: str,
        text: str,
        actor: str,
        language: str = "en",
        template_id: str | None = None,
        fields: dict[str, Any] | None = None,
        template_snapshot: dict[str, Any] | None = None,
    ) -> Statement:
        """A new draft statement at version 1.

        ``template_snapshot`` is what a statement made from a template was made
        from (template id, field definitions, the original text of each fixed
        block), kept as JSON and read back with ``template_snapshot()``.
        """
        title = clean_title(title)
        actor = clean_actor(actor)
        language = language.strip() or "en"
        if len(language) > LANGUAGE_MAX:
            raise DrafterError(f"{language!r} is not a language tag (such as en or fr-CA).")
        fields_json = canonical_json(fields or {})
        snapshot_json = None if template_snapshot is None else canonical_json(template_snapshot)
        now = self._workspace.now()
        with self._workspace.write() as conn:
            result = conn.execute(
                statements.insert().values(
                    title=title,
                    language=language,
                    template_id=template_id,
                    fields=fields_json,
                    status=Status.DRAFT.value,
                    text=text,
                    version=1,
                    created_by=actor,
                    created_at=now,
                    updated_by=actor,
                    updated_at=now,
                    trashed_at=None,
                    template_snapshot=snapshot_json,
                )
            )
            statement_id = inserted_id(result)
            self._audit(
                conn,
                actor=actor,
                action="created",
                statement_id=statement_id,
                title=title,
                language=language,
                template_id=template_id,
                version=1,
                sha256=sha256_text(text),
                chars=len(text),
            )
            return _fetch(conn, statement_id)

    def get(self, statement_id: int) -> Statement:
        """One statement, trashed or not; NotFoundError if there is none."""
        with self._workspace.read() as conn:
            return _fetch(conn, statement_id)

    def template_snapshot(self, statement_id: int) -> dict[str, Any] | None:
        """What the statement was made from (None if not made from a template)."""
        with self._workspace.read() as conn:
            row = conn.execute(
                sa.select(statements.c.template_snapshot).where(statements.c.id == statement_id)
            ).one_or_none()
        if row is None:
            raise _not_found(statement_id)
        if row.template_snapshot is None:
            return None
        snapshot = json.loads(row.template_snapshot)
        return snapshot if isinstance(snapshot, dict) else None

    def update_fields(self, statement_id: int, fields: dict[str, Any], *, actor: str) -> Statement:
        """Replace the template field values; the text and its version stay as they are.

        Values equal to those stored change nothing and record nothing.
        """
        actor = clean_actor(actor)
        if not isinstance(fields, dict):
            raise DrafterError("Field values must be given as names and values.")
        fields_json = canonical_json(fields)
        with self._workspace.write() as conn:
            current = _fetch(conn, statement_id)
            if canonical_json(current.fields) == fields_json:
                return current
            new_fields = json.loads(fields_json)
            changed = sorted(
                key
                for key in set(current.fields) | set(new_fields)
                if current.fields.get(key, _MISSING) != new_fields.get(key, _MISSING)
            )
            conn.execute(
                statements.update()
                .where(statements.c.id == statement_id)
                .values(fields=fields_json, updated_by=actor, updated_at=self._workspace.now())
            )
            self._audit(
                conn,
                actor=actor,
                action="fields_changed",
                statement_id=statement_id,
                changed=changed,
            )
            return _fetch(conn, statement_id)

    def save_working_copy(
        self, statement_id: int, text: str, *, expected_version: int, actor: str,
        reopen_approved: bool = False, wait_s: float | None = None,
    ) -> int:
        """Store the editor's text; return the version the statement now has.

        Saving text identical to what is stored changes nothing and returns
        the stored version. Otherwise the save must be based on the stored
        version, or ConflictError is raised and nothing changes. The text of
        a statement in review or released does not change (NotAllowedError);
        an approved one changes only with ``reopen_approved``, which sets its
        approvals aside and returns it to draft. ``wait_s``: how long to wait
        for another writer (see ``Workspace.write``).
        """
        actor = clean_actor(actor)
        with self._workspace.write(wait_s=wait_s) as conn:
            return self._save_in(conn, statement_id, text, expected_version=expected_version,
                                 actor=actor, reopen_approved=reopen_approved)

    def _save_in(self, conn: Connection, statement_id: int, text: str, *, expected_version: int,
                 actor: str, reopen_approved: bool) -> int:
        from drafter.core.workflow import check_edit
        from drafter.store.reviews import supersede_approvals

        current = conn.execute(
            sa.select(statements.c.text, statements.c.version, statements.c.status).where(
                statements.c.id == statement_id
            )
        ).one_or_none()
        if current is None:
            raise _not_found(statement_id)
        if current.text == text:
            return int(current.version)
        if check_edit(Status(current.status), reopen_approved=reopen_approved):
            supersede_approvals(self._workspace, conn, statement_id, actor=actor)
            conn.execute(statements.update().where(statements.c.id == statement_id)
                         .values(status=Status.DRAFT.value))
        new_version = expected_version + 1
        result = conn.execute(
            statements.update()
            .where(statements.c.id == statement_id, statements.c.version == expected_version)
            .values(
                text=text,
                version=new_version,
                updated_by=actor,
                updated_at=self._workspace.now(),
            )
        )
        if result.rowcount != 1:
            actual = conn.scalar(
                sa.select(statements.c.version).where(statements.c.id == statement_id)
            )
            raise ConflictError(statement_id, expected_version, int(actual or 0))
        self._audit(
            conn,
            actor=actor,
            action="edited",
            statement_id=statement_id,
            version=new_version,
            sha256=sha256_text(text),
            chars=len(text),
        )
        return new_version

    def resolve_conflict(
        self, statement_id: int, mine: str, *, keep_mine: bool, their_version: int, actor: str,
    ) -> int:
        """Settle a refused save (ConflictError) as the person chose; return the version now stored.

        ``their_version`` is the version they were shown. Keeping mine saves
        my text as the next version on top of theirs; taking theirs leaves the
        statement as it is. Either way the text set aside is kept in the audit
        log with the choice, so the history can show it and nothing is lost.
        If the statement moved on again since they looked, ConflictError again.
        """
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            current = conn.execute(
                sa.select(statements.c.text, statements.c.version, statements.c.updated_by)
                .where(statements.c.id == statement_id)
            ).one_or_none()
            if current is None:
                raise _not_found(statement_id)
            if int(current.version) != their_version:
                raise ConflictError(statement_id, their_version, int(current.version))
            set_aside = current.text if keep_mine else mine
            self._audit(
                conn, actor=actor, action="conflict_resolved", statement_id=statement_id,
                kept="mine" if keep_mine else "theirs", their_version=their_version,
                their_author=current.updated_by, set_aside_text=set_aside,
                set_aside_sha256=sha256_text(set_aside),
            )
            if not keep_mine:
                return their_version
            return self._save_in(conn, statement_id, mine, expected_version=their_version,
                                 actor=actor, reopen_approved=False)

    def rename(
        self,
        statement_id: int,
        title: str,
        *,
        actor: str,
        expected_version: int | None = None,
    ) -> Statement:
        """Give the statement a new title (refused if ``expected_version`` is stale)."""
        title = clean_title(title)
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            current = _fetch(conn, statement_id)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(statement_id, expected_version, current.version)
            if current.title == title:
                return current
            conn.execute(
                statements.update()
                .where(statements.c.id == statement_id)
                .values(title=title, updated_by=actor, updated_at=self._workspace.now())
            )
            self._audit(
                conn,
                actor=actor,
                action="renamed",
                statement_id=statement_id,
                **{"from": current.title, "to": title},
            )
            return _fetch(conn, statement_id)

    def trash(self, statement_id: int, *, actor: str) -> None:
        """Move the statement to the trash (nothing is deleted)."""
        self._set_trashed(statement_id, actor=actor, trashed=True)

    def restore(self, statement_id: int, *, actor: str) -> None:
        """Bring the statement back from the trash."""
        self._set_trashed(statement_id, actor=actor, trashed=False)

    def _set_trashed(self, statement_id: int, *, actor: str, trashed: bool) -> None:
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            current = _fetch(conn, statement_id)
            if current.trashed == trashed:
                return
            now = self._workspace.now()
            conn.execute(
                statements.update()
                .where(statements.c.id == statement_id)
                .values(trashed_at=now if trashed else None, updated_by=actor, updated_at=now)
            )
            self._audit(
                conn,
                actor=actor,
                action="trashed" if trashed else "restored",
                statement_id=statement_id,
                title=current.title,
            )

    # -- language and spelling (see statement_settings) ------------------------------

    def set_language(self, statement_id: int, language: str, *, actor: str) -> bool:
        """Give the statement a language tag (2 to 8 letters and hyphens, such as fr-CA).

        False if it has that language already. The text and version stay as they are.
        """
        return statement_settings.set_language(
            self._workspace, statement_id, language, actor=clean_actor(actor)
        )

    def ignored_words(self, statement_id: int) -> builtins.list[str]:
        """The words the spelling check ignores in this statement, sorted."""
        return statement_settings.ignored_words(self._workspace, statement_id)

    def ignore_word(self, statement_id: int, word: str, *, actor: str) -> bool:
        """Ignore one word (exactly as written) in this statement; False if it already is."""
        return statement_settings.ignore_word(
            self._workspace, statement_id, word, actor=clean_actor(actor)
        )

    def unignore_word(self, statement_id: int, word: str, *, actor: str) -> bool:
        """Check the word in this statement again; False if it was not ignored."""
        return statement_settings.unignore_word(
            self._workspace, statement_id, word, actor=clean_actor(actor)
        )

    def list(
        self,
        *,
        status: Status | None = None,
        search: str | None = None,
        trashed: bool = False,
    ) -> builtins.list[StatementSummary]:
        """Statements, most recently updated first.

        ``trashed=False`` lists those outside the trash, ``trashed=True`` those
        in it. ``search`` keeps titles containing it, ignoring case.
        """
        query = sa.select(
            statements.c.id,
            statements.c.title,
            statements.c.status,
            statements.c.updated_at,
            statements.c.trashed_at,
        )
        if trashed:
            query = query.where(statements.c.trashed_at.is_not(None))
        else:
            query = query.where(statements.c.trashed_at.is_(None))
        if status is not None:
            query = query.where(statements.c.status == Status(status).value)
        query = query.order_by(statements.c.updated_at.desc(), statements.c.id.desc())
        with self._workspace.read() as conn:
            if search and search.strip():
                query = query.where(_folded_title(conn).contains(_fold(conn, search.strip()),
                                                                  autoescape=True))
            return [
                StatementSummary(
                    id=row.id,
                    title=row.title,
                    status=Status(row.status),
                    updated_at=row.updated_at,
                    trashed=row.trashed_at is not None,
                )
                for row in conn.execute(query)
            ]


def _folded_title(conn: Connection) -> sa.ColumnElement[str]:
    if conn.dialect.name == "sqlite":
        # Registered on every SQLite connection by the workspace (Unicode-aware).
        return sa.func.drafter_fold(statements.c.title, type_=sa.String)
    return sa.func.lower(statements.c.title, type_=sa.String)


def _fold(conn: Connection, text: str) -> str:
    return text.casefold() if conn.dialect.name == "sqlite" else text.lower()
