"""What the drafting checks look at: one statement's text and everything that bears on it.

A :class:`Draft` is built once per run (by ``drafter.checking`` for the
window and the command line, or by hand in tests) and handed to every
check. The prose views (blocks, sentences, words) are worked out on first
use and shared, so ten checks cost one segmentation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from drafter.core.checks import prose as segment
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import Block, Span
from drafter.core.checks.settings import CheckSettings
from drafter.core.templates.model import TemplateTargets
from drafter.core.templates.placeholders import LineIndex

if TYPE_CHECKING:
    from drafter.core.checks.rules import Rule
    from drafter.core.spelling.checker import SpellingService


_VIEWS = ("lines", "prose", "blocks", "sentences", "words")  # the cached properties below


@dataclass(frozen=True, eq=False)
class Draft:
    """One statement as the checks see it.

    ``known_names`` are the organisation dictionary's words that carry
    capitals (people, streets, places): the reference spelling of a name.
    ``statement_date`` is the statement's own date (its template's date
    field, else the day it was written). ``confirmed`` holds the keys of
    findings someone has confirmed (personal data released on purpose).
    """

    text: str
    language: str = "en"
    statement_date: dt.date | None = None
    settings: CheckSettings = field(default_factory=CheckSettings)
    template: TemplateTargets = field(default_factory=TemplateTargets)  # from the template snapshot
    fixed_originals: Mapping[str, str] = field(default_factory=dict)
    profile: Mapping[str, str] = field(default_factory=dict)
    # What the statement's template fields hold: contact details given there are meant to be public.
    field_values: tuple[str, ...] = ()
    known_names: frozenset[str] = frozenset()
    spelling: SpellingService | None = None
    ignored_words: frozenset[str] = frozenset()
    skip_all_caps: bool = True
    confirmed: frozenset[str] = frozenset()
    inclusive_rules: tuple[Rule, ...] = ()
    style_rules: tuple[Rule, ...] = ()
    suggest_spelling: bool = True  # the window asks for suggestions when a finding is chosen

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def prose(self) -> str:
        """The text with everything but prose blanked out (same offsets; see ``prose.prose_text``)."""
        return segment.prose_text(self.text)

    @cached_property
    def blocks(self) -> list[Block]:
        return segment.blocks(self.text, self.prose)

    @cached_property
    def sentences(self) -> list[Span]:
        return [sentence for block in self.blocks for sentence in segment.sentences(block)]

    @cached_property
    def words(self) -> list[Span]:
        return segment.words(self.prose)

    def dated(self, day: dt.date | None) -> Draft:
        """The same draft with another reference date, keeping the prose views already worked out."""
        moved = replace(self, statement_date=day)
        moved.__dict__.update({name: value for name, value in self.__dict__.items() if name in _VIEWS})
        return moved

    def finding(
        self,
        check: str,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity,
        suggestions: tuple[str, ...] | list[str] = (),
        fix: str | None = None,
        confirmation: bool = False,
        kind: str = "",
    ) -> Finding:
        """A finding on ``text[start:end]``; the fix, when given, leads the suggestions."""
        ordered = tuple(suggestions)
        if fix is not None and (not ordered or ordered[0] != fix):
            ordered = (fix, *(s for s in ordered if s != fix))
        return Finding(check, severity, start, end, self.text[start:end], message, ordered, fix, confirmation,
                       kind)
