"""A full disk: when saving a copy, when exporting (window and command line), and under the workspace.

A user's file: the original keeps every byte, no temporary file is left,
and the window or the command line says why and what to do. The workspace:
the typed text stays in the editor, the status bar says it could not be
saved and why, nothing saved before is lost, and once there is space again
the next save holds all of it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from drafter.cli import main
from drafter.core.atomic_write import leftovers
from drafter.ui.main_window import MainWindow
from drafter.ui.statement_ops import StatementOps
from tests.disk.helpers import folder_state, full_disk_for_saves, workspace_full
from tests.ui.helpers import ScriptedPrompts, type_text
from tests.ui.test_export_window import export_with

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"
YESTERDAY = b"Yesterday's statement, exactly as it was sent.\n"


def full_message(name: str) -> str:
    return (f"There is not enough disk space to save {name}. Free some space, or save to another drive, "
            "and try again. Nothing was overwritten.")


def open_text(window: MainWindow, text: str = TEXT) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Statement on Riverton", text=text,
                                                actor="mayor.office")
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def errors(prompts: ScriptedPrompts) -> list[tuple[str, str]]:
    return [(title, text) for kind, title, text in prompts.asked if kind == "error"]


def test_save_a_copy_on_a_full_disk_keeps_every_byte_of_the_original(
        window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    copy = documents / "riverton.md"
    copy.write_bytes(YESTERDAY)
    open_text(window)
    prompts.save_answer = copy
    full_disk_for_saves(monkeypatch)
    assert isinstance(window.ops, StatementOps)
    window.ops.save_as_markdown()
    assert errors(prompts) == [("Cannot save the file", full_message("riverton.md"))]
    assert copy.read_bytes() == YESTERDAY
    assert os.listdir(documents) == ["riverton.md"]  # no temporary file left
    assert window.editor.toPlainText() == TEXT  # and nothing else disturbed


def test_an_export_that_fills_the_disk_half_way_puts_back_the_file_it_already_replaced(
        window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sid = open_text(window)
    out = tmp_path / "press"
    out.mkdir()
    for extension in ("md", "txt"):  # an earlier export of the same statement, under the same names
        (out / f"{sid}-statement-on-riverton.{extension}").write_bytes(YESTERDAY + extension.encode())
    before = folder_state(out)
    export_with(prompts, out, ("md", "txt"))
    full_disk_for_saves(monkeypatch, after=1)  # the text file is written, then the disk is full
    assert window.export_ops is not None
    window.export_ops.open_folder = lambda url: pytest.fail("nothing was exported: no folder to open")
    window.export_ops.export_current()
    [(title, text)] = errors(prompts)
    assert title == "Not everything was exported"
    assert text == f"Statement {sid}: {full_message(f'{sid}-statement-on-riverton.md')}"
    assert folder_state(out) == before  # the text file it had already replaced is back, byte for byte
    assert all(leftovers(out / name) == [] for name in before)


def _cli_workspace_with_one_statement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace file for the command line, with TEXT imported (its id is on stdout)."""
    db = tmp_path / "cli.db"
    monkeypatch.setenv("DRAFTER_DB", str(db))
    monkeypatch.setenv("DRAFTER_USER", "press.office")
    source = tmp_path / "riverton.md"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["import", str(source)]) == 0
    return db


def test_drafter_export_on_a_full_disk_exits_1_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cli_workspace_with_one_statement(tmp_path, monkeypatch)
    sid = capsys.readouterr().out.strip()
    out = tmp_path / "press"
    out.mkdir()
    assert main(["export", sid, "--draft", "--format", "md,txt", "--out", str(out), "--name", "release"]) == 0
    before = folder_state(out)
    capsys.readouterr()
    full_disk_for_saves(monkeypatch, after=1)
    code = main(["export", sid, "--draft", "--format", "md,txt", "--out", str(out), "--name", "release"])
    printed, err = capsys.readouterr()
    assert code == 1 and printed == ""
    assert err == f"drafter: {full_message('release.txt')}\n"
    assert folder_state(out) == before


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_full_workspace_keeps_the_text_in_the_editor_and_saves_it_once_there_is_space(
        qtbot: Any, window: MainWindow, services: Any, prompts: ScriptedPrompts, db_path: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = open_text(window)
    saved_before = services.statements.get(sid)
    with workspace_full(monkeypatch, services.workspace) as free_space:
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        # A long paragraph pasted in, then a few words typed: more than the full disk can take.
        window.editor.insertPlainText("\n" + "Our thoughts are with the officers in Riverton. " * 1500)
        type_text(qtbot, window.editor, "\nWe will meet on Monday.")
        typed = window.editor.toPlainText()
        qtbot.waitUntil(lambda: window.status.save_state.text() == "Not saved", timeout=10_000)
        why = window.status.save_state.toolTip()
        assert why.startswith(f"The disk holding the workspace {db_path} is full. Nothing was changed; "
                              "free some space and try again.")
        assert "Your text is still in the editor" in why
        assert window.autosaver is not None and window.autosaver.failing and window.autosaver.dirty
        assert window.editor.toPlainText() == typed  # the text stays where it was typed
        assert not window.save_now()  # Ctrl+S says the same
        out = tmp_path / "press"
        out.mkdir()
        export_with(prompts, out, ("md",))
        assert window.export_ops is not None
        window.export_ops.export_current()  # an export must hold what the editor shows: none is made
        [(title, text)] = errors(prompts)
        assert title == "Nothing exported" and text.startswith(
            "The latest changes could not be saved, so the statement was not exported.\n\nThe disk holding")
        assert list(out.iterdir()) == []
        still = services.statements.get(sid)  # nothing saved before is lost
        assert (still.text, still.version) == (saved_before.text, saved_before.version)
        assert integrity(db_path) == "ok"
        free_space()
        # Tried again by itself, without a keystroke or Ctrl+S.
        qtbot.waitUntil(lambda: services.statements.get(sid).text == typed, timeout=20_000)
    assert window.status.save_state.text().startswith("Saved")
    assert not window.autosaver.failing and services.statements.get(sid).version == saved_before.version + 1
    assert integrity(db_path) == "ok"


def test_drafter_import_into_a_full_workspace_exits_1_and_list_still_works(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _cli_workspace_with_one_statement(tmp_path, monkeypatch)
    capsys.readouterr()
    pages = page_count_of(db)
    large = tmp_path / "long.md"
    large.write_text("# A long statement\n\n" + "Every word of this must fit. " * 20_000, encoding="utf-8")
    with workspace_full(monkeypatch, pages=pages):
        code = main(["import", str(large)])
        printed, err = capsys.readouterr()
        assert code == 1 and printed == ""
        assert err == (f"drafter: The disk holding the workspace {db} is full. Nothing was changed; "
                       "free some space and try again.\n")
        assert main(["list"]) == 0 and "Statement on Riverton" in capsys.readouterr().out
    assert integrity(db) == "ok"
    assert page_count_of(db) == pages


def page_count_of(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])
