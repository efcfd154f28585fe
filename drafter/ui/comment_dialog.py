"""Review ▸ Comment…: a remark on the selected words, and a replacement to suggest if there is one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CommentDialog(QDialog):
    def __init__(self, quote: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment"))
        shown = quote if len(quote) <= 200 else quote[:199] + "…"
        about = QLabel(self.tr("On: “{words}”").format(words=shown), self)
        about.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Comment"))
        self.body.setPlaceholderText(self.tr("What should the drafter know or change?"))
        self.suggest = QCheckBox(self.tr("Suggest a replacement for these words:"), self)
        self.suggestion = QPlainTextEdit(quote, self)
        self.suggestion.setAccessibleName(self.tr("Suggested replacement"))
        self.suggestion.setMaximumHeight(80)
        self.suggestion.setEnabled(False)
        self.suggest.toggled.connect(self.suggestion.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.body)
        layout.addWidget(self.suggest)
        layout.addWidget(self.suggestion)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def comment_text(self) -> str:
        return self.body.toPlainText().strip()

    def suggested(self) -> str | None:
        return self.suggestion.toPlainText() if self.suggest.isChecked() else None
