"""Checking words and statements against the real dictionaries."""

from __future__ import annotations

import pytest

from drafter.core.spelling import CheckContext, Misspelling, SpellingService, UnknownLanguageError
from drafter.core.spelling.dictionaries import civic_words, load_base_words

STATEMENT = """# Statement from Mayor Haverford on Friday's shooting

On Friday evening, officers of the East Harbor Police Department (EHPD) responded to
reports of gunfire near the harbor. The mayor’s office is working with the
department and with councilmember Quintanilla, and we will recieve updates from the chief
throughout the night.

Contact press@eastharbor.gov or visit https://eastharbor.gov/updates for the latest.
Field `speaker_title` stays as {{ speaker_title }} until it is filled in.
"""


def test_a_misspelling_in_a_real_statement_is_found_where_it_is(english: SpellingService) -> None:
    found = english.unknown_words(STATEMENT)
    assert [m.word for m in found] == ["Haverford", "Quintanilla", "recieve"]
    recieve = found[-1]
    start = STATEMENT.index("recieve")
    assert recieve == Misspelling("recieve", start, start + 7, 5, 60)
    assert STATEMENT.splitlines()[4][59:66] == "recieve"


def test_organisation_words_count_at_once(english: SpellingService) -> None:
    english.add_words(["Haverford", "Quintanilla"])
    assert [m.word for m in english.unknown_words(STATEMENT)] == ["recieve"]
    english.remove_word("Quintanilla")
    assert [m.word for m in english.unknown_words(STATEMENT)] == ["Quintanilla", "recieve"]


def test_case_rules(english: SpellingService) -> None:
    english.add_words(["Haverford"])
    assert english.is_correct("mayor") and english.is_correct("Mayor") and english.is_correct("MAYOR")
    assert not english.is_correct("mAYOR")
    assert english.is_correct("Haverford") and english.is_correct("HAVERFORD")
    assert not english.is_correct("haverford")


def test_apostrophes_and_possessives(english: SpellingService) -> None:
    assert english.is_correct("mayor’s") and english.is_correct("mayor's")
    assert english.is_correct("councilmember’s")  # the possessive of a civic word
    assert english.is_correct("don’t")
    english.add_words(["Haverford"])
    assert english.is_correct("Haverford’s")
    assert not english.is_correct("mayro's")


def test_hyphenated_words_are_checked_part_by_part(english: SpellingService) -> None:
    assert english.is_correct("police-community")
    assert not english.is_correct("police-comunity")
    found = english.unknown_words("A police-comunity meeting.")
    assert [(m.word, m.column) for m in found] == [("comunity", 10)]


def test_acronyms_are_flagged_only_when_asked(english: SpellingService) -> None:
    text = "The EHPD responded."
    assert english.unknown_words(text) == []
    assert [m.word for m in english.unknown_words(text, skip_all_caps=False)] == ["EHPD"]
    context = CheckContext.of(skip_all_caps=False)
    assert [m.word for m in english.unknown_words(text, context=context)] == ["EHPD"]


def test_skipped_markdown_is_not_flagged(english: SpellingService) -> None:
    text = "Use `drafter chek`, see https://x.org/mispeled, {{ speker }}, 3rd, B2B.\n\n```\nwrongg\n```\n"
    assert english.unknown_words(text) == []


def test_civic_words_are_accepted(english: SpellingService) -> None:
    for word in ("councilmember", "Councilmembers", "selectboard", "alderperson", "proclamation",
                 "ordinance", "selectman", "de-escalation", "Juneteenth"):
        assert english.is_correct(word), word
    assert not english.is_correct("juneteenth")  # a proper noun keeps its capital


def test_the_civic_list_only_holds_words_the_base_list_lacks() -> None:
    for language in ("en", "es"):
        base = load_base_words(language)
        civic = civic_words(language)
        assert len(civic) >= 40
        assert not [word for word in civic if word.lower() in base]


def test_a_per_statement_ignore_list(english: SpellingService) -> None:
    text = "Chief Okonkwo thanked Okonkwo's team."
    assert [m.word for m in english.unknown_words(text)] == ["Okonkwo", "Okonkwo's"]
    assert english.unknown_words(text, ignored=["okonkwo", "Okonkwo’s"]) == []
    assert english.unknown_words(text, context=CheckContext.of(["Okonkwo", "Okonkwo's"])) == []
    assert len(english.unknown_words(text)) == 2  # the ignore list was for that check only


def test_spanish_is_checked_as_spanish(english: SpellingService, spanish: SpellingService) -> None:
    sentence = "La comunidad agradece el apoyo de los vecinos"
    assert spanish.unknown_words(sentence) == []
    assert len(english.unknown_words(sentence)) >= 3
    assert spanish.unknown_words(
        "Estamos trabajando con las autoridades y los agentes; manténgase informado. "
        "Hubo dos heridos, que están hospitalizados. Comuníquese con la alcaldía."
    ) == []
    assert [m.word for m in spanish.unknown_words("Los vecinso de la comunidda")] == ["vecinso", "comunidda"]


def test_spanish_suggestions(spanish: SpellingService) -> None:
    assert spanish.suggest("comunidda")[0] == "comunidad"
    assert spanish.suggest("Polisia")[0] == "Policía"


def test_an_unknown_language_says_so() -> None:
    with pytest.raises(UnknownLanguageError, match="choose one of en, es"):
        SpellingService.load("xx")
