"""Rule files: reading them (and naming what does not read), the bundled lists, and matching."""

from __future__ import annotations

import re
import time
from importlib.resources import files
from pathlib import Path

import pytest

from drafter.core.checks.rules import (
    MAX_RULE_FILE_BYTES,
    Rule,
    RuleHit,
    bundled_rules,
    find_rule_hits,
    in_case_of,
    is_english,
    parse_rules,
    rule_matcher,
    rule_message,
)
from tests.core.helpers import long_statement

ROOT = Path(__file__).resolve().parents[3]


def _bundled_text(kind: str) -> str:
    return files("drafter.resources").joinpath("checks", f"{kind}.yaml").read_text("utf-8")


# --- parse_rules ---------------------------------------------------------------


def test_a_rule_file_reads_with_every_key() -> None:
    text = """\
rules:
  - avoid: [cop, Cops]
    prefer: police officer
    reason: House style in official statements.
  - avoid: city council
    prefer: City Council
    reason: "Our council's name: with capitals."
    match_case: true
  - avoid: illegal immigrant
    prefer: [undocumented immigrant, person in the country illegally]
    reason: Use illegal for acts, not people.
    fix: false
  - avoid: sources say
"""
    rules, problems = parse_rules(text, "house.yaml")
    assert problems == []
    assert rules == [
        Rule(("cop", "Cops"), "police officer", "House style in official statements."),
        Rule(("city council",), "City Council", "Our council's name: with capitals.", match_case=True),
        Rule(("illegal immigrant",), "undocumented immigrant", "Use illegal for acts, not people.",
             alternatives=("person in the country illegally",), fix=False),
        Rule(("sources say",), "", ""),
    ]
    assert rules[2].preferred_forms == ("undocumented immigrant", "person in the country illegally")
    assert rules[3].preferred_forms == ()


def test_values_are_read_as_written_not_as_yaml_types() -> None:
    text = "rules:\n  - avoid: no\n    prefer: yes\n  - avoid: 911\n    prefer: '9-1-1'\n"
    rules, problems = parse_rules(text, "t")
    assert problems == []
    assert [(r.forms, r.preferred) for r in rules] == [(("no",), "yes"), (("911",), "9-1-1")]


def test_a_broken_entry_is_named_and_never_loses_the_others() -> None:
    text = """\
rules:
  - avoid: [utilize, [nested]]
    prefer: use
  - avoid: prior to
    prefered: before
  - prefer: now
  - avoid: ''
  - avoid: '...'
  - avoid: towards
    prefer: toward
    match_case: maybe
  - just a string
  - avoid: alright
    prefer: all right
"""
    rules, problems = parse_rules(text, "the style rules")
    assert [rule.forms for rule in rules] == [("prior to",), ("alright",)]
    assert problems == [
        "the style rules, rule 1 (line 2): “avoid:” should list words or phrases, not lists or keys.",
        "the style rules, rule 2 (line 4): “prefered” is not a rule key (the keys are avoid, prefer, "
        "reason, match_case, fix); check its spelling.",
        "the style rules, rule 3 (line 6): the rule has no “avoid:” (the words to avoid).",
        "the style rules, rule 4 (line 7): “avoid:” is empty; give the word or phrase to avoid.",
        "the style rules, rule 5 (line 8): “...” has no letters or digits to look for.",
        "the style rules, rule 6 (line 9): “match_case:” should be true or false.",
        "the style rules, rule 7 (line 12): a rule needs at least “avoid:” (the words to avoid); "
        "start each rule with “- avoid:”.",
    ]


def test_a_form_in_two_rules_is_named_and_the_later_rule_is_used() -> None:
    text = ("rules:\n  - avoid: [Web site, web site]\n    prefer: website\n"
            "  - avoid: WEB SITE\n    prefer: site\n")
    rules, problems = parse_rules(text, "t")
    assert rules[0].forms == ("Web site",)  # the same form twice in one rule is kept once
    assert problems == ["t, rule 2 (line 4): “WEB SITE” is also in rule 1; this rule is the one used."]
    assert [hit.rule.preferred for hit in find_rule_hits("Visit our web site.", rules)] == ["site"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("hello world",
         "f.yaml: this is not a rule file: it should begin with “rules:” and list the rules under it."),
        ("rules: hello", "f.yaml (line 1): “rules:” should be followed by a list."),
        ("rules:\n  - avoid: a: b\n",
         "f.yaml (line 2): the file does not read (mapping values are not allowed here). "
         "A value that holds “: ” or “ #”, or begins with a quote mark, needs quotes around it."),
        ("rules:\n\t- avoid: x\n",
         "f.yaml (line 2): the file does not read (found character '\\t' that cannot start any token). "
         "Indent with spaces, not tabs."),
        ("\x00\x01\x02", "f.yaml: the file does not read: it is not a text file."),
        ("[" * 50_000, "f.yaml: the file does not read (it is nested too deeply to be a rule file)."),
    ],
)
def test_a_file_that_is_not_a_rule_file_gives_one_problem_and_no_rules(text: str, problem: str) -> None:
    assert parse_rules(text, "f.yaml") == ([], [problem])


def test_an_empty_file_or_an_empty_list_is_no_rules_and_no_problem() -> None:
    assert parse_rules("", "t") == ([], [])
    assert parse_rules("# only a comment\n", "t") == ([], [])
    assert parse_rules("rules:\n", "t") == ([], [])
    assert parse_rules("rules: []\n", "t") == ([], [])


def test_a_bare_list_of_rules_is_forgiven() -> None:
    rules, problems = parse_rules("- avoid: utilize\n  prefer: use\n", "t")
    assert (rules, problems) == ([Rule(("utilize",), "use", "")], [])


def test_a_huge_file_is_refused_before_it_is_read() -> None:
    text = "rules:\n" + "  - avoid: x\n" * (MAX_RULE_FILE_BYTES // 12)
    rules, problems = parse_rules(text, "big.yaml")
    assert rules == []
    assert problems == ["big.yaml: the file is larger than 1 MB. A rule file is a list of words and phrases; "
                        "check that this is the right file."]


def test_the_example_in_the_documentation_reads() -> None:
    page = (ROOT / "docs" / "check-rules.md").read_text("utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", page, re.DOTALL)
    assert examples
    rules, problems = parse_rules(examples[0], "docs")
    assert problems == []
    assert len(rules) == 5


# --- bundled rules ---------------------------------------------------------------


@pytest.mark.parametrize(("kind", "low", "high"), [("inclusive", 40, 70), ("style", 15, 30)])
def test_the_bundled_files_read_without_a_problem(kind: str, low: int, high: int) -> None:
    rules, problems = parse_rules(_bundled_text(kind), f"{kind}.yaml")
    assert problems == []
    assert low <= len(rules) <= high
    assert tuple(rules) == bundled_rules(kind)
    assert bundled_rules(kind) is bundled_rules(kind)  # read once
    for rule in rules:
        assert rule.reason.endswith("."), rule
        assert not rule.match_case, rule


def test_no_form_is_in_both_bundled_files() -> None:
    def keys(kind: str) -> set[str]:
        return {form.lower() for rule in bundled_rules(kind) for form in rule.forms}

    assert keys("inclusive") & keys("style") == set()


def test_every_bundled_fix_is_a_single_preferred_form() -> None:
    for rule in bundled_rules("inclusive"):
        if rule.fix:
            assert len(rule.preferred_forms) == 1, rule


def test_an_unknown_kind_of_rules_is_an_error() -> None:
    with pytest.raises(ValueError, match="the kinds are inclusive, style"):
        bundled_rules("tone")


# --- matching --------------------------------------------------------------------

COP = Rule(("cop",), "police officer", "House style.")
COPS = Rule(("cops",), "police officers", "House style.")
IN_ORDER_TO = Rule(("in order to",), "to", "Shorter.")
COUNCIL = Rule(("city council",), "City Council", "Our name.", match_case=True)
DONT = Rule(("don't",), "do not", "Formal.")


def _hits(text: str, *rules: Rule) -> list[tuple[str, int, int]]:
    return [(hit.text, hit.start, hit.end) for hit in find_rule_hits(text, rules)]


def test_whole_words_only_in_any_case() -> None:
    text = "Cop, cop’s and COP; not copper, cop-out, copy or a police-cop."
    assert _hits(text, COP) == [("Cop", 0, 3), ("cop", 5, 8), ("COP", 15, 18)]


def test_the_longest_form_wins_and_plurals_are_never_made_up() -> None:
    assert _hits("Cops and a cop.", COP) == [("cop", 11, 14)]
    assert _hits("Cops and a cop.", COP, COPS) == [("Cops", 0, 4), ("cop", 11, 14)]
    hit = find_rule_hits("Cops and a cop.", (COP, COPS))[0]
    assert hit == RuleHit(COPS, 0, 4, "Cops")


def test_a_phrase_matches_across_a_line_break_and_a_curly_apostrophe_matches_a_straight_one() -> None:
    text = "We met in order\nto listen. We don’t wait; we don't."
    assert _hits(text, IN_ORDER_TO, DONT) == [("in order\nto", 7, 18), ("don’t", 30, 35), ("don't", 45, 50)]


def test_a_match_case_rule_flags_only_that_capitalisation() -> None:
    text = "The city council met; the City Council voted; the CITY COUNCIL adjourned."
    assert _hits(text, COUNCIL) == [("city council", 4, 16)]


def test_a_later_rule_for_the_same_form_replaces_the_earlier_one() -> None:
    ours = Rule(("cop",), "officer", "Our style.")
    assert [hit.rule for hit in find_rule_hits("A cop.", (COP, ours))] == [ours]


def test_no_rules_no_hits() -> None:
    assert find_rule_hits("A cop.", ()) == []


def test_text_around_the_forms_is_left_alone() -> None:
    text = ('The chief said: “She told me ‘we are one community – there is no us versus them’.” '
            "EHPD and FEMA thank Officer Copeland — and Ms. Cops-Ruiz.")
    assert _hits(text, COP, COPS, IN_ORDER_TO, COUNCIL) == []


def test_the_matcher_is_built_once_per_set_of_rules() -> None:
    rules = (COP, COPS)
    assert rule_matcher(rules) is rule_matcher((COP, COPS))


def test_two_hundred_rules_on_ten_thousand_words_take_a_few_milliseconds() -> None:
    text = long_statement(10_000)
    words = sorted(set(re.findall(r"[a-z]+", text)))
    rules = tuple(Rule((f"{word}x", f"{word} and then"), "y", "r") for word in words) + tuple(
        Rule((f"zz{i}", f"zz{i} yy"), "y", "r") for i in range(200 - len(words)))
    rules += (Rule(("police department",), "police", "r"),)
    find_rule_hits(text, rules)  # compiles
    started = time.perf_counter()
    hits = find_rule_hits(text, rules)
    elapsed = time.perf_counter() - started
    assert len(hits) == text.lower().count("police department")
    assert elapsed < 0.05, elapsed  # about 5 ms here


# --- wording -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "rule", "expected"),
    [
        ("cop", COP, "police officer"),
        ("Cop", COP, "Police officer"),
        ("COP", COP, "POLICE OFFICER"),
        ("city council", COUNCIL, "City Council"),
        ("Gypsies", Rule(("gypsies",), "Roma", "r"), "Roma"),
        ("I", Rule(("i",), "we", "r"), "We"),
        ("EDP", Rule(("EDP",), "person in crisis", "r"), "person in crisis"),  # an acronym, as written
        ("EHPD", Rule(("ehpd",), "the department", "r"), "THE DEPARTMENT"),  # a heading in capitals
    ],
)
def test_the_preferred_form_takes_the_capitals_of_the_words_found(found: str, rule: Rule,
                                                                   expected: str) -> None:
    assert in_case_of(found, rule.preferred, rule) == expected


def test_the_message_quotes_the_words_and_lists_the_preferred_forms() -> None:
    rule = Rule(("illegals",), "undocumented immigrants", "Use illegal for acts", alternatives=("people x",))
    assert rule_message("illegals", rule, rule.preferred_forms, "") == (
        "“illegals”: Use illegal for acts. Prefer “undocumented immigrants” or “people x”.")
    assert rule_message("in order\n  to", IN_ORDER_TO, ("to",), "") == "“in order to”: Shorter. Prefer “to”."
    assert rule_message("sources say", Rule(("sources say",), "", ""), (), "House style.") == (
        "“sources say”: House style.")
    three = Rule(("x",), "a", "R.", alternatives=("b", "c"))
    assert rule_message("x", three, three.preferred_forms, "") == "“x”: R. Prefer “a”, “b” or “c”."


@pytest.mark.parametrize(("language", "english"), [("en", True), ("en-US", True), ("en_GB", True),
                                                   ("es", False), ("", False)])
def test_which_languages_are_english(language: str, english: bool) -> None:
    assert is_english(language) is english
