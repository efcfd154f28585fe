"""The Comments panel: each comment on a phrase, its suggestion and replies, beside the editor.

A thread shows the phrase it is on, who wrote what, and a suggested
replacement when there is one. Where the phrase can no longer be found in
the text, the thread says so. The panel draws and signals; ``CommentOps``
does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the window is painted
    from drafter.store.records import Comment

COMMENT_ROLE = Qt.ItemDataRole.UserRole
LOST = QT_TRANSLATE_NOOP("CommentsPanel", "the text this comment was on has changed")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CommentsPanel(QWidget):
    commentChosen = Signal(object)  # a Comment (the thread's first): show its phrase
    addRequested = Signal()
    replyRequested = Signal(object)
    resolveRequested = Signal(object)
    acceptRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Comments"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemClicked.connect(self._chosen)
        self.add = QPushButton(self.tr("Comment…"), self)
        self.add.setToolTip(self.tr("Comment on the selected words (Ctrl+Alt+M)"))
        self.reply = QPushButton(self.tr("Reply…"), self)
        self.resolve = QPushButton(self.tr("Resolve"), self)
        self.accept = QPushButton(self.tr("Accept Suggestion"), self)
        self.accept.setToolTip(self.tr("Put the suggested words in place of the phrase (it can be undone)"))
        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.add.clicked.connect(self.addRequested)
        self.reply.clicked.connect(lambda: self._emit_for(self.replyRequested))
        self.resolve.clicked.connect(lambda: self._emit_for(self.resolveRequested))
        self.accept.clicked.connect(lambda: self._emit_for(self.acceptRequested))
        self.show_resolved.toggled.connect(lambda: self.show_comments(self._comments, self._lost))
        buttons = QHBoxLayout()
        for button in (self.add, self.reply, self.resolve, self.accept):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.tree)
        self._comments: list[Comment] = []
        self._lost: set[int] = set()
        self.editable = True  # whether suggestions can be accepted (the text is not read-only)
        self._update_buttons()

    def show_comments(self, comments: list[Comment], lost: set[int]) -> None:
        """Show the threads of ``comments``; ``lost`` holds the ids whose phrase cannot be found."""
        current = self.current_comment()
        self._comments, self._lost = list(comments), set(lost)
        self.tree.clear()
        threads: dict[int, QTreeWidgetItem] = {}
        for comment in comments:
            if comment.parent_id is None:
                if comment.resolved and not self.show_resolved.isChecked():
                    continue
                item = QTreeWidgetItem([self._thread_text(comment)])
                item.setData(0, COMMENT_ROLE, comment)
                self.tree.addTopLevelItem(item)
                threads[comment.id] = item
            elif comment.parent_id in threads:
                reply = QTreeWidgetItem([f"{comment.author}: {comment.body}"])
                reply.setData(0, COMMENT_ROLE, comment)
                threads[comment.parent_id].addChild(reply)
        self.tree.expandAll()
        if current is not None and current.id in threads:
            self.tree.setCurrentItem(threads[current.id])
        self._update_buttons()

    def _thread_text(self, comment: Comment) -> str:
        lost = f" — {self.tr(LOST)}" if comment.id in self._lost else ""
        lines = [f"“{_short(comment.quote or '')}”{lost}",
                 f"{comment.author}: {comment.body}"]
        if comment.suggestion is not None:
            lines.append(self.tr("Suggests: “{words}”").format(words=comment.suggestion))
        if comment.resolved:
            lines.append(self.tr("Resolved"))
        return "\n".join(lines)

    def current_comment(self) -> Comment | None:
        """The thread (its first comment) of the current row."""
        item = self.tree.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        comment = item.data(0, COMMENT_ROLE)
        return comment if comment is not None and hasattr(comment, "parent_id") else None

    def _chosen(self, *_args: object) -> None:
        comment = self.current_comment()
        if comment is not None:
            self.commentChosen.emit(comment)

    def _emit_for(self, signal: Signal) -> None:  # type: ignore[type-arg]
        comment = self.current_comment()
        if comment is not None:
            signal.emit(comment)

    def _update_buttons(self, *_args: object) -> None:
        comment = self.current_comment()
        self.reply.setEnabled(comment is not None)
        self.resolve.setEnabled(comment is not None and not comment.resolved)
        self.accept.setEnabled(comment is not None and comment.suggestion is not None and not comment.resolved
                               and comment.id not in self._lost and self.editable)
