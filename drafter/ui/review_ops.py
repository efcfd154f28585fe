"""The Review menu: submit, withdraw, approve, request changes, and edit an approved statement.

Each step goes through the store, which asks the rules again inside its
transaction; a refusal reaches the person as a message saying why. After
each step the statement's state is read again, so the banner, the editor's
read-only state and the actions always match the workspace.

An approval carries the revision and hash shown when the statement was
opened or last refreshed: if the statement moved on meanwhile (withdrawn
and resubmitted elsewhere), the approval is refused, never applied to text
the reviewer did not see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core.errors import ConflictError, DrafterError
from drafter.core.statement import Statement, Status
from drafter.core.workflow import APPROVE, REQUEST_CHANGES, NotAllowedError
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

_REVIEW_ACTIONS = (ActionId.SUBMIT_FOR_REVIEW, ActionId.WITHDRAW_FROM_REVIEW, ActionId.APPROVE,
                   ActionId.REQUEST_CHANGES)


class ReviewOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {
            ActionId.SUBMIT_FOR_REVIEW: self.submit,
            ActionId.WITHDRAW_FROM_REVIEW: self.withdraw,
            ActionId.APPROVE: self.approve,
            ActionId.REQUEST_CHANGES: self.request_changes,
            ActionId.SHOW_HISTORY: self.show_history,
        })
        banner = window.review_banner
        banner.withdrawRequested.connect(self.withdraw)
        banner.approveRequested.connect(self.approve)
        banner.changesRequested.connect(self.request_changes)
        banner.reopenRequested.connect(self.reopen)
        banner.compareRequested.connect(lambda: self.show_history(since_last_look=True))
        self.shown: tuple[int, str] | None = None  # (revision, sha256) the reviewer is looking at

    # -- showing the state -----------------------------------------------------------
    def statement_opened(self, statement: Statement | None) -> None:
        window = self.window
        if statement is None:
            window.review_banner.clear()
            self.shown = None
            window.actions.set_enabled(False, *_REVIEW_ACTIONS, ActionId.SHOW_HISTORY)
            return
        reviews = self._services.workspace.reviews
        state = reviews.state(statement.id)
        policy = reviews.policy_for(statement.id)
        me = self._services.actor
        self.shown = (state.revision, state.sha256) if state.revision is not None and state.sha256 else None
        in_review = statement.status is Status.IN_REVIEW
        window.editor.setReadOnly(statement.trashed or statement.status in (
            Status.IN_REVIEW, Status.APPROVED, Status.RELEASED))
        window.problems_panel.editable = not window.editor.isReadOnly()
        can_withdraw = in_review and (me.login in state.authors or me.has_role("admin"))
        can_review = in_review and me.has_role("reviewer")
        # An author may not approve their own revision unless the policy allows it (then it is recorded).
        can_approve = can_review and (me.login not in state.authors or policy.allow_self_approval)
        a = window.actions
        a[ActionId.SUBMIT_FOR_REVIEW].setEnabled(
            not statement.trashed and statement.status in (Status.DRAFT, Status.CHANGES_REQUESTED))
        a[ActionId.WITHDRAW_FROM_REVIEW].setEnabled(can_withdraw)
        a[ActionId.APPROVE].setEnabled(can_approve)
        a[ActionId.REQUEST_CHANGES].setEnabled(can_review)
        window.review_banner.show_state(
            statement.status.value, self._message(statement, state.revision, state.waiting_for(policy)),
            can_withdraw=can_withdraw, can_approve=can_approve, can_request_changes=can_review,
            can_reopen=statement.status is Status.APPROVED and not statement.trashed,
            can_compare=in_review and (state.revision or 0) > 1)
        a[ActionId.SHOW_HISTORY].setEnabled(True)

    def _message(self, statement: Statement, revision: int | None, waiting: str) -> str:
        status = statement.status
        if status is Status.IN_REVIEW:
            return self.tr("In review: revision {revision}, waiting for {whom}. "
                           "The text is read-only while it is in review.").format(revision=revision,
                                                                                  whom=waiting)
        if status is Status.APPROVED:
            last = self._last_decision(statement.id, APPROVE)
            if last is not None:
                return self.tr("Approved by {reviewer} on {when} (revision {revision}). Editing sets the "
                               "approval aside.").format(
                                   reviewer=last.reviewer, revision=revision,
                                   when=f"{last.created_at.astimezone():%Y-%m-%d %H:%M}")
            return self.tr("Approved (revision {revision}). Editing sets the approval aside.").format(
                revision=revision)
        if status is Status.CHANGES_REQUESTED:
            last = self._last_decision(statement.id, REQUEST_CHANGES)
            if last is not None:
                return self.tr("Changes requested by {reviewer}: “{note}”").format(reviewer=last.reviewer,
                                                                                 note=last.note)
            return self.tr("Changes requested.")
        if status is Status.RELEASED:
            return self.tr("Released (revision {revision}). The text no longer changes.").format(
                revision=revision)
        return ""

    def _last_decision(self, statement_id: int, decision: str):  # type: ignore[no-untyped-def]
        found = [r for r in self._services.workspace.reviews.reviews(statement_id) if r.decision == decision]
        return found[-1] if found else None

    def _reload(self) -> None:
        statement_id = self.window.current_id
        self.window.refresh_list()
        if statement_id is not None:
            self.window.show_statement_state(self._services.statements.get(statement_id))

    def show_history(self, *, since_last_look: bool = False) -> None:
        """The timeline and the comparison; from the banner, what changed since this person last looked."""
        from drafter.ui.history_dialog import HistoryDialog, baseline_for

        window = self.window
        statement_id = window.current_id
        if statement_id is None:
            return
        reviews = self._services.workspace.reviews
        revisions = reviews.revisions(statement_id)
        baseline = (baseline_for(self._login(), revisions, reviews.reviews(statement_id))
                    if since_last_look else None)
        dialog = HistoryDialog(self._services.statements.get(statement_id).title,
                               self._services.workspace.audit.events(statement_id), revisions,
                               window.editor.toPlainText(), compare_from=baseline, parent=window)
        window.prompts.run_dialog(dialog)

    # -- the steps -------------------------------------------------------------------
    def submit(self) -> None:
        from drafter.reviewing import submit
        from drafter.ui.submit_dialog import SubmitDialog

        window = self.window
        statement_id = window.current_id
        if statement_id is None or not window.save_now():
            return
        reviewers = [p for p in self._services.people.list() if p.has_role("reviewer")]
        dialog = SubmitDialog(reviewers, window)
        if not window.prompts.run_dialog(dialog):
            return
        spelling = window.spelling_ops.controller.checker() if window.spelling_ops else None
        try:
            revision = submit(self._services, statement_id, note=dialog.note_text() or None,
                              reviewers=dialog.chosen_reviewers(), spelling=spelling)
        except NotAllowedError as refusal:
            window.problems_dock.show()
            window.prompts.error(window, self.tr("Not submitted"), str(refusal))
            return
        except (ConflictError, DrafterError) as error:
            window.prompts.error(window, self.tr("Not submitted"), str(error))
            return
        window.status.showMessage(self.tr("Revision {number} is in review.").format(number=revision.number),
                                  5000)
        self._reload()

    def withdraw(self) -> None:
        window = self.window
        if window.current_id is None or not window.prompts.confirm(
                window, self.tr("Withdraw from Review?"),
                self.tr("Take the statement back from review to edit it? Reviewers' decisions on this "
                        "revision stay in its history."), yes=self.tr("Withdraw")):
            return
        self._step(lambda sid: self._services.workspace.reviews.withdraw(sid, actor=self._login()))

    def approve(self) -> None:
        window = self.window
        if window.current_id is None or self.shown is None:
            return
        revision, sha = self.shown
        note = window.prompts.text(
            window, self.tr("Approve"),
            self.tr("Approve revision {revision} exactly as it reads (SHA-256 {hash}…)?\n"
                    "A note for the drafter (optional):").format(revision=revision, hash=sha[:12]))
        if note is None:
            return
        self._decide(APPROVE, revision, sha, note)

    def request_changes(self) -> None:
        window = self.window
        if window.current_id is None or self.shown is None:
            return
        revision, sha = self.shown
        note = window.prompts.text(window, self.tr("Request Changes"),
                                   self.tr("What should change? (required)"))
        if note is None:
            return
        if not note.strip():
            window.prompts.error(window, self.tr("No changes requested"),
                                 self.tr("Say what should change: the note is required."))
            return
        self._decide(REQUEST_CHANGES, revision, sha, note)

    def _decide(self, decision: str, revision: int, sha: str, note: str) -> None:
        self._step(lambda sid: self._services.workspace.reviews.decide(
            sid, actor=self._login(), decision=decision, revision=revision, sha256=sha, note=note or None))

    def reopen(self) -> None:
        window = self.window
        if window.current_id is None or not window.prompts.confirm(
                window, self.tr("Edit the Approved Statement?"),
                self.tr("Editing sets the approval aside and returns the statement to draft: it must be "
                        "reviewed again before release."), yes=self.tr("Edit")):
            return
        self._step(lambda sid: self._services.workspace.reviews.reopen(sid, actor=self._login()))
        window.editor.setFocus()

    def _step(self, action) -> None:  # type: ignore[no-untyped-def]
        statement_id = self.window.current_id
        if statement_id is None:
            return
        try:
            action(statement_id)
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Not done"), str(error))
        self._reload()

    def _login(self) -> str:
        return self._services.actor_login
