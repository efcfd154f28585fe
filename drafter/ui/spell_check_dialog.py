"""Check Spelling (F7): the statement's unknown words one by one, as a word
processor walks them: Change, Change All, Ignore, Ignore All, Add."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from drafter.ui.colour_scheme import colours
from drafter.ui.editor import MarkdownEditor
from drafter.ui.spelling_controller import SpellingController

CONTEXT_CHARS = 60


class SpellCheckDialog(QDialog):
    def __init__(self, editor: MarkdownEditor, spelling: SpellingController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check Spelling"))
        self.setObjectName("spellCheckDialog")
        self._editor = editor
        self._spelling = spelling
        self._position = 0  # Python index in the text: words before it are done
        self.current: Any = None  # the Misspelling being shown
        self.context = QLabel(self)
        self.context.setWordWrap(True)
        self.context.setAccessibleName(self.tr("Unknown word in context"))
        self.change_to = QLineEdit(self)
        self.change_to.setAccessibleName(self.tr("Change to"))
        self.suggestions = QListWidget(self)
        self.suggestions.setAccessibleName(self.tr("Suggestions"))
        self.suggestions.currentTextChanged.connect(self.change_to.setText)
        self.suggestions.itemDoubleClicked.connect(self.change)
        buttons = {}
        for name, label in [("change", self.tr("&Change")), ("change_all", self.tr("Change A&ll")),
                            ("ignore", self.tr("&Ignore")), ("ignore_all", self.tr("Ignore &All")),
                            ("add", self.tr("A&dd to Dictionary")), ("close", self.tr("Close"))]:
            buttons[name] = QPushButton(label, self)
        self.buttons = buttons
        buttons["change"].clicked.connect(self.change)
        buttons["change_all"].clicked.connect(self.change_all)
        buttons["ignore"].clicked.connect(self.ignore)
        buttons["ignore_all"].clicked.connect(self.ignore_all)
        buttons["add"].clicked.connect(self.add)
        buttons["close"].clicked.connect(self.accept)
        buttons["change"].setDefault(True)
        layout = QGridLayout(self)
        layout.addWidget(QLabel(self.tr("Not in the dictionary:"), self), 0, 0, 1, 2)
        layout.addWidget(self.context, 1, 0, 1, 2)
        change_label = QLabel(self.tr("Change &to:"), self)
        change_label.setBuddy(self.change_to)
        layout.addWidget(change_label, 2, 0, 1, 2)
        layout.addWidget(self.change_to, 3, 0)
        layout.addWidget(self.suggestions, 4, 0, 5, 1)
        for row, name in enumerate(["change", "change_all", "ignore", "ignore_all", "add", "close"]):
            layout.addWidget(buttons[name], 3 + row, 1)
        self.resize(560, 380)
        self.next_word()

    # -- walking -----------------------------------------------------------------
    def next_word(self) -> bool:
        text = self._editor.toPlainText()
        ahead = [m for m in self._spelling.unknown_words(text) if m.start >= self._position]
        self.current = ahead[0] if ahead else None
        for name in ("change", "change_all", "ignore", "ignore_all", "add"):
            self.buttons[name].setEnabled(self.current is not None)
        self.suggestions.clear()
        if self.current is None:
            self.context.setText("<b>{}</b>".format(self.tr("The spelling check is complete.")))
            self.change_to.clear()
            self.buttons["close"].setFocus()
            return False
        word = self.current
        before = text[max(0, word.start - CONTEXT_CHARS):word.start]
        after = text[word.end:word.end + CONTEXT_CHARS]
        red = colours().error
        self.context.setText(f"…{html.escape(before)}<b style='color:{red}'>{html.escape(word.word)}"
                             f"</b>{html.escape(after)}…")
        self.suggestions.addItems(self._spelling.suggestions(word.word))
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        else:
            self.change_to.setText(word.word)
        self._editor.select_text_range(word.start, word.end)
        self._editor.ensureCursorVisible()
        return True

    # -- actions ---------------------------------------------------------------------
    def change(self) -> None:
        if self.current is None:
            return
        replacement = self.change_to.text()
        self._editor.replace_text_range(self.current.start, self.current.end, replacement)
        self._position = self.current.start + len(replacement)
        self.next_word()

    def change_all(self) -> None:
        if self.current is None:
            return
        word, replacement = self.current.word, self.change_to.text()
        text = self._editor.toPlainText()
        spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        edit = QTextCursor(self._editor.document())
        edit.beginEditBlock()
        for start, end in reversed(spans):
            self._editor.replace_text_range(start, end, replacement, text)
        edit.endEditBlock()
        self._position = self.current.start + len(replacement)
        self.next_word()

    def ignore(self) -> None:
        if self.current is not None:
            self._position = self.current.end
            self.next_word()

    def ignore_all(self) -> None:
        if self.current is not None:
            self._spelling.ignore_everywhere(self.current.word)
            self.next_word()

    def add(self) -> None:
        if self.current is not None:
            self._spelling.add_to_organisation(self.current.word)
            self.next_word()
