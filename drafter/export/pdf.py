"""The statement as a PDF: letterhead, date, title, body, signature, page numbers and approval or draft mark.

Drawn with QtGui alone (QTextDocument lays the text out, QPdfWriter writes the
file), so it needs no widgets and no display. How a page is made:

- US Letter, 2 cm margins (2.5 cm at the bottom, where the footer sits).
- One QTextDocument holds the letterhead (logo, organisation name in bold,
  address line), the date, the title and then the body, so they open page 1
  and the body follows them naturally. The body is ``body_html_without_title()``, the
  sanitised HTML the preview shows, styled by the statement's own style sheet;
  everything else we put in is escaped, and the document loads no resource
  except the logo handed to it, whatever the HTML names.
- The document is laid out the way Qt prints one: without a paint device, in
  Qt's default resolution, with a page size equal to the printable area and
  no margin of its own (or Qt would add its own 2 cm); the painter scales it
  up to the writer's resolution. Laying it out on the writer itself would be
  simpler, but Qt then leaves left and right margins (block quotes) in screen
  pixels: at the writer's 1,200 dpi, a twelfth of their size.
- Each page is painted on its own: the draft watermark first (under the text,
  so the text stays readable), the page's slice of the document, then the
  footer: "Page N of M" and the approval line, or the draft mark for a draft.

Two Qt habits are worked around. Qt ignores ``page-break-after: avoid`` and
has no keep-with-next, so after layout a heading (or a run of headings) whose
text starts on a later page gets a page break before it, and a signature block
that would be split moves to the next page whole; each such break lays out the
rest again, and statements have few. And Qt draws a paragraph that continues
from the previous page with one line too many (hidden by the clip, but there
in the file: copied text and search would show it twice), so those lines are
drawn one by one instead.

The style sheet is the preview's, as it is, but for its white page
background, dropped so the watermark shows. The text is drawn without
standard ligatures: "ff" and "fi" stay two letters, so text copied or
searched in the PDF is exactly the statement's.

Cost on this machine (2 cores), a final export with letterhead and
signature of the sample statement repeated, best / median of 5 runs after a
first one: 1,000 words (4 pages) 26 / 26 ms; 10,000 words (37 pages)
132 / 134 ms, of which about 65 ms is Markdown (render_html) and 30 ms
layout, with 7 heading breaks. The very first export in a process, fonts
still to load, took 243 ms. The budget is 500 ms for 10,000 words.
"""

from __future__ import annotations

import html
import math
import os
import re
import sys
import threading

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from drafter.core.render import statement_css
from drafter.export.document import DRAFT_MARK, ExportDocument

CREATOR = "Drafter"

# Page geometry in millimetres.
MARGIN_MM = 20.0
BOTTOM_MARGIN_MM = 25.0  # the footer lives in the lower 2.5 cm
FOOTER_GAP_MM = 6.0  # from the body's foot to the footer's rule

# The logo's printed height in CSS pixels (1/96 inch: about 15 mm) and the
# widest it may be; larger images are scaled down before they go in the file.
LOGO_HEIGHT_PX = 56
LOGO_MAX_WIDTH_PX = 320
LOGO_MAX_PIXELS = 600  # tall enough for 1,000 dpi at 15 mm

FOOTER_POINT_SIZE = 8.5
FOOTER_GREY = QColor(77, 77, 77)
WATERMARK_GREY = QColor(214, 214, 214)
WATERMARK_SPAN = 0.72  # of the page's diagonal

_LOGO_URL = QUrl("letterhead:logo")
_SANS = ["Helvetica", "Arial", "Liberation Sans", "DejaVu Sans", "Nimbus Sans"]
# The preview's source-line anchors mean nothing on paper, and Qt would start a
# new text run at each one (text extraction then splits the first letter off).
_SOURCE_ID_RE = re.compile(r' id="src-\d+"')
# Room for rounding when asking on which page a line starts (in layout units, ~1/96 inch).
_SLACK = 0.05

_application: QGuiApplication | None = None  # kept alive when this module had to make it


def render(document: ExportDocument) -> bytes:
    """The whole PDF file for ``document``."""
    _ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, document.title)
    page = _Page(writer)
    text = _lay_out(document, page)
    _paint(document, text, writer, page)
    buffer.close()
    return bytes(buffer.data().data())


def _ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists: QtGui needs one for fonts and the PDF writer.

    In the window the application exists already. On the command line (and
    in any process without a window) we make a QGuiApplication on the
    "offscreen" platform, unless QT_QPA_PLATFORM names another: export shows
    nothing, and offscreen needs no display, so it also works on a server.
    A process that will show widgets later must make its QApplication first:
    Qt allows one application object per process.
    """
    global _application
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError("PDF export needs a QGuiApplication, but this process made a QCoreApplication")
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("PDF export outside the main thread needs a QGuiApplication made beforehand")
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "drafter"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _application = QGuiApplication(argv)


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    """A PDF writer on ``buffer``: US Letter, titled, and no margins of its own.

    The painter's origin is then the page's corner, so the footer and the
    watermark can be drawn outside the body; the body's margins are ours.
    """
    writer = QPdfWriter(buffer)
    letter = QPageSize(QPageSize.PageSizeId.Letter)
    writer.setPageLayout(QPageLayout(letter, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer


def _layout_dpi() -> float:
    """The resolution Qt lays out a QTextDocument at when it has no paint device.

    That is Qt's default DPI (the screen's logical DPI; 96 offscreen), the one
    that turns the style sheet's points into pixels: 72 points are that many.
    """
    font = QFont()
    font.setPointSizeF(72)
    return float(QFontInfo(font).pixelSize())


class _Page:
    """Where things go on a page: in the writer's device pixels, and the body in layout units."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.dpi = float(writer.resolution())
        full = writer.pageLayout().fullRectPixels(writer.resolution())
        self.full = QRectF(0, 0, full.width(), full.height())
        margin, bottom = self.mm(MARGIN_MM), self.mm(BOTTOM_MARGIN_MM)
        width, height = self.full.width() - 2 * margin, self.full.height() - margin - bottom
        self.body = QRectF(margin, margin, width, height)
        top = self.body.bottom() + self.mm(FOOTER_GAP_MM)
        self.footer = QRectF(self.body.left(), top, self.body.width(), self.full.height() - top - self.mm(5))
        self.scale = self.dpi / _layout_dpi()  # device pixels per layout unit
        # Qt keeps layout positions in 1/64 units and cuts the page height down to
        # one; a height it keeps exactly puts page k at exactly k × height here too.
        self.layout_size = QSizeF(self.body.width() / self.scale, math.floor(height / self.scale * 64) / 64)

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4


class _PrintDocument(QTextDocument):
    """A QTextDocument that loads nothing by itself: only the logo added to it is shown."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None


# -- the document -------------------------------------------------------------------


def _lay_out(document: ExportDocument, page: _Page) -> QTextDocument:
    """The letterhead, title, body and signature as one document, paginated to the body area."""
    text = _PrintDocument()
    text.setDocumentMargin(0)
    text.setUseDesignMetrics(True)  # unhinted advances: the layout is scaled up for print
    text.setPageSize(page.layout_size)
    font = text.defaultFont()
    font.setFeature(QFont.Tag.fromString("liga"), 0)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(statement_css())
    logo = _logo(document)
    if logo is not None:
        text.addResource(QTextDocument.ResourceType.ImageResource.value, _LOGO_URL, logo)
    text.setHtml(_html(document, logo))
    # The sheet's white page background would cover the draft watermark.
    frame = text.rootFrame().frameFormat()
    frame.clearBackground()
    text.rootFrame().setFrameFormat(frame)
    text.pageCount()  # lay it all out now: a lazy layout, half done, loses blocks when a format changes
    height = page.layout_size.height()
    _keep_headings_with_text(text, height)
    if document.signature.strip():
        _keep_together(text, _last_block_with_text(text), height)
    return text


def _logo(document: ExportDocument) -> QImage | None:
    """The logo image, when the document names one that loads; huge images are scaled down."""
    if document.logo is None:
        return None
    image = QImage(str(document.logo))
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return None
    if image.height() > LOGO_MAX_PIXELS:
        image = image.scaledToHeight(LOGO_MAX_PIXELS, Qt.TransformationMode.SmoothTransformation)
    return image


def _html(document: ExportDocument, logo: QImage | None) -> str:
    """The document's HTML: our own parts escaped, then the sanitised body."""
    parts: list[str] = []
    if logo is not None:
        height = float(LOGO_HEIGHT_PX)
        width = height * logo.width() / logo.height()
        if width > LOGO_MAX_WIDTH_PX:
            width, height = float(LOGO_MAX_WIDTH_PX), LOGO_MAX_WIDTH_PX * logo.height() / logo.width()
        parts.append(
            f'<p style="margin-bottom: 8px"><img src="{_LOGO_URL.toString()}" '
            f'width="{round(width)}" height="{round(height)}"></p>'
        )
    if document.organisation.strip():
        parts.append(
            '<p style="font-size: 14pt; font-weight: bold; margin-bottom: 2px">'
            f"{html.escape(document.organisation)}</p>"
        )
    if document.address.strip():
        parts.append(f'<p style="font-size: 9.5pt; color: #4d4d4d">{html.escape(document.address)}</p>')
    if parts:
        parts.append("<hr>")
    parts.append(f'<p style="margin-bottom: 16px">{html.escape(document.date_text)}</p>')
    parts.append(f'<h1 style="font-size: 22pt; margin-bottom: 18px">{html.escape(document.title)}</h1>')
    parts.append(_SOURCE_ID_RE.sub("", document.body_html_without_title()))
    if document.signature.strip():
        lines = [html.escape(line.strip()) for line in document.signature.strip().splitlines()]
        parts.append(f'<p style="margin-top: 28px">{"<br>".join(lines)}</p>')
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>"


# -- pagination ---------------------------------------------------------------------


def _line_tops(text: QTextDocument, block: QTextBlock) -> list[float]:
    """Where each line of the block starts, in document coordinates (page k starts at k × height)."""
    top = text.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [top + layout.lineAt(index).y() for index in range(layout.lineCount())] or [top]


def _page_of(y: float, page_height: float) -> int:
    return int((y + _SLACK) // page_height)


def _first_page(text: QTextDocument, block: QTextBlock, page_height: float) -> int:
    return _page_of(_line_tops(text, block)[0], page_height)


def _last_page(text: QTextDocument, block: QTextBlock, page_height: float) -> int:
    return _page_of(_line_tops(text, block)[-1], page_height)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _opens_its_page(text: QTextDocument, block: QTextBlock, page_height: float) -> bool:
    """True when nothing before ``block`` shares its page: a break before it would gain nothing."""
    previous = block.previous()
    return not previous.isValid() or _last_page(text, previous, page_height) < _first_page(
        text, block, page_height
    )


def _break_before(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _keep_headings_with_text(text: QTextDocument, page_height: float) -> None:
    """Move each run of headings left alone at the foot of a page to the top of the next one."""
    block = text.begin()
    while block.isValid():
        if not _is_heading(block):
            block = block.next()
            continue
        first = block
        while block.isValid() and _is_heading(block):
            block = block.next()
        if not block.isValid():
            return  # headings at the very end: there is no text to keep them with
        stranded = _first_page(text, block, page_height) > _first_page(text, first, page_height)
        if stranded and not _opens_its_page(text, first, page_height):
            _break_before(first)


def _keep_together(text: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Move ``block`` whole to the next page when it would be split across two."""
    if not block.isValid():
        return
    split = _last_page(text, block, page_height) > _first_page(text, block, page_height)
    if split and not _opens_its_page(text, block, page_height):
        _break_before(block)


def _last_block_with_text(text: QTextDocument) -> QTextBlock:
    block = text.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    return block


def _carried_over(text: QTextDocument, page_height: float) -> dict[int, QTextBlock]:
    """The paragraph (of the main flow, not a table cell) that each page continues from the one before."""
    carried: dict[int, QTextBlock] = {}
    block = text.begin()
    while block.isValid():
        in_main_flow = text.frameAt(block.position()).parentFrame() is None
        if in_main_flow and block.layout().lineCount() > 1:
            first, last = _first_page(text, block, page_height), _last_page(text, block, page_height)
            for page in range(first + 1, last + 1):
                carried[page] = block
        block = block.next()
    return carried


# -- painting -----------------------------------------------------------------------


def _paint(document: ExportDocument, text: QTextDocument, writer: QPdfWriter, page: _Page) -> None:
    pages = max(1, text.pageCount())
    carried = _carried_over(text, page.layout_size.height())
    mark = DRAFT_MARK if document.approval is None else document.approval.line()
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("could not start drawing the PDF")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            if document.is_draft:
                _draw_watermark(painter, page)
            painter.save()
            painter.translate(page.body.topLeft())
            painter.scale(page.scale, page.scale)
            _draw_slice(painter, text, page.layout_size, index, carried.get(index))
            painter.restore()
            _draw_footer(painter, page, mark, bold=document.is_draft, number=index + 1, pages=pages)
    finally:
        painter.end()


def _draw_slice(
    painter: QPainter, text: QTextDocument, size: QSizeF, index: int, carried: QTextBlock | None
) -> None:
    """Page ``index`` of the document, the painter's origin at the body's corner in layout units.

    A paragraph carried over from the page before is drawn line by line and
    left out of Qt's own drawing: Qt would repeat its last line from that page.
    """
    top = index * size.height()
    bottom = top + size.height() - _SLACK  # a line starting on the next page's top edge is not ours
    painter.translate(0, -top)
    page = QRectF(0, top, size.width(), bottom - top)
    rest_top = top
    if carried is not None:
        rect = text.documentLayout().blockBoundingRect(carried)
        painter.save()
        painter.setClipRect(page)
        background = carried.blockFormat().background()
        if background.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect.intersected(page), background)
        layout = carried.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if top - _SLACK <= rect.top() + line.y() < bottom:
                line.draw(painter, rect.topLeft())
        painter.restore()
        rest_top = rect.bottom() + _SLACK
    if rest_top < bottom:
        # Never an empty rectangle: Qt would take it as "no clip" and draw everything.
        text.drawContents(painter, QRectF(0, rest_top, size.width(), bottom - rest_top))


def _sans(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_SANS)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _draw_watermark(painter: QPainter, page: _Page) -> None:
    """The draft mark in light grey, corner to corner across the page."""
    painter.save()
    painter.setFont(_sans(100, bold=True))
    width_at_100 = painter.fontMetrics().horizontalAdvance(DRAFT_MARK)
    diagonal = math.hypot(page.full.width(), page.full.height())
    painter.setFont(_sans(100 * WATERMARK_SPAN * diagonal / width_at_100, bold=True))
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(DRAFT_MARK)
    painter.setPen(WATERMARK_GREY)
    painter.translate(page.full.center())
    painter.rotate(-math.degrees(math.atan2(page.full.height(), page.full.width())))
    painter.drawText(QPointF(-width / 2, (metrics.ascent() - metrics.descent()) / 2), DRAFT_MARK)
    painter.restore()


def _draw_footer(painter: QPainter, page: _Page, mark: str, *, bold: bool, number: int, pages: int) -> None:
    """A thin rule, the approval line (or the draft mark) on the left, "Page N of M" on the right."""
    painter.save()
    rect = page.footer
    painter.setPen(QPen(FOOTER_GREY, page.mm(0.2)))
    painter.drawLine(rect.topLeft(), rect.topRight())
    numbering = f"Page {number} of {pages}"
    painter.setFont(_sans(FOOTER_POINT_SIZE))
    number_width = painter.fontMetrics().horizontalAdvance(numbering)
    text_top = rect.top() + page.mm(2)
    height = rect.bottom() - text_top
    top_right = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
    number_box = QRectF(rect.right() - number_width, text_top, number_width, height)
    painter.drawText(number_box, top_right, numbering)
    painter.setFont(_sans(FOOTER_POINT_SIZE, bold=bold))
    mark_box = QRectF(rect.left(), text_top, rect.width() - number_width - page.mm(6), height)
    flags = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) | Qt.TextFlag.TextWordWrap.value
    painter.drawText(mark_box, flags, mark)
    painter.restore()
