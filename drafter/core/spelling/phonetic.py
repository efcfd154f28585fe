"""Sound-alike keys: words that sound the same get the same key.

A small Metaphone-like reduction, one rule set per language: letters that
spell the same sound become one letter ("ph" and "f", "c" before "e" and
"s"), silent letters go, vowels after the first letter go, and doubled
letters are written once. "sinnagog" and "synagogue" both become ``sng``.
Suggestions use it twice: a word with the typed word's key may be suggested
even when it is more than two edits away, and sharing the key makes a
candidate more likely. It is deliberately simple; no library is needed for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _rules(pairs: list[tuple[str, str | Callable[[re.Match[str]], str]]]) -> list[_Rule]:
    return [(re.compile(pattern), replacement) for pattern, replacement in pairs]


_ENGLISH = _rules([
    (r"^(?:kn|gn|pn|wr|ps)", lambda match: match.group(0)[1]),
    (r"^x", "s"),
    (r"^wh", "w"),
    (r"tch", "ch"),
    (r"sch", "sk"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"gh(?=[^aeiouy]|$)", ""),
    (r"dg(?=[eiy])", "j"),
    (r"c(?=[eiy])", "s"),
    (r"sh", "x"),
    (r"ch", "x"),
    (r"th", "0"),
    (r"[cq]", "k"),
    (r"x", "ks"),
    (r"z", "s"),
    (r"g(?=[eiy])", "j"),
    (r"v", "f"),
    (r"(?<=[^aeiouy])h", ""),
    (r"h(?=[^aeiouy]|$)", ""),
    (r"[wy](?=[^aeiou]|$)", ""),
])

_SPANISH = _rules([
    (r"ch", "x"),
    (r"h", ""),
    (r"ll", "y"),
    (r"qu", "k"),
    (r"c(?=[eiéí])", "s"),
    (r"g(?=[eiéí])", "j"),
    (r"gu(?=[eiéí])", "g"),
    (r"[cq]", "k"),
    (r"z", "s"),
    (r"v", "b"),
    (r"ñ", "ny"),
    (r"x", "ks"),
    (r"w", "u"),
    (r"y(?=[^aeiouáéíóú]|$)", "i"),
])

_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z0ñ]")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    kept = []
    for ch in unicodedata.normalize("NFD", text.replace("ñ", "\0")):
        if not unicodedata.combining(ch):
            kept.append(ch)
    return "".join(kept).replace("\0", "ñ")


def sound_key(word: str, language: str = "en") -> str:
    """The sound-alike key of ``word`` (lowercase letters; "" for none)."""
    text = word.lower()
    rules = _SPANISH if language == "es" else _ENGLISH
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    text = _NOT_LETTER.sub("", _strip_accents(text))
    if not text:
        return ""
    first = "a" if text[0] in "aeiouy" else text[0]
    return _DOUBLES.sub(r"\1", first + _VOWELS.sub("", text[1:]))
