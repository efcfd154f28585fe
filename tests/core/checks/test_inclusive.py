"""Sensitive language: terms with a more respectful alternative, suggested and (rarely) fixed."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.inclusive import check
from drafter.core.checks.rules import Rule, parse_rules


def _findings(text: str, **draft: Any) -> list[Finding]:
    return list(check(Draft(text=text, **draft)))


def _spans(text: str, **draft: Any) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.text, f.fix, f.suggestions) for f in _findings(text, **draft)]


def test_the_sample_statement_gives_no_finding() -> None:
    sample = files("drafter.resources").joinpath("samples", "community-statement.md").read_text("utf-8")
    assert _findings(sample) == []


def test_a_term_is_a_warning_that_quotes_it_says_why_and_suggests_without_fixing() -> None:
    text = "The driver, who is wheelchair-bound, was not hurt."
    (finding,) = _findings(text)
    assert finding.check == "inclusive-language"
    assert finding.severity is Severity.WARNING
    assert (finding.start, finding.end, finding.text) == (19, 35, "wheelchair-bound")
    assert finding.fix is None
    assert finding.suggestions == ("uses a wheelchair",)
    assert finding.message == ("“wheelchair-bound”: A wheelchair frees the person who uses it; "
                               "it does not bind them. Prefer “uses a wheelchair”.")


def test_a_rule_marked_fix_gives_its_single_preferred_form_as_the_fix() -> None:
    text = "Two policemen and a fireman were honored. He committed suicide in 2019."
    assert _spans(text) == [
        ("policemen", "police officers", ("police officers",)),
        ("fireman", "firefighter", ("firefighter",)),
        ("committed suicide", "died by suicide", ("died by suicide",)),
    ]


def test_suggestions_take_the_capitals_of_the_words_found() -> None:
    text = ("## The Homeless Need Shelter\n\n"
            "The elderly and illegal immigrants are welcome. Chairman Ruiz agreed.")
    assert _spans(text) == [
        ("The Homeless", None, ("People experiencing homelessness", "Homeless people")),
        ("The elderly", None, ("Older residents", "Older adults")),
        ("illegal immigrants", None, ("undocumented immigrants", "people in the country illegally")),
        ("Chairman", "Chair", ("Chair",)),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officers found the suspect, a known drug addict, near the park.", "drug addict"),
        ("The man was described as mentally ill person by a witness.", "mentally ill person"),
        ("Police said the shooting was gang-related.", "gang-related"),
        ("The perp fled on foot.", "perp"),
        ("The alleged suspect was released.", "alleged suspect"),
        ("A handicapped parking space was added.", "handicapped parking"),
        ("Crews sprayed for gypsy moths on Elm Street.", "gypsy moths"),
        ("The new handicapped-accessible entrance opens Monday.", "handicapped-accessible"),
        ("A car accident closed Route 9.", "car accident"),
        ("The mayor called the attack insane.", "insane"),
    ],
)
def test_terms_of_each_kind_are_found(text: str, found: str) -> None:
    assert [f.text for f in _findings(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        # the words around these checks' terms, used as they should be
        "The victim was taken to the hospital suffering from a gunshot wound.",
        "The shelter serves homeless people and families experiencing homelessness.",
        "The driver made an illegal U-turn before the crash.",
        "Officers towed the disabled vehicle from the bridge.",
        "She is a transgender woman and a member of our police advisory board.",
        "The Senior Center opens at 9 a.m.; older residents can get a ride.",
        "Police arrested a man on charges of illegal immigration fraud.",
        "The city council chair thanked the firefighters.",
        "The parade goes down Oriental Avenue to the Town Green.",
        # quotes, dashes, acronyms and names
        'The chief said: “She told me ‘we are one community – there is no us versus them’.”',
        "EHPD and FEMA will staff the shelter 24/7 — with help from the Red Cross.",
        "Officer Daniel Price and Sgt. Mary Crazyhorse-Adams were honored.",
        # code and link targets are not prose
        "See `handicapped` in [the accessibility guide](https://example.org/handicapped-parking).",
    ],
)
def test_what_is_fine_is_left_alone(text: str) -> None:
    assert _findings(text) == []


def test_the_administrators_rules_are_added_and_replace_a_bundled_rule_for_the_same_form() -> None:
    ours, problems = parse_rules(
        "rules:\n"
        "  - avoid: [sheriff's deputies]\n    prefer: deputies\n"
        "    reason: Our county's usage.\n    fix: true\n"
        "  - avoid: elderly\n    prefer: older\n    reason: Give the age instead.\n",
        "t")
    assert problems == []
    text = "Sheriff's deputies helped an elderly man."
    findings = _findings(text, inclusive_rules=tuple(ours))
    assert [(f.text, f.fix, f.message) for f in findings] == [
        ("Sheriff's deputies", "Deputies", "“Sheriff's deputies”: Our county's usage. Prefer “Deputies”."),
        ("elderly", None, "“elderly”: Give the age instead. Prefer “older”."),
    ]


def test_a_rule_without_a_reason_or_preferred_form_still_says_something() -> None:
    rule = Rule(("sources say",), "", "")
    (finding,) = _findings("Sources say the road will reopen.", inclusive_rules=(rule,))
    assert finding.message == "“Sources say”: There is a more respectful way to say this."
    assert (finding.suggestions, finding.fix) == ((), None)


def test_the_bundled_list_is_for_english_statements_only() -> None:
    rule = Rule(("ilegales",), "personas indocumentadas", "Describe a personas, no actos.")
    text = "Los ilegales y los policemen."
    assert [f.text for f in _findings(text, language="es", inclusive_rules=(rule,))] == ["ilegales"]
    assert [f.text for f in _findings(text, language="en-US")] == ["policemen"]


def test_a_finding_spans_the_statement_even_with_emphasis_inside_it() -> None:
    text = "He was **wheelchair-bound** and *the\nhomeless* agreed."
    assert [(f.start, f.end, f.text) for f in _findings(text)] == [
        (9, 25, "wheelchair-bound"), (33, 45, "the\nhomeless")]


@pytest.mark.parametrize("text", [
    "We thank the National Association for the Advancement of Colored People for its help.",
    "The Elderly Services Office is open on Saturdays.",
    "He won the Police Athletic League's Chairman's Cup.",
])
def test_proper_names_of_organisations_and_prizes_are_left_alone(text: str) -> None:
    assert _spans(text) == []
