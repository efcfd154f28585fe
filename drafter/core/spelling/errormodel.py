"""How likely a typist is to turn a word into a given misspelling: a weighted edit distance.

The cost of turning a dictionary word into what was typed is the cheapest
sequence of edits, where each edit costs what it costs a real typist: a
doubled letter typed once, two neighbouring letters swapped, a key next to the
right one, a vowel for a vowel, a letter that sounds the same, a missing or
accented vowel (Spanish). Lower is more likely. The ranking in
:mod:`drafter.core.spelling.suggest` adds the word's frequency to it (a
noisy-channel score).

The English costs were tuned by coordinate search on 4,000 entries of
codespell's misspelling list drawn with seed 2 from the entries the
benchmark's sample (seed 1) leaves out, so the benchmark's accuracy is
measured on words the tuning never saw. The Spanish costs are the English
ones with a Spanish keyboard, Spanish sound-alikes and cheap accents; no
Spanish list of misspellings was at hand to tune them on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# A Spanish keyboard has ñ where an English one has ";".
_QWERTY_ES = ("qwertyuiop", "asdfghjklñ", "zxcvbnm")


def _neighbours(rows: tuple[str, ...]) -> dict[str, frozenset[str]]:
    where: dict[str, tuple[int, float]] = {}
    for row, keys in enumerate(rows):
        for column, key in enumerate(keys):
            where[key] = (row, column + 0.25 * row)  # rows are staggered
    return {
        key: frozenset(
            other
            for other, (orow, ocol) in where.items()
            if other != key and abs(orow - row) <= 1 and abs(ocol - col) <= 1.3
        )
        for key, (row, col) in where.items()
    }


@dataclass(frozen=True)
class ErrorCosts:
    """The price of each kind of slip, and how much a word's frequency counts."""

    transpose: float = 0.43  # "teh" for "the"
    transpose_across: float = 1.0  # "nimute" for "minute": two letters swapped over a third
    undoubled: float = 0.32  # "ocasion": one letter of a double typed once
    doubled: float = 0.84  # "untill": a letter typed twice
    extra_neighbour: float = 0.93  # an extra letter next to a neighbour's key
    extra_vowel: float = 1.0
    extra: float = 1.27
    missing_vowel: float = 0.56
    missing: float = 0.64
    wrong_neighbour: float = 1.18  # a key next to the right one
    wrong_vowel: float = 0.75
    wrong_sound: float = 0.9  # "sycles": a letter that sounds the same
    wrong_accent: float = 0.2  # "esta" for "está", "n" for "ñ"
    wrong: float = 1.3
    first_letter: float = 0.44  # added to any slip in the first letter: people get it right
    frequency_weight: float = 0.18  # per factor of ten in a word's frequency
    sound_alike_bonus: float = 0.16  # the same sound-alike key
    rare_penalty: float = 0.1  # a word at the list's lowest frequency
    keyboard: tuple[str, ...] = _QWERTY
    vowels: str = "aeiouy"
    sound_pairs: tuple[str, ...] = (
        "cs", "ck", "kq", "sz", "cq", "gj", "fv", "mn", "dt", "bp", "iy", "sx", "xz",
    )
    accent_pairs: tuple[str, ...] = ()
    _neighbours: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    _pairs: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_neighbours", _neighbours(self.keyboard))
        pairs: dict[str, float] = {}
        for pair in self.sound_pairs:
            pairs[pair] = pairs[pair[::-1]] = self.wrong_sound
        for pair in self.accent_pairs:
            pairs[pair] = pairs[pair[::-1]] = self.wrong_accent
        object.__setattr__(self, "_pairs", pairs)

    @property
    def cheapest(self) -> float:
        """The cheapest single edit: a lower bound on the cost of each edit."""
        costs = [
            self.transpose, self.transpose_across / 2, self.undoubled, self.doubled, self.extra_neighbour,
            self.extra_vowel, self.extra, self.missing_vowel, self.missing, self.wrong_neighbour,
            self.wrong_vowel, self.wrong,
        ]
        if self.sound_pairs:
            costs.append(self.wrong_sound)
        if self.accent_pairs:
            costs.append(self.wrong_accent)
        return min(costs)

    def substitution(self, right: str, typed: str) -> float:
        pair = self._pairs.get(right + typed)
        if pair is not None:
            return pair
        vowels = self.vowels
        if right in vowels and typed in vowels:
            return self.wrong_vowel
        if typed in self._neighbours.get(right, ()):
            return self.wrong_neighbour
        return self.wrong

    def insertions(self, typed: str) -> list[float]:
        """The cost of each letter of ``typed`` being one too many."""
        costs = []
        last = len(typed) - 1
        near = self._neighbours
        for j, ch in enumerate(typed):
            before = typed[j - 1] if j > 0 else ""
            after = typed[j + 1] if j < last else ""
            if ch in (before, after):
                cost = self.doubled
            elif ch in near.get(before, ()) or ch in near.get(after, ()):
                cost = self.extra_neighbour
            elif ch in self.vowels:
                cost = self.extra_vowel
            else:
                cost = self.extra
            costs.append(cost + self.first_letter if j == 0 else cost)
        return costs

    def deletions(self, word: str) -> list[float]:
        """The cost of each letter of ``word`` being left out."""
        costs = []
        last = len(word) - 1
        for i, ch in enumerate(word):
            if (i > 0 and word[i - 1] == ch) or (i < last and word[i + 1] == ch):
                cost = self.undoubled
            elif ch in self.vowels:
                cost = self.missing_vowel
            else:
                cost = self.missing
            costs.append(cost + self.first_letter if i == 0 else cost)
        return costs


ENGLISH = ErrorCosts()
SPANISH = ErrorCosts(
    keyboard=_QWERTY_ES,
    vowels="aeiouáéíóúü",
    # b/v, c/s/z, g/j, y/ll and a silent h: the usual Spanish confusions.
    sound_pairs=("bv", "cs", "sz", "cz", "ck", "kq", "cq", "gj", "yi", "mn"),
    accent_pairs=("aá", "eé", "ií", "oó", "uú", "uü", "nñ"),
)


class ChannelModel:
    """The weighted edit distance from one typed word to many candidates.

    Built once per typed word: the costs that depend only on what was typed
    are worked out once, and substitution rows are shared between candidates.
    """

    def __init__(self, typed: str, costs: ErrorCosts) -> None:
        self.typed = typed
        self.costs = costs
        self._insert = costs.insertions(typed)
        self._rows: dict[str, list[float]] = {}

    def _substitution_row(self, right: str) -> list[float]:
        row = self._rows.get(right)
        if row is None:
            substitution = self.costs.substitution
            row = [0.0 if ch == right else substitution(right, ch) for ch in self.typed]
            self._rows[right] = row
        return row

    def cost(self, word: str) -> float:
        """The cost of typing ``word`` as the typed word (optimal string alignment)."""
        typed = self.typed
        m = len(typed)
        insert = self._insert
        delete = self.costs.deletions(word)
        across = self.costs.transpose_across
        swap = self.costs.transpose
        first = self.costs.first_letter
        previous = [0.0] * (m + 1)
        for j in range(m):
            previous[j + 1] = previous[j] + insert[j]
        rows = [previous]
        for i, right in enumerate(word, start=1):
            subs = self._substitution_row(right)
            up = rows[i - 1]
            cut = delete[i - 1]
            row = [up[0] + cut]
            for j in range(1, m + 1):
                sub = subs[j - 1]
                best = up[j - 1] + sub + (first if sub and i == 1 and j == 1 else 0.0)
                value = up[j] + cut
                if value < best:
                    best = value
                value = row[j - 1] + insert[j - 1]
                if value < best:
                    best = value
                if sub and i > 1 and j > 1:
                    if right == typed[j - 2] and word[i - 2] == typed[j - 1]:
                        value = rows[i - 2][j - 2] + swap
                        if value < best:
                            best = value
                    if (
                        i > 2 and j > 2 and right == typed[j - 3] and word[i - 3] == typed[j - 1]
                        and word[i - 2] == typed[j - 2]
                    ):
                        value = rows[i - 3][j - 3] + across
                        if value < best:
                            best = value
                row.append(best)
            rows.append(row)
        return rows[-1][m]
