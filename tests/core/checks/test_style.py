"""House style: the organisation's preferred words, fixed in one click."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.rules import Rule, parse_rules
from drafter.core.checks.style import check

COUNCIL_RULES = """\
rules:
  - avoid: city council
    prefer: City Council
    reason: The council's name takes capitals.
    match_case: true
  - avoid: [EHPD]
    prefer: East Harbor Police Department
    reason: Spell out the name.
    fix: false
  - avoid: towards
    prefer: in the direction of
    reason: Our own rule.
"""


def _findings(text: str, **draft: Any) -> list[Finding]:
    return list(check(Draft(text=text, **draft)))


def _fixes(text: str, **draft: Any) -> list[tuple[str, str | None]]:
    return [(f.text, f.fix) for f in _findings(text, **draft)]


def _ours() -> tuple[Rule, ...]:
    rules, problems = parse_rules(COUNCIL_RULES, "t")
    assert problems == []
    return tuple(rules)


def test_the_sample_statement_gives_no_finding() -> None:
    sample = files("drafter.resources").joinpath("samples", "community-statement.md").read_text("utf-8")
    assert _findings(sample) == []


def test_a_house_style_word_is_a_warning_with_its_fix() -> None:
    text = "Officers will utilize body cameras in order to build trust."
    first, second = _findings(text)
    assert (first.check, first.severity) == ("style", Severity.WARNING)
    assert (first.start, first.end, first.text, first.fix) == (14, 21, "utilize", "use")
    assert first.message == "“utilize”: Plain English. Prefer “use”."
    assert (second.start, second.end, second.text, second.fix) == (35, 46, "in order to", "to")
    assert second.message == "“in order to”: “To” says the same in fewer words. Prefer “to”."


def test_the_fix_takes_the_capitals_of_the_words_found() -> None:
    text = "# COPS ON PATROL\n\nCops will walk Main Street. Prior to the meeting, a cop will speak."
    assert _fixes(text) == [
        ("COPS", "POLICE OFFICERS"),
        ("Cops", "Police officers"),
        ("Prior to", "Before"),
        ("cop", "police officer"),
    ]


@pytest.mark.parametrize(
    ("text", "found", "fix"),
    [
        ("Please e-mail the clerk.", "e-mail", "email"),
        ("We are moving towards a solution.", "towards", "toward"),
        ("This is the first annual Night Out.", "first annual", "first"),
        ("Irregardless of the weather, the parade will go on.", "Irregardless", "Regardless"),
        ("The office opens at 12 noon.", "12 noon", "noon"),
        ("The department's past history of outreach matters.", "past history", "history"),
        ("It will be alright.", "alright", "all right"),
        ("At this point in time, the road is closed.", "At this point in time", "Now"),
    ],
)
def test_starter_rules(text: str, found: str, fix: str) -> None:
    assert _fixes(text) == [(found, fix)]


def test_the_organisations_rules_add_capitals_and_replace_a_bundled_rule() -> None:
    text = "The city council and the City Council met with EHPD, and we moved towards a vote."
    findings = _findings(text, style_rules=_ours())
    assert [(f.text, f.fix, f.suggestions) for f in findings] == [
        ("city council", "City Council", ("City Council",)),
        ("EHPD", None, ("East Harbor Police Department",)),  # fix: false
        ("towards", "in the direction of", ("in the direction of",)),  # ours, not the bundled "toward"
    ]
    assert findings[0].message == "“city council”: The council's name takes capitals. Prefer “City Council”."


def test_a_rule_with_several_preferred_forms_suggests_them_without_a_fix() -> None:
    rule = Rule(("presser",), "news conference", "Jargon.", alternatives=("briefing",))
    (finding,) = _findings("The presser starts at 3.", style_rules=(rule,))
    assert (finding.fix, finding.suggestions) == (None, ("news conference", "briefing"))
    assert finding.message == "“presser”: Jargon. Prefer “news conference” or “briefing”."


def test_a_rule_without_a_reason_says_it_is_house_style() -> None:
    (finding,) = _findings("Thanks, folks.", style_rules=(Rule(("folks",), "residents", ""),))
    assert finding.message == "“folks”: The organisation's house style. Prefer “residents”."
    assert finding.fix == "residents"


@pytest.mark.parametrize(
    "text",
    [
        "The copper wire was stolen; that excuse is a cop-out.",
        "Officer Copeland and the police officers walked toward the school.",
        'The chief said: “She told me ‘we are one community – there is no us versus them’.”',
        "EHPD and FEMA opened the shelter — residents can email the clerk.",
        "Contact `e-mail` or see [our policy](https://example.org/in-order-to-utilize).",
        "Mayor Elena Ruiz thanked the City Council.",
    ],
)
def test_what_is_fine_is_left_alone(text: str) -> None:
    assert _findings(text) == []


def test_the_bundled_style_is_for_english_statements_only() -> None:
    text = "La policía utilize."
    assert _findings(text, language="es") == []
    ours = (Rule(("policía",), "Policía", ""),)
    assert [f.text for f in _findings(text, language="es", style_rules=ours)] == ["policía"]
