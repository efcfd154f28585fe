"""Markdown highlighting for the editor: headings, emphasis, quotes, lists, links,
code, leftover placeholders ({{…}}, TK, XXX, [insert …]) and the shading of
protected (fixed) blocks.

Qt asks for one block (paragraph line) at a time and only for blocks that
changed, so each call must be cheap: a few precompiled expressions, no
parsing of the whole document. Fenced code blocks carry state from block to
block (``previousBlockState``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from drafter.core.templates.fixed_blocks import fixed_marker_kind
from drafter.core.templates.placeholders import find_leftovers
from drafter.ui.colour_scheme import Colours, colours

# Block states carry what spans lines, as bit flags.
IN_FENCE = 1  # public: the right-click menu reads it from a block's state
_IN_FENCE = IN_FENCE
_IN_FIXED = 2

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_QUOTE = re.compile(r"^\s{0,3}>+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")
_CODE = re.compile(r"`[^`]+`")
_LINK = re.compile(r"!?\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<https?://[^>\s]+>")
# A line longer than this (a pasted 1 MB line, a minified file) gets only the
# formatting of its start (heading, quote, list marker, code fence): emphasis,
# links and code spans, leftovers and spelling underlines would cost seconds
# on every keystroke in it (an unclosed "**" makes the emphasis expressions
# read the rest of the line from each "**"). The drafting checks still list
# its leftovers and misspellings in the Problems panel.
MAX_INLINE_CHARS = 10_000


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


class SpellingSource(Protocol):
    def misspelled_spans(self, line: str, in_code_block: bool) -> Iterator[tuple[int, int, str]]: ...


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)
        self.use_colours(colours())
        self._shade: QColor | None = None  # the background of a protected block's lines
        self.spelling: SpellingSource | None = None  # set once a dictionary can answer
        self._step_timer: QTimer | None = None
        self._pending_block = document.firstBlock()
        self._blocks_per_step = 120

    def use_colours(self, chosen: Colours) -> None:
        """Take the light or the dark colours (``colour_scheme``); call ``rehighlight()`` after."""
        self._heading = _format(chosen.heading, bold=True)
        self._quote = _format(chosen.quote, italic=True)
        self._marker = _format(chosen.list_marker, bold=True)
        self._code = _format(chosen.code, monospace=True)
        self._link = _format(chosen.link)
        self._leftover = _format(chosen.leftover, bold=True)
        self._leftover.setBackground(QColor(chosen.leftover_background))
        self._fixed_marker = _format(chosen.fixed_marker, italic=True)
        self._fixed_shade = QColor(chosen.fixed_shade)
        self._misspelled = QColor(chosen.misspelled)

    def highlightBlock(self, text: str) -> None:
        state = max(0, self.previousBlockState())
        marker = fixed_marker_kind(text)
        in_fixed = bool(state & _IN_FIXED) or marker == "open"
        self._shade = self._fixed_shade if in_fixed else None
        if in_fixed:
            self._set(0, len(text), QTextCharFormat())  # the block's background first
        fence_state = self._highlight_markdown(text, bool(state & _IN_FENCE))
        if marker is not None:
            self._set(0, len(text), self._fixed_marker)
        if len(text) <= MAX_INLINE_CHARS:
            self._underline_and_mark(text, bool(state & _IN_FENCE))
        still_fixed = in_fixed and marker != "close"
        self.setCurrentBlockState(fence_state | (_IN_FIXED if still_fixed else 0))

    def _underline_and_mark(self, text: str, in_fence: bool) -> None:
        """Misspelled words and leftovers (placeholders, TK, …) of one line."""
        if self.spelling is not None and text:
            in_code = in_fence or bool(_FENCE.match(text))
            for start, end, _word in self.spelling.misspelled_spans(text, in_code):
                self._underline(start, end - start)
        if "{" in text or "TK" in text or "XXX" in text or "[" in text:
            for leftover in find_leftovers(text):
                self.setFormat(leftover.start, leftover.end - leftover.start, self._leftover)

    def _highlight_markdown(self, text: str, in_fence: bool) -> int:
        """Format Markdown syntax; return the fence bit for the next block."""
        if _FENCE.match(text):
            self._set(0, len(text), self._code)
            return 0 if in_fence else _IN_FENCE
        if in_fence:
            self._set(0, len(text), self._code)
            return _IN_FENCE
        if not text:
            return 0
        if _HEADING.match(text):
            self._set(0, len(text), self._heading)
            return 0
        if _QUOTE.match(text):
            self._set(0, len(text), self._quote)
        marker = _LIST_MARKER.match(text)
        if marker:
            self._set(marker.start(), marker.end() - marker.start(), self._marker)
        if len(text) > MAX_INLINE_CHARS:
            return 0
        if "*" in text or "_" in text:
            self._apply(_STRONG, text, self._strong)
            self._apply(_EMPHASIS, text, self._emphasis)
        if "`" in text:
            self._apply(_CODE, text, self._code)
        if "[" in text or "<" in text:
            self._apply(_LINK, text, self._link)
        return 0

    def _set(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        if self._shade is not None:
            fmt = QTextCharFormat(fmt)
            fmt.setBackground(self._shade)
        self.setFormat(start, length, fmt)

    def rehighlight_in_steps(self, blocks_per_step: int = 25) -> None:
        """Highlight the whole document again, a slice per turn of the event
        loop, so a long statement never stalls typing (a dictionary arrived,
        a word was added)."""
        self._pending_block = self.document().firstBlock()
        if self._step_timer is None:
            self._step_timer = QTimer(self)
            self._step_timer.setInterval(0)
            self._step_timer.timeout.connect(self._rehighlight_step)
        self._blocks_per_step = blocks_per_step
        self._step_timer.start()

    def _rehighlight_step(self) -> None:
        block = self._pending_block
        for _ in range(self._blocks_per_step):
            if not block.isValid():
                assert self._step_timer is not None
                self._step_timer.stop()
                return
            self.rehighlightBlock(block)
            block = block.next()
        self._pending_block = block

    def _underline(self, start: int, length: int) -> None:
        """A red wavy underline, keeping whatever else the word is (bold, a link, …)."""
        fmt = QTextCharFormat(self.format(start))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(self._misspelled)
        self.setFormat(start, length, fmt)

    def _apply(self, pattern: re.Pattern[str], text: str, fmt: QTextCharFormat) -> None:
        for match in pattern.finditer(text):
            self._set(match.start(), match.end() - match.start(), fmt)
