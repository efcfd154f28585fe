"""The statement as a Word file (.docx), built from its structure with real Word styles.

The body is not pasted HTML: the sanitised HTML the preview shows
(``ExportDocument.body_html``) is read with the standard library's parser into
paragraphs, each given the Word style its Markdown means (Title, Heading 1-3,
Quote, List Bullet/Number and their second and third levels, Normal), with
bold, italic, code and real hyperlinks as runs. So a press office that opens
the file finds the styles it knows, and restyling the file restyles the
statement. Only http(s), mailto and tel links become hyperlinks (the HTML is
already sanitised; this is the second lock on the same door).

Around the body: the letterhead (logo, organisation, address line) in the
first page's header, the date, the title, an optional signature block; on
every page a footer with the approval line and "Page X of Y", or, for a
draft, "DRAFT — NOT APPROVED" in the header and the footer of every page.
The approval (or the draft mark) and the full SHA-256 also go into the
document properties. A final export is byte-for-byte reproducible: the same
approved revision gives the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from drafter.export.document import DRAFT_MARK, ExportDocument

_DRAFT_RED = RGBColor(0xC0, 0x00, 0x00)
_LINK_BLUE = RGBColor(0x1A, 0x4F, 0x8B)  # the link colour of the statement's style sheet
_MONOSPACE = "Consolas"
_LOGO_HEIGHT = Cm(2)
_LOGO_MAX_WIDTH = Cm(8)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same document gives the same bytes

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "th", "td"}
_BLOCK_TAGS = {
    "p", "div", "ul", "ol", "li", "blockquote", "pre", "hr", "dl", "dt", "dd", "caption",
    *_HEADINGS, *_TABLE_PARTS,
}  # fmt: skip
_ALIGNMENTS = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
               "right": WD_ALIGN_PARAGRAPH.RIGHT}
_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
# Characters XML 1.0 cannot hold (a pasted form feed would otherwise abort the export).
_NOT_XML_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_URL_NOISE_RE = re.compile(r"[\x00-\x20\x7f]+")  # browsers ignore these inside a URL
_LINK_SCHEME_RE = re.compile(r"(?i)(?:https?|mailto|tel):")


def _xml_safe(text: str) -> str:
    return _NOT_XML_RE.sub("", text)


def _safe_link(href: str | None) -> str | None:
    """The URL when it is http(s), mailto or tel, else None (the text stays, unlinked)."""
    if href is None or not _LINK_SCHEME_RE.match(_URL_NOISE_RE.sub("", href)):
        return None
    return _xml_safe(href)


# --- The body as paragraphs -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    code: bool = False
    superscript: bool = False
    subscript: bool = False
    highlight: bool = False
    href: str | None = None


_FORMAT_TAGS: dict[str, dict[str, Any]] = {
    "strong": {"bold": True}, "b": {"bold": True}, "dt": {"bold": True}, "th": {"bold": True},
    "em": {"italic": True}, "i": {"italic": True}, "cite": {"italic": True},
    "u": {"underline": True}, "ins": {"underline": True},
    "s": {"strike": True}, "del": {"strike": True},
    "code": {"code": True}, "kbd": {"code": True}, "samp": {"code": True}, "pre": {"code": True},
    "sup": {"superscript": True}, "sub": {"subscript": True}, "mark": {"highlight": True},
}  # fmt: skip


@dataclass
class _Run:
    text: str
    format: _Format


@dataclass
class _Paragraph:
    style: str
    runs: list[_Run] = field(default_factory=list)
    list_id: int | None = None  # the <ol> it numbers in, so each list counts from its own start
    alignment: str | None = None
    rule: bool = False  # a horizontal rule

    def add(self, text: str, fmt: _Format) -> None:
        if self.runs and self.runs[-1].format == fmt:
            self.runs[-1].text += text
        else:
            self.runs.append(_Run(text, fmt))

    @property
    def at_line_start(self) -> bool:
        """Nothing yet on this line, or it ends in a space: HTML drops the next leading space."""
        return not self.runs or self.runs[-1].text.endswith((" ", "\n"))

    def strip_end(self) -> None:
        while self.runs:
            self.runs[-1].text = self.runs[-1].text.rstrip(" \n")
            if self.runs[-1].text:
                return
            self.runs.pop()


@dataclass
class _Table:
    rows: list[list[_Paragraph]] = field(default_factory=list)
    header_rows: int = 0


@dataclass
class _Context:
    """An open blockquote, list or list item: it decides the style of paragraphs inside it."""

    tag: str
    list_id: int | None = None  # for an <ol>
    style: str = ""  # for an <li>: its first paragraph's style …
    continue_style: str = ""  # … and that of any further paragraph in it
    started: bool = False


class _BodyParser(HTMLParser):
    """Sanitised statement HTML → paragraphs and tables with the Word style each one takes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Paragraph | _Table] = []
        self.list_starts: list[int] = []  # the first number of each <ol>, by list id
        self._formats: list[tuple[str, _Format]] = [("", _Format())]
        self._contexts: list[_Context] = []
        self._current: _Paragraph | None = None
        self._heading = 0
        self._pre = 0
        self._caption = False
        self._table: _Table | None = None
        self._table_depth = 0
        self._in_head = False
        self._cell: _Paragraph | None = None

    # html.parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "br":
            self._line_break()
        elif tag in _BLOCK_TAGS:
            if self._cell is not None or (self._table_depth and tag in _TABLE_PARTS):
                self._table_start(tag, attributes)
            else:
                self._block_start(tag, attributes)
        if tag == "q":
            self.handle_data("“")
        self._push_format(tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "q":
            self.handle_data("”")
        self._pop_format(tag)
        if tag not in _BLOCK_TAGS:
            return
        if self._cell is not None or (self._table_depth and tag in _TABLE_PARTS):
            self._table_end(tag)
            return
        self._end_paragraph()
        if tag in _HEADINGS:
            self._heading = 0
        elif tag in ("ul", "ol", "li", "blockquote"):
            self._pop_context(tag)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag == "caption":
            self._caption = False

    def handle_data(self, data: str) -> None:
        text = _xml_safe(data if self._pre else _HTML_SPACE_RE.sub(" ", data))
        paragraph = self._cell or self._current
        if paragraph is None:
            if not text.strip():
                return
            paragraph = self._current = self._open_paragraph()
        if not self._pre and paragraph.at_line_start:
            text = text.lstrip(" ")
        if text:
            paragraph.add(text, self._formats[-1][1])

    def close(self) -> None:
        super().close()
        self._end_paragraph()
        if self._table is not None and self._table.rows:
            self.blocks.append(self._table)
        self._table = None

    # paragraphs

    def _open_paragraph(self) -> _Paragraph:
        if self._heading:
            return _Paragraph(f"Heading {min(self._heading, 3)}")
        if self._caption:
            return _Paragraph("Caption")
        for context in reversed(self._contexts):
            if context.tag == "blockquote":
                return _Paragraph("Quote")
            if context.tag == "li":
                if context.started:
                    return _Paragraph(context.continue_style)
                context.started = True
                return _Paragraph(context.style, list_id=context.list_id)
        return _Paragraph("Normal")

    def _end_paragraph(self) -> None:
        paragraph, self._current = self._current, None
        if paragraph is not None:
            paragraph.strip_end()
            if paragraph.runs:
                self.blocks.append(paragraph)

    def _line_break(self) -> None:
        paragraph = self._cell or self._current
        if paragraph is not None and paragraph.runs:
            paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(" ")
            paragraph.add("\n", self._formats[-1][1])

    def _block_start(self, tag: str, attributes: dict[str, str | None]) -> None:
        self._end_paragraph()
        if tag in _HEADINGS:
            self._heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            list_id = None
            if tag == "ol":
                list_id = len(self.list_starts)
                start = attributes.get("start") or "1"
                self.list_starts.append(int(start) if start.isdigit() else 1)
            self._contexts.append(_Context(tag, list_id=list_id))
        elif tag == "li":
            lists = [context for context in self._contexts if context.tag in ("ul", "ol")]
            numbered = bool(lists) and lists[-1].tag == "ol"
            level = "" if len(lists) <= 1 else f" {min(len(lists), 3)}"
            kind = "Number" if numbered else "Bullet"
            list_id = lists[-1].list_id if numbered else None
            self._contexts.append(_Context("li", list_id=list_id, style=f"List {kind}{level}",
                                           continue_style=f"List Continue{level}"))
        elif tag == "blockquote":
            self._contexts.append(_Context("blockquote"))
        elif tag == "pre":
            self._pre += 1
        elif tag == "hr":
            self.blocks.append(_Paragraph("Normal", rule=True))
        elif tag == "caption":
            self._caption = True
        elif tag == "table":
            self._table, self._table_depth, self._in_head = _Table(), 1, False

    def _pop_context(self, tag: str) -> None:
        for index in range(len(self._contexts) - 1, -1, -1):
            if self._contexts[index].tag == tag:
                del self._contexts[index:]
                return

    # tables: cells hold inline text; any block inside a cell becomes a line break

    def _table_start(self, tag: str, attributes: dict[str, str | None]) -> None:
        if tag == "table":  # a table in a cell: its text flows into the cell
            self._table_depth += 1
            self._cell_break()
        elif self._table_depth == 1 and self._table is not None and tag in ("thead", "tr", "td", "th"):
            if tag == "thead":
                self._in_head = True
            elif tag == "tr" or not self._table.rows:
                self._table.rows.append([])
                self._table.header_rows += self._in_head
            if tag in ("td", "th"):
                self._cell = _Paragraph("Normal", alignment=attributes.get("align"))
                self._table.rows[-1].append(self._cell)
        elif tag in ("td", "th") and self._cell is not None and not self._cell.at_line_start:
            self.handle_data(" ")
        else:
            self._cell_break()

    def _table_end(self, tag: str) -> None:
        if tag == "table":
            self._table_depth -= 1
            if self._table_depth == 0:
                if self._cell is not None:
                    self._cell.strip_end()
                self._cell = None
                if self._table is not None and self._table.rows:
                    self.blocks.append(self._table)
                self._table = None
        elif self._table_depth == 1 and tag in ("td", "th") and self._cell is not None:
            self._cell.strip_end()
            self._cell = None
        elif self._table_depth == 1 and tag == "thead":
            self._in_head = False

    def _cell_break(self) -> None:
        if self._cell is not None and self._cell.runs and not self._cell.runs[-1].text.endswith("\n"):
            self._line_break()

    # inline formats

    def _push_format(self, tag: str, attributes: dict[str, str | None]) -> None:
        current = self._formats[-1][1]
        if tag == "a":
            self._formats.append((tag, replace(current, href=_safe_link(attributes.get("href")))))
        elif tag in _FORMAT_TAGS:
            self._formats.append((tag, replace(current, **_FORMAT_TAGS[tag])))

    def _pop_format(self, tag: str) -> None:
        for index in range(len(self._formats) - 1, 0, -1):
            if self._formats[index][0] == tag:
                del self._formats[index:]
                return


def _body_blocks(document: ExportDocument) -> tuple[list[_Paragraph | _Table], list[int]]:
    """The body's paragraphs, without a first heading that only repeats the title."""
    parser = _BodyParser()
    parser.feed(document.body_html_without_title())
    parser.close()
    return parser.blocks, parser.list_starts


# --- Writing the Word file ------------------------------------------------------------------------


class _WordWriter:
    """Adds paragraphs and tables to a python-docx Document, caching styles and list numbers."""

    def __init__(self, word: Any, list_starts: list[int]) -> None:
        self.word = word
        self._list_starts = list_starts
        self._styles: dict[str, Any] = {}
        self._list_numbers: dict[int, int] = {}  # list id → its own w:num, restarting the count

    def style(self, name: str) -> Any:
        if name not in self._styles:
            if name == "Hyperlink" and name not in self.word.styles:
                link = self.word.styles.add_style(name, WD_STYLE_TYPE.CHARACTER, builtin=True)
                link.font.color.rgb, link.font.underline = _LINK_BLUE, True
            self._styles[name] = self.word.styles[name]
        return self._styles[name]

    def paragraph(self, text: str = "", style: str = "Normal") -> Any:
        """A new body paragraph. Setting the style id directly: python-docx's own setter scans
        every style to find the default one, which was most of the time spent on a long statement."""
        paragraph = self.word.add_paragraph(_xml_safe(text))
        if style != "Normal":
            paragraph._p.style = self.style(style).style_id
        return paragraph

    def blocks(self, blocks: list[_Paragraph | _Table]) -> None:
        for block in blocks:
            if isinstance(block, _Table):
                self._table(block)
                continue
            paragraph = self.paragraph(style=block.style)
            if block.rule:
                _bottom_border(paragraph)
            if block.list_id is not None:
                self._number(paragraph, block)
            self._runs(paragraph, block)

    def _runs(self, paragraph: Any, block: _Paragraph) -> None:
        if block.alignment in _ALIGNMENTS:
            paragraph.alignment = _ALIGNMENTS[block.alignment]
        hyperlink: Any = None  # the w:hyperlink that the runs of one link go into …
        link: str | None = None  # … and its URL
        for item in block.runs:
            run = paragraph.add_run(item.text)
            _apply(run, item.format)
            if item.format.href is None:
                hyperlink = link = None
                continue
            run._r.style = self.style("Hyperlink").style_id
            if hyperlink is None or link != item.format.href:
                link = item.format.href
                hyperlink = OxmlElement("w:hyperlink", attrs={qn("w:history"): "1", qn("r:id"): (
                    paragraph.part.relate_to(link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))})
                run._r.addprevious(hyperlink)
            hyperlink.append(run._r)

    def _number(self, paragraph: Any, block: _Paragraph) -> None:
        """Give a numbered list its own w:num so it counts from its start, not on from the last list."""
        assert block.list_id is not None
        num_id = self._list_numbers.get(block.list_id)
        if num_id is None:
            numbering = self.word.part.numbering_part.element
            style_num_id = self.style(block.style).element.pPr.numPr.numId.val
            abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
            num = numbering.add_num(abstract_id)
            num.add_lvlOverride(ilvl=0).add_startOverride(self._list_starts[block.list_id])
            num_id = self._list_numbers[block.list_id] = int(num.numId)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    def _table(self, table: _Table) -> None:
        columns = max(len(row) for row in table.rows)
        if columns == 0:
            return
        word_table = self.word.add_table(rows=len(table.rows), cols=columns)
        word_table.style = self.style("Table Grid")
        for index, (row, word_row) in enumerate(zip(table.rows, word_table.rows, strict=True)):
            if index < table.header_rows:  # repeated at the top of each page
                word_row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for cell, word_cell in zip(row, word_row.cells, strict=False):
                self._runs(word_cell.paragraphs[0], cell)


def _apply(run: Any, fmt: _Format) -> None:
    """Set only what differs from the paragraph's style, so restyling the document still works."""
    if fmt.bold:
        run.bold = True
    if fmt.italic:
        run.italic = True
    if fmt.underline:
        run.underline = True
    if fmt.strike:
        run.font.strike = True
    if fmt.code:
        run.font.name = _MONOSPACE
    if fmt.superscript:
        run.font.superscript = True
    elif fmt.subscript:
        run.font.subscript = True
    if fmt.highlight:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _bottom_border(paragraph: Any) -> None:
    border = OxmlElement("w:pBdr")
    border.append(OxmlElement("w:bottom", attrs={qn("w:val"): "single", qn("w:sz"): "6",
                                                 qn("w:space"): "1", qn("w:color"): "8C8C8C"}))
    paragraph._p.get_or_add_pPr().append(border)  # a Normal paragraph: pBdr is its only property


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    """A field Word computes (PAGE, NUMPAGES), showing `shown` until it does."""
    for kind in ("begin", "instruction", "separate", "shown", "end"):
        run = paragraph.add_run()
        if kind == "instruction":
            code = OxmlElement("w:instrText", attrs={qn("xml:space"): "preserve"})
            code.text = f" {instruction} "
            run._r.append(code)
        elif kind == "shown":
            run.text = shown
        else:
            run._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))


def _lines(container: Any, count: int, style: Any) -> list[Any]:
    """`count` paragraphs in a header or footer, the first being the one it starts with.

    With none asked for, the header is left alone: touching it would create an empty one."""
    if count == 0:
        return []
    paragraphs = [container.paragraphs[0]] + [container.add_paragraph() for _ in range(count - 1)]
    for paragraph in paragraphs:
        paragraph.style = style
    return paragraphs


def _draft_mark(paragraph: Any) -> None:
    run = paragraph.add_run(DRAFT_MARK)
    run.bold = True
    run.font.color.rgb = _DRAFT_RED


def _headers(writer: _WordWriter, document: ExportDocument) -> None:
    """The letterhead on the first page; the draft mark, if any, on every page."""
    section = writer.word.sections[0]
    section.different_first_page_header_footer = True
    style = writer.style("Header")
    organisation, address = document.organisation.strip(), document.address.strip()
    mark = 1 if document.is_draft else 0
    logo = 1 if document.logo is not None else 0
    first = _lines(section.first_page_header, mark + logo + bool(organisation) + bool(address), style)
    if document.is_draft:
        _draft_mark(first[0])
        _draft_mark(_lines(section.header, 1, style)[0])
    if logo and not _logo(first[mark], document):
        first[mark]._p.getparent().remove(first[mark]._p)
    rest = iter(first[mark + logo:])
    if organisation:
        run = next(rest).add_run(_xml_safe(organisation))
        run.bold, run.font.size = True, Pt(14)
    if address:
        next(rest).add_run(_xml_safe(address))


def _logo(paragraph: Any, document: ExportDocument) -> bool:
    """Add the logo about 2 cm high; False when the file is missing or not an image Word takes."""
    assert document.logo is not None
    try:
        data = document.logo.read_bytes()
        picture = paragraph.add_run().add_picture(io.BytesIO(data), height=_LOGO_HEIGHT)
    except Exception:  # any unreadable or unknown image: the letterhead goes on without it
        return False
    if picture.width > _LOGO_MAX_WIDTH:  # a wide banner: fit its width instead
        picture.height = int(picture.height * _LOGO_MAX_WIDTH / picture.width)
        picture.width = _LOGO_MAX_WIDTH
    return True


def _footers(writer: _WordWriter, document: ExportDocument) -> None:
    section = writer.word.sections[0]
    for footer in (section.first_page_footer, section.footer):
        mark, pages = _lines(footer, 2, writer.style("Footer"))
        if document.approval is None:
            _draft_mark(mark)
        else:
            mark.add_run(_xml_safe(document.approval.line()))
        pages.add_run("Page ")
        _field(pages, "PAGE", "1")
        pages.add_run(" of ")
        _field(pages, "NUMPAGES", "1")
        for paragraph in (mark, pages):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _properties(word: Any, document: ExportDocument) -> None:
    properties = word.core_properties
    properties.title = _xml_safe(document.title)
    properties.author = properties.last_modified_by = _xml_safe(document.organisation)
    properties.keywords = "statement"
    properties.language = _xml_safe(document.language)
    approval = document.approval
    if approval is None:
        properties.subject = properties.comments = DRAFT_MARK
        when = dt.datetime.now(dt.UTC)
    else:
        properties.subject = _xml_safe(approval.line())
        properties.comments = _xml_safe(f"Approved revision {approval.revision}, SHA-256 {approval.sha256}")
        properties.revision = max(1, approval.revision)
        when = approval.approved_at.astimezone(dt.UTC)  # python-docx stamps the time "Z", unconverted
    properties.created = properties.modified = when.replace(tzinfo=None, microsecond=0)


def _drop_thumbnail(word: Any) -> None:
    """The blank template's preview picture would show file browsers a page that is not this one."""
    rels = word.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        del rels[rid]


def _reproducible(data: bytes) -> bytes:
    """The same package with fixed entry times (python-docx stamps each entry with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info))
    return out.getvalue()


def render(document: ExportDocument) -> bytes:
    """The whole .docx file: letterhead, date, title, body, signature, footer and properties."""
    blocks, list_starts = _body_blocks(document)
    writer = _WordWriter(Document(), list_starts)
    _headers(writer, document)
    _footers(writer, document)
    writer.paragraph(document.date_text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if document.title.strip():
        writer.paragraph(document.title.strip(), "Title")
    writer.blocks(blocks)
    signature = [line.strip() for line in document.signature.splitlines() if line.strip()]
    for index, line in enumerate(signature):
        paragraph = writer.paragraph(line)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = index < len(signature) - 1
        if index == 0:
            paragraph.paragraph_format.space_before = Pt(24)
    _properties(writer.word, document)
    _drop_thumbnail(writer.word)
    out = io.BytesIO()
    writer.word.save(out)
    return _reproducible(out.getvalue())
