"""Comments as reviewers and drafters meet them: on selected words, with a suggestion accepted in one
click, replies and resolving, and phrases found again after edits (or said to be gone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from drafter.ui.comment_dialog import CommentDialog
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts

TEXT = "# Statement\n\nWe stand with the brave officers of Riverton and their families.\n"


def open_text(window: MainWindow, text: str = TEXT) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Comments", text=text, actor="ana")
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def select(window: MainWindow, phrase: str) -> None:
    start = window.editor.toPlainText().index(phrase)
    window.editor.select_text_range(start, start + len(phrase))


def comment_with(prompts: ScriptedPrompts, body: str, suggestion: str | None = None) -> None:
    def fill(dialog: CommentDialog) -> bool:
        dialog.body.setPlainText(body)
        if suggestion is not None:
            dialog.suggest.setChecked(True)
            dialog.suggestion.setPlainText(suggestion)
        dialog.accept()
        return True

    prompts.dialog_handler = fill


def threads(window: MainWindow) -> list[str]:
    tree = window.comments_panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_comment_with_a_suggestion_is_accepted_in_one_click(
        qtbot: Any, window: MainWindow, prompts: ScriptedPrompts, services: Any) -> None:
    sid = open_text(window)
    select(window, "brave officers")
    comment_with(prompts, "Name the department.", "officers of the Riverton Police Department")
    assert window.comment_ops is not None
    window.comment_ops.add_comment()
    assert window.comments_dock.isVisible()
    assert threads(window) == ["“brave officers”\nmayor.office: Name the department.\n"
                               "Suggests: “officers of the Riverton Police Department”"]
    panel = window.comments_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.accept.isEnabled()
    qtbot.mouseClick(panel.accept, Qt.MouseButton.LeftButton)
    assert "the officers of the Riverton Police Department of Riverton" in window.editor.toPlainText()
    assert threads(window) == []  # resolved threads are hidden until asked for
    panel.show_resolved.setChecked(True)
    assert threads(window)[0].endswith("Resolved")
    [kept] = services.workspace.comments.list(sid)
    assert kept.resolved


def test_the_phrase_is_found_again_after_edits_or_said_to_be_gone(qtbot: Any, window: MainWindow,
                                                                   prompts: ScriptedPrompts) -> None:
    open_text(window)
    select(window, "their families")
    comment_with(prompts, "Which families?")
    assert window.comment_ops is not None
    window.comment_ops.add_comment()
    window.editor.set_cursor_position(0)
    window.editor.insertPlainText("Updated. ")
    comment = window.comments_panel._comments[0]
    window.comment_ops.show_phrase(comment)
    assert window.editor.textCursor().selectedText() == "their families"
    select(window, "their families")
    window.editor.insertPlainText("everyone")
    assert window.save_now()
    qtbot.waitUntil(  # the panel follows the save a moment later
        lambda: threads(window)[0].startswith("“their families” — the text this comment was on has changed"),
        timeout=2000)
    window.comment_ops.show_phrase(comment)
    assert "has changed" in window.status.currentMessage()


def test_replies_hang_under_their_comment_and_nothing_selected_is_refused(window: MainWindow,
                                                                         prompts: ScriptedPrompts) -> None:
    open_text(window)
    assert window.comment_ops is not None
    window.comment_ops.add_comment()
    assert prompts.titles("error") == ["Nothing selected"]
    select(window, "Riverton")
    comment_with(prompts, "Spell out the city?")
    window.comment_ops.add_comment()
    prompts.text_answer = "It is the city's name."
    window.comment_ops.reply(window.comments_panel._comments[0])
    top = window.comments_panel.tree.topLevelItem(0)
    assert top.childCount() == 1 and top.child(0).text(0) == "mayor.office: It is the city's name."


def test_in_review_a_reviewer_comments_but_suggestions_wait_for_the_drafter(window: MainWindow,
                                                                           prompts: ScriptedPrompts,
                                                                           services: Any) -> None:
    sid = open_text(window)
    services.workspace.reviews.submit(sid, actor="mayor.office", expected_version=1, errors=[])
    window.show_statement_state(services.statements.get(sid))
    assert window.editor.isReadOnly()
    select(window, "brave")
    comment_with(prompts, "Drop the adjective.", "")
    assert window.comment_ops is not None
    window.comment_ops.add_comment()
    [comment] = services.workspace.comments.list(sid)
    assert (comment.revision, comment.suggestion) == (1, "")
    panel = window.comments_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert not panel.accept.isEnabled()  # the text is read-only in review
