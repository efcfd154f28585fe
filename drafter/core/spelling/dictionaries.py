"""The word lists: pyspellchecker's frequency lists, and the lists Drafter ships.

* :func:`load_base_words`: pyspellchecker's word-frequency list for a
  language, read straight from its package data (gzip JSON). That is faster
  than building a ``SpellChecker`` and gives the frequencies the ranking needs.
* :func:`civic_words`: ``resources/dictionaries/civic-LANG.txt``, the
  municipal, policing and government words the base list lacks
  ("councilmember", "selectboard", "de-escalation" as two checked halves, …).
* :func:`common_forms`: ``resources/dictionaries/forms-LANG.txt``, everyday
  word forms the base list lacks. pyspellchecker's Spanish list holds mostly
  headwords ("vecino", "agradecer"), so Spanish also needs
  :mod:`drafter.core.spelling.spanish` for regular inflections; this list
  holds the irregular ones ("hemos", "fueron", "pueden").

The organisation's dictionary (workspace database) and a person's own are
not here: the caller passes them to the checker as extra words.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zlib
from functools import lru_cache
from importlib.resources import files

from drafter.paths import MissingResourceError, damaged_resource_message, resource

_log = logging.getLogger(__name__)

#: The languages Drafter checks: pyspellchecker lists and Drafter's own lists exist for each.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}


class UnknownLanguageError(ValueError):
    """No spelling dictionary for the language."""


def _check(language: str) -> None:
    if language not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise UnknownLanguageError(
            f"There is no spelling dictionary for {language!r}; choose one of {known}."
        )


def load_base_words(language: str) -> dict[str, int]:
    """pyspellchecker's word list for ``language``: lowercase word -> frequency.

    A new dict on each call (about 0.1 s for English); callers keep it.
    """
    _check(language)
    resource = files("spellchecker").joinpath("resources", f"{language}.json.gz")
    try:
        text = gzip.decompress(resource.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        raise MissingResourceError(
            f"The {LANGUAGES[language]} word list of pyspellchecker ({resource}) is missing or damaged "
            f"({type(error).__name__}): reinstall Drafter and its dependencies "
            "(pip install --force-reinstall pyspellchecker)."
        ) from None
    # Entry by entry rather than one json.loads: the list loads on a worker
    # thread while the window takes typing, and a single 120 ms C call would
    # hold the GIL (and the window) for all of it. A loop lets it go often.
    words: dict[str, int] = {}
    for match in _ENTRY.finditer(text):
        word = match.group(1)
        if "\\" in word:  # a JSON escape: let the JSON reader decode it
            word = json.loads(f'"{word}"')
        words[word] = int(match.group(2))
    return words


_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:\s*(\d+)')


#: The languages with a list of everyday forms (English needs none).
_FORMS_SHIPPED = frozenset({"es"})
# Nothing a word list holds: control characters, and what stands for bytes that are not UTF-8.
_NOT_A_WORD = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffd]")


def _word_list(name: str, what: str, *, shipped: bool = True) -> frozenset[str]:
    """The words of a list Drafter ships; a missing or damaged one is logged and read as far as it goes.

    Spelling goes on without it (more words are flagged), so nothing stops;
    the log says which file and that reinstalling restores it.
    """
    parts = ("dictionaries", name)
    try:
        data = resource(*parts).read_bytes()
    except OSError as error:
        if shipped or not isinstance(error, FileNotFoundError):
            why = "is missing" if isinstance(error, FileNotFoundError) else f"cannot be read ({error})"
            _log.warning("%s Spelling is checked without it.", damaged_resource_message(what, parts, why))
        return frozenset()
    words = set()
    damaged = 0
    for line in data.decode("utf-8", errors="replace").splitlines():
        if _NOT_A_WORD.search(line):
            damaged += 1
            continue
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word.replace("’", "'"))
    if damaged:
        _log.warning("%s Its other %d words are used.", damaged_resource_message(
            what, parts, f"is damaged ({damaged} line(s) are not text)"), len(words))
    return frozenset(words)


@lru_cache(maxsize=8)
def civic_words(language: str) -> frozenset[str]:
    """Drafter's civic word list for ``language``: lowercase words match any case,
    words with capitals ("Juneteenth", "FEMA") keep them."""
    _check(language)
    return _word_list(f"civic-{language}.txt", f"{LANGUAGES[language]} civic word list")


@lru_cache(maxsize=8)
def common_forms(language: str) -> frozenset[str]:
    """Everyday forms missing from the base list (empty where none are needed)."""
    _check(language)
    return _word_list(f"forms-{language}.txt", f"{LANGUAGES[language]} list of word forms",
                      shipped=language in _FORMS_SHIPPED)
