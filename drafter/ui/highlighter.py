"""Markdown highlighting for the editor: headings, emphasis, quotes, lists, links, code.

Qt asks for one block (paragraph line) at a time and only for blocks that
changed, so each call must be cheap: a few precompiled expressions, no
parsing of the whole document. Fenced code blocks carry state from block to
block (``previousBlockState``).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_IN_FENCE = 1

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_QUOTE = re.compile(r"^\s{0,3}>+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")
_CODE = re.compile(r"`[^`]+`")
_LINK = re.compile(r"!?\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<https?://[^>\s]+>")


def _format(color: str | None = None, *, bold: bool = False, italic: bool = False,
            monospace: bool = False, scale: float | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if monospace:
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
    if scale:
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, int(scale))
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._heading = _format("#1f3a60", bold=True)
        self._quote = _format("#5b6470", italic=True)
        self._marker = _format("#a05a00", bold=True)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)
        self._code = _format("#6b3fa0", monospace=True)
        self._link = _format("#1565c0")

    def highlightBlock(self, text: str) -> None:
        in_fence = self.previousBlockState() == _IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(0 if in_fence else _IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(_IN_FENCE)
            return
        self.setCurrentBlockState(0)
        if not text:
            return
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        quote = _QUOTE.match(text)
        if quote:
            self.setFormat(0, len(text), self._quote)
        marker = _LIST_MARKER.match(text)
        if marker:
            self.setFormat(marker.start(), marker.end() - marker.start(), self._marker)
        if "*" in text or "_" in text:
            self._apply(_STRONG, text, self._strong)
            self._apply(_EMPHASIS, text, self._emphasis)
        if "`" in text:
            self._apply(_CODE, text, self._code)
        if "[" in text or "<" in text:
            self._apply(_LINK, text, self._link)

    def _apply(self, pattern: re.Pattern[str], text: str, fmt: QTextCharFormat) -> None:
        for match in pattern.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), fmt)
