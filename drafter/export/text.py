"""Plain-text export: the statement as prose for an e-mail, wrapped at 72 columns.

The text is made from the sanitised HTML (``ExportDocument.body_html()``),
not from the Markdown: that HTML is what every other format shows, with the
typographic quotes and dashes already in place, and anything hostile in the
statement (scripts, frames, handlers, images) is already gone. The standard
library's ``html.parser`` reads it; entities come out decoded and every tag
goes, so no markup reaches the e-mail.

Layout, top to bottom: for a draft "DRAFT — NOT APPROVED" and a blank line;
the organisation's name and address; the date; the title underlined with
"="; the body; the signature block; then, after a "-- " line (the e-mail
signature separator), the approval line of a final export or, for a draft,
the draft mark again. In the body:

- headings are their text underlined with "-";
- paragraphs are wrapped at 72 columns, never inside a word or a URL
  (a word longer than the line stays whole on its own line);
- bullet lists are "  - item", numbered lists "  1. item", with a hanging
  indent; a list inside a list is indented under its item;
- block quotes are prefixed with "> " (">" on their blank lines), the
  e-mail convention that every client shows as a quotation;
- links are "text (url)", or just the text when it is the address itself;
  links within the page ("#…") are just their text;
- emphasis marks are gone; inline code keeps its text as is; code blocks
  keep their lines unwrapped, indented by four spaces;
- table rows are their cells joined by " | ".

When the statement begins with a heading that says the same as the title,
that heading is left out, so the title does not show twice. Columns are
counted in characters: right for the Latin, Greek and Cyrillic text these
statements are written in, not for East Asian wide characters.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser

from drafter.export.document import DRAFT_MARK, ExportDocument

WIDTH = 72
SIGNATURE_SEPARATOR = "-- "  # with its space: mail programs recognise exactly this line
_MIN_WIDTH = 20  # deep nesting never squeezes prose narrower than this
_QUOTE_PREFIX = "> "
_CODE_INDENT = "    "

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {
    "p", "div", "blockquote", "pre", "hr", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "thead", "tbody", "tfoot", "tr",
}  # fmt: skip
_VOID = {"br", "hr", "img", "wbr", "area", "base", "col", "embed", "input", "link", "meta", "source", "track"}
_LITERAL = {"code", "kbd", "samp"}
# HTML's white space (not the no-break space, which must keep its words together), plus
# the Unicode line separators, which a mail program might otherwise break a line at.
_SPACE_RE = re.compile("[ \t\n\r\f\v\u2028\u2029\x85]+")
# Stands for a space inside inline code while a paragraph is wrapped (nothing in the HTML is NUL).
_CODE_SPACE = "\x00"


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A small element tree of the sanitised HTML (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("root")
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self._open[-1].children.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open[-1].children.append(_Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(data)


def render(document: ExportDocument) -> bytes:
    """The whole text as UTF-8, every line ending with "\\n"."""
    sections: list[list[str]] = []
    if document.is_draft:
        sections.append([DRAFT_MARK])
    letterhead = [*_given_lines(document.organisation), *_given_lines(document.address)]
    if letterhead:
        sections.append(letterhead)
    sections.append([document.date_text])
    title = _wrap(document.title, WIDTH)
    if title:
        sections.append([*title, "=" * max(len(line) for line in title)])
    body = _parse(document.body_html_without_title())
    sections.extend(_blocks(body.children, WIDTH))
    signature = _given_lines(document.signature)
    if signature:
        sections.append(signature)
    closing = _wrap(document.approval.line(), WIDTH) if document.approval else [DRAFT_MARK]
    sections.append([SIGNATURE_SEPARATOR, *closing])
    return ("\n".join(_joined(sections)) + "\n").encode("utf-8")


def _given_lines(text: str) -> list[str]:
    """The lines of a letterhead or signature field as typed, each wrapped if too long."""
    return [wrapped for line in text.splitlines() for wrapped in _wrap(line, WIDTH)]


def _parse(body_html: str) -> _Element:
    builder = _TreeBuilder()
    builder.feed(body_html)
    builder.close()
    return builder.root


# Blocks: each a list of lines; blocks are separated by one blank line.


def _joined(blocks: list[list[str]], *, blank: bool = True) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if not block:
            continue
        if lines and blank:
            lines.append("")
        lines.extend(block)
    return lines


def _blocks(children: list[_Element | str], width: int, *, list_lead: str = "  ") -> list[list[str]]:
    """The block-level layout of ``children``; loose inline content becomes a paragraph."""
    blocks: list[list[str]] = []
    run: list[_Element | str] = []
    for child in children:
        if isinstance(child, str) or child.tag not in _BLOCKS:
            run.append(child)
            continue
        if run:
            blocks.append(_paragraph(run, width))
            run = []
        blocks.extend(_block(child, width, list_lead=list_lead))
    if run:
        blocks.append(_paragraph(run, width))
    return [block for block in blocks if block]


def _block(element: _Element, width: int, *, list_lead: str) -> list[list[str]]:
    tag = element.tag
    if tag == "p" or tag == "caption":
        return [_paragraph(element.children, width)]
    if tag in _HEADINGS:
        lines = _paragraph(element.children, width)
        return [[*lines, "-" * max(len(line) for line in lines)]] if lines else []
    if tag == "blockquote":
        inner = _joined(_blocks(element.children, max(width - len(_QUOTE_PREFIX), _MIN_WIDTH)))
        return [[_QUOTE_PREFIX + line if line else _QUOTE_PREFIX.rstrip() for line in inner]]
    if tag in ("ul", "ol"):
        return [_list(element, width, lead=list_lead)]
    if tag == "pre":
        code = _text(element).rstrip("\n")
        return [[_CODE_INDENT + line if line else "" for line in code.split("\n")]] if code.strip() else []
    if tag == "hr":
        return [["* * *"]]
    if tag == "dl":
        return _definitions(element, width)
    if tag == "table":
        return [_table(element, width)]
    # div, dl, a stray li or table part: a container of blocks.
    return _blocks(element.children, width, list_lead=list_lead)


def _list(element: _Element, width: int, *, lead: str) -> list[str]:
    """"  - item" or "  1. item" lines, hanging indent; nested lists sit under their item's text."""
    ordered = element.tag == "ol"
    start = element.attrs.get("start", "")
    number = int(start) if start.isdigit() else 1
    items = [child for child in element.children if isinstance(child, _Element)]
    lines: list[str] = []
    for position, item in enumerate(items):
        marker = f"{lead}{number}. " if ordered else f"{lead}- "
        hanging = " " * len(marker)
        # A "loose" list (items holding paragraphs) keeps blank lines, as the HTML keeps the space.
        loose = any(isinstance(child, _Element) and child.tag == "p" for child in item.children)
        inner_width = max(width - len(marker), _MIN_WIDTH)
        inner = _joined(_blocks(item.children, inner_width, list_lead=""), blank=loose)
        first, rest = (inner[0], inner[1:]) if inner else ("", [])
        lines.append((marker + first).rstrip())
        lines.extend(hanging + line if line else "" for line in rest)
        if loose and position < len(items) - 1:
            lines.append("")
        number += 1
    return lines


def _definitions(element: _Element, width: int) -> list[list[str]]:
    """Each term on its own line, its definitions under it indented by four; a blank line between terms."""
    blocks: list[list[str]] = []
    indent = " " * 4
    for child in element.children:
        if not isinstance(child, _Element):
            continue
        if child.tag == "dd":
            inner = _joined(_blocks(child.children, max(width - len(indent), _MIN_WIDTH)))
            lines = [indent + line if line else "" for line in inner]
            if blocks:
                blocks[-1].extend(lines)
            else:
                blocks.append(lines)
        else:  # dt (or anything else a definition list should not hold): a new term
            blocks.append(_joined(_blocks([child] if child.tag != "dt" else child.children, width)))
    return blocks


def _table(element: _Element, width: int) -> list[str]:
    """Each row a line of its cells joined by " | " (wrapped with an indent if too long)."""
    lines: list[str] = []
    for row in _descendants(element, "tr"):
        cells = [_inline(cell.children).strip() for cell in row.children
                 if isinstance(cell, _Element) and cell.tag in ("th", "td")]
        lines.extend(_wrap(" | ".join(cells), width, indent="    "))
    return lines


def _descendants(element: _Element, tag: str) -> list[_Element]:
    found: list[_Element] = []
    for child in element.children:
        if isinstance(child, _Element):
            found.extend([child] if child.tag == tag else _descendants(child, tag))
    return found


# Inline content: one string per paragraph ("\n" only where the HTML has <br>).


def _paragraph(children: list[_Element | str], width: int) -> list[str]:
    return [line for segment in _inline(children).split("\n") for line in _wrap(segment, width)]


def _inline(children: list[_Element | str]) -> str:
    parts: list[str] = []
    for child in children:
        if isinstance(child, str):
            parts.append(_SPACE_RE.sub(" ", child.replace(_CODE_SPACE, "")))
        elif child.tag == "br":
            parts.append("\n")
        elif child.tag in _LITERAL:
            # As is, on one line: its spaces are part of the code, neither squeezed nor broken at.
            parts.append(_SPACE_RE.sub(_space_like, _text(child)))
        elif child.tag == "a":
            parts.append(_link(child))
        else:  # emphasis and every other inline tag: only its text
            parts.append(_inline(child.children))
    return "".join(parts)


def _link(element: _Element) -> str:
    text = _inline(element.children).strip()
    href = element.attrs.get("href", "").strip()
    if not href or href.startswith("#"):
        return text
    shown = href.removeprefix("mailto:").removeprefix("tel:")
    if not text:
        return href
    if text in (href, shown):
        return text
    return f"{text} ({href})"


def _space_like(match: re.Match[str]) -> str:
    return _CODE_SPACE * len(match.group())


def _text(element: _Element) -> str:
    """All the text inside, exactly as it is."""
    return "".join(child if isinstance(child, str) else _text(child) for child in element.children)


def _wrap(text: str, width: int, *, indent: str = "") -> list[str]:
    """Lines of at most ``width`` characters, broken only at spaces (a longer word stays whole)."""
    lines = textwrap.wrap(
        _SPACE_RE.sub(" ", text).strip(), width=width, subsequent_indent=indent,
        break_long_words=False, break_on_hyphens=False,
    )
    return [line.replace(_CODE_SPACE, " ") for line in lines]
