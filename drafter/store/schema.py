"""The workspace tables, as SQLAlchemy Core objects the stores query.

The tables are *created* by the Alembic migrations in ``migrations/versions``;
this module describes the same tables for queries. A test compares the two,
so a change here without a migration (or the other way round) fails.

Everything here is portable SQL: the same schema serves the SQLite file of
local mode and a PostgreSQL server in team mode.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import CursorResult, Dialect

#: The newest schema revision this Drafter knows. Opening a workspace whose
#: ``alembic_version`` equals this needs no migration (and no Alembic import).
#: Kept equal to the Alembic head by a test.
SCHEMA_HEAD = "0006"

#: Every revision this Drafter can read or upgrade from, oldest first.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")

#: Longest login name, title, language tag and template id the schema holds.
LOGIN_MAX = 200
TITLE_MAX = 300
LANGUAGE_MAX = 35
TEMPLATE_ID_MAX = 200
#: Longest settings key, snippet name and snippet trigger the schema holds.
SETTING_KEY_MAX = 200
SNIPPET_NAME_MAX = 200
TRIGGER_MAX = 64
#: Longest word the organisation dictionary (or a statement's ignore list) holds.
WORD_MAX = 64

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A point in time, stored as UTC and always read back timezone-aware.

    SQLite has no time zones: the value is stored as naive UTC text. On
    PostgreSQL the column is ``TIMESTAMP WITH TIME ZONE``. Naive datetimes
    are refused, so no local time is ever stored by mistake.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store a datetime without a time zone: {value!r}")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):  # pragma: no cover - driver oddity
            raise TypeError(f"expected a datetime from the database, got {value!r}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

people = sa.Table(
    "people",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("login", sa.String(LOGIN_MAX), nullable=False, unique=True),
    sa.Column("display_name", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

person_roles = sa.Table(
    "person_roles",
    metadata,
    sa.Column(
        "person_id",
        sa.Integer,
        sa.ForeignKey("people.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("role", sa.String(32), primary_key=True),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("title", sa.String(TITLE_MAX), nullable=False),
    sa.Column("language", sa.String(LANGUAGE_MAX), nullable=False),
    sa.Column("template_id", sa.String(TEMPLATE_ID_MAX), nullable=True),
    # Template field values as a JSON object (canonical text).
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    # The working copy: what the editor shows and autosaves.
    sa.Column("text", sa.Text, nullable=False),
    # Raised by one on every change of the working copy (optimistic locking).
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("created_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("trashed_at", UTCDateTime, nullable=True),
    # What a statement made from a template was made from (JSON object, canonical
    # text): the template id, its field definitions and the original text of each
    # fixed block, so a later check can tell when protected text was changed.
    sa.Column("template_snapshot", sa.Text, nullable=True),
    # Words the drafters chose to ignore in this statement's spelling check (JSON
    # list of strings, sorted, canonical text); NULL for none.
    sa.Column("spelling_ignored", sa.Text, nullable=True),
    sa.Index("ix_statements_updated_at", "updated_at"),
    sa.Index("ix_statements_status", "status"),
)

revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("author", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    # Who wrote this revision (JSON list of logins, sorted): everyone who changed
    # the text since the revision before, and its submitter.
    sa.Column("authors", sa.Text, nullable=True),
    # Whom the submitter asked to review it (JSON list of logins; NULL for anyone).
    sa.Column("reviewers", sa.Text, nullable=True),
    sa.UniqueConstraint("statement_id", "number"),
)

comments = sa.Table(
    "comments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id"), nullable=False),
    sa.Column("revision_id", sa.Integer, sa.ForeignKey("revisions.id"), nullable=True),
    # A reply names the comment it answers.
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id"), nullable=True),
    sa.Column("anchor_quote", sa.Text, nullable=True),
    sa.Column("anchor_start", sa.Integer, nullable=True),
    sa.Column("anchor_end", sa.Integer, nullable=True),
    sa.Column("author", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("suggested_replacement", sa.Text, nullable=True),
    sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_comments_statement_id", "statement_id"),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id"), nullable=False),
    sa.Column("revision_id", sa.Integer, sa.ForeignKey("revisions.id"), nullable=False),
    # 1-based position of the review stage in the workspace policy.
    sa.Column("stage", sa.Integer, nullable=False),
    sa.Column("reviewer", sa.String(LOGIN_MAX), nullable=False),
    # "approve" or "request_changes".
    sa.Column("decision", sa.String(32), nullable=False),
    # The SHA-256 of the revision text the reviewer saw.
    sa.Column("sha256_seen", sa.String(64), nullable=False),
    # True when the reviewer is an author of the revision (policy allowed it).
    sa.Column("self_approval", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("superseded", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_reviews_statement_id", "statement_id"),
)

# No foreign key on statement_id: the log must outlive what it describes.
audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("sequence", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("occurred_at", UTCDateTime, nullable=False),
    sa.Column("actor", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("statement_id", sa.Integer, nullable=True),
    sa.Column("details", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    sa.Index("ix_audit_events_statement_id", "statement_id"),
)

settings = sa.Table(
    "settings",
    metadata,
    sa.Column("key", sa.String(SETTING_KEY_MAX), primary_key=True),
    # A JSON document (canonical text).
    sa.Column("value", sa.Text, nullable=False),
)

# Templates shared by everyone using the workspace, as whole template files.
team_templates = sa.Table(
    "team_templates",
    metadata,
    sa.Column("id", sa.String(TEMPLATE_ID_MAX), primary_key=True),
    # The template file's text: YAML front matter followed by Markdown.
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("created_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

# Reusable passages a drafter inserts by name or by typing their trigger.
snippets = sa.Table(
    "snippets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(SNIPPET_NAME_MAX), nullable=False, unique=True),
    # Typed in the editor to insert the snippet (such as ";about"); NULL for none.
    # Unique when set: both SQLite and PostgreSQL allow many NULLs.
    sa.Column("trigger", sa.String(TRIGGER_MAX), nullable=True, unique=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("created_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

# The organisation dictionary: words the spelling check accepts, per language,
# exactly as written ("Burnside", "EHPD"); the same word in another case is
# another word.
dictionary_words = sa.Table(
    "dictionary_words",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("language", sa.String(LANGUAGE_MAX), nullable=False),
    sa.Column("word", sa.String(WORD_MAX), nullable=False),
    sa.Column("added_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("language", "word"),
)

#: Longest finding key (a check's id and the words found) a confirmation holds.
FINDING_KEY_MAX = 500

# Findings of the drafting checks that someone confirmed with a reason: personal
# data a statement names on purpose. Kept with the statement, one per finding key.
finding_confirmations = sa.Table(
    "finding_confirmations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id"), nullable=False),
    sa.Column("finding_key", sa.String(FINDING_KEY_MAX), nullable=False),
    sa.Column("check_id", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("confirmed_by", sa.String(LOGIN_MAX), nullable=False),
    sa.Column("confirmed_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("statement_id", "finding_key"),
)

#: Alembic's own bookkeeping table, read at open without importing Alembic.
alembic_version = sa.Table(
    "alembic_version",
    sa.MetaData(),
    sa.Column("version_num", sa.String(32), primary_key=True),
)


def inserted_id(result: CursorResult[Any]) -> int:
    """The integer primary key of the row an INSERT just made."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:  # pragma: no cover - every table here has one
        raise RuntimeError("the database did not report the new row's id")
    return int(key[0])
