"""Review ▸ Submit for Review…: a note for the reviewers, and whom to ask (anyone at each stage if none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from drafter.store.records import Person



class SubmitDialog(QDialog):
    def __init__(self, reviewers: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit for Review"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note for the reviewers"))
        self.note.setPlaceholderText(self.tr("What the reviewers should know (optional)"))
        self.note.setMaximumHeight(90)
        self.reviewers = QListWidget(self)
        self.reviewers.setAccessibleName(self.tr("Reviewers to ask"))
        for person in reviewers:
            item = QListWidgetItem(f"{person.display_name} ({person.login})", self.reviewers)
            item.setData(Qt.ItemDataRole.UserRole, person.login)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        submit = buttons.addButton(self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        submit.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The text is taken as it reads now and becomes read-only while in "
                                        "review. Withdraw it to edit again."), self))
        layout.addWidget(QLabel(self.tr("Note:"), self))
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Ask these reviewers (none: anyone who reviews at each stage):"),
                                self))
        layout.addWidget(self.reviewers)
        layout.addWidget(buttons)

    def chosen_reviewers(self) -> tuple[str, ...]:
        chosen = []
        for row in range(self.reviewers.count()):
            item = self.reviewers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(chosen)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
