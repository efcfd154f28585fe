"""The window as a drafter uses it: type, see the preview, never lose a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from drafter.services import open_services
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts, make_window, type_text


def new_statement(window: MainWindow) -> int:
    assert window.ops is not None
    statement_id = window.ops.new_statement()
    assert statement_id is not None
    return statement_id


def test_ctrl_n_opens_a_blank_statement_ready_to_type(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id is not None
    assert window.editor.isEnabled() and window.editor.toPlainText() == ""
    assert window.editor.hasFocus()
    assert window.list_panel.current_id() == window.current_id


def test_typing_updates_the_preview(qtbot: Any, window: MainWindow) -> None:
    new_statement(window)
    type_text(qtbot, window.editor, "# Thanks to our officers\n\nWe are *one* community.")
    qtbot.waitUntil(lambda: "one community" in window.preview.toPlainText(), timeout=3000)
    assert "Thanks to our officers" in window.preview.toPlainText()
    assert "*" not in window.preview.toPlainText()  # Markdown is rendered, not shown raw


def test_a_long_statement_renders_in_the_worker_process(qtbot: Any, services: Any,
                                                         prompts: ScriptedPrompts,
                                                         state_file: Path) -> None:
    window = make_window(qtbot, services, prompts, state_file, inline_limit=100)
    try:
        new_statement(window)
        text = "\n\n".join(f"Paragraph {n} about the community meeting." for n in range(300))
        window.editor.setPlainText(text + "\n\nThe very last paragraph.")
        qtbot.waitUntil(lambda: "The very last paragraph." in window.preview.toPlainText(),
                        timeout=10000)
        assert window.renderer._process is not None  # it went through the worker
    finally:
        window.renderer.shutdown()


def test_autosave_reaches_the_database_without_asking(qtbot: Any, window: MainWindow,
                                                     services: Any) -> None:
    statement_id = new_statement(window)
    type_text(qtbot, window.editor, "Our hearts are with Riverton.")
    qtbot.waitUntil(lambda: services.statements.get(statement_id).text
                    == "Our hearts are with Riverton.", timeout=3000)
    assert window.status.save_state.text().startswith("Saved")


def test_losing_focus_saves_at_once(qtbot: Any, window: MainWindow, services: Any) -> None:
    statement_id = new_statement(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_text(qtbot, window.editor, "Saved on leaving")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()  # the drafter switches to another window
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    assert services.statements.get(statement_id).text == "Saved on leaving"


def test_restart_restores_the_statement_and_cursor(qtbot: Any, db_path: Path,
                                                    prompts: ScriptedPrompts,
                                                    state_file: Path) -> None:
    first_services = open_services(str(db_path), "drafter.one")
    first = make_window(qtbot, first_services, prompts, state_file)
    statement_id = new_statement(first)
    type_text(qtbot, first.editor, "First line\nSecond line\nThird line")
    first.editor.set_cursor_position(len("First line\nSec"))
    first.close()
    first_services.close()

    second_services = open_services(str(db_path), "drafter.one")
    try:
        second = make_window(qtbot, second_services, prompts, state_file)
        assert second.current_id == statement_id
        assert second.editor.toPlainText() == "First line\nSecond line\nThird line"
        assert second.editor.cursor_position() == len("First line\nSec")
        second.renderer.shutdown()
    finally:
        second_services.close()


def _someone_else_saves(db_path: Path, statement_id: int, text: str) -> None:
    other = open_services(str(db_path), "legal.counsel")  # a second connection
    try:
        current = other.statements.get(statement_id)
        other.statements.save_working_copy(statement_id, text, expected_version=current.version,
                                           actor="legal.counsel")
    finally:
        other.close()


def _set_aside(services: Any, statement_id: int) -> list[dict[str, Any]]:
    return [dict(e.details) for e in services.workspace.audit.events(statement_id)
            if e.action == "conflict_resolved"]


def test_a_save_over_someone_elses_change_offers_a_comparison_and_keeping_mine(
        qtbot: Any, window: MainWindow, services: Any, db_path: Path,
        prompts: ScriptedPrompts) -> None:
    statement_id = new_statement(window)
    type_text(qtbot, window.editor, "Draft one")
    assert window.save_now()
    _someone_else_saves(db_path, statement_id, "Counsel's wording")
    type_text(qtbot, window.editor, " and my addition")
    seen: dict[str, str] = {}

    def compare_then_keep_mine(dialog: Any) -> bool:
        assert dialog.view.isHidden()
        dialog.compare_button.click()
        seen["comparison"] = dialog.view.toPlainText()
        seen["message"] = dialog.message.text()
        dialog.keep_mine_button.click()
        return True

    prompts.dialog_handler = compare_then_keep_mine

    assert not window.save_now()  # this save was refused; the choice saved it

    assert prompts.titles("dialog") == ["Changed Elsewhere"]
    assert "legal.counsel" in seen["message"] and "Nothing has been overwritten" in seen["message"]
    assert "Counsel's wording" in seen["comparison"] and "my addition" in seen["comparison"]
    assert services.statements.get(statement_id).text == "Draft one and my addition"
    assert window.current_id == statement_id
    assert window.editor.toPlainText() == "Draft one and my addition"
    [aside] = _set_aside(services, statement_id)
    assert aside["kept"] == "mine" and aside["set_aside_text"] == "Counsel's wording"
    # The editor follows the new version: the next edit saves without another conflict.
    type_text(qtbot, window.editor, ".")
    assert window.save_now()
    assert services.statements.get(statement_id).text == "Draft one and my addition."


def test_taking_their_version_shows_their_text_and_keeps_mine_in_the_history(
        qtbot: Any, window: MainWindow, services: Any, db_path: Path,
        prompts: ScriptedPrompts) -> None:
    statement_id = new_statement(window)
    _someone_else_saves(db_path, statement_id, "Theirs")
    prompts.dialog_handler = lambda dialog: dialog.take_theirs_button.click() or True
    type_text(qtbot, window.editor, "Mine")
    window.save_now()
    assert window.editor.toPlainText() == "Theirs"
    assert services.statements.get(statement_id).text == "Theirs"
    [aside] = _set_aside(services, statement_id)
    assert aside["kept"] == "theirs" and aside["set_aside_text"] == "Mine"


def test_the_conflict_dialog_cannot_be_dismissed_without_a_choice(qtbot: Any) -> None:
    from drafter.ui.conflict_dialog import ConflictDialog

    dialog = ConflictDialog("Statement", "legal.counsel", "Theirs", "Mine")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.choice is None
    dialog.take_theirs_button.click()
    assert not dialog.isVisible() and dialog.choice == "theirs"


def test_highlighting_again_is_not_an_edit(qtbot: Any, window: MainWindow, services: Any) -> None:
    """Underlines arriving (a dictionary loaded, a word added) change formats, not text:
    nothing to save, no new preview."""
    statement_id = new_statement(window)
    type_text(qtbot, window.editor, "Typed text")
    assert window.save_now()
    version = services.statements.get(statement_id).version
    qtbot.waitUntil(lambda: not window.renderer.is_busy())
    window.editor.highlighter.rehighlight()
    assert window.autosaver is not None and not window.autosaver.dirty
    assert not window.renderer.is_busy()
    assert services.statements.get(statement_id).version == version


def test_typing_without_a_pause_is_still_saved_every_few_seconds(qtbot: Any, window: MainWindow,
                                                                 services: Any) -> None:
    from drafter.ui.autosave import MAX_UNSAVED_MS

    statement_id = new_statement(window)
    typed = ""
    deadline = MAX_UNSAVED_MS + 1500
    waited = 0
    while waited < deadline:  # a key every 100 ms: never the pause the ordinary autosave waits for
        qtbot.keyClicks(window.editor, "a")
        typed += "a"
        qtbot.wait(100)
        waited += 100
    saved = services.statements.get(statement_id).text
    assert saved and typed.startswith(saved)
    assert len(typed) - len(saved) <= (MAX_UNSAVED_MS + 1000) // 100  # at most the last seconds missing
