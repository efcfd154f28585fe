"""Ranked suggestions for a misspelt word: candidate search plus a noisy-channel score.

Candidates are the dictionary words within two edits of the typed word
(:class:`~drafter.core.spelling.index.CandidateIndex`) and the words that
sound like it. Each gets a score, lower is better::

    cost of the slips that turn it into the typed word   (errormodel)
    - weight * log10(its frequency)                      (how common it is)
    - a bonus when it sounds like the typed word
    + a small penalty for the rarest words of the list

Only as many candidates are scored as needed: a cheap lower bound on each
score orders them, and scoring stops when no remaining candidate can beat
the ones kept. Ties are broken by the word itself, so the answer is the
same in every run (never by set or hash order).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping

from drafter.core.spelling.errormodel import ENGLISH, SPANISH, ChannelModel, ErrorCosts
from drafter.core.spelling.index import MAX_DISTANCE, CandidateIndex, bounded_distance
from drafter.core.spelling.phonetic import sound_key

#: Words that sound like the typed word are suggested up to this many letters longer or shorter.
SOUND_ALIKE_LENGTH = 3
#: Typed words shorter than this get no sound-alike candidates beyond two edits.
SOUND_ALIKE_MIN_LENGTH = 4
#: Typed words this short are compared with words one edit away, or two if none is.
SHORT_WORD = 3
#: The frequency given to words without one (the civic list, added words).
DEFAULT_FREQUENCY = 1000

COSTS: dict[str, ErrorCosts] = {"en": ENGLISH, "es": SPANISH}


class Suggester:
    """Ranks the candidates for a typed word; read-only, so safe to share between threads."""

    def __init__(
        self,
        index: CandidateIndex,
        frequencies: Mapping[str, int],
        *,
        costs: ErrorCosts | None = None,
    ) -> None:
        self.index = index
        self.language = index.language
        self.frequencies = frequencies
        self.costs = costs or COSTS.get(index.language, ENGLISH)
        self.rarest = min(frequencies.values(), default=0)

    def _prior(self, word: str, frequency: int | None = None) -> float:
        if frequency is None:
            frequency = self.frequencies.get(word, DEFAULT_FREQUENCY)
        prior = -self.costs.frequency_weight * math.log10(max(frequency, 1))
        return prior + self.costs.rare_penalty if frequency <= self.rarest else prior

    def rank(self, typed: str, limit: int = 7, extra: Iterable[str] = ()) -> list[str]:
        """The best ``limit`` words for ``typed`` (lowercase), best first.

        ``extra`` are words outside the index (added dictionaries); they are
        compared one by one, so keep it to thousands, not millions.
        """
        if not typed or limit <= 0:
            return []
        costs = self.costs
        cheapest = costs.cheapest
        bonus = costs.sound_alike_bonus
        key = sound_key(typed, self.language)
        # The words with the typed word's sound-alike key (by a CRC of the key: a rare
        # collision only gives a word a small bonus it did not earn, the same in every run).
        alike_words = set(self.index.sounding_alike(typed)) if key else set()
        # (lower bound of the score, word, sounds alike)
        bounds: list[tuple[float, str, bool]] = []
        seen = {typed}
        near = self.index.within_two_edits(typed, 1) if len(typed) <= SHORT_WORD else {}
        if not near:
            near = self.index.within_two_edits(typed)
        for word, distance in near.items():
            if word in seen:
                continue
            seen.add(word)
            alike = word in alike_words
            bound = distance * cheapest + self._prior(word) - (bonus if alike else 0.0)
            bounds.append((bound, word, alike))
        if len(typed) >= SOUND_ALIKE_MIN_LENGTH and key:
            for word in sorted(alike_words):
                if word in seen or abs(len(word) - len(typed)) > SOUND_ALIKE_LENGTH:
                    continue
                seen.add(word)
                bound = (MAX_DISTANCE + 1) * cheapest + self._prior(word) - bonus
                bounds.append((bound, word, True))
        for word in extra:
            lowered = word.lower()
            if lowered in seen or abs(len(lowered) - len(typed)) > SOUND_ALIKE_LENGTH:
                continue
            distance = bounded_distance(typed, lowered, MAX_DISTANCE)
            alike = sound_key(lowered, self.language) == key
            if distance > MAX_DISTANCE and not alike:
                continue
            seen.add(lowered)
            bound = min(distance, MAX_DISTANCE + 1) * cheapest + self._prior(lowered, DEFAULT_FREQUENCY)
            bounds.append((bound - (bonus if alike else 0.0), word, alike))
        bounds.sort()
        channel = ChannelModel(typed, costs)
        scored: list[tuple[float, str]] = []
        best: list[float] = []  # the best `limit` scores so far, negated: a max-heap
        for bound, word, alike in bounds:
            if len(best) == limit and bound > -best[0]:
                break  # the bounds are sorted: nothing left can make the list
            lowered = word.lower()
            frequency = self.frequencies.get(lowered, DEFAULT_FREQUENCY)
            score = channel.cost(lowered) + self._prior(lowered, frequency) - (bonus if alike else 0.0)
            scored.append((score, word))
            if len(best) < limit:
                heapq.heappush(best, -score)
            elif score < -best[0]:
                heapq.heapreplace(best, -score)
        scored.sort()
        return [word for _, word in scored[:limit]]
