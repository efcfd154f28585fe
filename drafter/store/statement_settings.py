"""A statement's language and the words its spelling check ignores.

``StatementStore`` offers these (``set_language``, ``ignored_words``,
``ignore_word``, ``unignore_word``); they live here to keep that module short.
None of them changes the text or its version, so they never make an open
editor conflict with itself. Each change is recorded in the audit log in the
same transaction; asking for what is already so changes and records nothing.

The ignored words are kept on the statement as a sorted JSON list (NULL for
none), exactly as written: ignoring "Burnside" does not ignore "burnside".
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from drafter.core.errors import NotFoundError
from drafter.store.canonical import canonical_json
from drafter.store.schema import statements
from drafter.store.spelling import clean_language, clean_word, normal_word

if TYPE_CHECKING:
    from drafter.store.database import Workspace


def _row(conn: Connection, statement_id: int, *, for_update: bool = False) -> tuple[str, str | None]:
    """The statement's language and stored ignore list; NotFoundError if there is none."""
    query = sa.select(statements.c.language, statements.c.spelling_ignored).where(
        statements.c.id == statement_id
    )
    if for_update:
        # A server must not let two Drafters rewrite the list at once (SQLite
        # writers take turns anyway, and SQLAlchemy leaves FOR UPDATE out there).
        query = query.with_for_update()
    row = conn.execute(query).one_or_none()
    if row is None:
        raise NotFoundError(f"There is no statement {statement_id}.")
    return str(row.language), row.spelling_ignored


def _parse_ignored(stored: str | None) -> list[str]:
    """The stored words, sorted; what is damaged (not JSON, not text) is left out."""
    if stored is None:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    return sorted({word for word in value if isinstance(word, str)})


def _store_ignored(conn: Connection, statement_id: int, words: set[str]) -> None:
    stored = canonical_json(sorted(words)) if words else None
    conn.execute(
        statements.update().where(statements.c.id == statement_id).values(spelling_ignored=stored)
    )


def _audit(
    workspace: Workspace,
    conn: Connection,
    *,
    actor: str,
    action: str,
    statement_id: int,
    **details: Any,
) -> None:
    workspace.audit.append(
        conn, actor=actor, action=action, statement_id=statement_id, details=details
    )


def set_language(workspace: Workspace, statement_id: int, language: str, *, actor: str) -> bool:
    """Give the statement another language tag; False if it already has it.

    ``actor`` is already cleaned by the caller. The tag is 2 to 8 letters and
    hyphens, stored in its usual case ("fr-ca" becomes "fr-CA").
    """
    language = clean_language(language)
    with workspace.write() as conn:
        current, _ignored = _row(conn, statement_id, for_update=True)
        if current == language:
            return False
        conn.execute(
            statements.update()
            .where(statements.c.id == statement_id)
            .values(language=language, updated_by=actor, updated_at=workspace.now())
        )
        _audit(
            workspace,
            conn,
            actor=actor,
            action="language_changed",
            statement_id=statement_id,
            **{"from": current, "to": language},
        )
        return True


def ignored_words(workspace: Workspace, statement_id: int) -> list[str]:
    """The words ignored in this statement, sorted."""
    with workspace.read() as conn:
        return _parse_ignored(_row(conn, statement_id)[1])


def ignore_word(workspace: Workspace, statement_id: int, word: str, *, actor: str) -> bool:
    """Ignore ``word`` in this statement; False if it already is."""
    word = clean_word(word)
    with workspace.write() as conn:
        words = set(_parse_ignored(_row(conn, statement_id, for_update=True)[1]))
        if word in words:
            return False
        _store_ignored(conn, statement_id, words | {word})
        _audit(
            workspace,
            conn,
            actor=actor,
            action="spelling_ignored",
            statement_id=statement_id,
            word=word,
        )
        return True


def unignore_word(workspace: Workspace, statement_id: int, word: str, *, actor: str) -> bool:
    """Check ``word`` in this statement again; False if it was not ignored."""
    word = normal_word(word)
    with workspace.write() as conn:
        words = set(_parse_ignored(_row(conn, statement_id, for_update=True)[1]))
        if word not in words:
            return False
        _store_ignored(conn, statement_id, words - {word})
        _audit(
            workspace,
            conn,
            actor=actor,
            action="spelling_unignored",
            statement_id=statement_id,
            word=word,
        )
        return True
