"""What every export format draws: the statement, its letterhead, and its approval or draft mark."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

#: The mark on everything exported without an approval that still stands.
DRAFT_MARK = "DRAFT — NOT APPROVED"

_LEADING_HEADING = re.compile(r"\s*<h[1-6]\b[^>]*>(.*?)</h[1-6]>\s*", re.S)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Approval:
    """The approval a final export carries: who, when, which revision, and its text's hash."""

    reviewer: str  # the name to print
    approved_at: dt.datetime
    revision: int
    sha256: str

    def line(self) -> str:
        """"Approved by Elena Ruiz on June 10, 2025 · revision 2 · SHA-256 12ab34cd"."""
        day = self.approved_at.astimezone().date()
        return (f"Approved by {self.reviewer} on {day:%B} {day.day}, {day.year} · revision {self.revision} "
                f"· SHA-256 {self.sha256[:8]}")


@dataclass(frozen=True)
class ExportDocument:
    """One statement, ready to draw in any format."""

    title: str
    markdown: str  # the text exported: the approved revision's exact text for a final export
    date: dt.date  # the statement's own date
    organisation: str = ""  # the letterhead: the organisation's name …
    address: str = ""  # … its address line …
    logo: Path | None = None  # … and its logo, when there is one
    signature: str = ""  # an optional signature block: "Elena Ruiz\nMayor"
    approval: Approval | None = None  # None: a draft, marked as such
    language: str = "en"

    @property
    def is_draft(self) -> bool:
        return self.approval is None

    @property
    def date_text(self) -> str:
        return f"{self.date:%B} {self.date.day}, {self.date.year}"

    def body_html(self) -> str:
        """The statement as the preview shows it: sanitised HTML (no script, no handlers, no remote
        images)."""
        from drafter.core.render import render_html

        return render_html(self.markdown)

    def body_html_without_title(self) -> str:
        """The body without its first heading when that heading says what the title says: the title
        is usually taken from it, and every format prints the title already."""
        body = self.body_html()
        match = _LEADING_HEADING.match(body)
        if match and same_words(html.unescape(_TAG.sub("", match.group(1))), self.title):
            return body[match.end():]
        return body


def same_words(heading: str, title: str) -> bool:
    """Whether the heading says what the title says (a title cut short with "…" matches its beginning)."""
    wanted = _words(title)
    if not wanted:
        return False
    found = _words(heading)
    return found.startswith(wanted) if title.rstrip().endswith("…") else found == wanted


def _words(text: str) -> str:
    """Letters and digits only, case-folded: "Mayor's *statement*" and "Mayor’s statement" compare equal."""
    return "".join(char for char in text.casefold() if char.isalnum())
