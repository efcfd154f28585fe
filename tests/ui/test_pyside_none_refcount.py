"""Regression guard: some PySide6 releases drop a reference to None on every
Qt call that returns nothing (6.12.0 on Python 3.11), and the process soon
aborts with "Fatal Python error: none_dealloc". pyproject.toml excludes them;
this test catches a bad pair if one slips in."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from drafter.ui.highlighter import MarkdownHighlighter

CALLS = 5000
TOLERANCE = 50  # other code may take or drop a few references meanwhile


def test_void_qt_calls_keep_none_alive(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < TOLERANCE


def test_highlighting_thousands_of_lines_keeps_none_alive(qtbot: Any) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    line = "> quote with **bold** and *em* and `code`"
    text = "\n".join(f"# Heading {n}\n{line}" for n in range(1500))
    before = sys.getrefcount(None)
    document.setPlainText(text)
    highlighter.rehighlight()  # every block: thousands of setFormat calls
    assert abs(sys.getrefcount(None) - before) < TOLERANCE
