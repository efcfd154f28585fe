"""The names and titles checks: one name spelt two ways, one person given two titles."""

from __future__ import annotations

import pytest

from drafter.core.checks import names
from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.spelling import SpellingService


@pytest.fixture(scope="module")
def english() -> SpellingService:
    return SpellingService.load("en")


def name_findings(text: str, *, known: set[str] | None = None,
                  spelling: SpellingService | None = None) -> list[Finding]:
    draft = Draft(text=text, known_names=frozenset(known or ()), spelling=spelling)
    return list(names.check_names(draft))


def title_findings(text: str, language: str = "en") -> list[Finding]:
    return list(names.check_titles(Draft(text=text, language=language)))


def spans(findings: list[Finding]) -> list[tuple[str, str | None]]:
    """(text, the fix or else the first suggestion) of each finding."""
    return [(f.text, f.fix if f.fix is not None else (f.suggestions[0] if f.suggestions else None))
            for f in findings]


# -- names written two ways

BURNSIDE = ("Crews closed Burnside Avenue overnight after the crash. Traffic on Burnside Avenue "
            "will resume at noon, and the detour through Burnsides Avenue ends then.")
PRICE = ("Officer Daniel Price died of his wounds this morning. We will remember Officer Daniel Pryce "
         "for his kindness.")
RUIZ = "Mayor Elena Ruiz met the families. Elena Ruis thanked the officers who answered the call."


@pytest.mark.parametrize("with_spelling", [False, True])
def test_a_street_written_two_ways(with_spelling: bool, english: SpellingService) -> None:
    found = name_findings(BURNSIDE, spelling=english if with_spelling else None)
    assert spans(found) == [("Burnsides", "Burnside")]
    [finding] = found
    assert finding.check == "names"
    assert finding.severity is Severity.WARNING
    assert BURNSIDE[finding.start:finding.end] == "Burnsides"
    assert finding.message == ("“Burnsides” here, “Burnside” elsewhere in the statement: one name "
                               "written two ways? Use one spelling.")


@pytest.mark.parametrize("with_spelling", [False, True])
def test_an_officer_written_two_ways(with_spelling: bool, english: SpellingService) -> None:
    found = name_findings(PRICE, spelling=english if with_spelling else None)
    assert spans(found) == [("Pryce", "Price")]


def test_a_person_written_two_ways(english: SpellingService) -> None:
    assert spans(name_findings(RUIZ)) == [("Ruis", "Ruiz")]
    assert spans(name_findings(RUIZ, spelling=english)) == [("Ruis", "Ruiz")]


def test_the_rarer_form_is_reported() -> None:
    text = ("Elena Ruis opened the meeting. Residents thanked Elena Ruiz, and Elena Ruiz answered "
            "every question.")
    assert spans(name_findings(text)) == [("Ruis", "Ruiz")]


def test_a_possessive_is_reported_without_its_ending() -> None:
    text = "Elena Ruiz spoke first. Elena Ruis’s office will publish the list."
    [finding] = name_findings(text)
    assert (finding.text, finding.fix) == ("Ruis", "Ruiz")
    assert text[finding.end:finding.end + 2] == "’s"


def test_the_known_spelling_wins_even_when_rarer() -> None:
    text = ("Elena Ruis opened the meeting. Residents thanked Elena Ruis, and Elena Ruiz answered "
            "every question.")
    found = name_findings(text, known={"Ruiz", "Burnside"})
    assert spans(found) == [("Ruis", "Ruiz"), ("Ruis", "Ruiz")]
    assert found[0].message == ("“Ruis” is close to “Ruiz”, as the organisation's dictionary spells it: "
                                "check the name.")


def test_a_name_close_to_a_known_one_is_reported_when_the_known_one_is_absent(
        english: SpellingService) -> None:
    text = "The mayor met the families. Later, Ruis thanked the officers."
    assert spans(name_findings(text, known={"Ruiz"})) == [("Ruis", "Ruiz")]
    assert spans(name_findings(text, known={"Ruiz"}, spelling=english)) == [("Ruis", "Ruiz")]


def test_a_word_close_to_a_known_name_is_left_alone_when_it_is_a_word_or_a_name(
        english: SpellingService) -> None:
    text = "The Belt Parkway is closed. Chief Bella Moreno and Chief Bell will speak."
    assert name_findings(text, known={"Bell", "Bella"}, spelling=english) == []
    assert name_findings("Traffic on the Belt Parkway is slow.", known={"Bell"}, spelling=english) == []


def test_a_misspelt_name_at_the_start_of_a_sentence_is_found_with_the_dictionaries(
        english: SpellingService) -> None:
    text = "The mayor met the families. Ruis thanked the officers."
    assert name_findings(text, known={"Ruiz"}) == []  # any word has a capital there
    assert spans(name_findings(text, known={"Ruiz"}, spelling=english)) == [("Ruis", "Ruiz")]


def test_every_place_of_the_misspelling_is_reported() -> None:
    text = "Elena Ruiz spoke. Elena Ruis answered, and Elena Ruiz thanked Elena Ruis. Elena Ruiz left."
    found = name_findings(text)
    assert spans(found) == [("Ruis", "Ruiz"), ("Ruis", "Ruiz")]
    assert [text[f.start - 6:f.start] for f in found] == ["Elena ", "Elena "]


@pytest.mark.parametrize("text", [
    # two people: nothing around them in common
    "Chief Bell met Bella Moreno at the library.",
    "Officer Mark Lee and Officer Marc Diaz answered the call.",
    # plurals and possessives of one name
    "Officer Price served ten years. The Prices’ home was full of flowers; Price's partner spoke.",
    "We thank the Prices for their courage. Officer Price was loved.",
    # two ordinary words
    "Traffic moves on Main Street but not on Man Street.",
    # acronyms
    "The EHPD and the EHFD answered the call with FEMA.",
    # titles and their plurals
    "Officer Price and Officers Lee and Diaz answered the call.",
    # a quote inside a quote, an en dash
    "Chief Bell said: “A resident told me, ‘Thank you, Officer Price,’ and I will not forget it.”",
    "We are one community – there is no us versus them.",
    # title case in a heading
    "## Our Police Department\n\nThe police department serves every resident.",
])
def test_left_alone(text: str, english: SpellingService) -> None:
    assert name_findings(text) == []
    assert name_findings(text, spelling=english) == []


def test_words_only_at_the_start_of_sentences_are_not_names() -> None:
    assert name_findings("These officers serve us. There is no doubt. These streets are safe.") == []


def test_names_in_code_and_links_are_not_read() -> None:
    text = "Elena Ruiz spoke. See `Elena Ruis` and [the page](https://example.org/Elena-Ruis)."
    assert name_findings(text) == []


def test_long_names_two_letters_apart() -> None:
    text = "Councilmember Anna Haverford spoke. Later Anna Havrefort answered questions."
    assert spans(name_findings(text)) == [("Havrefort", "Haverford")]


# -- titles


def test_one_person_given_two_titles() -> None:
    text = "Mayor Ruiz met the families this morning. Ms. Ruiz said the town stands with them."
    [finding] = title_findings(text)
    assert finding.check == "titles"
    assert finding.severity is Severity.WARNING
    # Suggested, not a one-click fix: the same surname may be someone else.
    assert (finding.text, finding.fix, finding.suggestions) == ("Ms. Ruiz", None, ("Mayor Ruiz",))
    assert finding.message == ("“Ms. Ruiz” here, “Mayor Ruiz” earlier: use one title for one person "
                               "(if they are the same person).")


def test_each_later_title_is_reported_against_the_first() -> None:
    text = ("Chief Bell thanked the officers. Officer Bell, as residents know him, grew up here. "
            "Mr. Bell will speak tonight, and Chief Bell will take questions.")
    assert spans(title_findings(text)) == [("Officer Bell", "Chief Bell"), ("Mr. Bell", "Chief Bell")]


def test_a_first_name_is_kept_in_the_suggestion() -> None:
    text = "Mayor Elena Ruiz spoke. Later, Mrs. Elena Ruiz’s office published the list."
    [finding] = title_findings(text)
    assert (finding.text, finding.suggestions) == ("Mrs. Elena Ruiz", ("Mayor Elena Ruiz",))
    assert finding.message == ("“Mrs. Elena Ruiz” here, “Mayor Ruiz” earlier: use one title for one person "
                               "(if they are the same person).")


def test_a_deputy_chief_is_not_the_chief() -> None:
    text = "Deputy Chief Ann Bell leads the unit. Chief Bell will brief the council."
    assert spans(title_findings(text)) == [("Chief Bell", "Deputy Chief Bell")]


@pytest.mark.parametrize("text", [
    # one title, with and without the first name; a surname alone
    "Mayor Elena Ruiz met the families. Mayor Ruiz said the town stands with them. Ruiz then left.",
    # two people
    "Mayor Ruiz and Chief Bell met the families. Ms. Moreno thanked Officer Price.",
    # one surname, two people
    "Officer Daniel Price died this morning. His father, Mr. Tom Price, asked for privacy.",
    # the plural is no title
    "Officer Price was the first to arrive. Officers secured the scene.",
    # abbreviations of one title
    "Lieutenant Jane Smith leads the unit. Lt. Smith and Sergeant Lee arrived; Sgt. Lee stayed.",
    "Council Member Diaz and Councilmember Diaz are one.",
    # a quote inside a quote, an en dash, acronyms
    "Chief Bell said: “A resident told me, ‘Thank you, Chief Bell,’ and the EHPD agreed.”",
    "We are one community – there is no us versus them, Mayor Ruiz said.",
])
def test_titles_left_alone(text: str) -> None:
    assert title_findings(text) == []


def test_the_rank_in_a_sign_off_or_attribution_is_left_alone() -> None:
    text = (
        "# Statement on the Attack on Police Officers\n\n"
        "Ms. Ruiz and Officer Marcus Bell met the families this morning.\n\n"
        "> “We stand with our colleagues.” — Chief Marcus Bell\n\n"
        "Mayor Elena Ruiz\nTown of East Harbor\n"
    )
    assert title_findings(text) == []


def test_a_heading_counts_as_the_first_mention() -> None:
    text = "# Statement from Mayor Elena Ruiz on the Attack\n\nMs. Ruiz spoke to the families."
    assert spans(title_findings(text)) == [("Ms. Ruiz", "Mayor Ruiz")]


def test_spanish_titles() -> None:
    text = "La alcaldesa Elena Ruiz habló con las familias. Después, la Sra. Ruiz agradeció a los agentes."
    assert spans(title_findings(text, "es")) == [("Sra. Ruiz", "alcaldesa Ruiz")]
    same = "Alcaldesa Elena Ruiz habló primero. Después, la alcaldesa Ruiz agradeció a los agentes."
    assert title_findings(same, "es") == []


def test_a_relative_of_the_same_name_is_not_another_title() -> None:
    text = ("Officer Price served East Harbor for twelve years. We extend our condolences to his wife, "
            "Sarah, and their children. Mrs. Price has asked that the family's privacy be respected.")
    assert title_findings(text) == []
