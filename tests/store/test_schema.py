"""The schema: migrations and table descriptions agree, connections are set up right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from drafter.store import SCHEMA_HEAD, Workspace
from drafter.store.migrate import script_directory
from drafter.store.schema import KNOWN_REVISIONS, metadata, revisions
from tests.store.helpers import raw_sqlite


def test_schema_head_is_alembics_head() -> None:
    scripts = script_directory()
    assert scripts.get_current_head() == SCHEMA_HEAD
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert list(KNOWN_REVISIONS) == oldest_first


def test_the_migrations_build_exactly_the_tables_the_stores_query(workspace: Workspace) -> None:
    with workspace.read() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_every_connection_has_wal_foreign_keys_full_sync_and_a_busy_timeout(
    db_path: Path,
) -> None:
    Workspace.open(db_path).close()
    with Workspace.open(db_path) as ws, ws.read() as conn:
        pragma = conn.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA busy_timeout").scalar() == 5000
    with raw_sqlite(db_path) as raw:  # WAL is recorded in the file itself
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    now = datetime.now(UTC)
    with pytest.raises(IntegrityError), workspace.write() as conn:
        conn.execute(
            revisions.insert().values(
                statement_id=404,
                number=1,
                text="orphan",
                sha256="0" * 64,
                author="ana",
                created_at=now,
            )
        )


def test_times_are_stored_in_utc_and_read_back_as_the_same_instant(db_path: Path) -> None:
    eastern = timezone(timedelta(hours=-4))
    local_noon = datetime(2024, 6, 1, 12, 0, 0, 123456, tzinfo=eastern)
    with Workspace.open(db_path, clock=lambda: local_noon) as ws:
        created = ws.statements.create(title="Parade route", text="…", actor="ana")
        assert created.created_at == local_noon
        assert created.created_at.tzinfo == UTC
    with raw_sqlite(db_path) as raw:
        (stored,) = raw.execute("SELECT created_at FROM statements").fetchone()
    assert stored.startswith("2024-06-01 16:00:00.123456")


def test_a_time_without_a_zone_is_refused(workspace: Workspace) -> None:
    with pytest.raises(sa.exc.StatementError, match="time zone"), workspace.write() as conn:
        conn.execute(
            sa.text("SELECT :when").bindparams(
                sa.bindparam("when", datetime(2024, 6, 1), type_=revisions.c.created_at.type)
            )
        )
