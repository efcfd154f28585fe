"""A statement's title when none is given."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
MAX_TITLE_LENGTH = 120


def title_from_text(text: str, *, fallback: str) -> str:
    """The first Markdown heading, else the first non-empty line, else ``fallback``."""
    first_line = ""
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            return _shorten(match.group(1))
        if not first_line and line.strip():
            first_line = line.strip()
    if first_line and len(first_line) <= 80:
        return _shorten(first_line)
    return _shorten(fallback) or "Untitled statement"


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_LENGTH:
        return title
    return title[: MAX_TITLE_LENGTH - 1].rstrip() + "…"
