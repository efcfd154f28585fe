"""The spelling service the editor, the checks and the command line ask.

Loading is in two steps, both safe to run in a worker thread:

1. :meth:`SpellingService.load` reads the word lists (about 0.1 s). From
   then on :meth:`~SpellingService.is_correct` and
   :meth:`~SpellingService.unknown_words` answer.
2. :meth:`SpellingService.prepare_suggestions` builds the candidate index
   (a few seconds the first time, milliseconds from the cache folder).
   :meth:`~SpellingService.suggest` does it on first use if nobody did.

Case rules: a lowercase dictionary word is accepted in lowercase,
Capitalised or in CAPITALS; a word with capitals in the dictionary
("Burnside", "FEMA") must keep them (or be all capitals). Curly apostrophes
count as straight ones, and a possessive ("mayor's") is accepted when the
word itself is.

Reads are thread-safe. Adding or removing words swaps whole sets and
clears the caches, so an added word counts at once, in every thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from drafter.core.spelling import spanish
from drafter.core.spelling.dictionaries import civic_words, common_forms, load_base_words
from drafter.core.spelling.index import CandidateIndex
from drafter.core.spelling.suggest import DEFAULT_FREQUENCY, Suggester
from drafter.core.spelling.tokens import iter_words
from drafter.core.templates.placeholders import LineIndex

_CACHE_LIMIT = 50_000


class Misspelling(NamedTuple):
    word: str  # as written
    start: int  # offsets into the text (Python string indices)
    end: int
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True)
class CheckContext:
    """What one check of one statement takes into account besides the dictionaries."""

    ignored: frozenset[str] = field(default_factory=frozenset)  # the statement's "ignore" list
    skip_all_caps: bool = True

    @classmethod
    def of(cls, ignored: Iterable[str] = (), *, skip_all_caps: bool = True) -> CheckContext:
        return cls(frozenset(_fold(word) for word in ignored), skip_all_caps)


def _normal(word: str) -> str:
    return word.replace("’", "'").replace("ʼ", "'")


def _fold(word: str) -> str:
    return _normal(word).lower()


def _plain_forms(words: Iterable[str]) -> Iterator[str]:
    """The forms without their accents too: "díga" + "lo" is written "dígalo" but "digalo" once split."""
    for word in words:
        lower = word.lower()
        yield lower
        yield lower.translate(_UNACCENTED)


_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _with_case_of(typed: str, word: str) -> str:
    """``word`` written the way ``typed`` is: "Teh" -> "The", "TEH" -> "THE"."""
    if word != word.lower():  # the dictionary's own capitals stay
        return word.upper() if len(typed) > 1 and typed.isupper() else word
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class SpellingService:
    """Spelling for one language: checks words and texts, suggests corrections."""

    def __init__(
        self,
        language: str,
        base: dict[str, int],
        *,
        extra_words: Iterable[str] = (),
        cache_dir: Path | None = None,
    ) -> None:
        self.language = language
        self.cache_dir = cache_dir
        self._frequencies = base
        self._forms = frozenset(_plain_forms(common_forms(language)))
        for word in common_forms(language):
            base.setdefault(word.lower(), DEFAULT_FREQUENCY)
        civic = civic_words(language)
        self._civic_lower = frozenset(word for word in civic if word == word.lower())
        self._cased: frozenset[str] = frozenset(word for word in civic if word != word.lower())
        self._extra: frozenset[str] = frozenset()
        self._lock = threading.Lock()  # building the suggestion index
        self._writing = threading.Lock()  # adding and removing words
        self._suggester: Suggester | None = None
        self._verdicts: dict[str, bool] = {}
        self._suggestions: dict[tuple[str, int], list[str]] = {}
        self.add_words(extra_words)

    @classmethod
    def load(
        cls,
        language: str,
        *,
        extra_words: Iterable[str] = (),
        cache_dir: Path | None = None,
    ) -> SpellingService:
        """A service for ``language`` ("en", "es"), with the organisation's and the
        person's words as ``extra_words``. ``cache_dir`` is where the suggestion
        index is kept between runs (none: built in memory each time)."""
        return cls(language, load_base_words(language), extra_words=extra_words, cache_dir=cache_dir)

    # -- the dictionaries

    def add_words(self, words: Iterable[str]) -> None:
        """Accept ``words`` from now on (the organisation's or a person's dictionary)."""
        added = {_normal(word.strip()) for word in words if word.strip()}
        with self._writing:
            if not added - self._extra:
                return
            self._extra = self._extra | added
            self.clear_caches()

    def remove_word(self, word: str) -> None:
        """Stop accepting a word that :meth:`add_words` added (the lists Drafter ships stay)."""
        word = _normal(word.strip())
        with self._writing:
            if word in self._extra:
                self._extra = self._extra - {word}
                self.clear_caches()

    @property
    def added_words(self) -> frozenset[str]:
        return self._extra

    def clear_caches(self) -> None:
        """Forget the answers kept per word (done for you when words are added or removed)."""
        self._verdicts = {}
        self._suggestions = {}

    def _known_lower(self, word: str) -> bool:
        """``word`` (lowercase) is a word of the lists, in lowercase."""
        return word in self._frequencies or word in self._civic_lower or word in self._extra

    def _known_as_written(self, word: str) -> bool:
        if word in self._cased or word in self._extra:
            return True
        lower = word.lower()
        plain_case = lower == word or word.isupper() or (word[0].isupper() and word[1:] == lower[1:])
        if plain_case and self._known_lower(lower):
            return True
        if word.isupper():  # "HAVERFORD" for "Haverford"
            return any(entry.upper() == word for entry in (*self._cased, *self._extra))
        return False

    # -- checking

    def is_correct(self, word: str) -> bool:
        """Whether ``word`` (one word, as written) is spelt right."""
        verdicts = self._verdicts  # a word added meanwhile replaces the dict: no stale answer stays
        verdict = verdicts.get(word)
        if verdict is None:
            verdict = self._judge(_normal(word))
            if len(verdicts) >= _CACHE_LIMIT:
                verdicts.clear()
            verdicts[word] = verdict
        return verdict

    def _judge(self, word: str) -> bool:
        if not word:
            return True
        if "-" in word:  # "police-community": each part on its own
            return all(self._judge(part) for part in word.split("-") if part)
        if len(word) == 1:
            return word.isalpha()
        if self._known_as_written(word):
            return True
        if word[-2:] in ("'s", "'S") and len(word) > 2:
            return self._known_as_written(word[:-2])
        if self.language == "es":
            lower = word.lower()
            if lower == word or word.isupper() or word[1:] == lower[1:]:
                return spanish.is_regular_form(lower, self._known_lower, self._forms)
        return False

    def unknown_words(
        self,
        text: str,
        *,
        skip_all_caps: bool = True,
        ignored: Iterable[str] = (),
        context: CheckContext | None = None,
    ) -> list[Misspelling]:
        """Every misspelt word of a Markdown ``text``, in order."""
        if context is None:
            context = CheckContext.of(ignored, skip_all_caps=skip_all_caps)
        found = []
        is_correct = self.is_correct
        skip = context.ignored
        lines: LineIndex | None = None
        for word in iter_words(text, skip_all_caps=context.skip_all_caps):
            if is_correct(word.text) or (skip and _fold(word.text) in skip):
                continue
            if lines is None:
                lines = LineIndex(text)
            line, column = lines.position(word.start)
            found.append(Misspelling(word.text, word.start, word.end, line, column))
        return found

    # -- suggestions

    def prepare_suggestions(self) -> None:
        """Build (or read from the cache) the suggestion index, if not done yet."""
        if self._suggester is not None:
            return
        with self._lock:
            if self._suggester is None:
                words = set(self._frequencies) | self._civic_lower
                index = CandidateIndex.build_or_load(words, self.language, self.cache_dir)
                self._suggester = Suggester(index, self._frequencies)

    @property
    def suggestions_ready(self) -> bool:
        return self._suggester is not None

    def suggest(self, word: str, limit: int = 7) -> list[str]:
        """Corrections for ``word``, best first, written in its case ("Teh" -> "The")."""
        key = (word, limit)
        suggestions = self._suggestions
        cached = suggestions.get(key)
        if cached is not None:
            return list(cached)
        self.prepare_suggestions()
        assert self._suggester is not None
        typed = _normal(word.strip())
        suffix = ""
        if typed[-2:] in ("'s", "'S") and len(typed) > 3 and not self.is_correct(typed[:-2]):
            typed, suffix = typed[:-2], typed[-2:]  # "mayro's": suggest for "mayro"
        extra = (*self._cased, *self._extra)
        ranked = self._suggester.rank(typed.lower(), limit + 1, extra)
        curly = "’" in word
        found: list[str] = []
        for candidate in ranked:
            if suffix and "'" in candidate:
                continue  # "mayors's"
            written = _with_case_of(typed, candidate) + suffix
            if curly:  # the typed word's apostrophes: "mayro’s" -> "mayor’s"
                written = written.replace("'", "’")
            if written != word and written not in found:
                found.append(written)
        found = found[:limit]
        if len(suggestions) >= _CACHE_LIMIT // 10:
            suggestions.clear()
        suggestions[key] = found
        return list(found)
