"""Comments in the window: comment on selected words, reply, resolve, accept a suggestion, find the phrase.

A comment remembers its phrase and where it stood; ``core.anchors`` finds
it again in the text as it is now (nearest exact match, else a close one),
so comments survive edits around them. When the phrase is gone the panel
says so instead of pointing at the wrong words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core.anchors import Anchor, Located, locate
from drafter.core.errors import DrafterError
from drafter.core.statement import Statement, Status
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.store.records import Comment
    from drafter.ui.main_window import MainWindow


class CommentOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {ActionId.ADD_COMMENT: self.add_comment})
        panel = window.comments_panel
        panel.addRequested.connect(self.add_comment)
        panel.commentChosen.connect(self.show_phrase)
        panel.replyRequested.connect(self.reply)
        panel.resolveRequested.connect(self.resolve)
        panel.acceptRequested.connect(self.accept_suggestion)
        self.comments: list[Comment] = []

    def statement_opened(self, statement: Statement | None) -> None:
        if statement is None:
            self.comments = []
            self.window.comments_panel.show_comments([], set())
            return
        self.window.comments_panel.editable = not self.window.editor.isReadOnly()
        self.reload()
        if self.comments:
            self.window.comments_dock.show()

    def reload(self) -> None:
        statement_id = self.window.current_id
        self.comments = self._services.workspace.comments.list(statement_id) if statement_id else []
        text = self.window.editor.toPlainText()
        lost = {c.id for c in self.comments if c.parent_id is None and self._locate(c, text) is None}
        self.window.comments_panel.show_comments(self.comments, lost)

    @staticmethod
    def _locate(comment: Comment, text: str) -> Located | None:
        if comment.quote is None or comment.start is None or comment.end is None:
            return None
        return locate(Anchor(comment.quote, comment.start, comment.end), text)

    # -- acting ----------------------------------------------------------------------
    def add_comment(self) -> None:
        from drafter.ui.comment_dialog import CommentDialog

        window = self.window
        statement_id = window.current_id
        selected = window.editor.selected_text_range()
        if statement_id is None:
            return
        if selected is None:
            window.prompts.error(window, self.tr("Nothing selected"),
                                 self.tr("Select the words the comment is about first."))
            return
        start, end = selected
        quote = window.editor.toPlainText()[start:end]
        dialog = CommentDialog(quote, window)
        if not window.prompts.run_dialog(dialog):
            return
        reviews = self._services.workspace.reviews
        statement = self._services.statements.get(statement_id)
        revision = reviews.state(statement_id).revision if statement.status is Status.IN_REVIEW else None
        try:
            self._services.workspace.comments.add(
                statement_id, actor=self._services.actor_login, body=dialog.comment_text(), quote=quote,
                start=start, end=end, suggestion=dialog.suggested(), revision=revision)
        except DrafterError as error:
            window.prompts.error(window, self.tr("Comment not added"), str(error))
            return
        window.comments_dock.show()
        self.reload()

    def show_phrase(self, comment: Comment) -> None:
        found = self._locate(comment, self.window.editor.toPlainText())
        if found is None:
            self.window.status.showMessage(
                self.tr("The text this comment was on has changed: “{quote}”.").format(quote=comment.quote),
                6000)
            return
        self.window.editor.select_text_range(found.start, found.end)
        if not found.exact:
            self.window.status.showMessage(
                self.tr("The phrase has changed a little: this is the closest match."), 5000)

    def reply(self, comment: Comment) -> None:
        body = self.window.prompts.text(self.window, self.tr("Reply"),
                                        self.tr("Reply to {author}:").format(author=comment.author))
        if body is None or not body.strip():
            return
        self._step(lambda: self._services.workspace.comments.reply(
            comment.id, actor=self._services.actor_login, body=body))

    def resolve(self, comment: Comment) -> None:
        self._step(lambda: self._services.workspace.comments.resolve(
            comment.id, actor=self._services.actor_login))

    def accept_suggestion(self, comment: Comment) -> None:
        window = self.window
        if comment.suggestion is None or window.editor.isReadOnly():
            return
        found = self._locate(comment, window.editor.toPlainText())
        if found is None:
            window.prompts.error(window, self.tr("Suggestion not applied"),
                                 self.tr("The text this comment was on has changed: “{quote}” is no longer "
                                         "there. Make the change by hand.").format(quote=comment.quote))
            return
        window.editor.replace_text_range(found.start, found.end, comment.suggestion)
        self.resolve(comment)

    def _step(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Not done"), str(error))
        self.reload()
