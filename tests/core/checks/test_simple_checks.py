"""Placeholders, protected blocks, length and spelling: the checks that lean on shared services."""

from __future__ import annotations

import pytest

from drafter.core.checks import (
    CheckSettings,
    Draft,
    Severity,
    TemplateTargets,
    boilerplate,
    length,
    placeholders,
)
from drafter.core.checks import spelling as spelling_check
from drafter.core.spelling import SpellingService


def test_every_kind_of_leftover_is_an_error() -> None:
    text = ("Mayor {{speaker.name}} said TK about the [insert quote here] on XXX.\n"
            "Residents can call {{ hotline_number }}.")
    found = list(placeholders.check(Draft(text=text)))
    assert [(f.text, f.severity) for f in found] == [
        ("{{speaker.name}}", Severity.ERROR), ("TK", Severity.ERROR),
        ("[insert quote here]", Severity.ERROR), ("XXX", Severity.ERROR),
        ("{{ hotline_number }}", Severity.ERROR)]
    assert "hotline number" in found[-1].message
    assert all(f.fix is None for f in found)


def test_a_profile_placeholder_is_fixed_with_the_profile_value() -> None:
    draft = Draft(text="Signed, {{speaker.name}}", profile={"speaker.name": "Elena Ruiz"})
    [found] = placeholders.check(draft)
    assert found.fix == "Elena Ruiz"


@pytest.mark.parametrize("text", [
    "The TKO win, a size XXXL shirt, and `TK` in code are not leftovers.",
    "We are one community – there is no us versus them.",
])
def test_what_only_looks_like_a_leftover_is_left_alone(text: str) -> None:
    assert list(placeholders.check(Draft(text=text))) == []


ABOUT = "East Harbor is a town of 12,000 residents on Lake Erie."
FIXED = f"Intro.\n\n<!-- fixed: about -->\n{ABOUT}\n<!-- /fixed -->\n"


def test_an_untouched_or_rewrapped_protected_block_is_fine() -> None:
    rewrapped = FIXED.replace("residents on", "residents\non")
    for text in (FIXED, rewrapped):
        assert list(boilerplate.check(Draft(text=text, fixed_originals={"about": ABOUT}))) == []


def test_a_changed_protected_block_is_an_error_with_the_original_as_fix() -> None:
    text = FIXED.replace("12,000", "15,000")
    [found] = boilerplate.check(Draft(text=text, fixed_originals={"about": ABOUT}))
    assert found.severity is Severity.ERROR
    assert found.text == ABOUT.replace("12,000", "15,000")
    assert found.fix == ABOUT
    assert "“about” was changed" in found.message


def test_a_removed_protected_block_is_an_error_on_the_first_line() -> None:
    [found] = boilerplate.check(Draft(text="# Title\n\nIntro only.\n", fixed_originals={"about": ABOUT}))
    assert (found.start, found.text) == (0, "# Title")
    assert "removed" in found.message


def test_length_over_the_template_s_target_spans_the_words_to_cut() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    draft = Draft(text=text, template=TemplateTargets(max_words=10))
    [found] = length.check(draft)
    assert found.severity is Severity.WARNING
    assert "12 words; the target is 10" in found.message and "Cut about 2 words" in found.message
    assert found.text == "eleven twelve"


def test_length_uses_the_organisation_s_target_when_the_template_sets_none() -> None:
    text = "A short post about the road closure on Burnside Avenue tonight."
    assert list(length.check(Draft(text=text))) == []
    [found] = length.check(Draft(text=text, settings=CheckSettings(max_characters=40)))
    assert "the target is 40" in found.message
    # The template's own target wins.
    assert list(length.check(Draft(text=text, settings=CheckSettings(max_characters=40),
                                   template=TemplateTargets(max_characters=280)))) == []


def test_spelling_findings_come_from_the_spelling_service(english: SpellingService) -> None:
    text = "The mayor adressed the EHPD officers on Burnside Avenue."
    draft = Draft(text=text, spelling=english, known_names=frozenset({"Burnside"}))
    [found] = spelling_check.check(draft)
    assert (found.text, found.severity) == ("adressed", Severity.WARNING)
    assert found.suggestions[0] == "addressed"
    ignoring = Draft(text=text, spelling=english, ignored_words=frozenset({"adressed"}))
    assert list(spelling_check.check(ignoring)) == []
    # The window asks for suggestions later; the finding is the same without them.
    [quick] = spelling_check.check(Draft(text=text, spelling=english, suggest_spelling=False))
    assert quick.text == "adressed" and quick.suggestions == ()


def test_an_empty_profile_value_points_to_the_profile() -> None:
    [found] = placeholders.check(Draft(text="About the {{org.name}}."))
    assert "organisation profile has no organization name yet" in found.message
    assert "Settings ▸ Organisation Profile" in found.message and found.fix is None
