"""Spelling, as the spelling service sees it: the same words the editor underlines.

A warning by default; an organisation that wants no misspelt word to go
out makes it an error in the check settings. Words the statement ignores
and (unless the workspace says otherwise) words in capitals are left
alone. Suggestions come from the service; when the window runs the checks
it leaves them out (``Draft.suggest_spelling``) and asks when a finding is
chosen, so typing in a long statement never waits for them.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.spelling.checker import CheckContext

CHECK = "spelling"


def check(draft: Draft) -> Iterator[Finding]:
    service = draft.spelling
    if service is None:
        return
    context = CheckContext.of(draft.ignored_words, skip_all_caps=draft.skip_all_caps)
    for miss in service.unknown_words(draft.text, context=context):
        suggestions = service.suggest(miss.word, limit=7) if draft.suggest_spelling else []
        yield draft.finding(
            CHECK, miss.start, miss.end, f"“{miss.word}” is not in the dictionary.",
            severity=Severity.WARNING, suggestions=suggestions)
