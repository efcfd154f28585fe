"""What the spelling records accept: one word, and a language tag.

Shared by the organisation dictionary (``dictionary.py``) and the words a
statement ignores (``statement_settings.py``), so both refuse the same
things with the same reasons.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.core.errors import DrafterError
from drafter.store.schema import WORD_MAX

#: Longest language tag a statement or the dictionary is given.
LANGUAGE_TAG_MAX = 8

#: Besides letters and digits, what a word may hold: straight and curly
#: apostrophes ("O'Brien", "O’Brien"), hyphens and periods ("U.S.").
WORD_PUNCTUATION = frozenset("'’-.")

_TAG_PATTERN = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z]{1,8})*")


def _word_character(char: str) -> bool:
    # Combining marks (category M) belong to the letter before them.
    return char.isalnum() or char in WORD_PUNCTUATION or unicodedata.category(char).startswith("M")


def normal_word(word: str) -> str:
    """The word as compared and stored: no surrounding blanks, Unicode NFC."""
    return unicodedata.normalize("NFC", word.strip())


def clean_word(word: str) -> str:
    """One word as stored, exactly as written; DrafterError saying why if it is not one."""
    cleaned = normal_word(word)
    if not cleaned:
        raise DrafterError("A word is needed: type the word itself, such as “Burnside”.")
    if any(char.isspace() for char in cleaned):
        raise DrafterError(
            f"“{cleaned}” is more than one word: give one word at a time, without spaces."
        )
    if len(cleaned) > WORD_MAX:
        raise DrafterError(
            f"That word is {len(cleaned)} characters long; keep it under {WORD_MAX + 1}."
        )
    bad = next((char for char in cleaned if not _word_character(char)), None)
    if bad is not None:
        raise DrafterError(
            f"“{cleaned}” cannot be a word: it has “{bad}” in it. Use letters, digits, "
            "apostrophes, hyphens or periods only."
        )
    if not any(char.isalnum() for char in cleaned):
        raise DrafterError(f"“{cleaned}” has no letters or digits: a word needs at least one.")
    return cleaned


def canonical_language(tag: str) -> str | None:
    """The tag in its usual case (``fr-CA``, ``zh-Hant``), or None if it is not one.

    A tag is 2 to 8 letters and hyphens, starting with 2 or more letters.
    """
    cleaned = tag.strip()
    if len(cleaned) > LANGUAGE_TAG_MAX or not _TAG_PATTERN.fullmatch(cleaned):
        return None
    first, *rest = cleaned.split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 2:
            parts.append(part.upper())  # a region
        elif len(part) == 4:
            parts.append(part.title())  # a script
        else:
            parts.append(part.lower())
    return "-".join(parts)


def clean_language(tag: str) -> str:
    """The language tag as stored; DrafterError if it is not one."""
    canonical = canonical_language(tag)
    if canonical is None:
        raise DrafterError(
            f"“{tag.strip()}” is not a language tag: use 2 to {LANGUAGE_TAG_MAX} letters "
            "and hyphens, such as en, es or fr-CA."
        )
    return canonical
