"""Backups: a consistent copy while the workspace is open, seven daily ones kept, and a careful restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from drafter.core.errors import WorkspaceError
from drafter.store import Workspace
from drafter.store.backup import KEEP, backup_to, backups_in, check_backup, daily_backup, restore

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file (a server has its own)


def test_a_backup_of_an_open_workspace_has_every_saved_statement(workspace: Workspace,
                                                                 tmp_path: Path) -> None:
    workspace.statements.create(title="Before", text="Saved before the backup.", actor="ana")
    copy = backup_to(workspace, tmp_path / "copies" / "one.db")
    assert check_backup(copy)
    with Workspace.open(copy) as restored:
        assert [s.title for s in restored.statements.list()] == ["Before"]
        assert restored.audit.verify().ok
    assert not list((tmp_path / "copies").glob(".*partial"))


def test_one_backup_a_day_and_the_newest_seven_kept(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = dt.date(2025, 6, 1)
    for day in range(10):
        assert daily_backup(workspace, folder, start + dt.timedelta(days=day)) is not None
    assert daily_backup(workspace, folder, start + dt.timedelta(days=9)) is None  # once a day
    kept = backups_in(folder)
    assert len(kept) == KEEP
    assert kept[0].name == "workspace-2025-06-10.db" and kept[-1].name == "workspace-2025-06-04.db"


def test_restore_checks_the_backup_and_keeps_the_current_file_aside(workspace: Workspace, tmp_path: Path,
                                                                    db_path: Path) -> None:
    workspace.statements.create(title="In the backup", text="Old.", actor="ana")
    copy = backup_to(workspace, tmp_path / "copy.db")
    workspace.statements.create(title="After the backup", text="New.", actor="ana")
    workspace.close()
    kept = restore(copy, db_path, now=dt.datetime(2025, 6, 10, 9, 30))
    assert kept is not None and kept.name == f"{db_path.name}.before-restore-20250610-093000"
    with Workspace.open(db_path) as restored:
        assert [s.title for s in restored.statements.list()] == ["In the backup"]
    with Workspace.open(kept) as previous:
        assert {s.title for s in previous.statements.list()} == {"In the backup", "After the backup"}


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(workspace: Workspace, tmp_path: Path,
                                                                    db_path: Path) -> None:
    workspace.statements.create(title="Current", text="Keep me.", actor="ana")
    workspace.close()
    before = db_path.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(WorkspaceError, match="not a Drafter workspace backup"):
        restore(junk, db_path)
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.close()
    with pytest.raises(WorkspaceError, match="newer Drafter"):
        restore(newer, db_path)
    assert db_path.read_bytes() == before


def test_restoring_over_an_open_workspace_is_refused(workspace: Workspace, tmp_path: Path,
                                                     db_path: Path) -> None:
    copy = backup_to(workspace, tmp_path / "copy.db")
    with workspace.write() as conn:  # another Drafter in the middle of a save
        conn.exec_driver_sql("SELECT 1")
        with pytest.raises(WorkspaceError, match="is open in Drafter"):
            restore(copy, db_path)
