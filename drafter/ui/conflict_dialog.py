"""The choice after a save was refused because someone else saved the statement meanwhile.

Three ways on, as the person sees them: Compare (their version against my
text, word by word, in the dialog), Keep Mine (my text becomes the newest
version on top of theirs) or Take Theirs (the editor shows their version).
Whichever is chosen, the text set aside stays in the statement's history,
so nothing is lost. The dialog cannot be dismissed without a choice: closing
it would leave the editor unable to save.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.core.compare import compare, compare_html, summary

Choice = Literal["mine", "theirs"]


class ConflictDialog(QDialog):
    def __init__(self, title: str, their_author: str, theirs: str, mine: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed Elsewhere"))
        self.choice: Choice | None = None
        self.message = QLabel(
            self.tr("“{title}” was changed by {author} while you were editing it. Nothing has "
                    "been overwritten.\n\nKeep Mine saves your text as the newest version; theirs stays "
                    "in the statement's history. Take Theirs shows their version; your change stays in "
                    "the history.").format(title=title, author=their_author), self)
        self.message.setWordWrap(True)
        self.counts = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Their version compared with yours"))
        self.view.setOpenLinks(False)
        inserted, deleted = summary(compare(theirs, mine))
        self.counts.setText((self.tr("Compared with their version, yours adds 1 word and removes {removed}.")
                             if inserted == 1 else
                             self.tr("Compared with their version, yours adds {added} words and removes "
                                     "{removed}.")).format(added=inserted, removed=deleted))
        self.view.setHtml(compare_html(theirs, mine))
        self.counts.hide()
        self.view.hide()

        buttons = QDialogButtonBox(self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setCheckable(True)
        self.compare_button.setAccessibleName(self.tr("Compare their version with yours"))
        self.keep_mine_button = buttons.addButton(self.tr("Keep Mine"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs_button = buttons.addButton(self.tr("Take Theirs"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_mine_button.setDefault(True)
        self.compare_button.toggled.connect(self.show_comparison)
        self.keep_mine_button.clicked.connect(lambda: self.choose("mine"))
        self.take_theirs_button.clicked.connect(lambda: self.choose("theirs"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def show_comparison(self, shown: bool) -> None:
        self.counts.setVisible(shown)
        self.view.setVisible(shown)
        if shown:
            self.resize(max(self.width(), 820), max(self.height(), 560))

    def choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Escape and the close button do nothing: the editor cannot save until a choice is made."""
        if self.choice is not None:
            super().reject()
