"""What a drafting check reports: a finding, its severity, and a fix when one is clear."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from drafter.core.templates.placeholders import LineIndex


class Severity(enum.StrEnum):
    """How much a finding matters. An error stops a statement going to review."""

    ERROR = "error"
    WARNING = "warning"
    ADVICE = "advice"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for advice: the order the Problems panel lists them."""
        return _RANKS[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()


_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.ADVICE: 2}


@dataclass(frozen=True)
class Finding:
    """One thing a check found in a statement.

    ``start`` and ``end`` are character offsets into the statement's text
    (``text == statement[start:end]``). ``fix``, when set, replaces that span
    and is what one click applies; ``suggestions`` are the alternatives, best
    first (the fix, when there is one, comes first). A finding that asks for
    ``confirmation`` (personal data) stays until someone confirms it with a
    reason; ``key`` is what that confirmation is recorded under.
    """

    check: str  # the check's id, as settings and the command line name it
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    fix: str | None = None
    confirmation: bool = False
    kind: str = ""  # what exactly was found, where a check finds several things ("phone", "victim")

    @property
    def key(self) -> str:
        """What identifies this finding across edits: the check, what it found and the words.

        Confirming "Daniel Price" named as a victim does not also confirm him
        named as arrested: the kind is part of the key.
        """
        words = " ".join(self.text.split()).casefold()
        return f"{self.check}:{self.kind}:{words}" if self.kind else f"{self.check}:{words}"

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def to_json(self, lines: LineIndex) -> dict[str, Any]:
        """The finding as ``drafter check --json`` prints it (docs/cli.md)."""
        line, column = lines.position(self.start)
        end_line, end_column = lines.position(self.end)
        document: dict[str, Any] = {
            "check": self.check,
            "severity": self.severity.value,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fix": self.fix,
        }
        if self.confirmation:
            document["needs_confirmation"] = True
        return document


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """In reading order; at one place, the most severe first."""
    return sorted(findings, key=lambda f: (f.start, f.severity.rank, f.end, f.check))


def counts(findings: list[Finding]) -> dict[Severity, int]:
    """How many findings of each severity (every severity present, zero or not)."""
    tally = dict.fromkeys(Severity, 0)
    for finding in findings:
        tally[finding.severity] += 1
    return tally


def count_text(findings: list[Finding], *, with_zeros: bool = False, separator: str = " · ") -> str:
    """"2 errors · 1 warning · 3 advice" (with_zeros: every severity, "0 errors, …"); "No problems"."""
    parts = []
    for severity, n in counts(findings).items():
        if n or with_zeros:
            noun = severity.value if n == 1 or severity is Severity.ADVICE else f"{severity.value}s"
            parts.append(f"{n} {noun}")
    return separator.join(parts) if parts else "No problems"
