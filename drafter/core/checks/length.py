"""Length: the statement's words and characters against the targets for it.

The template sets targets for its kind of statement (a press release
body, a social-media version); where it sets none, the organisation's
check settings may. Counted as a reader counts, without the Markdown
(``text_stats``). One finding spans the words past the limit, so the
drafter sees how much to cut.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.text_stats import text_stats

CHECK = "length"


def check(draft: Draft) -> Iterator[Finding]:
    max_words = draft.template.max_words or draft.settings.max_words
    max_characters = draft.template.max_characters or draft.settings.max_characters
    if not (max_words or max_characters) or not draft.words:
        return
    stats = text_stats(draft.text)
    if max_words and stats.words > max_words:
        over = stats.words - max_words
        start = draft.words[min(max_words, len(draft.words) - 1)].start
        yield draft.finding(
            CHECK, start, draft.words[-1].end,
            f"{stats.words} words; the target is {max_words}. Cut about {over} word{'s' * (over != 1)}.",
            severity=Severity.WARNING)
    if max_characters and stats.characters > max_characters:
        over = stats.characters - max_characters
        start = _offset_after_characters(draft, max_characters)
        yield draft.finding(
            CHECK, start, draft.words[-1].end,
            f"{stats.characters} characters; the target is {max_characters}. Cut about {over}.",
            severity=Severity.WARNING)


def _offset_after_characters(draft: Draft, limit: int) -> int:
    """Roughly where the reader's ``limit``-th character is: counted over the prose."""
    seen = 0
    for word in draft.words:
        seen += len(word.text) + 1
        if seen > limit:
            return word.start
    return draft.words[-1].start
