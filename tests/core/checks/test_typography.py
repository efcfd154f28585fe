"""Typography: repeated words, doubled punctuation, unbalanced marks, mixed quotation marks."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.typography import (
    MAX_STYLE_FINDINGS,
    doubled_punctuation,
    mixed_quotes,
    repeated_words,
    unbalanced,
)

CheckFn = Callable[[Draft], Iterable[Finding]]
ALL_CHECKS: tuple[CheckFn, ...] = (repeated_words, doubled_punctuation, unbalanced, mixed_quotes)


def run(check: CheckFn, text: str) -> list[Finding]:
    return list(check(Draft(text=text)))


def spans(check: CheckFn, text: str) -> list[tuple[str, str | None]]:
    """What a check found, as (the text found, the fix)."""
    return [(finding.text, finding.fix) for finding in run(check, text)]


# Passages that none of the four checks may report.
CLEAN_PASSAGES = [
    "We are one community – there is no us versus them.",
    "we are one community – there is no us versus them",
    "The town met on June 10–12, and the council — all seven members — voted.",
    "“When Officer Price said ‘we will be there,’ he meant it,” Chief Bell said.",
    "The East Harbor Police Department (EHPD) worked with FEMA and the U.S. Coast Guard.",
    "Mayor Elena Ruiz thanked Sgt. Ana Lopez and Det. Marcus Bell at 7 p.m. on Thursday.",
    "The mayor’s office thanked the officers’ families; in the ’90s the town had two officers.",
    "The storm brought 3.5 inches of rain… and then it stopped... for now.",
    "Read more at https://www.eastharbor.example.gov/news..2025 or write to us.",
    "Our quote: “We stand together.”\n\n## Next steps\n\nThe meeting is at Town Hall.",
]


@pytest.mark.parametrize("text", CLEAN_PASSAGES)
@pytest.mark.parametrize("check", ALL_CHECKS)
def test_ordinary_statements_give_no_finding(check: CheckFn, text: str) -> None:
    assert run(check, text) == []


# ---------------------------------------------------------------- repeated words


def test_repeated_word_is_found_with_the_single_word_as_fix() -> None:
    text = "Officers responded to the the call at 9 p.m."
    [finding] = run(repeated_words, text)
    assert (finding.check, finding.severity) == ("repeated-words", Severity.WARNING)
    assert (finding.start, finding.end, finding.text, finding.fix) == (22, 29, "the the", "the")
    assert finding.message == "The word “the” is written twice in a row. Delete one of them."


def test_repeated_words_ignore_case_keep_the_first_case_and_cross_line_breaks() -> None:
    text = "The the town is is safe, and the\nthe officers are home."
    assert spans(repeated_words, text) == [("The the", "The"), ("is is", "is"), ("the\nthe", "the")]


def test_repeated_word_across_a_quotation_line_is_found_without_a_fix() -> None:
    assert spans(repeated_words, "> We will stand with the\n> the families.") == [("the\n> the", None)]


@pytest.mark.parametrize("text", [
    "By noon she had had enough of the rumors.",
    "He said that that decision was final.",
    "The chief gave her her badge at the ceremony.",
    "We are very very proud of our officers.",
    "No. No. That is not what happened.",
    "Officers patrolled the area; the area is safe.",
    "The trip to Walla Walla was postponed.",
    "Call 555 555 0199 for help.",
    "The meeting ends at the\n\nThe next meeting is on Tuesday.",
    "We are *very* very grateful.",
])
def test_legitimate_doubles_are_left_alone(text: str) -> None:
    assert run(repeated_words, text) == []


# ---------------------------------------------------------------- doubled punctuation


@pytest.mark.parametrize(("text", "found", "fix"), [
    ("The mayor,, the chief and the council met.", ",,", ","),
    ("Three roads are closed;; use Main Street.", ";;", ";"),
    ("Closed roads:: Main Street and Elm Street.", "::", ":"),
    ("The meeting is on Thursday.. Everyone is welcome.", "..", "."),
    ("Stay safe!! Drink water.", "!!", "!"),
    ("Who was there?? We do not know yet.", "??", "?"),
    ("The road is closed,. Use Elm Street.", ",.", "."),
    ("The road is closed , use Elm Street.", " ,", ","),
    ("The road is closed . Use Elm Street.", " .", "."),
    ("Closed roads : Main Street.", " :", ":"),
    ("Are you safe ? Call us.", " ?", "?"),
    ("**Closed roads** , see the list.", " ,", ","),
    ("The suspect fled to the U.S.. Officers followed.", "..", "."),
])
def test_doubled_punctuation_is_found_with_its_fix(text: str, found: str, fix: str) -> None:
    [finding] = run(doubled_punctuation, text)
    assert (finding.check, finding.severity) == ("punctuation", Severity.WARNING)
    assert (finding.text, finding.fix) == (found, fix)
    assert text[finding.start:finding.end] == found


def test_a_full_stop_and_a_comma_offer_both_without_a_fix() -> None:
    [finding] = run(doubled_punctuation, "The road is closed., so use Elm Street.")
    assert (finding.text, finding.fix, finding.suggestions) == (".,", None, (",", "."))
    assert finding.message == "“.,”: a full stop and a comma together. Keep the one the sentence needs."


@pytest.mark.parametrize("text", [
    "We waited... and waited. Then… the call came.",
    "We waited . . . and then the call came.",
    "Can you believe it?! Neither can we.",
    "The storm brought 3.5 inches of rain and .5 inches of hail.",
    "Officers in the U.S., Canada and Mexico train together.",
    "The meeting starts at 7 p.m., in the council chamber.",
    "The form is a .pdf file.",
    "See `a,,b` in the export.",
    "Visit www.eastharbor.example.gov. Then call us.",
    "The ratio is 3:1 and the time is 10:30.",
    "Thank you :) See you there.",
    "An indented line\n  , a comma that starts a line is not a space before it.",
])
def test_correct_punctuation_is_left_alone(text: str) -> None:
    assert run(doubled_punctuation, text) == []


# ---------------------------------------------------------------- balance


def test_unclosed_parenthesis_is_reported_on_itself() -> None:
    text = "The East Harbor Police Department (EHPD will hold a briefing."
    [finding] = run(unbalanced, text)
    assert (finding.check, finding.severity, finding.fix) == ("balance", Severity.WARNING, None)
    assert (finding.start, finding.end, finding.text) == (34, 35, "(")
    assert finding.message == ("This opening parenthesis “(” is not closed in its paragraph. "
                               "Add the closing “)”, or remove this one.")


def test_lone_closing_marks_are_reported() -> None:
    text = "The department EHPD) and the fire service] met."
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(19, ")"), (41, "]")]


def test_parentheses_pair_within_a_paragraph_only() -> None:
    text = "The shelter (at the library\n\nand Town Hall) is open."
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(12, "("), (42, ")")]


def test_unclosed_curly_quotation_is_reported_on_its_opening_mark() -> None:
    text = "“We will not be divided, the mayor said.\n\nThe council met on Tuesday."
    [finding] = run(unbalanced, text)
    assert (finding.start, finding.end, finding.text) == (0, 1, "“")
    assert finding.message.startswith("This quotation is never closed")


def test_lone_closing_quotation_mark_is_reported() -> None:
    text = "We will not be divided,” the mayor said."
    [finding] = run(unbalanced, text)
    assert (finding.start, finding.text) == (23, "”")
    assert finding.message.startswith("This closing quotation mark has no opening mark")


def test_unclosed_straight_quotation_is_reported() -> None:
    text = 'Chief Bell said "we are here for you. Call us any time.'
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(16, '"')]


def test_a_second_opening_before_a_close_reports_the_first() -> None:
    text = "“We are ready, the chief said. “We are here.”"
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(0, "“")]


def test_opening_single_quote_without_closing_is_reported() -> None:
    text = "“He told us ‘stay inside and we did,” the resident said."
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(12, "‘")]


def test_quotation_over_several_paragraphs_in_press_style_is_fine() -> None:
    text = (
        "“We grieve with the Price family.\n\n"
        "“We stand with the officers of Riverton.\n\n"
        "“And we will be at the meeting on Thursday,” Mayor Ruiz said."
    )
    assert run(unbalanced, text) == []


def test_quotation_in_a_block_quote_over_paragraphs_is_fine() -> None:
    text = '> "No one should ride out this heat alone.\n>\n> Check on your neighbors."\n>\n> — Elena Ruiz'
    assert run(unbalanced, text) == []


def test_a_quotation_that_does_not_go_on_is_reported_even_before_another_quote() -> None:
    text = "“We grieve with the family.\n\nThe chief said “thank you” to the town."
    assert [(f.start, f.text) for f in run(unbalanced, text)] == [(0, "“")]


@pytest.mark.parametrize("text", [
    "The mayor’s office, the officers’ union and the ’90s archive are closed.",
    "“When he said ‘we will be there,’ he meant it,” Chief Bell said.",
    "The suspect is 6'2\" tall and wore a 12\" chain.",
    'She said "Route 9" is closed.',
    "Two steps: a) lock your doors, b) call us.",
    "Thank you all :) See you on Thursday.",
    "The suspect [sic] was “not from here” (officers said).",
    "[Insert the time] at Town Hall.",
    "Rock ‘n’ roll night is cancelled.",
])
def test_balanced_marks_and_apostrophes_are_left_alone(text: str) -> None:
    assert run(unbalanced, text) == []


# ---------------------------------------------------------------- quote style


def test_straight_marks_in_a_curly_statement_are_converted_to_curly() -> None:
    text = "“We are ready,” the chief said. The mayor’s office said \"thank you\" to all."
    found = run(mixed_quotes, text)
    assert [(f.start, f.text, f.fix) for f in found] == [(56, '"', "“"), (66, '"', "”")]
    assert {(f.check, f.severity) for f in found} == {("quote-style", Severity.ADVICE)}
    assert found[0].message == ("Most quotation marks and apostrophes in this statement are curly (“ ” ’); "
                                "this one is straight. Use one style throughout.")


def test_curly_marks_in_a_straight_statement_are_converted_to_straight() -> None:
    text = "\"We are ready,\" the chief said. \"We're here.\" The mayor’s office agreed."
    assert [(f.text, f.fix) for f in run(mixed_quotes, text)] == [("’", "'")]


def test_straight_apostrophes_and_single_quotes_get_the_right_curly_mark() -> None:
    text = "“In the '90s,” she said, “'Stop,' they told us. Don't.”"
    assert [(f.text, f.fix) for f in run(mixed_quotes, text)] == [
        ("'", "’"), ("'", "‘"), ("'", "’"), ("'", "’"),
    ]


def test_mixed_quotes_reports_at_most_twenty_marks() -> None:
    text = "“We are ready,” the chief said. " + "It's " * 30 + "“Done.” “Here.” “Now.” “Go.” “Fine.”" * 8
    assert len(run(mixed_quotes, text)) == MAX_STYLE_FINDINGS


@pytest.mark.parametrize("text", [
    "“We are ready,” the chief said. The mayor’s office agreed.",
    "\"We are ready,\" the chief said. The mayor's office agreed.",
    "“We are ready,” the chief said. The suspect is 6'2\" tall.",
    "“We are ready,” the chief said. Run `export NAME=\"x\"` first.",
])
def test_one_style_and_measures_are_left_alone(text: str) -> None:
    assert run(mixed_quotes, text) == []
