"""Every drafting check, described once, and the run that applies them all.

A check is a function from a :class:`~drafter.core.checks.draft.Draft` to
findings. Each is listed here with its id (what settings, the command line
and the Problems panel call it), a title, what it looks for, and the
severity it reports by default. The organisation may switch a check off or
give it another severity (:class:`~drafter.core.checks.settings.CheckSettings`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from drafter.core.checks import (
    boilerplate,
    dates,
    inclusive,
    length,
    names,
    personal_data,
    placeholders,
    press_release,
    readability,
    spelling,
    style,
    typography,
)
from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity, sort_findings

log = logging.getLogger(__name__)

CheckFunction = Callable[[Draft], Iterable[Finding]]


@dataclass(frozen=True)
class CheckInfo:
    id: str
    title: str
    description: str
    severity: Severity  # what it reports unless the organisation says otherwise
    run: CheckFunction


_E, _W, _A = Severity.ERROR, Severity.WARNING, Severity.ADVICE

CHECKS: tuple[CheckInfo, ...] = (
    CheckInfo("placeholders", "Placeholders", "{{…}}, TK, XXX and [insert …] still in the text",
              _E, placeholders.check),
    CheckInfo("spelling", "Spelling", "words the dictionaries do not know", _W, spelling.check),
    CheckInfo("repeated-words", "Repeated words", "“the the”, “is is”", _W, typography.repeated_words),
    CheckInfo("punctuation", "Doubled punctuation", "“,,”, “..” and the like",
              _W, typography.doubled_punctuation),
    CheckInfo("balance", "Unbalanced marks", "quotation marks, parentheses and brackets that do not pair up",
              _W, typography.unbalanced),
    CheckInfo("quote-style", "Mixed quotation marks", "straight and curly quotes in one statement",
              _A, typography.mixed_quotes),
    CheckInfo("dates", "Dates", "weekdays that do not match their date, impossible dates, "
              "dates far from the statement's own", _E, dates.check),
    CheckInfo("names", "Names", "one person or place written two ways", _W, names.check_names),
    CheckInfo("titles", "Titles", "one person given different titles (“Mayor Ruiz”, then “Ms. Ruiz”)",
              _W, names.check_titles),
    CheckInfo("readability", "Readability", "reading grade above the organisation's target",
              _A, readability.check_grade),
    CheckInfo("long-sentences", "Long sentences", "sentences longer than the organisation's limit",
              _A, readability.check_long_sentences),
    CheckInfo("inclusive-language", "Sensitive language",
              "terms with a preferred, more respectful alternative", _W, inclusive.check),
    CheckInfo("style", "House style", "the organisation's style rules", _W, style.check),
    CheckInfo("personal-data", "Personal data", "phone numbers, private addresses, dates of birth, "
              "case numbers, and people named as arrested, suspected, juvenile or victims", _W,
              personal_data.check),
    CheckInfo("press-release", "Press-release form", "headline, exclamation marks, media contact, "
              "end mark and dateline of a press release", _W, press_release.check),
    CheckInfo("boilerplate", "Protected text", "the template's fixed blocks changed or removed",
              _E, boilerplate.check),
    CheckInfo("length", "Length", "words and characters over the target", _W, length.check),
)  # fmt: skip

CHECKS_BY_ID = {info.id: info for info in CHECKS}


def run_checks(draft: Draft, only: Iterable[str] | None = None) -> list[Finding]:
    """Every finding of every enabled check (or of the ``only`` ones), in reading order.

    The organisation's severity replaces the check's own; findings someone
    has confirmed are left out.
    """
    wanted = set(only) if only is not None else None
    settings = draft.settings
    found: list[Finding] = []
    for info in CHECKS:
        if not settings.enabled(info.id) or (wanted is not None and info.id not in wanted):
            continue
        override = settings.severities.get(info.id)
        try:
            findings = list(info.run(draft))
        except Exception as error:  # one broken check must not hide what the others found
            log.exception("The %s check failed", info.id)
            findings = [_could_not_run(draft, info, error)]
        for finding in findings:
            if finding.confirmation and finding.key in draft.confirmed:
                continue
            found.append(finding.with_severity(override) if override else finding)
    return sort_findings(found)


def _could_not_run(draft: Draft, info: CheckInfo, error: Exception) -> Finding:
    first_line_end = draft.text.find("\n")
    end = len(draft.text) if first_line_end < 0 else first_line_end
    return draft.finding(
        info.id, 0, end, f"The {info.title.lower()} check could not run ({type(error).__name__}: {error}); "
        "the other checks ran. Check this by hand, and report the problem.", severity=Severity.WARNING)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop a statement going to review."""
    return [finding for finding in findings if finding.severity is Severity.ERROR]
