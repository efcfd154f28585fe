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
"""

from __future__ import annotations

import html
import re
import threading
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


class _Renderer:
    """One Markdown instance (imported lazily, so importing this module stays cheap)."""

    def __init__(self, md: Markdown, source_map: SourceMapExtension) -> None:
        self.md = md
        self.source_map = source_map

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
    from markdown.treeprocessors import Treeprocessor

    from drafter.core.source_map import SourceMapExtension

    class ImagesAsText(Treeprocessor):  # type: ignore[misc]  # Markdown has no types
        """``![alt](src)`` shows as ``[alt]``: the preview never fetches an image."""

        def run(self, root: etree.Element) -> None:
            for img in root.iter("img"):
                alt = img.get("alt") or "image"
                img.tag, img.text = "span", f"[{alt}]"
                img.attrib.clear()

    class ImagesAsTextExtension(Extension):  # type: ignore[misc]
        def extendMarkdown(self, md: Markdown) -> None:
            md.treeprocessors.register(ImagesAsText(md), "images_as_text", 4)

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
    return _Renderer(md=md, source_map=source_map)


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


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def render_html(markdown_text: str) -> str:
    """The statement as sanitised HTML, each block anchored ``id="src-N"``."""
    global _renderer
    if _LONE_SURROGATE.search(markdown_text):  # half an emoji pasted from elsewhere: the sanitiser refuses it
        markdown_text = _LONE_SURROGATE.sub("\ufffd", markdown_text)
    text = _cap_nesting(markdown_text.replace("\r\n", "\n").replace("\r", "\n"))
    with _lock:
        if _renderer is None:
            _renderer = _build()
        renderer = _renderer
        try:
            renderer.md.reset()
            raw: str = renderer.md.convert(text)
        except RecursionError:
            # Thousands of nested quotes or list levels: show the text as it
            # is rather than fail, and start from a fresh Markdown next time.
            _renderer = None
            raw = _plain_blocks(text, renderer)
        return renderer.sanitise(raw)


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


def statement_css() -> str:
    """The style sheet shared by the preview and the exports."""
    from importlib.resources import files

    return files("drafter.resources").joinpath("styles/statement.css").read_text(encoding="utf-8")


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
