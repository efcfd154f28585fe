"""`drafter backup` and `drafter restore`, as an administrator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import isolated, run, sample_file  # noqa: F401 (isolated is an autouse fixture)

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file (a server has its own)


def test_backup_then_restore_brings_back_what_was_there(capsys, tmp_path: Path) -> None:
    run(capsys, "import", str(sample_file(tmp_path, "# Kept\n\nIn the backup.\n")))
    code, out, err = run(capsys, "--json", "backup", str(tmp_path / "backups"))
    assert code == 0, err
    copy = Path(json.loads(out)["backup"])
    assert copy.parent == tmp_path / "backups" and copy.suffix == ".db"
    run(capsys, "import", str(sample_file(tmp_path, "# Later\n\nNot in the backup.\n", "later.md")))
    code, out, err = run(capsys, "--json", "restore", str(copy))
    assert code == 0, err
    restored = json.loads(out)
    assert Path(restored["kept"]).exists()
    _, out, _ = run(capsys, "--json", "list")
    assert [item["title"] for item in json.loads(out)] == ["Kept"]


def test_restore_of_a_file_that_is_no_backup_changes_nothing(capsys, tmp_path: Path) -> None:
    run(capsys, "import", str(sample_file(tmp_path, "# Kept\n\nText.\n")))
    workspace_file = tmp_path / "cli.db"  # where the autouse fixture puts the workspace
    before = workspace_file.read_bytes()
    code, out, err = run(capsys, "restore", str(sample_file(tmp_path, "not a database", "junk.db")))
    assert code == 1 and out == "" and "not a Drafter workspace backup" in err
    assert workspace_file.read_bytes() == before
