"""Fixed blocks: text between ``<!-- fixed: NAME -->`` and ``<!-- /fixed -->`` that drafters keep as is.

The editor shades them, and the drafting checks report a block that a
drafter removed or changed. Markers are recognised in any case and with any
spacing inside the comment; blocks do not nest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from drafter.core.templates.placeholders import LineIndex

_MARKER = re.compile(
    r"<!--[ \t]*(?:(?P<close>/[ \t]*fixed)|fixed[ \t]*:[ \t]*(?P<name>[^\n]*?))[ \t]*-->",
    re.IGNORECASE,
)
#: A block's name: letters, digits, hyphens and underscores ("about", "media-contact").
BLOCK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class FixedSpan:
    """Where one fixed block is in a text."""

    name: str
    start: int  # offset of the opening marker's "<"
    end: int  # offset just after the closing marker's ">"
    inner_start: int  # the block's text, without the line breaks next to the markers
    inner_end: int
    text: str  # text[inner_start:inner_end]


@dataclass(frozen=True)
class MarkerProblem:
    """A fixed-block marker that does not pair up, or is badly written."""

    line: int  # 1-based
    message: str
    severity: str = "error"  # "error" or "warning"


def scan_fixed_blocks(text: str) -> tuple[list[FixedSpan], list[MarkerProblem]]:
    """The well-formed blocks of ``text``, and a problem for each marker that is not."""
    index = LineIndex(text)
    spans: list[FixedSpan] = []
    problems: list[MarkerProblem] = []
    opened: re.Match[str] | None = None
    for marker in _MARKER.finditer(text):
        line = index.position(marker.start())[0]
        if not _alone_on_line(text, marker.start(), marker.end()):
            problems.append(MarkerProblem(line, f"put {marker.group(0)} on a line of its own", "warning"))
        if marker.group("close") is not None:
            if opened is None:
                problems.append(
                    MarkerProblem(line, "<!-- /fixed --> closes no block: no <!-- fixed: NAME --> opens one")
                )
            else:
                spans.append(_span(text, opened, marker))
                opened = None
            continue
        name = marker.group("name")
        if not BLOCK_NAME.fullmatch(name):
            problems.append(
                MarkerProblem(
                    line,
                    f"{marker.group(0)} needs a block name of letters, digits and hyphens, "
                    "e.g. <!-- fixed: about -->",
                )
            )
            # Still pair it with its closing marker, so that one mistake is reported once.
        if opened is not None:
            problems.append(_unclosed(opened, index, before=name))
        opened = marker
    if opened is not None:
        problems.append(_unclosed(opened, index))
    seen: dict[str, FixedSpan] = {}
    for span in spans:
        if span.name in seen:
            first_line = index.position(seen[span.name].start)[0]
            problems.append(
                MarkerProblem(
                    index.position(span.start)[0],
                    f"a second fixed block is named '{span.name}' (the first starts on line {first_line}): "
                    "give each block its own name",
                )
            )
        seen.setdefault(span.name, span)
    return [s for s in spans if BLOCK_NAME.fullmatch(s.name)], problems


def find_fixed_blocks(text: str) -> list[FixedSpan]:
    """The well-formed fixed blocks of ``text``, in order (markers that do not pair up are ignored)."""
    return scan_fixed_blocks(text)[0]


def fixed_texts(text: str) -> dict[str, str]:
    """Each block's text by name (the first block of a name): what ``changed_fixed_blocks`` compares with."""
    texts: dict[str, str] = {}
    for span in find_fixed_blocks(text):
        texts.setdefault(span.name, span.text)
    return texts


def changed_fixed_blocks(text: str, originals: Mapping[str, str]) -> list[str]:
    """The names, in the order of ``originals``, of blocks removed from ``text`` or changed in it.

    Whitespace does not count: re-wrapping a line or trimming a trailing space is no change.
    """
    current: dict[str, list[str]] = {}
    for span in find_fixed_blocks(text):
        current.setdefault(span.name, []).append(_normalised(span.text))
    return [
        name for name, original in originals.items() if _normalised(original) not in current.get(name, [])
    ]


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _span(text: str, opening: re.Match[str], closing: re.Match[str]) -> FixedSpan:
    inner_start = opening.end()
    if text.startswith("\n", inner_start):
        inner_start += 1
    inner_end = closing.start()
    line_start = text.rfind("\n", 0, inner_end) + 1
    if line_start > inner_start and not text[line_start:inner_end].strip():
        inner_end = line_start - 1  # the closing marker's line break is not the block's
    inner_end = max(inner_end, inner_start)
    return FixedSpan(
        opening.group("name"),
        opening.start(),
        closing.end(),
        inner_start,
        inner_end,
        text[inner_start:inner_end],
    )


def _unclosed(opening: re.Match[str], index: LineIndex, before: str | None = None) -> MarkerProblem:
    where = f"before the block '{before}' opens" if before is not None else "before the end"
    return MarkerProblem(
        index.position(opening.start())[0],
        f"{opening.group(0)} is not closed {where}: add <!-- /fixed --> on a line of its own after the block",
    )


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()
    )


def fixed_marker_kind(line: str) -> str | None:
    """"open" or "close" when ``line`` is a fixed-block marker alone on its line, else None.

    The editor's highlighter sees one line at a time and uses this to shade
    protected blocks.
    """
    match = _MARKER.fullmatch(line.strip())
    if match is None:
        return None
    return "close" if match.group("close") else "open"
