"""Review in the window: submit (refused while a check reports an error), read-only in review,
approve and request changes from the banner, and editing an approved statement after confirming."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from drafter.core.statement import Status
from drafter.ui.actions import ActionId
from drafter.ui.main_window import MainWindow
from drafter.ui.submit_dialog import SubmitDialog
from tests.ui.helpers import ScriptedPrompts, make_window

CLEAN = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


def open_text(window: MainWindow, text: str) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Review", text=text, actor=window.services.actor_login)
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def submit_with(prompts: ScriptedPrompts, note: str = "Ready", reviewers: tuple[str, ...] = ()) -> None:
    def fill(dialog: SubmitDialog) -> bool:
        dialog.note.setPlainText(note)
        for row in range(dialog.reviewers.count()):
            item = dialog.reviewers.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in reviewers:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return True

    prompts.dialog_handler = fill


@contextmanager
def window_of(qtbot: Any, services: Any, login: str, prompts: ScriptedPrompts,
              state_file: Path) -> Iterator[tuple[MainWindow, Any]]:
    """A second Drafter window on the same workspace, for another person (closed afterwards)."""
    from drafter.services import open_services

    theirs = open_services(str(services.workspace.path), login)
    window = make_window(qtbot, theirs, prompts, state_file)
    try:
        yield window, theirs
    finally:
        window.close()
        theirs.close()


def submitted_by_a_self_approving_author(window: MainWindow, prompts: ScriptedPrompts, services: Any) -> int:
    """A statement in review in a workspace whose policy lets authors approve (the window's person is
    the only reviewer there is)."""
    services.workspace.settings.put("review_policy", {"stages": [{"name": "Review"}],
                                                      "allow_self_approval": True}, actor="admin")
    sid = open_text(window, CLEAN)
    submit_with(prompts)
    assert window.review_ops is not None
    window.review_ops.submit()
    return sid


def test_submit_makes_the_text_read_only_and_shows_who_it_waits_for(window: MainWindow,
                                                                    prompts: ScriptedPrompts,
                                                                    services: Any) -> None:
    services.people.ensure("bo", roles=["reviewer"])
    sid = open_text(window, CLEAN)
    submit_with(prompts, "Ready for the mayor", ("bo",))
    assert window.review_ops is not None
    window.review_ops.submit()
    assert services.statements.get(sid).status is Status.IN_REVIEW
    revision = services.workspace.reviews.revision(sid)
    assert (revision.note, revision.reviewers) == ("Ready for the mayor", ("bo",))
    assert window.editor.isReadOnly()
    banner = window.review_banner
    assert banner.isVisible()
    assert banner.message.text().startswith("In review: revision 1, waiting for Review: any reviewer")
    assert banner.withdraw.isVisible()  # the author may withdraw


def test_submit_is_refused_while_a_check_reports_an_error(window: MainWindow, prompts: ScriptedPrompts,
                                                          services: Any) -> None:
    sid = open_text(window, CLEAN + "\nQuote: {{quote}}\n")
    submit_with(prompts)
    assert window.review_ops is not None
    window.review_ops.submit()
    assert services.statements.get(sid).status is Status.DRAFT
    [(_kind, title, text)] = [a for a in prompts.asked if a[0] == "error"]
    assert title == "Not submitted" and "{{quote}}" in text
    assert not window.editor.isReadOnly() and window.problems_dock.isVisible()


def test_a_reviewer_approves_from_the_banner_and_the_author_cannot(qtbot: Any, services: Any,
                                                                   prompts: ScriptedPrompts,
                                                                   tmp_path: Any) -> None:
    services.people.ensure("bo", roles=["reviewer"])
    author = make_window(qtbot, services, prompts, tmp_path / "author.ini")
    sid = open_text(author, CLEAN)
    submit_with(prompts)
    assert author.review_ops is not None
    author.review_ops.submit()
    # The author has every role (the workspace's first person) and still may not approve it.
    assert not author.review_banner.approve.isVisible()
    assert not author.actions[ActionId.APPROVE].isEnabled()
    reviewer_prompts = ScriptedPrompts()
    with window_of(qtbot, services, "bo", reviewer_prompts, tmp_path / "reviewer.ini") as (
            reviewer, reviewer_services):
        reviewer.open_statement(sid)
        assert reviewer.review_banner.approve.isVisible()
        reviewer_prompts.text_answer = "Good to go."
        qtbot.mouseClick(reviewer.review_banner.approve, Qt.MouseButton.LeftButton)
        assert reviewer_services.statements.get(sid).status is Status.APPROVED
        [review] = reviewer_services.workspace.reviews.reviews(sid)
        assert (review.reviewer, review.note) == ("bo", "Good to go.")
        assert reviewer.review_banner.message.text().startswith("Approved by bo")
    author.close()


def test_request_changes_needs_a_note_and_sends_it_back(window: MainWindow, prompts: ScriptedPrompts,
                                                        services: Any) -> None:
    sid = submitted_by_a_self_approving_author(window, prompts, services)
    prompts.text_answer = "   "
    window.review_ops.request_changes()
    assert services.statements.get(sid).status is Status.IN_REVIEW
    prompts.text_answer = "Name the chief."
    window.review_ops.request_changes()
    assert services.statements.get(sid).status is Status.CHANGES_REQUESTED
    assert not window.editor.isReadOnly()
    assert window.review_banner.message.text().endswith("“Name the chief.”")


def test_editing_an_approved_statement_needs_confirming(window: MainWindow, prompts: ScriptedPrompts,
                                                        services: Any) -> None:
    sid = submitted_by_a_self_approving_author(window, prompts, services)
    prompts.text_answer = ""
    window.review_ops.approve()
    assert services.statements.get(sid).status is Status.APPROVED
    assert window.editor.isReadOnly()
    [review] = services.workspace.reviews.reviews(sid)
    assert review.self_approval is True  # allowed by the policy, and recorded
    prompts.confirm_answer = False
    window.review_ops.reopen()
    assert services.statements.get(sid).status is Status.APPROVED and window.editor.isReadOnly()
    prompts.confirm_answer = True
    window.review_ops.reopen()
    assert services.statements.get(sid).status is Status.DRAFT and not window.editor.isReadOnly()
    assert services.workspace.reviews.reviews(sid)[0].superseded is True


def test_history_shows_every_event_and_what_changed_since_the_reviewer_last_looked(
        qtbot: Any, services: Any, prompts: ScriptedPrompts, tmp_path: Any) -> None:
    from drafter.ui.history_dialog import HistoryDialog

    services.people.ensure("bo", roles=["reviewer"])
    author = make_window(qtbot, services, prompts, tmp_path / "author.ini")
    sid = open_text(author, CLEAN)
    submit_with(prompts)
    assert author.review_ops is not None
    author.review_ops.submit()
    revision = services.workspace.reviews.revision(sid)
    services.workspace.reviews.decide(sid, actor="bo", decision="request_changes", revision=1,
                                      sha256=revision.sha256, note="Thank the families too.")
    author.review_ops._reload()
    author.editor.selectAll()
    author.editor.insertPlainText(CLEAN.replace("and their families", "and thank their families"))
    assert author.save_now()
    author.review_ops.submit()
    reviewer_prompts = ScriptedPrompts()
    shown: list[HistoryDialog] = []
    reviewer_prompts.dialog_handler = lambda dialog: shown.append(dialog) or False
    with window_of(qtbot, services, "bo", reviewer_prompts, tmp_path / "reviewer.ini") as (reviewer, _):
        reviewer.open_statement(sid)
        assert reviewer.review_banner.compare.isVisible()
        qtbot.mouseClick(reviewer.review_banner.compare, Qt.MouseButton.LeftButton)
        [dialog] = shown
        events = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
        assert [e.split("  ", 2)[2] for e in events] == [
            "created the statement", "submitted revision 1 for review: “Ready”",
            "asked for changes to revision 1: “Thank the families too.”",
            "edited the text (version 2)", "submitted revision 2 for review: “Ready”"]
        assert (dialog.old.currentData(), dialog.new.currentData()) == (1, 2)
        assert dialog.counts.text() == "1 word added, 0 words removed"
        assert "and thank their families" in dialog.view.toPlainText()
    author.close()
