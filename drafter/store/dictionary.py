"""The organisation dictionary: words the spelling check accepts, per language.

Shared by everyone using the workspace. Words are kept exactly as written
("Burnside", "EHPD", "councilmember"): the same word in another case is
another word. Adding or removing a word is recorded in the audit log in the
same transaction; adding a word that is already there records nothing.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from drafter.store.records import DictionaryEntry
from drafter.store.schema import dictionary_words
from drafter.store.spelling import canonical_language, clean_language, clean_word, normal_word
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace


def _the_word(language: str, word: str) -> sa.ColumnElement[bool]:
    return sa.and_(dictionary_words.c.language == language, dictionary_words.c.word == word)


class DictionaryStore:
    """List, add and remove the organisation's own words."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def words(self, language: str) -> builtins.list[str]:
        """The language's words, sorted (case-sensitive: "EHPD" before "ash")."""
        return [entry.word for entry in self.entries(language)]

    def entries(self, language: str) -> builtins.list[DictionaryEntry]:
        """The language's words with who added them and when, sorted like ``words``.

        A tag that cannot name a language (see ``spelling.clean_language``) has none.
        """
        canonical = canonical_language(language)
        if canonical is None:
            return []
        query = sa.select(dictionary_words).where(dictionary_words.c.language == canonical)
        with self._workspace.read() as conn:
            found = [
                DictionaryEntry(
                    word=row.word,
                    language=row.language,
                    added_by=row.added_by,
                    added_at=row.added_at,
                )
                for row in conn.execute(query)
            ]
        return sorted(found, key=lambda entry: entry.word)

    def languages(self) -> builtins.list[str]:
        """The languages that have at least one word, sorted."""
        query = sa.select(dictionary_words.c.language).distinct()
        with self._workspace.read() as conn:
            return sorted(conn.execute(query).scalars())

    def add(self, word: str, *, language: str, actor: str) -> bool:
        """Add one word; False (and nothing recorded) if it is there already.

        DrafterError, saying why, for anything that is not one word of letters,
        digits, apostrophes, hyphens or periods, or for a bad language tag.
        """
        word = clean_word(word)
        language = clean_language(language)
        actor = clean_actor(actor)
        try:
            with self._workspace.write() as conn:
                if self._has(conn, language, word):
                    return False
                conn.execute(
                    dictionary_words.insert().values(
                        language=language,
                        word=word,
                        added_by=actor,
                        added_at=self._workspace.now(),
                    )
                )
                self._audit(
                    conn, actor=actor, action="dictionary_word_added", word=word, language=language
                )
                return True
        except IntegrityError:
            # Another Drafter added the same word between our read and our write
            # (possible on a server only: SQLite writers take turns).
            return False

    def remove(self, word: str, *, language: str, actor: str) -> bool:
        """Remove one word; False (and nothing recorded) if it is not there."""
        word = normal_word(word)
        language = clean_language(language)
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            result = conn.execute(dictionary_words.delete().where(_the_word(language, word)))
            if result.rowcount != 1:
                return False
            self._audit(
                conn, actor=actor, action="dictionary_word_removed", word=word, language=language
            )
            return True

    @staticmethod
    def _has(conn: Connection, language: str, word: str) -> bool:
        found = conn.scalar(sa.select(dictionary_words.c.id).where(_the_word(language, word)))
        return found is not None

    def _audit(
        self, conn: Connection, *, actor: str, action: str, word: str, language: str
    ) -> None:
        self._workspace.audit.append(
            conn,
            actor=actor,
            action=action,
            statement_id=None,
            details={"word": word, "language": language},
        )
