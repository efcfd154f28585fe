"""Two Drafter processes on one workspace file: the later save of the same statement sees the conflict,
and nothing is overwritten."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from drafter.core.errors import ConflictError
from drafter.store import Workspace

OTHER_PROCESS = textwrap.dedent("""
    import sys
    from drafter.store import Workspace
    with Workspace.open(sys.argv[1]) as workspace:
        statement = workspace.statements.get(int(sys.argv[2]))
        version = workspace.statements.save_working_copy(
            statement.id, "Their text, saved in another process.", expected_version=statement.version,
            actor="bo")
        print(version)
""")


def test_the_later_save_of_two_processes_sees_the_conflict(db_path: Path) -> None:
    with Workspace.open(db_path) as mine:
        statement = mine.statements.create(title="Shared", text="First text.", actor="ana")
        # Another Drafter, a real process, saves the same statement first.
        done = subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(db_path), str(statement.id)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "2"
        with pytest.raises(ConflictError, match="changed elsewhere"):
            mine.statements.save_working_copy(statement.id, "My text.", expected_version=statement.version,
                                              actor="ana")
        assert mine.statements.get(statement.id).text == "Their text, saved in another process."
