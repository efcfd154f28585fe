"""The right-click menu on a misspelled word: up to seven suggestions, best
first (computed when the menu opens), then add to a dictionary or ignore."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from drafter.ui.editor import MarkdownEditor, qt_offset
from drafter.ui.highlighter import IN_FENCE
from drafter.ui.spelling_controller import SpellingController

MAX_SUGGESTIONS = 7


def misspelled_word_at(cursor: QTextCursor, spelling: SpellingController) -> tuple[int, int, str] | None:
    """(document start, document end, word) of the unknown word under ``cursor``."""
    block = cursor.block()
    text = block.text()
    previous = block.previous()
    in_code = previous.isValid() and previous.userState() > 0 and bool(previous.userState() & IN_FENCE)
    at = cursor.positionInBlock()
    for start, end, word in spelling.misspelled_spans(text, in_code):
        first, last = qt_offset(text, start), qt_offset(text, end)
        if first <= at <= last:
            return block.position() + first, block.position() + last, word
    return None


def add_spelling_actions(menu: QMenu, editor: MarkdownEditor, cursor: QTextCursor,
                         spelling: SpellingController) -> bool:
    """Put the spelling choices at the top of ``menu``; False when the word is fine."""
    found = misspelled_word_at(cursor, spelling)
    if found is None or editor.isReadOnly():
        return False
    start, end, word = found
    first = menu.actions()[0] if menu.actions() else None
    suggestions = spelling.suggestions(word, limit=MAX_SUGGESTIONS)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(partial(editor.replace_range, start, end, suggestion))
        menu.insertAction(first, action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellingMenu", "(no suggestions)"), menu)
        none.setEnabled(False)
        menu.insertAction(first, none)
    menu.insertSeparator(first)
    choices = [
        (QT_TRANSLATE_NOOP("SpellingMenu", "Add to Organisation Dictionary"), spelling.add_to_organisation),
        (QT_TRANSLATE_NOOP("SpellingMenu", "Add to My Dictionary"), spelling.add_to_personal),
        (QT_TRANSLATE_NOOP("SpellingMenu", "Ignore in This Statement"), spelling.ignore_in_statement),
        (QT_TRANSLATE_NOOP("SpellingMenu", "Ignore All"), spelling.ignore_everywhere),
    ]
    for label, slot in choices:
        action = QAction(QCoreApplication.translate("SpellingMenu", label), menu)
        action.triggered.connect(partial(slot, word))
        menu.insertAction(first, action)
    menu.insertSeparator(first)
    return True

