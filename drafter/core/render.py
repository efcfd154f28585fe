"""Markdown to safe HTML: what the preview shows and the HTML export writes.

Python-Markdown (extensions ``extra``, ``smarty``, ``sane_lists``, plus our
source-line anchors) turns the statement into HTML, and nh3 then keeps only
an explicit list of prose tags and attributes. Whatever the statement
contains (raw HTML, scripts, frames, event handlers, ``javascript:`` links in
any spelling), none of it survives. The preview must never load anything, so
images become their alt text in brackets and no tag that fetches is allowed.

Cost on this machine for a 10,000-word statement (about 230 paragraphs with
headings, lists, quotes, tables, emphasis and quotation marks), best of 15
runs through the reused instance (the tests build such a statement):

    Markdown core alone              ~21 ms
    + extra                          ~25 ms
    + smarty                         ~59 ms   (smarty alone: +34 ms, more than double)
    + sane_lists                     ~59 ms
    + source-line anchors            ~61 ms
    + nh3 sanitising = render_html   ~64 ms

That stays under the ~100 ms budget, so smarty (typographic quotes, dashes
and ellipses, which a press release needs) stays; it is the first thing to
drop if rendering must get faster. The first call in a process also builds
Markdown (~40 ms); the render worker does that before its first request.

Hostile or broken input must not make it take minutes: Python-Markdown's
time grows with the square of several things a pasted 1 MB line can hold
(unclosed "[", "**", "<", footnote marks, …). So nesting is capped, the link
patterns find their brackets without re-reading the paragraph, the inline
passes skip blank tails, and a paragraph too costly to format is shown as
written (escaped): a 1 MB line of any of these renders in about a second.
Real statements are never affected: none of the bundled templates, long
statements or documents of this repository has a paragraph set aside.
"""

from __future__ import annotations

import functools
import html
import logging
import re
import secrets
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

    from markdown import Markdown

    from drafter.core.source_map import SourceMapExtension

_PROSE_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span",
    "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
    "q", "cite", "abbr", "code", "kbd", "samp", "pre", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "a",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
}  # fmt: skip
# Dropped with everything inside them (the rest are dropped, their text kept).
_DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "svg", "math",
    "template", "noscript", "textarea", "select", "title",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"id"},  # only our own src-N anchors pass the filter below
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
_ALIGNMENTS = {"left", "center", "right"}
_LINK_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# Browsers ignore these inside a URL ("java\tscript:" is javascript:).
_URL_NOISE_RE = re.compile(r"[\x00-\x20\x7f]+")


def _safe_href(value: str) -> str | None:
    """Keep http(s), mailto and tel links and #fragments; drop everything else.

    Relative links are dropped too: in the preview they would open local files.
    """
    url = _URL_NOISE_RE.sub("", value)
    if url.startswith("#"):
        return value
    scheme = _SCHEME_RE.match(url)
    if scheme is None or scheme.group(1).lower() not in _LINK_SCHEMES:
        return None
    return value


_BRACKET_RE = re.compile(r"[\[\]]")
# How many characters the link patterns may walk through looking for the ")"
# that ends a link's address, per rendering: about a second of work. A real
# statement uses a few thousand; only a huge paragraph full of "[text](" that
# never close uses it up, and its remaining "(" are then shown as written.
LINK_SCAN_BUDGET = 20_000_000


class _ClosingBrackets:
    """Python-Markdown's search for the ``]`` that closes a ``[``, without its quadratic cost.

    Markdown's link patterns walk the rest of the paragraph one character at
    a time from every ``[``; a paragraph of ``[`` that never close (a hostile
    or broken 1 MB line) takes minutes. This finds the same ``]`` with one
    pass over the brackets alone, and remembers, for the text in hand, every
    ``[`` already matched and from where on no ``[`` closes.
    """

    def __init__(self, original: Callable[[str, int], tuple[str, int, bool]]) -> None:
        self.original = original
        self.data: str | None = None
        self.closing: dict[int, int] = {}
        self.unclosed_from = sys.maxsize  # a "[" here or later with no entry above never closes

    def __call__(self, data: str, index: int) -> tuple[str, int, bool]:
        opening = index - 1
        if opening < 0 or data[opening] != "[":
            return self.original(data, index)
        if data is not self.data:
            self.data, self.closing, self.unclosed_from = data, {}, sys.maxsize
        close = self.closing.get(opening)
        if close is None and opening < self.unclosed_from:
            close = self._search(data, opening)
        if close is None:
            return "", len(data), False  # Markdown ignores the text of a "[" that never closes
        return data[index:close], close + 1, True

    def _search(self, data: str, opening: int) -> int | None:
        stack: list[int] = []
        for match in _BRACKET_RE.finditer(data, opening):
            position = match.start()
            if data[position] == "[":
                stack.append(position)
                continue
            start = stack.pop()  # never empty: the first bracket is the opening one
            self.closing[start] = position
            if not stack:
                return position
        self.unclosed_from = opening  # every "[" from here on is matched above or never closes
        return None


class _LinkScan:
    """Markdown's search for the ``)`` that ends a link, within a budget of characters per rendering."""

    def __init__(self, original: Callable[[str, int], tuple[str, str | None, int, bool]],
                 budget: list[int]) -> None:
        self.original = original
        self.budget = budget  # shared by the link patterns; render_html refills it

    def __call__(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        if self.budget[0] <= 0:
            return "", None, index, False
        href, title, end, handled = self.original(data, index)
        self.budget[0] -= (end if handled and end > index else len(data)) - index
        return href, title, end, handled


class _Renderer:
    """One Markdown instance (imported lazily, so importing this module stays cheap)."""

    def __init__(self, md: Markdown, source_map: SourceMapExtension, link_budget: list[int]) -> None:
        self.md = md
        self.source_map = source_map
        self.link_budget = link_budget

    def attribute_filter(self, tag: str, attribute: str, value: str) -> str | None:
        if attribute == "id":
            return self.source_map.public_id(value)
        if attribute == "href":
            return _safe_href(value)
        if attribute == "align":
            return value if value in _ALIGNMENTS else None
        if attribute == "start":
            return value if value.isdigit() else None
        return value

    def sanitise(self, raw_html: str) -> str:
        import nh3

        result: str = nh3.clean(
            raw_html,
            tags=_PROSE_TAGS,
            clean_content_tags=_DROPPED_WITH_CONTENT,
            attributes=_ATTRIBUTES,
            attribute_filter=self.attribute_filter,
            url_schemes=_LINK_SCHEMES,
            strip_comments=True,
        )
        return result


_lock = threading.Lock()
_renderer: _Renderer | None = None


def _build() -> _Renderer:
    from markdown import Markdown
    from markdown.extensions import Extension
    from markdown.extensions.extra import ExtraExtension
    from markdown.inlinepatterns import LinkInlineProcessor
    from markdown.treeprocessors import Treeprocessor

    from drafter.core.source_map import SourceMapExtension

    class ImagesAsText(Treeprocessor):  # type: ignore[misc]  # Markdown has no types
        """``![alt](src)`` shows as ``[alt]``: the preview never fetches an image."""

        def run(self, root: etree.Element) -> None:
            for img in root.iter("img"):
                alt = img.get("alt") or "image"
                img.tag, img.text = "span", f"[{alt}]"
                img.attrib.clear()

    class SetTailsAside(Treeprocessor):  # type: ignore[misc]
        """Set aside the blank tails (line breaks) of block elements while an inline pass runs.

        Markdown's inline passes (its own and smarty's) look up an element's
        place among its siblings whenever it has a tail, which takes time
        growing with the square of their number (33,000 one-line paragraphs:
        15 s). A blank tail gives them nothing to do; ``PutTailsBack`` returns
        each one as it was once the pass is over.
        """

        def __init__(self, md: Markdown, aside: list[tuple[etree.Element, str]]) -> None:
            super().__init__(md)
            self.aside = aside

        def run(self, root: etree.Element) -> None:
            stack = [root]
            while stack:
                parent = stack.pop()
                for child in parent:
                    if not self.md.is_block_level(child.tag):
                        continue
                    if child.tag not in ("code", "pre"):
                        stack.append(child)
                    if child.tail is not None and not child.tail.strip():
                        self.aside.append((child, child.tail))
                        child.tail = None

    class PutTailsBack(Treeprocessor):  # type: ignore[misc]
        def __init__(self, md: Markdown, aside: list[tuple[etree.Element, str]]) -> None:
            super().__init__(md)
            self.aside = aside

        def run(self, root: etree.Element) -> None:
            for element, tail in self.aside:
                if element.tail is None:
                    element.tail = tail
            self.aside.clear()

    class ImagesAsTextExtension(Extension):  # type: ignore[misc]
        def extendMarkdown(self, md: Markdown) -> None:
            md.treeprocessors.register(ImagesAsText(md), "images_as_text", 4)
            for name, priority in (("inline", 20), ("smarty", 6)):  # Markdown's own inline passes
                aside: list[tuple[etree.Element, str]] = []
                md.treeprocessors.register(SetTailsAside(md, aside), f"{name}_tails_aside", priority + 0.5)
                md.treeprocessors.register(PutTailsBack(md, aside), f"{name}_tails_back", priority - 0.5)

    source_map = SourceMapExtension()
    md = Markdown(
        extensions=[
            # Column alignment as align="…": style attributes are never allowed.
            ExtraExtension(tables={"use_align_attribute": True}),
            "smarty",
            "sane_lists",
            ImagesAsTextExtension(),
            source_map,
        ],
        output_format="html",
    )
    link_budget = [LINK_SCAN_BUDGET]
    for processor in md.inlinePatterns:
        if isinstance(processor, LinkInlineProcessor):  # links, images and references
            # Instance attributes: this Markdown's patterns only, Markdown's classes untouched.
            setattr(processor, "getText", _ClosingBrackets(processor.getText))  # noqa: B010
            setattr(processor, "getLink", _LinkScan(processor.getLink, link_budget))  # noqa: B010
    return _Renderer(md=md, source_map=source_map, link_budget=link_budget)


# Quotes in quotes or lists in lists deeper than this are flattened to this
# depth before Markdown sees them: real statements nest two or three levels,
# and Python-Markdown's time grows with the square of the depth (3,000 list
# levels take minutes; deeper still, it raises RecursionError).
MAX_NESTING = 16
_TOO_DEEP = f"{{{MAX_NESTING + 1}}}"  # a regex repeat count: "{17}"
_TOO_DEEP_RE = re.compile(r"^(?:(?:[ \t]*>)" + _TOO_DEEP + r"|(?: {4}|\t)" + _TOO_DEEP + ")", re.M)
_QUOTE_PREFIX_RE = re.compile(r"(?:[ \t]*>)+[ ]?")


def _cap_nesting(text: str) -> str:
    """Flatten lines nested deeper than MAX_NESTING; leave every other line alone."""
    if _TOO_DEEP_RE.search(text) is None:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _TOO_DEEP_RE.match(line):
            rest = line.lstrip(" \t")
            if rest.startswith(">"):
                rest = _QUOTE_PREFIX_RE.sub("> " * MAX_NESTING, rest, count=1)
            else:
                rest = " " * (4 * MAX_NESTING) + rest
            lines[index] = rest
    return "\n".join(lines)


# Python-Markdown takes time that grows with the square of some things: the
# markup in a paragraph (10,000 "[^" or "a*" take seconds, a 1 MB line of
# them hours), the lines of a paragraph that each become an element (headings
# with no blank line between them), each of those times the paragraph's
# length, and the paragraphs of the statement. So before it runs, these are
# set aside and shown as written (escaped, each line on a line of its own):
# every paragraph after the first MAX_BLOCKS; a paragraph of more than
# MAX_BLOCK_LINES lines or MAX_BLOCK_MARKUP markup characters, or whose lines
# and markup times its length pass MAX_BLOCK_WORK (about half a second); then
# the paragraphs with the most markup until the statement has no more than
# MAX_MARKUP. A long real statement has a few hundred paragraphs and a few
# thousand markup characters, no paragraph more than a hundred or so: none of
# it is set aside.
MAX_BLOCKS = 5_000
MAX_BLOCK_LINES = 2_000
MAX_BLOCK_MARKUP = 1_000
MAX_BLOCK_WORK = 50_000_000
MAX_MARKUP = 30_000
# What costs Markdown a pass: brackets, emphasis, tags, escapes, code,
# entities, hard line breaks, and smarty's quotes, dashes and ellipses.
_MARKUP_RE = re.compile(r"""[\[*_<\\`&'"]| {2,}\n|--|\.\.\.""")
# A run of lines that are not blank: what Markdown calls a block.
_BLOCK_RE = re.compile(r"^[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)*", re.M)
_TOKEN_RE = re.compile("zq[0-9a-f]{16}n[0-9]+q")
# An abbreviation definition ("*[CERT]: Community Emergency Response Team")
# makes every later "CERT" an element: those count as markup too. Past this
# many definitions the rest are shown as written.
MAX_ABBREVIATIONS = 100
_ABBREVIATION_RE = re.compile(r"^([ ]{0,3})\*\[([^\]\n]+)\]:", re.M)
# The standard library's HTML parser, which Markdown runs over the whole
# statement, reads from a "<" to the next ">": each "<" never closed (the next
# angle bracket is another "<", or there is none) costs a pass over the rest
# of the statement. Past a few hundred of them (no statement has that many),
# they become "&lt;": shown as the same "<", never read as a tag.
MAX_OPEN_ANGLES = 200
_OPEN_ANGLE_RE = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def _defuse_angles(text: str) -> str:
    """Write every never-closed "<" as "&lt;" when there are too many to parse in time."""
    for count, _ in enumerate(_OPEN_ANGLE_RE.finditer(text), start=1):
        if count > MAX_OPEN_ANGLES:
            return _OPEN_ANGLE_RE.sub("&lt;", text)
    return text


def _set_aside_heavy_blocks(text: str) -> tuple[str, dict[str, str]]:
    """The text with each paragraph too costly to format replaced by a token, and the tokens' paragraphs.

    A token is a line of letters and digits on the paragraph's first line, and
    the paragraph's other lines are left blank, so every later line keeps its
    number and its anchor. Markdown makes the token a paragraph of its own;
    ``_put_back`` writes the paragraph there as escaped text.
    """
    text, markup_of = _markup_counter(text)
    total = markup_of(text)
    lines = text.count("\n") + 1
    if total <= MAX_BLOCK_MARKUP and lines <= MAX_BLOCK_LINES and _cheap(total, lines, len(text)):
        return text, {}
    blocks = [(m.start(), m.end(), markup_of(m.group(0))) for m in _BLOCK_RE.finditer(text)]
    spans: set[tuple[int, int]] = set()
    if len(blocks) > MAX_BLOCKS:
        rest, blocks = blocks[MAX_BLOCKS:], blocks[:MAX_BLOCKS]
        spans.add((rest[0][0], rest[-1][1]))
        total -= sum(markup for _, _, markup in rest)
    for start, end, markup in sorted(blocks, key=lambda block: block[2], reverse=True):
        if markup <= MAX_BLOCK_MARKUP and total <= MAX_MARKUP:
            break
        spans.add((start, end))
        total -= markup
    for start, end, markup in blocks:
        lines = text.count("\n", start, end) + 1
        if lines > MAX_BLOCK_LINES or not _cheap(markup, lines, end - start):
            spans.add((start, end))
    if not spans:
        return text, {}
    nonce = secrets.token_hex(8)
    aside: dict[str, str] = {}
    parts: list[str] = []
    position = 0
    for start, end in sorted(spans):
        token = f"zq{nonce}n{len(aside)}q"
        aside[token] = text[start:end]
        # Blank lines keep the later lines' numbers (none needed after the last span).
        blank = "\n" * text.count("\n", start, end) if end < len(text.rstrip()) else ""
        parts += [text[position:start], token, blank]
        position = end
    parts.append(text[position:])
    return "".join(parts), aside


def _cheap(markup: int, lines: int, length: int) -> bool:
    return (markup + lines) * length <= MAX_BLOCK_WORK


def _markup_counter(text: str) -> tuple[str, Callable[[str], int]]:
    """The text (abbreviations past the limit no longer defined), and how to count a block's markup."""
    names: set[str] = set()
    if "*[" in text and _ABBREVIATION_RE.search(text):

        def keep_or_escape(match: re.Match[str]) -> str:
            if len(names) < MAX_ABBREVIATIONS or match.group(2) in names:
                names.add(match.group(2))
                return match.group(0)
            indent = match.group(1)
            return indent + "\\" + match.group(0)[len(indent) :]

        text = _ABBREVIATION_RE.sub(keep_or_escape, text)
    if not names:
        return text, lambda block: len(_MARKUP_RE.findall(block))
    # As Markdown's abbr extension finds them: whole words, longest first.
    uses = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    return text, lambda block: len(_MARKUP_RE.findall(block)) + len(uses.findall(block))


def _put_back(html_text: str, aside: dict[str, str]) -> str:
    """The paragraphs set aside, escaped, each line on its own line, where their tokens stand."""
    if not aside:
        return html_text

    def paragraph(match: re.Match[str]) -> str:
        written = aside.get(match.group(0))
        return match.group(0) if written is None else html.escape(written).replace("\n", "<br>")

    return _TOKEN_RE.sub(paragraph, html_text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def render_html(markdown_text: str) -> str:
    """The statement as sanitised HTML, each block anchored ``id="src-N"``."""
    global _renderer
    if _LONE_SURROGATE.search(markdown_text):  # half an emoji pasted from elsewhere: the sanitiser refuses it
        markdown_text = _LONE_SURROGATE.sub("\ufffd", markdown_text)
    text = _cap_nesting(markdown_text.replace("\r\n", "\n").replace("\r", "\n"))
    text, aside = _set_aside_heavy_blocks(text)
    text = _defuse_angles(text)
    with _lock:
        if _renderer is None:
            _renderer = _build()
        renderer = _renderer
        try:
            renderer.md.reset()
            renderer.link_budget[0] = LINK_SCAN_BUDGET
            raw: str = renderer.md.convert(text)
        except RecursionError:
            # Thousands of nested quotes or list levels: show the text as it
            # is rather than fail, and start from a fresh Markdown next time.
            _renderer = None
            raw = _plain_blocks(text, renderer)
        return _put_back(renderer.sanitise(raw), aside)


def _plain_blocks(text: str, renderer: _Renderer) -> str:
    """The text as escaped preformatted blocks, one per paragraph, still anchored."""
    token = renderer.source_map.token
    parts: list[str] = []
    start: int | None = None
    lines = text.split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip() and start is None:
            start = number
        elif not line.strip() and start is not None:
            block = "\n".join(lines[start - 1 : number - 1])
            parts.append(f'<pre id="{token}{start}">{html.escape(block)}</pre>')
            start = None
    return "\n".join(parts)


# Used when the shipped style sheet is missing or damaged: plain, readable,
# and enough to tell headings, quotes and tables apart.
FALLBACK_CSS = """body { font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 12pt; }
p { margin-top: 0; margin-bottom: 12px; }
h1 { font-size: 20pt; font-weight: bold; }
h2 { font-size: 15pt; font-weight: bold; }
blockquote { margin-left: 24px; }
th, td { border: 1px solid #999999; padding: 4px; }
"""
STYLE_SHEET = ("styles", "statement.css")


@functools.lru_cache(maxsize=1)
def statement_css() -> str:
    """The style sheet shared by the preview and the exports.

    Read once. If the shipped file is missing or damaged, Drafter still
    starts, previews and exports, in ``FALLBACK_CSS``; the log (and the
    command line's stderr) says which file and that reinstalling restores it.
    """
    from drafter.paths import damaged_resource_message, resource

    try:
        css = resource(*STYLE_SHEET).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        why = "is missing" if isinstance(error, FileNotFoundError) else "cannot be read as text"
    else:
        # An angle bracket would end the <style> element it goes into.
        if css.strip() and "<" not in css and ">" not in css and "\x00" not in css:
            return css
        why = "is empty" if not css.strip() else "is damaged (it holds characters no style sheet has)"
    logging.getLogger(__name__).warning(
        "%s The preview and exports use a plain style until then.",
        damaged_resource_message("style sheet", STYLE_SHEET, why))
    return FALLBACK_CSS


def statement_document(body_html: str, *, title: str = "", lang: str = "en") -> str:
    """A whole HTML page around ``render_html`` output, with the style sheet inside.

    The preview shows this page and the HTML export writes it, so both look
    the same; Qt needs the ``<body>`` to apply the body rule of the sheet.
    """
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{statement_css()}</style>\n</head>\n"
        f"<body>\n{body_html}\n</body>\n</html>\n"
    )
