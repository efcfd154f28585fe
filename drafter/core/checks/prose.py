"""The statement as prose: what a reader reads, cut into blocks, sentences and words.

Checks look at prose, not at Markdown. :func:`prose_text` returns the text
with everything that is not prose blanked out with spaces: code, HTML
comments (the fixed-block markers), link targets, bare web addresses,
heading and list marks, emphasis marks. Blanking keeps every offset where it
was, so a finding found in the prose points at the same characters in the
statement. Line breaks are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core.templates.placeholders import code_ranges

_BLANKED = [
    re.compile(r"<!--.*?-->", re.DOTALL),  # comments, fixed-block markers among them
    re.compile(r"(?<=\])\([^)\n]*\)"),  # a link's or image's target: [text](target)
    re.compile(r"<(?:https?://|mailto:)[^>\s]*>"),  # autolinks
    re.compile(r"\bhttps?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"”’]"),  # bare web addresses
    re.compile(r"\bwww\.[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"”’]"),
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # inline HTML tags
    re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))?", re.M),
    re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M),  # thematic breaks
    re.compile(r"\*+|(?<![\w])_+|_+(?![\w])|~~"),  # emphasis marks
    # "[" of links (a link's text is looked for within 1,000 characters: unbounded, a line
    # of a million "[" would take hours); link definitions
    re.compile(r"!?\[(?=[^\]\n]{0,1000}\]\()|^[ ]{0,3}\[[^\]\n]+\]:.*$", re.M),
]
_LINK_CLOSE = re.compile(r"\](?=[ ]*\()")

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")

# Words: letters, with inner apostrophes and hyphens ("mayor's", "co-operate").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# A sentence ends at ., ! or ? (and any closing quotes or brackets), before
# white space and then something that can start a sentence.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9¿¡ÁÉÍÓÚÑ])")
_ABBREVIATION_LIST = (
    "mr mrs ms dr st ave blvd rd jr sr lt sgt det capt cpl col gen gov rep sen hon prof rev "
    "no nos vs etc inc corp co dept est approx fig jan feb mar apr aug sept sep oct nov dec "
    "a.m p.m u.s e.g i.e sra srta ud dña"
)
#: Words written with a period that does not end the sentence ("Mr.", "a.m.").
ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())


@dataclass(frozen=True)
class Span:
    """A stretch of the statement: ``text == statement[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or quote: lines with no blank line between them."""

    start: int
    end: int
    text: str  # the prose of the block (blanked as prose_text does)
    kind: str  # "heading", "list" or "paragraph"


def prose_text(text: str) -> str:
    """``text`` with everything but prose replaced by spaces (same length, same lines)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for start, end in code_ranges(text):
        blank(start, end)
    for pattern in _BLANKED:
        for match in pattern.finditer(text):
            blank(*match.span())
    for match in _LINK_CLOSE.finditer(text):
        blank(*match.span())
    return "".join(chars)


def blocks(text: str, prose: str) -> list[Block]:
    """The blocks of the statement, in order; ``prose`` is ``prose_text(text)``."""
    found: list[Block] = []
    start = None
    offset = 0
    kind = "paragraph"
    for line in text.splitlines(keepends=True):
        blank = not prose[offset:offset + len(line)].strip()
        begins_item = bool(_HEADING.match(line) or _LIST_ITEM.match(line))
        if start is not None and (blank or begins_item or kind == "heading"):
            found.append(_block(prose, start, offset, kind))
            start = None
        if not blank and start is None:
            start = offset
            kind = "heading" if _HEADING.match(line) else "list" if _LIST_ITEM.match(line) else "paragraph"
        offset += len(line)
    if start is not None:
        found.append(_block(prose, start, offset, kind))
    return found


def _block(prose: str, start: int, end: int, kind: str) -> Block:
    while end > start and prose[end - 1] in " \t\n":
        end -= 1
    while start < end and prose[start] in " \t\n":
        start += 1
    return Block(start, end, prose[start:end], kind)


def sentences(block: Block) -> list[Span]:
    """The sentences of one block (a heading is one sentence)."""
    if block.kind == "heading":
        return [Span(block.start, block.end, block.text)]
    found: list[Span] = []
    begin = 0
    for match in _SENTENCE_END.finditer(block.text):
        if match.group(0).startswith(".") and _abbreviation_before(block.text, match.start()):
            continue
        found.append(_span(block, begin, match.end()))
        begin = match.end()
    if block.text[begin:].strip():
        found.append(_span(block, begin, len(block.text)))
    return found


def _span(block: Block, begin: int, end: int) -> Span:
    piece = block.text[begin:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Span(block.start + begin + lead, block.start + begin + lead + len(piece), piece)


def _abbreviation_before(text: str, dot: int) -> bool:
    """True when the "." at ``dot`` ends an abbreviation ("Mr.", "a.m.", "J.") and not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    token = text[start:dot].lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and text[start:dot].isupper())


def words(span_text: str, offset: int = 0) -> list[Span]:
    """The words of a piece of prose, as spans of the statement (``offset`` is where it starts)."""
    return [Span(m.start() + offset, m.end() + offset, m.group(0)) for m in WORD.finditer(span_text)]
