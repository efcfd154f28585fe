"""A read-only data folder, workspace file or export folder: said clearly, and nothing changed.

Made read-only for real (``chmod``; ``chattr +i`` for the administrator).
Without a workspace yet, Drafter cannot create one and says where and what
to do, on the command line and in the window. With one, Drafter opens it
read-only: listing, showing and exporting drafts elsewhere work; every
change is refused with the reason; no byte of the folder changes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from drafter.cli import main
from drafter.services import Services, open_services
from drafter.store import Workspace
from drafter.ui.main_window import MainWindow
from tests.disk.helpers import digest, folder_state, read_only
from tests.ui.helpers import ScriptedPrompts, make_window, type_text

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


@pytest.fixture
def data(private_profile: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafter's data folder (DRAFTER_DATA_DIR), where the workspace lives by default."""
    folder = private_profile / "data"
    folder.mkdir(parents=True)
    monkeypatch.setenv("DRAFTER_USER", "press.office")
    return folder


@pytest.fixture
def workspace_in(data: Path) -> Iterator[Path]:
    """A workspace with one statement in the data folder, closed (no -wal or -shm file beside it)."""
    services = open_services(None, "press.office")
    services.statements.create(title="Statement on Riverton", text=TEXT, actor="press.office")
    services.close()
    assert sorted(path.name for path in data.iterdir()) == ["workspace.db"]
    yield data / "workspace.db"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cannot_create(data: Path) -> str:
    return (f"The workspace {data / 'workspace.db'} cannot be created: the folder {data} is read-only, or "
            "Drafter may not write there. Nothing was changed. Make the folder writable, or choose a "
            "workspace file in a folder you can write to (drafter --db PATH, or DRAFTER_DB).")


def cannot_write(db: Path) -> str:
    return (f"The workspace {db} cannot be written to (the file or its folder is read-only). Nothing was "
            "changed; copy it to a folder you can write to, or ask for write access.")


def test_a_read_only_data_folder_without_a_workspace_is_named_on_the_command_line(
        capsys: pytest.CaptureFixture[str], data: Path) -> None:
    with read_only(data):
        assert run(capsys, "list") == (1, "", f"drafter: {cannot_create(data)}\n")
        assert json.loads(run(capsys, "--json", "list")[1]) == {"error": cannot_create(data)}
    assert list(data.iterdir()) == []


def test_the_window_says_the_same_and_stops(qapp: Any, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.app import run_window

    shown: list[ScriptedPrompts] = []

    class Watched(ScriptedPrompts):
        def __init__(self) -> None:
            super().__init__()
            shown.append(self)

    monkeypatch.setattr("drafter.ui.prompts.Prompts", Watched)
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)  # run_window installs its own
    before = set(QApplication.topLevelWidgets())
    try:
        with read_only(data):
            code = run_window(argparse.Namespace(db=None, acting_as="press.office", debug=False))
    finally:
        for widget in set(QApplication.topLevelWidgets()) - before:
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
    assert code == 1
    [prompts] = shown
    assert prompts.asked == [("error", "Cannot open the workspace", cannot_create(data))]
    assert list(data.iterdir()) == []  # not even a log file


def test_a_workspace_in_a_read_only_data_folder_is_read_but_never_changed(
        capsys: pytest.CaptureFixture[str], data: Path, workspace_in: Path, tmp_path: Path) -> None:
    source = tmp_path / "new.md"
    source.write_text("# Another statement\n\nChanged words.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    before = folder_state(data)
    with read_only(data):
        code, listed, err = run(capsys, "list")
        assert code == 0 and "Statement on Riverton" in listed and err == ""
        code, shown, _ = run(capsys, "show", "1")
        assert code == 0 and TEXT in shown
        assert run(capsys, "import", str(source)) == (1, "", f"drafter: {cannot_write(workspace_in)}\n")
        assert run(capsys, "edit", "1", "--file", str(source)) == (
            1, "", f"drafter: {cannot_write(workspace_in)}\n")
        code, _, err = run(capsys, "export", "1", "--draft", "--format", "md", "--out", str(out))
        assert code == 0 and err == ""  # a draft exported elsewhere: reading is all it needs
        workspace = Workspace.open(workspace_in)
        try:
            assert workspace.read_only
        finally:
            workspace.close()
    assert folder_state(data) == before  # not a byte, not a -wal or -shm file
    assert [path.suffix for path in out.iterdir()] == [".md"]


def test_a_read_only_workspace_file_in_a_writable_folder(
        capsys: pytest.CaptureFixture[str], workspace_in: Path, tmp_path: Path) -> None:
    source = tmp_path / "new.md"
    source.write_text("Changed words.\n", encoding="utf-8")
    before = digest(workspace_in)
    with read_only(workspace_in):
        assert run(capsys, "list")[0] == 0
        assert run(capsys, "edit", "1", "--file", str(source)) == (
            1, "", f"drafter: {cannot_write(workspace_in)}\n")
    assert digest(workspace_in) == before
    assert run(capsys, "edit", "1", "--file", str(source))[0] == 0  # writable again: it saves


def test_the_window_on_a_read_only_workspace_shows_it_and_keeps_what_is_typed(
        qtbot: Any, data: Path, workspace_in: Path, tmp_path: Path) -> None:
    prompts = ScriptedPrompts()
    before = folder_state(data)
    with read_only(data):
        services: Services = open_services(None, "press.office")
        window: MainWindow | None = None
        try:
            assert services.workspace.read_only
            window = make_window(qtbot, services, prompts, tmp_path / "window-state.ini")
            [item] = services.statements.list()
            assert window.open_statement(item.id)
            type_text(qtbot, window.editor, "Typed where nothing can be saved.")
            typed = window.editor.toPlainText()
            qtbot.waitUntil(lambda: window.status.save_state.text() == "Not saved", timeout=10_000)
            why = window.status.save_state.toolTip()
            assert why.startswith(cannot_write(workspace_in))
            assert "Your text is still in the editor" in why
            assert window.editor.toPlainText() == typed
            assert services.statements.get(item.id).text == TEXT
            window.close()  # asks before closing with unsaved text
            assert "Close without saving?" in prompts.titles("confirm")
        finally:
            if window is not None:
                window.close()
            services.close()
    assert folder_state(data) == before


def test_drafter_export_to_a_read_only_folder_exits_1_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], workspace_in: Path, tmp_path: Path) -> None:
    out = tmp_path / "press"
    out.mkdir()
    (out / "release.md").write_bytes(b"the earlier release\n")
    before = folder_state(out)
    with read_only(out):
        code, printed, err = run(capsys, "export", "1", "--draft", "--format", "txt,md", "--out", str(out),
                                 "--name", "release")
    assert code == 1 and printed == ""
    assert err == (f"drafter: Drafter is not allowed to save files in {out} (the folder may be read-only). "
                   "Save to another folder. Nothing was overwritten.\n")
    assert folder_state(out) == before
