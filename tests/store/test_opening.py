"""Opening workspaces: creating, reopening, and refusing what must not be touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import drafter.store.database as database
from drafter.core.errors import WorkspaceError
from drafter.store import SCHEMA_HEAD, Workspace
from tests.store.helpers import fingerprint, raw_sqlite


def table_names(path: Path) -> set[str]:
    with raw_sqlite(path) as raw:
        rows = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows}


def stored_schema_revision(path: Path) -> list[str]:
    with raw_sqlite(path) as raw:
        return [v for (v,) in raw.execute("SELECT version_num FROM alembic_version")]


def test_opening_a_new_path_creates_folder_file_and_every_table(tmp_path: Path) -> None:
    path = tmp_path / "Press office" / "2024" / "workspace.db"
    with Workspace.open(path):
        pass
    assert path.is_file()
    assert {
        "people",
        "person_roles",
        "statements",
        "revisions",
        "comments",
        "reviews",
        "audit_events",
        "settings",
        "alembic_version",
    } <= table_names(path)
    assert stored_schema_revision(path) == [SCHEMA_HEAD]


def test_reopening_keeps_the_statements_and_does_not_migrate_again(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        first = ws.statements.create(title="Road closure", text="Main St is closed.", actor="ana")
        second = ws.statements.create(title="Curfew", text="Until 6 a.m.", actor="ana")
        ws.statements.save_working_copy(second.id, "Until 7 a.m.", expected_version=1, actor="bo")
        before = ws.statements.list()
    with Workspace.open(db_path) as ws:
        assert ws.statements.list() == before
        assert ws.statements.get(first.id).text == "Main St is closed."
        reopened = ws.statements.get(second.id)
        assert (reopened.text, reopened.version, reopened.updated_by) == ("Until 7 a.m.", 2, "bo")
    assert stored_schema_revision(db_path) == [SCHEMA_HEAD]


ALEMBIC_PROBE = (
    "import sys\n"
    "from drafter.store import Workspace\n"
    "loaded_by_import = 'alembic' in sys.modules\n"
    "ws = Workspace.open(sys.argv[1])\n"
    "ws.statements.list()\n"
    "ws.close()\n"
    "print(loaded_by_import, 'alembic' in sys.modules)\n"
)


def test_alembic_is_imported_only_when_a_workspace_needs_migrating(db_path: Path) -> None:
    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", ALEMBIC_PROBE, str(db_path)],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    assert run() == "False True"  # a new workspace is migrated
    assert run() == "False False"  # an up-to-date one opens without Alembic


def test_a_sqlite_url_opens_the_same_workspace_as_its_path(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        created = ws.statements.create(title="Notice", text="Water main repair", actor="ana")
    with Workspace.open(f"sqlite:///{db_path}") as ws:
        assert ws.statements.get(created.id).text == "Water main repair"
        assert ws.path == db_path


def test_an_in_memory_workspace_works_for_scratch_use() -> None:
    with Workspace.open("sqlite://") as ws:
        created = ws.statements.create(title="Scratch", text="x", actor="ana")
        assert [s.id for s in ws.statements.list()] == [created.id]
        assert ws.path is None


def test_a_closed_workspace_says_so(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    ws.close()
    ws.close()  # twice is fine
    with pytest.raises(WorkspaceError, match="closed"):
        ws.statements.list()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="is a folder"):
        Workspace.open(tmp_path)


def test_a_workspace_from_a_newer_drafter_is_refused_and_left_unchanged(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        ws.statements.create(title="Kept", text="Do not lose me", actor="ana")
    with raw_sqlite(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_future'")
    before = fingerprint(db_path)

    with pytest.raises(WorkspaceError, match="newer version of Drafter") as refused:
        Workspace.open(db_path)

    assert "0042_future" in str(refused.value)
    assert fingerprint(db_path) == before
    assert stored_schema_revision(db_path) == ["0042_future"]


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    db_path.write_text("Minutes of the council meeting\n" * 50, encoding="utf-8")
    before = fingerprint(db_path)
    with pytest.raises(WorkspaceError, match="not a database file"):
        Workspace.open(db_path)
    assert fingerprint(db_path) == before


def test_a_damaged_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    with Workspace.open(db_path):
        pass
    data = bytearray(db_path.read_bytes())
    data[16:100] = b"\xff" * 84  # keep the magic header, break the page layout
    db_path.write_bytes(bytes(data))
    before = fingerprint(db_path)
    with pytest.raises(WorkspaceError, match="not a database file"):
        Workspace.open(db_path)
    assert fingerprint(db_path) == before


def test_another_programs_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    with raw_sqlite(db_path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Chief of staff', '555-0100')")
    before = fingerprint(db_path)
    with pytest.raises(WorkspaceError, match="not a Drafter workspace"):
        Workspace.open(db_path)
    assert fingerprint(db_path) == before
    assert table_names(db_path) == {"contacts"}


def test_a_path_on_a_network_share_is_refused_pointing_to_team_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def on_the_network(path: Path) -> bool:
        seen.append(path)
        return True

    monkeypatch.setattr(database, "is_network_path", on_the_network)
    target = tmp_path / "share" / "workspace.db"
    with pytest.raises(WorkspaceError, match="network") as refused:
        Workspace.open(target)
    assert "PostgreSQL" in str(refused.value)
    assert seen == [target]
    assert not target.parent.exists()
