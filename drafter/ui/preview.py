"""The live preview: the statement as it will be released, never a browser.

QTextBrowser shows the sanitised HTML with the same style sheet that export
uses. It loads nothing: ``loadResource`` refuses every URL (no network, no
local files a statement names), and a click on a link never navigates the
preview; the window asks before opening it in the system browser.
"""

from __future__ import annotations

import bisect
import itertools
import re

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

SOURCE_ANCHOR_PREFIX = "src-"
INDEX_BLOCKS_PER_STEP = 25
# Qt reads HTML in time that grows with the square of its anchors (ids):
# 10,000 anchored paragraphs take 6 s, the window frozen all along. Scroll
# sync interpolates between anchors, so past this many only every n-th is
# kept (a real statement has a few hundred).
MAX_ANCHORS = 1000
_ANCHOR_RE = re.compile(f' id="{SOURCE_ANCHOR_PREFIX}[0-9]+"')


class PreviewPane(QTextBrowser):
    """Shows rendered HTML; maps its scroll position to source lines and back."""

    linkActivated = Signal(QUrl)  # a link the reader clicked; the window decides
    topLineChanged = Signal(float)  # the source line at the top, when the reader scrolls
    indexed = Signal()  # new content is laid out and mapped to source lines

    def __init__(self, style_sheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(style_sheet)
        self._style_sheet = style_sheet
        self._lines: list[int] = []  # source line of each anchored block, ascending
        self._tops: list[float] = []  # that block's top in document coordinates
        self._source_end = 1.0
        self._programmatic_scroll = False
        self._index_timer = QTimer(self)
        self._index_timer.setInterval(0)
        self._index_timer.timeout.connect(self._index_some_blocks)
        self._next_block = self.document().begin()
        self._new_lines: list[int] = []
        self._new_tops: list[float] = []
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- content ---------------------------------------------------------------
    def show_html(self, html: str, source_line_count: int) -> None:
        """Replace the content, keeping the reader's place.

        Finding where each source line landed is left to the next turn of
        the event loop: asked right after ``setHtml`` it forces a full layout
        at once (12 ms for 10,000 words); after Qt's own layout pass it costs
        about one. ``indexed`` says when scroll sync can use the new content.
        """
        self._source_end = float(source_line_count + 1)
        bar = self.verticalScrollBar()
        keep = bar.value()
        self._programmatic_scroll = True
        try:
            # The style sheet is set once as the document's default; Qt applies
            # its body rule only inside a <body>.
            self.setHtml(f"<html><body>{thin_anchors(html)}</body></html>")
            bar.setValue(min(keep, bar.maximum()))
        finally:
            self._programmatic_scroll = False
        self._next_block = self.document().begin()
        self._new_lines, self._new_tops = [], []
        self._index_timer.start()

    def is_indexed(self) -> bool:
        """True once the content shown is mapped to source lines."""
        return not self._index_timer.isActive()

    def _index_some_blocks(self) -> None:
        """Map the next slice of blocks to source lines; the last slice swaps the
        new map in and says so (``indexed``).

        A slice per turn of the event loop: asking where every block of a long
        statement landed forces Qt's whole layout at once, tens of
        milliseconds the window would not answer keys in.
        """
        layout = self.document().documentLayout()
        lines, tops = self._new_lines, self._new_tops
        block = self._next_block
        for _ in range(INDEX_BLOCKS_PER_STEP):
            if not block.isValid():
                self._index_timer.stop()
                self._lines, self._tops = lines, tops
                self.indexed.emit()
                return
            line = _source_line_of(block)
            if line is not None and (not lines or line > lines[-1]):
                lines.append(line)
                tops.append(layout.blockBoundingRect(block).top())
            block = block.next()
        self._next_block = block

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Load nothing: no images, style sheets or files named by a statement."""
        return None

    def setSource(self, name: QUrl, type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource) -> None:  # noqa: E501
        """Never navigate: the preview only ever shows the statement."""

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        self.linkActivated.emit(url)

    # -- scroll synchronisation ------------------------------------------------------
    def scroll_to_source_line(self, line: float) -> None:
        """Show the block made from source ``line`` (fractional: part way through it)."""
        if not self._lines:
            return
        lines = [float(n) for n in self._lines]
        y = _interpolate(line, lines, self._tops, self._source_end, self._document_height())
        self._programmatic_scroll = True
        try:
            self.verticalScrollBar().setValue(int(y))
        finally:
            self._programmatic_scroll = False

    def top_source_line(self) -> float:
        if not self._lines:
            return 1.0
        y = float(self.verticalScrollBar().value())
        lines = [float(n) for n in self._lines]
        return _interpolate(y, self._tops, lines, self._document_height(), self._source_end)

    def _document_height(self) -> float:
        return float(self.document().documentLayout().documentSize().height())

    def _on_scrolled(self) -> None:
        if not self._programmatic_scroll:
            self.topLineChanged.emit(self.top_source_line())


def thin_anchors(html: str, limit: int = MAX_ANCHORS) -> str:
    """``html`` with no more than about ``limit`` source anchors: every n-th, the first included."""
    count = html.count(f' id="{SOURCE_ANCHOR_PREFIX}')
    if count <= limit:
        return html
    step = -(-count // limit)
    numbers = itertools.count()
    return _ANCHOR_RE.sub(lambda m: m.group(0) if next(numbers) % step == 0 else "", html)


def _source_line_of(block) -> int | None:  # type: ignore[no-untyped-def]
    """The source line a block came from: the renderer puts the anchor on its first fragment."""
    iterator = block.begin()
    if iterator.atEnd():
        return None
    for name in iterator.fragment().charFormat().anchorNames():
        if name.startswith(SOURCE_ANCHOR_PREFIX):
            try:
                return int(name[len(SOURCE_ANCHOR_PREFIX):])
            except ValueError:
                return None
    return None


def _interpolate(x: float, xs: list[float], ys: list[float], x_end: float, y_end: float
                 ) -> float:
    """Map ``x`` between the ascending points ``xs`` to the matching place between ``ys``.

    Past the last point, the span runs to (``x_end``, ``y_end``): the end of
    the source or of the document.
    """
    index = bisect.bisect_right(xs, x) - 1
    if index < 0:
        return ys[0]
    x0, y0 = xs[index], ys[index]
    if index + 1 < len(xs):
        x1, y1 = xs[index + 1], ys[index + 1]
    else:
        x1, y1 = x_end, y_end
    if x1 <= x0:
        return y0
    return y0 + (x - x0) / (x1 - x0) * (y1 - y0)
