"""The strip above the editor that says where the statement is in its life, and offers the next step.

"In review: revision 2, waiting for Legal counsel. The text is read-only."
with Withdraw for its authors, Approve and Request Changes for reviewers;
"Approved by …" with Edit…; "Changes requested by …: note". Hidden for a
plain draft. The banner only draws and signals; ``ReviewOps`` acts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from drafter.ui.colour_scheme import banner_style


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
        self.message.setAccessibleName(self.tr("Review state"))
        self.withdraw = QPushButton(self.tr("Withdraw"), self)
        self.withdraw.setToolTip(self.tr("Take the statement back from review to edit it"))
        self.approve = QPushButton(self.tr("Approve…"), self)
        self.request_changes = QPushButton(self.tr("Request Changes…"), self)
        self.reopen = QPushButton(self.tr("Edit…"), self)
        self.reopen.setToolTip(self.tr("Editing sets the approval aside and returns the statement to draft"))
        self.compare = QPushButton(self.tr("What Changed…"), self)
        self.compare.setToolTip(self.tr("This revision compared, word by word, with the one you last "
                                        "looked at"))
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
        self._status = status
        self.setStyleSheet(banner_style("reviewBanner", status))
        self.withdraw.setVisible(can_withdraw)
        self.approve.setVisible(can_approve)
        self.request_changes.setVisible(can_request_changes)
        self.reopen.setVisible(can_reopen)
        self.compare.setVisible(can_compare)
        self.setVisible(bool(message))

    def restyle(self) -> None:
        """Colour it again, light or dark, as the desktop now is (the window calls this)."""
        wanted = banner_style("reviewBanner", getattr(self, "_status", ""))
        if wanted != self.styleSheet():  # setting a style sheet changes the palette again
            self.setStyleSheet(wanted)

    def clear(self) -> None:
        self.message.clear()
        self.hide()
