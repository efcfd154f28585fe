"""The Problems panel as a drafter meets it: findings follow typing, a click selects, Fix fixes,
personal data is confirmed with a reason, and the organisation switches checks on and off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from drafter.ui.check_settings_dialog import CheckSettingsDialog
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts, type_text

DRAFT = """# Statement from Mayor Elena Ruiz

The the town stands with our officers.
The meeting is on Friday, March 3, 2025.
Please send {{quote}} before noon.
"""


def open_text(window: MainWindow, text: str) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Checks", text=text, actor="t")
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, check, text) of each row the panel shows."""
    tree = window.problems_panel.tree
    shown = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        shown.append((item.text(0), item.text(2), finding.text))
    return shown


def click_row(qtbot: Any, window: MainWindow, check: str) -> None:
    tree = window.problems_panel.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(2) == check:
            tree.scrollToItem(item)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                             pos=tree.visualItemRect(item).center())
            return
    raise AssertionError(f"no {check} row in {rows(window)}")


def test_opening_a_statement_lists_its_problems_and_counts_them(window: MainWindow) -> None:
    open_text(window, DRAFT)
    assert ("Ln 3, Col 1", "repeated-words", "The the") in rows(window)
    assert ("Ln 5, Col 13", "placeholders", "{{quote}}") in rows(window)
    dates = [text for _, check, text in rows(window) if check == "dates"]
    assert len(dates) == 1 and dates[0].startswith("Friday, March 3, 2025")
    assert window.status.problems.text().startswith("2 errors · 1 warning")
    assert window.problems_panel.summary.text() == window.status.problems.text()


def test_clicking_a_problem_selects_its_text(qtbot: Any, window: MainWindow) -> None:
    open_text(window, DRAFT)
    click_row(qtbot, window, "placeholders")
    assert window.editor.textCursor().selectedText() == "{{quote}}"


def test_fix_applies_in_one_click_and_can_be_undone(qtbot: Any, window: MainWindow) -> None:
    open_text(window, DRAFT)
    click_row(qtbot, window, "repeated-words")
    panel = window.problems_panel
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert "The town stands" in window.editor.toPlainText()
    assert "repeated-words" not in [check for _, check, _ in rows(window)]
    window.editor.undo()
    assert "The the town" in window.editor.toPlainText()


def test_findings_follow_typing(qtbot: Any, window: MainWindow) -> None:
    open_text(window, "# Notice\n\nAll clear.\n")
    assert rows(window) == []
    assert window.status.problems.text() == "No problems"
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(qtbot, window.editor, "We will will meet.")
    qtbot.waitUntil(lambda: any(check == "repeated-words" for _, check, _ in rows(window)), timeout=3000)
    assert window.status.problems.text() == "1 warning"


def test_next_problem_goes_to_the_next_finding_after_the_cursor(window: MainWindow) -> None:
    open_text(window, DRAFT)
    window.editor.set_cursor_position(0)
    assert window.check_ops is not None
    window.check_ops.next_problem()
    assert window.editor.textCursor().selectedText() == "The the"
    window.check_ops.next_problem()
    assert window.editor.textCursor().selectedText().startswith("Friday, March 3, 2025")


def test_personal_data_stays_until_confirmed_with_a_reason(qtbot: Any, window: MainWindow,
                                                           prompts: ScriptedPrompts, services: Any) -> None:
    statement_id = open_text(window, "# Arrest\n\nOfficers said John Smith was arrested on Tuesday.\n")
    click_row(qtbot, window, "personal-data")
    panel = window.problems_panel
    assert panel.confirm_button.isEnabled() and not panel.fix_button.isEnabled()
    prompts.text_answer = ""  # no reason: nothing is confirmed
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert "personal-data" in [check for _, check, _ in rows(window)]
    prompts.text_answer = "Charged as an adult; the court record is public."
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert "personal-data" not in [check for _, check, _ in rows(window)]
    [kept] = services.workspace.confirmations.list(statement_id)
    assert (kept.text, kept.reason, kept.confirmed_by) == (
        "John Smith", "Charged as an adult; the court record is public.", "mayor.office")


def test_the_organisation_switches_a_check_off_for_everyone(window: MainWindow, prompts: ScriptedPrompts,
                                                            services: Any) -> None:
    open_text(window, DRAFT)

    def switch_off_repeated_words(dialog: CheckSettingsDialog) -> bool:
        dialog.enabled["repeated-words"].setChecked(False)
        dialog.severity["dates"].setCurrentIndex(dialog.severity["dates"].findData("warning"))
        dialog.accept()
        return True

    prompts.dialog_handler = switch_off_repeated_words
    assert window.check_ops is not None
    window.check_ops.edit_settings()
    checks = [check for _, check, _ in rows(window)]
    assert "repeated-words" not in checks and "dates" in checks
    assert window.status.problems.text().startswith("1 error · 1 warning")
    from drafter.checking import check_settings

    saved = check_settings(services)
    assert not saved.enabled("repeated-words") and saved.severities["dates"].value == "warning"
