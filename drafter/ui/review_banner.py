"""The strip above the editor that says where the statement is in its life, and offers the next step.

"In review: revision 2, waiting for Legal counsel. The text is read-only."
with Withdraw for its authors, Approve and Request Changes for reviewers;
"Approved by …" with Edit…; "Changes requested by …: note". Hidden for a
plain draft. The banner only draws and signals; ``ReviewOps`` acts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_COLOURS = {
    "in_review": "#fff4d6",
    "approved": "#e3f5e1",
    "changes_requested": "#fde4e1",
    "released": "#e4ecf7",
}


class ReviewBanner(QFrame):
    withdrawRequested = Signal()
    approveRequested = Signal()
    changesRequested = Signal()
    reopenRequested = Signal()
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Review state")
        self.withdraw = QPushButton("Withdraw", self)
        self.withdraw.setToolTip("Take the statement back from review to edit it")
        self.approve = QPushButton("Approve…", self)
        self.request_changes = QPushButton("Request Changes…", self)
        self.reopen = QPushButton("Edit…", self)
        self.reopen.setToolTip("Editing sets the approval aside and returns the statement to draft")
        self.compare = QPushButton("What Changed…", self)
        self.compare.setToolTip("This revision compared, word by word, with the one you last looked at")
        self.compare.clicked.connect(self.compareRequested)
        self.withdraw.clicked.connect(self.withdrawRequested)
        self.approve.clicked.connect(self.approveRequested)
        self.request_changes.clicked.connect(self.changesRequested)
        self.reopen.clicked.connect(self.reopenRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        for button in (self.compare, self.withdraw, self.approve, self.request_changes, self.reopen):
            layout.addWidget(button)
        self.hide()

    def show_state(self, status: str, message: str, *, can_withdraw: bool = False,
                   can_approve: bool = False, can_request_changes: bool = False,
                   can_reopen: bool = False, can_compare: bool = False) -> None:
        """Show ``message`` in the colour of ``status``, with the buttons this person may use."""
        self.message.setText(message)
        self.setStyleSheet(f"#reviewBanner {{ background: {_COLOURS.get(status, '#eeeeee')}; "
                           "border-bottom: 1px solid #c8c8c8; }")
        self.withdraw.setVisible(can_withdraw)
        self.approve.setVisible(can_approve)
        self.request_changes.setVisible(can_request_changes)
        self.reopen.setVisible(can_reopen)
        self.compare.setVisible(can_compare)
        self.setVisible(bool(message))

    def clear(self) -> None:
        self.message.clear()
        self.hide()
