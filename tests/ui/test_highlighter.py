"""Markdown highlighting: what a drafter sees in the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QTextDocument

from drafter.ui.highlighter import MarkdownHighlighter


def formats_of(text: str) -> list[tuple[str, bool, bool]]:
    """(covered text, bold, italic) for each highlighted range of the first block."""
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    highlighter.rehighlight()
    block = document.firstBlock()
    return [(block.text()[r.start:r.start + r.length], r.format.fontWeight() == QFont.Weight.Bold,
             r.format.fontItalic()) for r in block.layout().formats()]


def test_strong_is_bold_and_emphasis_italic(qtbot: Any) -> None:
    found = formats_of("on **Thursday, June 12** in the *council* chamber")
    assert ("**Thursday, June 12**", True, False) in found
    assert ("*council*", False, True) in found


def test_asterisks_in_arithmetic_or_words_are_not_emphasis(qtbot: Any) -> None:
    assert formats_of("2*3*4 and snake_case_name") == []


def test_heading_quote_and_list_marker(qtbot: Any) -> None:
    assert formats_of("## Who we are")[0][1] is True
    assert formats_of("> a quotation")[0][2] is True
    assert formats_of("- first item")[0][0] == "- "


def test_fenced_code_carries_over_lines(qtbot: Any) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText("```\n**not bold**\n```\n**bold**")
    highlighter.rehighlight()
    inside = document.findBlockByNumber(1).layout().formats()
    after = document.findBlockByNumber(3).layout().formats()
    assert all(r.format.fontWeight() != QFont.Weight.Bold for r in inside)
    assert any(r.format.fontWeight() == QFont.Weight.Bold for r in after)
