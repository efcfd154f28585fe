"""Suggestions: the right word first, in the typed word's case, the same in every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.core.spelling import SpellingService
from drafter.core.spelling.index import CandidateIndex, bounded_distance

COMMON_MISSPELLINGS = (
    "accomodate", "acheive", "adress", "agressive", "apparant", "arguement", "athiest", "begining",
    "beleive", "buisness", "calender", "catagory", "cemetary", "collegue", "comming", "commited",
    "concious", "curiousity", "definate", "dilema", "dissapoint", "embarass", "enviroment",
    "existance", "familar", "finaly", "foriegn", "freind", "gaurd", "happend", "harrass",
    "independant", "knowlege", "liason", "libary", "maintenence", "neccessary", "noticable",
    "occassion", "occured", "persue", "posession", "prefered", "publically", "realy", "recomend",
    "refered", "relevent", "succesful", "tommorow", "truely", "untill", "wierd",
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("recieve", "receive"),
        ("goverment", "government"),
        ("comunity", "community"),
        ("seperate", "separate"),
        ("definately", "definitely"),
        ("polcie", "police"),
        ("sherrif", "sheriff"),
        ("ordinence", "ordinance"),
        ("councilmemeber", "councilmember"),
    ],
)
def test_the_right_word_comes_first(english: SpellingService, typed: str, right: str) -> None:
    assert english.suggest(typed)[0] == right


def test_suggestions_follow_the_typed_case(english: SpellingService) -> None:
    assert english.suggest("Teh")[0] == "The"
    assert english.suggest("TEH")[0] == "THE"
    assert english.suggest("Goverment")[0] == "Government"
    assert english.suggest("mayro's")[0] == "mayor's"
    assert english.suggest("Mayro’s")[0] == "Mayor’s"


def test_added_words_are_suggested(english: SpellingService) -> None:
    assert "Haverford" not in english.suggest("Havreford")
    english.add_words(["Haverford"])
    assert english.suggest("Havreford")[0] == "Haverford"
    assert english.suggest("havreford")[0] == "Haverford"  # the dictionary's capital stays


def test_limits_and_odd_input(english: SpellingService) -> None:
    assert len(english.suggest("goverment", limit=3)) == 3
    assert english.suggest("") == []
    assert "goverment" not in english.suggest("goverment")
    assert isinstance(english.suggest("x" * 40), list)


def test_a_word_of_twenty_letters_is_answered(english: SpellingService) -> None:
    assert english.suggest("internationalizatoin")[0] == "internationalization"


def test_suggestions_are_the_same_whatever_the_hash_seed(
    english: SpellingService, spelling_cache: Path
) -> None:
    code = (
        "import json\n"
        "from drafter.core.spelling import SpellingService\n"
        f"s = SpellingService.load('en', cache_dir={str(spelling_cache)!r})\n"
        f"print(json.dumps([s.suggest(w) for w in {COMMON_MISSPELLINGS!r}]))\n"
    )
    runs = []
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        command = [sys.executable, "-c", code]
        out = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1]
    assert runs[0] == [english.suggest(word) for word in COMMON_MISSPELLINGS]
    assert len(COMMON_MISSPELLINGS) >= 50


def test_the_index_finds_every_word_within_two_edits() -> None:
    words = sorted({"police", "policy", "polite", "palace", "office", "officer", "poll", "pole", "lice"})
    index = CandidateIndex(words, "en")
    for typed in ("polcie", "plice", "policee", "offcier", "pol", "xpolice"):
        expected = {w: bounded_distance(typed, w, 2) for w in words if bounded_distance(typed, w, 2) <= 2}
        assert index.within_two_edits(typed) == expected


def test_the_index_cache_is_read_back_and_renewed(tmp_path: Path) -> None:
    words = ["police", "policy", "palace"]
    built = CandidateIndex.build_or_load(words, "en", tmp_path)
    (cached,) = tmp_path.glob("spelling-en-*.index")
    again = CandidateIndex.build_or_load(words, "en", tmp_path)
    assert again.within_two_edits("polcy") == built.within_two_edits("polcy") == {"policy": 1, "police": 2}
    CandidateIndex.build_or_load([*words, "palaces"], "en", tmp_path)
    assert cached not in list(tmp_path.glob("spelling-en-*.index"))  # the stale one is gone
    cached_now = next(tmp_path.glob("spelling-en-*.index"))
    cached_now.write_bytes(cached_now.read_bytes()[:-5])  # a damaged cache is rebuilt, not trusted
    rebuilt = CandidateIndex.build_or_load([*words, "palaces"], "en", tmp_path)
    assert "palaces" in rebuilt.within_two_edits("palacs")


def test_spelling_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import drafter.core.spelling as s\n"
        "s.SpellingService.load('en').is_correct('mayor')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
