"""The organisation dictionary: words everyone's spelling check accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.errors import DrafterError
from drafter.store import DictionaryEntry, Workspace
from drafter.store.schema import WORD_MAX


def test_words_are_added_listed_and_removed_per_language(workspace: Workspace) -> None:
    assert workspace.dictionary.words("en") == []
    assert workspace.dictionary.add("councilmember", language="en", actor="ana") is True
    assert workspace.dictionary.add("  Burnside ", language="en", actor="ana") is True
    assert workspace.dictionary.add("EHPD", language="en", actor="bo") is True
    assert workspace.dictionary.add("alcaldesa", language="es", actor="bo") is True

    # Sorted exactly, case and all; each language has its own words.
    assert workspace.dictionary.words("en") == ["Burnside", "EHPD", "councilmember"]
    assert workspace.dictionary.words("es") == ["alcaldesa"]
    assert workspace.dictionary.words("fr") == []
    assert workspace.dictionary.languages() == ["en", "es"]
    [ehpd] = [e for e in workspace.dictionary.entries("en") if e.word == "EHPD"]
    assert isinstance(ehpd, DictionaryEntry)
    assert (ehpd.word, ehpd.language, ehpd.added_by) == ("EHPD", "en", "bo")
    assert ehpd.added_at.tzinfo is not None

    assert workspace.dictionary.remove("EHPD", language="en", actor="cy") is True
    assert workspace.dictionary.remove("EHPD", language="en", actor="cy") is False
    assert workspace.dictionary.remove("alcaldesa", language="en", actor="cy") is False
    assert workspace.dictionary.words("en") == ["Burnside", "councilmember"]

    events = workspace.audit.events()
    assert [(e.action, e.actor, e.details, e.statement_id) for e in events] == [
        ("dictionary_word_added", "ana", {"word": "councilmember", "language": "en"}, None),
        ("dictionary_word_added", "ana", {"word": "Burnside", "language": "en"}, None),
        ("dictionary_word_added", "bo", {"word": "EHPD", "language": "en"}, None),
        ("dictionary_word_added", "bo", {"word": "alcaldesa", "language": "es"}, None),
        ("dictionary_word_removed", "cy", {"word": "EHPD", "language": "en"}, None),
    ]
    assert workspace.audit.verify().ok


def test_adding_a_word_already_there_returns_false_and_records_nothing(
    workspace: Workspace,
) -> None:
    assert workspace.dictionary.add("Burnside", language="en", actor="ana")
    assert workspace.dictionary.add("Burnside", language="en", actor="bo") is False
    assert workspace.dictionary.add(" Burnside\n", language="EN", actor="bo") is False
    assert [e.action for e in workspace.audit.events()] == ["dictionary_word_added"]
    [entry] = workspace.dictionary.entries("en")
    assert entry.added_by == "ana"  # the first to add it


def test_words_are_kept_exactly_as_written(workspace: Workspace) -> None:
    assert workspace.dictionary.add("Burnside", language="en", actor="ana")
    assert workspace.dictionary.add("burnside", language="en", actor="ana")  # another word
    assert workspace.dictionary.add("O’Brien", language="en", actor="ana")
    assert workspace.dictionary.add("U.S.", language="en", actor="ana")
    assert workspace.dictionary.add("co-op", language="en", actor="ana")
    assert workspace.dictionary.add("rock'n'roll", language="en", actor="ana")
    assert workspace.dictionary.add("4th", language="en", actor="ana")
    assert workspace.dictionary.add("Peñalolén", language="es", actor="ana")
    # A decomposed "é" is stored composed, so it matches the same word typed either way.
    assert workspace.dictionary.add("Pen\u0303alole\u0301n", language="es", actor="ana") is False
    assert workspace.dictionary.words("en") == [
        "4th",
        "Burnside",
        "O’Brien",
        "U.S.",
        "burnside",
        "co-op",
        "rock'n'roll",
    ]
    assert workspace.dictionary.remove("Burnside", language="en", actor="ana")
    assert "burnside" in workspace.dictionary.words("en")


def test_language_tags_are_checked_and_written_in_their_usual_case(
    workspace: Workspace,
) -> None:
    assert workspace.dictionary.add("colour", language="en-gb", actor="ana")
    assert workspace.dictionary.words("en-GB") == ["colour"]
    assert workspace.dictionary.words(" EN-gb ") == ["colour"]
    assert workspace.dictionary.words("en") == []
    assert workspace.dictionary.entries("en-GB")[0].language == "en-GB"
    for bad in ("", "e", "english-uk", "en_GB", "en-", "12"):
        with pytest.raises(DrafterError, match=r"is not a language tag: use 2 to 8 letters"):
            workspace.dictionary.add("colour", language=bad, actor="ana")
        assert workspace.dictionary.words(bad) == []  # reading never fails on a tag
    assert len(workspace.audit.events()) == 1


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("", r"^A word is needed: type the word itself"),
        ("   ", r"^A word is needed"),
        ("New York", r"^“New York” is more than one word: give one word at a time"),
        ("tab\there", r"is more than one word"),
        ("a/b", r"^“a/b” cannot be a word: it has “/” in it\. Use letters, digits, apostrophes"),
        ("#hashtag", r"it has “#” in it"),
        ("...", r"^“\.\.\.” has no letters or digits"),
        ("x" * (WORD_MAX + 1), rf"^That word is {WORD_MAX + 1} characters long; keep it under"),
    ],
)
def test_what_is_not_one_word_is_refused_with_a_reason(
    workspace: Workspace, word: str, message: str
) -> None:
    with pytest.raises(DrafterError, match=message):
        workspace.dictionary.add(word, language="en", actor="ana")
    assert workspace.dictionary.words("en") == []
    assert workspace.audit.events() == []


def test_the_longest_word_fits(workspace: Workspace) -> None:
    longest = "x" * WORD_MAX
    assert workspace.dictionary.add(longest, language="en", actor="ana")
    assert workspace.dictionary.words("en") == [longest]


def test_the_person_acting_must_be_named(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="cannot be recorded as the person acting"):
        workspace.dictionary.add("Burnside", language="en", actor="  ")
    with pytest.raises(DrafterError, match="cannot be recorded as the person acting"):
        workspace.dictionary.remove("Burnside", language="en", actor="")


def test_removing_something_that_is_not_a_word_just_finds_nothing(
    workspace: Workspace,
) -> None:
    assert workspace.dictionary.remove("", language="en", actor="ana") is False
    assert workspace.dictionary.remove("New York", language="en", actor="ana") is False
    assert workspace.audit.events() == []


def test_the_dictionary_is_shared_by_everyone_using_the_workspace(db_path: Path) -> None:
    with Workspace.open(db_path) as mine, Workspace.open(db_path) as theirs:
        assert mine.dictionary.add("Burnside", language="en", actor="ana")
        assert theirs.dictionary.words("en") == ["Burnside"]
        assert theirs.dictionary.add("Burnside", language="en", actor="bo") is False
        assert theirs.dictionary.add("EHPD", language="en", actor="bo")
        assert mine.dictionary.words("en") == ["Burnside", "EHPD"]
        assert mine.dictionary.remove("EHPD", language="en", actor="ana")
        assert theirs.dictionary.words("en") == ["Burnside"]
        assert [e.action for e in theirs.audit.events()] == [
            "dictionary_word_added",
            "dictionary_word_added",
            "dictionary_word_removed",
        ]
        assert mine.audit.verify().ok
    with Workspace.open(db_path) as later:
        assert later.dictionary.words("en") == ["Burnside"]
