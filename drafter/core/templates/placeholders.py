"""Placeholders (``{{ key }}``) and the other marks a drafter forgets to replace.

A placeholder is ``{{key}}`` with optional spaces or tabs inside the braces.
A key is ``snake_case`` (a template's own field) or two such words joined by
a dot (a profile placeholder such as ``org.name``).

Leftovers are what must not reach the public: a placeholder, or anything
that only looks like one (``{{ Speaker Name }}``), the journalists' "TK"
(as a whole word, in capitals), "XXX", and bracketed notes such as
``[Insert quote here]``. The editor highlights them and jumps between them;
the drafting checks refuse to submit a statement that still has one.
Positions are character offsets into the text; lines and columns are 1-based
and count characters (not bytes, nor UTF-16 code units).
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass

_KEY = r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?"
#: ``{{ key }}``: group ``key`` holds the key without the spaces.
PLACEHOLDER = re.compile(r"\{\{[ \t]*(?P<key>" + _KEY + r")[ \t]*\}\}")
#: A field key: ``snake_case``, starting with a letter.
FIELD_KEY = re.compile(r"[a-z][a-z0-9_]*")
#: Anything between double braces on one line, valid placeholder or not.
LOOSE_PLACEHOLDER = re.compile(r"\{\{[^{}\n]*\}\}")

#: The other leftovers, by kind. "TK" and "XXX" are case-sensitive and whole
#: words ("TKO", "Xxxx" and "XXXL" are not leftovers); "[insert …]" is not.
LEFTOVER_MARKERS: dict[str, re.Pattern[str]] = {
    "tk": re.compile(r"\b(?:TK)+\b"),
    "xxx": re.compile(r"\bX{3,}\b"),
    "insert": re.compile(r"\[[ \t]*insert\b[^\[\]\n]*\](?![(\[])", re.IGNORECASE),
}

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
# A code span may run over several lines, but not over a blank line.
_CODE_SPAN = re.compile(r"(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)


@dataclass(frozen=True)
class Placeholder:
    key: str
    start: int  # offset of the first "{"
    end: int  # offset just after the last "}"
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Leftover:
    kind: str  # "placeholder", "tk", "xxx" or "insert"
    text: str  # what was found, as the text has it
    start: int
    end: int
    line: int  # 1-based
    column: int  # 1-based


class LineIndex:
    """Turns character offsets into 1-based (line, column) pairs."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(match.end() for match in re.finditer("\n", text))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        """The offset where the 1-based ``line`` starts."""
        return self._starts[line - 1]


def find_placeholders(text: str) -> list[Placeholder]:
    """Every well-formed ``{{ key }}`` in ``text``, in order."""
    index = LineIndex(text)
    found = []
    for match in PLACEHOLDER.finditer(text):
        line, column = index.position(match.start())
        found.append(Placeholder(match.group("key"), match.start(), match.end(), line, column))
    return found


def find_leftovers(text: str) -> list[Leftover]:
    """Every leftover in ``text``, in order of position.

    Placeholders count wherever they are. The other markers are ignored in
    code (fenced blocks and inline code spans), where they may be meant.
    """
    index = LineIndex(text)
    spans: list[tuple[str, int, int]] = [
        ("placeholder", match.start(), match.end()) for match in LOOSE_PLACEHOLDER.finditer(text)
    ]
    code = code_ranges(text)
    taken = [(start, end) for _, start, end in spans]
    for kind, pattern in LEFTOVER_MARKERS.items():
        for match in pattern.finditer(text):
            start, end = match.span()
            if _inside(start, code) or _overlaps(start, end, taken):
                continue
            spans.append((kind, start, end))
    spans.sort(key=lambda span: span[1])
    leftovers = []
    for kind, start, end in spans:
        line, column = index.position(start)
        leftovers.append(Leftover(kind, text[start:end], start, end, line, column))
    return leftovers


def code_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of fenced code blocks and inline code spans."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    fence: str | None = None
    fence_start = 0
    prose_start = 0
    for line in text.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is None and match:
            ranges.extend(_spans_in(text, prose_start, offset))
            fence, fence_start = match.group(1), offset
        elif (
            fence is not None
            and match
            and match.group(1)[0] == fence[0]
            and len(match.group(1)) >= len(fence)
        ):
            ranges.append((fence_start, offset + len(line)))
            fence, prose_start = None, offset + len(line)
        offset += len(line)
    if fence is not None:  # an unclosed fence runs to the end, as in Markdown
        ranges.append((fence_start, len(text)))
    else:
        ranges.extend(_spans_in(text, prose_start, len(text)))
    return ranges


def _spans_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text, start, end)]


# Both below take ranges in order that do not overlap (as code_ranges and
# finditer give them), and look one up by bisection: a statement with
# thousands of placeholders and markers (a pasted 1 MB line) stays fast.
def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(ranges, (offset, sys.maxsize)) - 1
    return index >= 0 and offset < ranges[index][1]


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_left(ranges, (end, -1)) - 1  # the last range starting before ``end``
    return index >= 0 and ranges[index][1] > start
