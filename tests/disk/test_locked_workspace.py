"""The workspace locked by another program (a plain sqlite3 process in ``BEGIN EXCLUSIVE``).

Reading goes on (WAL). A change waits out the busy timeout, then the
command line exits 1 with one line saying the workspace is busy and to try
again, having changed nothing; the window keeps the typed text, says why it
is not saved, and saves it by itself once the lock is gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from drafter.cli import main
from drafter.services import open_services
from drafter.store import database
from drafter.ui.main_window import MainWindow
from tests.disk.helpers import LockHolder, folder_state, short_busy_timeout
from tests.ui.helpers import type_text

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


def busy(db: Path, seconds: float) -> str:
    return (f"The workspace {db} is busy: another program (another Drafter, a backup or a database tool) "
            f"kept it locked for more than {seconds:g} seconds. Nothing was changed; try again in a moment.")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with one statement, and the person acting already in it."""
    path = tmp_path / "workspace.db"
    monkeypatch.setenv("DRAFTER_DB", str(path))
    monkeypatch.setenv("DRAFTER_USER", "press.office")
    services = open_services(None, "press.office")
    services.statements.create(title="Statement on Riverton", text=TEXT, actor="press.office")
    services.close()
    return path


def test_drafter_import_waits_out_the_busy_timeout_then_exits_1(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "new.md"
    source.write_text("# Road closure\n\nBurnside Avenue is closed.\n", encoding="utf-8")
    env = dict(os.environ)

    def drafter(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "drafter", *argv], env=env, capture_output=True,
                              text=True, timeout=120)

    with LockHolder(db):
        listed = drafter("list")  # readers are not stopped by a writer
        assert listed.returncode == 0 and "Statement on Riverton" in listed.stdout
        started = time.monotonic()
        refused = drafter("import", str(source))
        waited = time.monotonic() - started
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == f"drafter: {busy(db, database.BUSY_TIMEOUT_SECONDS)}\n"
    assert waited >= database.BUSY_TIMEOUT_SECONDS - 0.5  # it did wait for the lock to go
    assert drafter("list").stdout.count("\n") == 1  # nothing was imported
    imported = drafter("import", str(source))  # the lock is gone: it works
    assert imported.returncode == 0 and imported.stdout.strip() == "2"


def test_drafter_edit_while_locked_changes_nothing(capsys: pytest.CaptureFixture[str], db: Path,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    short_busy_timeout(monkeypatch, 0.3)
    source = tmp_path / "edit.md"
    source.write_text("New words.\n", encoding="utf-8")
    with LockHolder(db):
        code = main(["edit", "1", "--file", str(source)])
        out, err = capsys.readouterr()
    assert (code, out, err) == (1, "", f"drafter: {busy(db, 0.3)}\n")
    assert main(["show", "1"]) == 0 and TEXT in capsys.readouterr().out
    assert main(["edit", "1", "--file", str(source)]) == 0
    assert capsys.readouterr().out == "Statement 1 saved as version 2.\n"


def test_the_window_keeps_the_text_while_locked_and_saves_it_when_the_lock_goes(
        qtbot: Any, window: MainWindow, services: Any, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    short_busy_timeout(monkeypatch, 0.3, services.workspace)
    created = services.statements.create(title="Statement on Riverton", text=TEXT, actor="mayor.office")
    window.refresh_list()
    assert window.open_statement(created.id)
    with LockHolder(db_path):
        type_text(qtbot, window.editor, "\nA line typed while another program holds the lock.")
        typed = window.editor.toPlainText()
        qtbot.waitUntil(lambda: window.status.save_state.text() == "Not saved", timeout=10_000)
        why = window.status.save_state.toolTip()
        assert why.startswith(busy(db_path, 0.3))
        assert "Your text is still in the editor" in why
        assert window.editor.toPlainText() == typed
        assert services.statements.get(created.id).text == TEXT  # reading goes on
    # The lock is gone: the next try, which nobody asked for, saves every word.
    qtbot.waitUntil(lambda: services.statements.get(created.id).text == typed, timeout=20_000)
    qtbot.waitUntil(lambda: window.status.save_state.text().startswith("Saved"), timeout=5_000)


def test_a_release_refused_because_of_the_lock_puts_the_files_back(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = open_services(None, "press.office")  # the first person: every role
    services.people.ensure("bo", display_name="Bo Reviewer", roles=["reviewer"])
    services.close()
    assert main(["submit", "1"]) == 0 and main(["review", "1", "--approve", "--as", "bo"]) == 0
    out = tmp_path / "press"
    out.mkdir()
    (out / "release.md").write_bytes(b"The statement as released last time.\n")  # to be replaced
    before = folder_state(out)
    capsys.readouterr()
    short_busy_timeout(monkeypatch, 0.3)
    with LockHolder(db):  # the files are written; recording the release then waits for the lock
        code = main(["export", "1", "--format", "md,txt", "--out", str(out), "--name", "release"])
        printed, err = capsys.readouterr()
    assert (code, printed, err) == (1, "", f"drafter: {busy(db, 0.3)}\n")
    assert folder_state(out) == before  # nothing released: no new file, the old one back byte for byte
    assert main(["--json", "show", "1"]) == 0 and '"status": "approved"' in capsys.readouterr().out
    assert main(["export", "1", "--format", "md,txt", "--out", str(out), "--name", "release"]) == 0
    assert (out / "release.md").read_text("utf-8") == TEXT and (out / "release.txt").exists()


def test_an_autosave_against_a_lock_gives_up_quickly_instead_of_freezing_the_window(
        qtbot: Any, window: MainWindow, services: Any, db_path: Path) -> None:
    """The usual wait for a lock is 5 s; the autosave's timers wait 0.3 s and try again later."""
    import time

    from drafter.ui.autosave import TIMER_SAVE_WAIT_S

    created = services.statements.create(title="Statement on Riverton", text=TEXT, actor="mayor.office")
    window.refresh_list()
    assert window.open_statement(created.id)
    with LockHolder(db_path):
        type_text(qtbot, window.editor, " More.")
        started = time.monotonic()
        window.autosaver._save_by_timer()  # what the timer does, here on demand
        blocked_s = time.monotonic() - started
        assert window.status.save_state.text() == "Not saved"
        assert f"more than {TIMER_SAVE_WAIT_S:g} seconds" in window.status.save_state.toolTip()
    assert blocked_s < 2.0  # not the 5 s of an ordinary write
    assert window.save_now()  # Ctrl+S, closing, switching: the full wait, and now it saves
    assert services.statements.get(created.id).text == window.editor.toPlainText()
    assert "More." in window.editor.toPlainText()
