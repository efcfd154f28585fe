"""Readability: the statement's reading grade against the target, and sentences over the limit."""

from __future__ import annotations

from typing import Any

import pytest
import textstat

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.readability import check_grade, check_long_sentences, report, warm_up
from drafter.core.checks.settings import CheckSettings

PLAIN = ("Last night, two of our officers were hurt while helping a family on Elm Street. Both are in the "
         "hospital. One is doing well. The other is still fighting for his life. Please keep them and their "
         "families in your thoughts. We will share more as soon as we can.")

# Two sentences of 49 and 44 words, long words throughout.
BUREAUCRATIC = (
    "Pursuant to the municipal ordinance governing the administration of public safety resources, the "
    "Department of Public Works, in coordination with the Office of Emergency Management and the appropriate "
    "regulatory authorities, will be implementing comprehensive infrastructure modifications intended to "
    "facilitate the prioritization of emergency vehicle accessibility throughout the designated corridors. "
    "Residents experiencing operational difficulties associated with these modifications are encouraged to "
    "communicate their concerns to the administrative personnel responsible for the coordination of "
    "community engagement initiatives, who will evaluate each submission in accordance with established "
    "procedures and respond within a reasonable period of time.")

# Three sentences, 41 words, about grade 13.
DENSE = ("The department will review its procedures for responding to calls involving a mental health "
         "crisis. An independent investigator, appointed by the Town Council, will examine the circumstances "
         "of the incident and recommend improvements to training. The investigator's conclusions will be "
         "published.")


def _draft(text: str, **settings: Any) -> Draft:
    return Draft(text=text, settings=CheckSettings(**settings))


def _all(draft: Draft) -> list[Finding]:
    return [*check_grade(draft), *check_long_sentences(draft)]


def test_a_plain_statement_scores_under_the_target_and_gives_no_finding() -> None:
    draft = _draft(PLAIN)
    scores = report(draft)
    assert scores.grade is not None and scores.grade < 9
    assert scores.reading_ease is not None and scores.reading_ease > 70
    assert (scores.words, scores.sentences) == (50, 6)
    assert _all(draft) == []


def test_a_bureaucratic_paragraph_is_flagged_for_its_grade_and_its_long_sentences() -> None:
    draft = _draft(BUREAUCRATIC)
    grade = textstat.flesch_kincaid_grade(BUREAUCRATIC)
    ease = textstat.flesch_reading_ease(BUREAUCRATIC)
    assert grade > 20
    (readability,) = check_grade(draft)
    assert (readability.check, readability.severity) == ("readability", Severity.ADVICE)
    assert (readability.start, readability.end) == (0, len(BUREAUCRATIC))
    assert readability.message == (
        f"Reading grade {grade:.1f} (Flesch reading ease {round(ease)}): the target is grade 9. "
        "Shorter sentences and plainer words bring it down.")
    first, second = check_long_sentences(draft)
    assert (first.check, first.severity) == ("long-sentences", Severity.ADVICE)
    assert first.text == BUREAUCRATIC[:BUREAUCRATIC.index("corridors.") + len("corridors.")]
    assert first.message == "This sentence has 49 words; the limit is 30. Split it in two."
    assert second.text.startswith("Residents experiencing") and second.text.endswith("period of time.")
    assert second.message == "This sentence has 44 words; the limit is 30. Split it in two."


def test_the_report_matches_textstat_on_the_same_text() -> None:
    scores = report(_draft(BUREAUCRATIC)).statement
    assert scores.reading_ease == textstat.flesch_reading_ease(BUREAUCRATIC)
    assert scores.grade == textstat.flesch_kincaid_grade(BUREAUCRATIC)
    assert (scores.start, scores.end, scores.words, scores.sentences) == (0, len(BUREAUCRATIC), 93, 2)


def test_the_statement_is_scored_on_its_paragraphs_and_list_items_not_its_headings() -> None:
    text = (f"# Statement on the Investigation of Procedural Irregularities\n\n{PLAIN}\n\n"
            "- residents can call the non-emergency line\n- officers will visit every block\n\n"
            f"## Next steps\n\n{DENSE}\n")
    draft = _draft(text)
    scores = report(draft)
    items = ["residents can call the non-emergency line.", "officers will visit every block."]
    scored = " ".join([PLAIN, *items, DENSE])
    assert scores.reading_ease == pytest.approx(textstat.flesch_reading_ease(scored), abs=1e-9)
    assert scores.grade == pytest.approx(textstat.flesch_kincaid_grade(scored), abs=1e-9)
    assert (scores.words, scores.sentences) == (50 + 6 + 5 + 41, 6 + 1 + 1 + 3)
    assert (scores.statement.start, scores.statement.end) == (text.index("Last night"), len(text) - 1)
    # Per paragraph: the paragraphs only, each with its offsets, scored by textstat alone.
    assert [(p.start, p.end, p.words, p.sentences) for p in scores.paragraphs] == [
        (text.index(PLAIN), text.index(PLAIN) + len(PLAIN), 50, 6),
        (text.index(DENSE), text.index(DENSE) + len(DENSE), 41, 3),
    ]
    dense = scores.paragraphs[1]
    assert (dense.reading_ease, dense.grade) == (textstat.flesch_reading_ease(DENSE),
                                                 textstat.flesch_kincaid_grade(DENSE))


def test_a_paragraph_two_grades_over_the_target_is_named_though_the_statement_is_fine() -> None:
    text = "\n\n".join([PLAIN, PLAIN.replace("Elm", "Oak"), DENSE, PLAIN.replace("Elm", "Pine")])
    draft = _draft(text)
    statement_grade = report(draft).grade
    assert statement_grade is not None and statement_grade < 9
    (finding,) = check_grade(draft)
    start = text.index(DENSE)
    assert (finding.start, finding.end, finding.text) == (start, start + len(DENSE), DENSE)
    assert finding.message == (f"This paragraph reads at grade {textstat.flesch_kincaid_grade(DENSE):.1f}; "
                               "the target is grade 9. Shorter sentences and plainer words bring it down.")


def test_a_first_paragraph_over_the_target_joins_the_statements_finding() -> None:
    text = f"{DENSE}\n\n{PLAIN}"
    draft = _draft(text, target_grade=4.0)
    grade, ease = report(draft).grade, report(draft).reading_ease
    assert grade is not None and ease is not None and grade > 4
    (finding,) = check_grade(draft)
    assert (finding.start, finding.end) == (0, len(DENSE))
    assert finding.message == (
        f"Reading grade {grade:.1f} (Flesch reading ease {round(ease)}): the target is grade 4. "
        f"This paragraph alone reads at grade {textstat.flesch_kincaid_grade(DENSE):.1f}. "
        "Shorter sentences and plainer words bring it down.")


def test_a_short_paragraph_is_not_named_on_its_own() -> None:
    short = "Procedural modifications necessitate comprehensive organizational reconsideration."
    text = "\n\n".join([PLAIN, PLAIN, short, PLAIN])
    draft = _draft(text)
    assert textstat.flesch_kincaid_grade(short) > 11
    assert list(check_grade(draft)) == []


def test_the_organisations_target_and_limit_are_used() -> None:
    assert _all(_draft(BUREAUCRATIC, target_grade=35.0, max_sentence_words=50)) == []
    findings = list(check_long_sentences(_draft(PLAIN, max_sentence_words=13)))
    assert [(f.text, f.message) for f in findings] == [
        ("Last night, two of our officers were hurt while helping a family on Elm Street.",
         "This sentence has 15 words; the limit is 13. Split it in two."),
    ]


def test_sentence_lengths_count_words_as_a_reader_does() -> None:
    text = ("Chief Bell and I will be at the community meeting on **Thursday, June 12, at 7 p.m.** in the "
            "council chamber of Town Hall, and we want to hear from you.")
    (finding,) = check_long_sentences(_draft(text))
    assert (finding.start, finding.end, finding.text) == (0, len(text), text)
    assert finding.message == "This sentence has 31 words; the limit is 30. Split it in two."
    thirty = text.replace("Chief Bell and I", "Chief Bell and")  # one word fewer: at the limit, fine
    assert list(check_long_sentences(_draft(thirty))) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We are one community – there is no us versus them.", 10),  # a dash is not a word
        ('The chief said: “She told me ‘we are here’ and meant it.”', 12),
        ("EHPD and FEMA staff opened the de-escalation center at 9 a.m. today.", 12),
        ("Mayor Elena Ruiz thanked Officer Daniel Price’s family — again.", 9),
    ],
)
def test_dashes_quotes_acronyms_and_names_are_counted_right(text: str, words: int) -> None:
    assert list(check_long_sentences(_draft(text, max_sentence_words=words))) == []
    (finding,) = check_long_sentences(_draft(text, max_sentence_words=words - 1))
    assert finding.message == f"This sentence has {words} words; the limit is {words - 1}. Split it in two."


def test_a_long_heading_is_left_alone() -> None:
    heading = "# " + " ".join(["Statement"] * 35)
    assert _all(_draft(f"{heading}\n\n{PLAIN}")) == []


@pytest.mark.parametrize("text", ["", "   \n\n", "# Only a heading\n", "```\ncode only\n```\n", "— … —"])
def test_a_statement_without_prose_has_no_scores_and_no_finding(text: str) -> None:
    scores = report(_draft(text))
    assert (scores.reading_ease, scores.grade) == (None, None)
    assert all(p.grade is None for p in scores.paragraphs)
    assert _all(_draft(text)) == []


def test_other_languages_get_no_grade_but_long_sentences_are_still_found() -> None:
    text = ("El Ayuntamiento, en coordinación con la Oficina de Gestión de Emergencias y las autoridades "
            "competentes, llevará a cabo modificaciones integrales de la infraestructura destinadas a "
            "facilitar la priorización del acceso de los vehículos de emergencia en los corredores "
            "designados.")
    draft = Draft(text=text, language="es")
    scores = report(draft)
    assert (scores.grade, scores.reading_ease, scores.words) == (None, None, 39)
    assert list(check_grade(draft)) == []
    assert [f.message for f in check_long_sentences(draft)] == [
        "This sentence has 39 words; the limit is 30. Split it in two."]


def test_warm_up_loads_the_dictionary_and_changes_no_score() -> None:
    before = report(_draft(PLAIN)).grade
    warm_up()
    assert report(_draft(PLAIN)).grade == before
