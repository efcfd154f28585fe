"""Spelling: Markdown-aware checking and fast, ranked suggestions (no Qt here).

* :mod:`~drafter.core.spelling.tokens`: which words of a statement to check;
* :mod:`~drafter.core.spelling.dictionaries`: the word lists;
* :mod:`~drafter.core.spelling.checker`: :class:`SpellingService`, what the app asks;
* :mod:`~drafter.core.spelling.suggest`, :mod:`~drafter.core.spelling.index`,
  :mod:`~drafter.core.spelling.errormodel`, :mod:`~drafter.core.spelling.phonetic`:
  the candidate search and its ranking.
"""

from drafter.core.spelling.checker import CheckContext, Misspelling, SpellingService
from drafter.core.spelling.dictionaries import LANGUAGES, UnknownLanguageError
from drafter.core.spelling.tokens import Word, iter_words, iter_words_in_line, scan_line

__all__ = [
    "LANGUAGES",
    "CheckContext",
    "Misspelling",
    "SpellingService",
    "UnknownLanguageError",
    "Word",
    "iter_words",
    "iter_words_in_line",
    "scan_line",
]
