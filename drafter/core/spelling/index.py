"""The candidate search: every dictionary word within two edits of a typed word, fast.

A symmetric-deletion index (the idea behind SymSpell): two words are within
two edits of each other only if some string is reachable from both by
deleting at most two letters. Only each word's first :data:`PREFIX` letters
are indexed (the rest is checked afterwards), which keeps the index small.

The index is stored compactly: each deletion is a 32-bit CRC, kept in one
sorted array of 64-bit numbers ``crc << 32 | prefix number``, and words
sharing a prefix are neighbours in the sorted word list. A CRC collision
only adds a candidate that the later check removes, never loses one. A
second array maps sound-alike keys to words the same way. Both arrays are
plain bytes on disk, so a built index loads from the cache in milliseconds.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import logging
import os
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from drafter.core.spelling.phonetic import sound_key

log = logging.getLogger(__name__)

PREFIX = 7
MAX_DISTANCE = 2
_FORMAT = b"DRAFTER-SPELL-INDEX-3\n"
_LOW = 0xFFFFFFFF
_PARTS = 4  # prefix starts, letter masks, deletions, sound-alike keys
_Arrays = tuple["array[int]", "array[int]", "array[int]", "array[int]"]


def deletions(text: str, depth: int = MAX_DISTANCE) -> set[str]:
    """``text`` and every string made from it by deleting up to ``depth`` letters."""
    found = {text}
    frontier = [text]
    for _ in range(depth):
        following = []
        for item in frontier:
            if len(item) <= 1:
                continue
            for at in range(len(item)):
                shorter = item[:at] + item[at + 1 :]
                if shorter not in found:
                    found.add(shorter)
                    following.append(shorter)
        frontier = following
    return found


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _letter_mask(word: str) -> int:
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) & 63)
    return mask


_SORT_SLICE = 20_000
T = TypeVar("T", int, str)


def sorted_gently(items: Iterable[T]) -> list[T]:
    """``sorted(items)`` without holding the GIL for long.

    The index is built on a worker thread while the window takes typing; one
    ``sorted()`` of millions of keys is a single C call that would hold the
    GIL, and freeze the window, for seconds. Slices sorted one by one and
    merged in Python let the GUI thread in every few milliseconds.
    """
    pending = list(items)
    if len(pending) <= _SORT_SLICE:
        return sorted(pending)
    slices = [sorted(pending[start:start + _SORT_SLICE])
              for start in range(0, len(pending), _SORT_SLICE)]
    return list(heapq.merge(*slices))


def fingerprint(words: list[str], language: str) -> str:
    """What a cached index must have been built from: the sorted words and the rules."""
    digest = hashlib.sha256(_FORMAT + language.encode() + f"{PREFIX},{MAX_DISTANCE}\n".encode())
    digest.update("\n".join(words).encode("utf-8"))
    return digest.hexdigest()[:20]


class CandidateIndex:
    """Words within two edits (and words that sound alike) of a typed word.

    ``words`` must be sorted and lowercase; the index never changes once built.
    """

    def __init__(self, words: list[str], language: str, *, _arrays: _Arrays | None = None) -> None:
        self.words = words
        self.language = language
        if _arrays is not None:
            self._prefix_starts, self._masks, self._deletions, self._sounds = _arrays
            return
        self._prefix_starts = array("Q")
        last = None
        for number, word in enumerate(words):
            prefix = word[:PREFIX]
            if prefix != last:
                self._prefix_starts.append(number)
                last = prefix
        self._prefix_starts.append(len(words))
        self._masks = array("Q", (_letter_mask(word) for word in words))
        self._deletions = self._build_deletions()
        self._sounds = self._build_sounds()

    # -- building and caching

    def _build_deletions(self) -> array[int]:
        keys: list[int] = []
        starts = self._prefix_starts
        words = self.words
        for number in range(len(starts) - 1):
            prefix = words[starts[number]][:PREFIX]
            keys.extend(_crc(deleted) << 32 | number for deleted in deletions(prefix))
        return array("Q", sorted_gently(keys))

    def _build_sounds(self) -> array[int]:
        language = self.language
        keys = [_crc(sound_key(word, language)) << 32 | number for number, word in enumerate(self.words)]
        return array("Q", sorted_gently(keys))

    @classmethod
    def build_or_load(cls, words: Iterable[str], language: str, cache_dir: Path | None) -> CandidateIndex:
        """The index of ``words``: read from ``cache_dir`` when a matching one is there,
        else built (a few seconds) and written there for next time."""
        ordered = sorted_gently(set(words))
        if cache_dir is None:
            return cls(ordered, language)
        path = Path(cache_dir) / f"spelling-{language}-{fingerprint(ordered, language)}.index"
        loaded = cls._read(path, ordered, language)
        if loaded is not None:
            return loaded
        index = cls(ordered, language)
        try:
            index._write(path)
            for stale in path.parent.glob(f"spelling-{language}-*.index"):
                if stale != path:  # built from an older word list
                    stale.unlink(missing_ok=True)
        except OSError as error:  # a read-only or full disk only costs the next start its time
            log.warning("Could not cache the spelling index in %s: %s", path.parent, error)
        return index

    @classmethod
    def _read(cls, path: Path, words: list[str], language: str) -> CandidateIndex | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        header_end = len(_FORMAT) + 8 * _PARTS
        if not data.startswith(_FORMAT) or len(data) < header_end:
            return None
        counts = array("Q")
        counts.frombytes(data[len(_FORMAT) : header_end])
        if sys.byteorder != "little":
            counts.byteswap()
        arrays: list[array[int]] = []
        offset = header_end
        for count in counts:
            if offset + 8 * count > len(data):
                return None
            part = array("Q")
            part.frombytes(data[offset : offset + 8 * count])
            offset += 8 * count
            if len(part) != count:
                return None
            if sys.byteorder != "little":
                part.byteswap()
            arrays.append(part)
        if offset != len(data):
            return None
        starts, masks, deletions_, sounds = arrays
        if len(masks) != len(words) or not starts or starts[-1] != len(words):
            return None
        return cls(words, language, _arrays=(starts, masks, deletions_, sounds))

    def _write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = [self._prefix_starts, self._masks, self._deletions, self._sounds]
        parts = [array("Q", [len(part) for part in arrays]), *arrays]
        if sys.byteorder != "little":
            parts = [array("Q", part) for part in parts]
            for part in parts:
                part.byteswap()
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".spelling-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_FORMAT)
                for part in parts:
                    out.write(part.tobytes())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    # -- searching

    def within_two_edits(self, typed: str, limit: int = MAX_DISTANCE) -> dict[str, int]:
        """Every word at most two (or ``limit``) edits (optimal string alignment)
        from ``typed``, with its distance. ``typed`` is lowercase."""
        keys = self._deletions
        size = len(keys)
        prefixes: set[int] = set()
        for deleted in deletions(typed[:PREFIX], limit):
            high = _crc(deleted) << 32
            at = bisect.bisect_left(keys, high)
            top = high | _LOW
            while at < size and keys[at] <= top:
                prefixes.add(keys[at] & _LOW)
                at += 1
        found: dict[str, int] = {}
        length = len(typed)
        mask = _letter_mask(typed)
        words, masks, starts = self.words, self._masks, self._prefix_starts
        for number in sorted(prefixes):
            for at in range(starts[number], starts[number + 1]):
                word = words[at]
                if abs(len(word) - length) > limit:
                    continue
                other = masks[at]
                # Each letter one word has and the other lacks needs an edit of its own.
                if (mask & ~other).bit_count() > limit or (other & ~mask).bit_count() > limit:
                    continue
                distance = bounded_distance(typed, word, limit)
                if distance <= limit:
                    found[word] = distance
        return found

    def sounding_alike(self, typed: str) -> list[str]:
        """The words whose sound-alike key is the typed word's (sorted)."""
        key = sound_key(typed, self.language)
        if not key:
            return []
        keys = self._sounds
        high = _crc(key) << 32
        at = bisect.bisect_left(keys, high)
        top = high | _LOW
        found = []
        while at < len(keys) and keys[at] <= top:
            found.append(self.words[keys[at] & _LOW])
            at += 1
        return found


def bounded_distance(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b``, or ``limit + 1``
    as soon as it is known to be larger than ``limit``."""
    la, lb = len(a), len(b)
    over = limit + 1
    if abs(la - lb) > limit:
        return over
    before: list[int] = []
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        ai = a[i - 1]
        row = [i] + [over] * lb
        low = max(1, i - limit)
        high = min(lb, i + limit)
        best = i if low == 1 else over
        for j in range(low, high + 1):
            bj = b[j - 1]
            cost = previous[j - 1] + (ai != bj)
            value = previous[j] + 1
            if value < cost:
                cost = value
            value = row[j - 1] + 1
            if value < cost:
                cost = value
            if i > 1 and j > 1 and ai != bj and ai == b[j - 2] and a[i - 2] == bj:
                value = before[j - 2] + 1
                if value < cost:
                    cost = value
            row[j] = cost
            if cost < best:
                best = cost
        if best > limit:
            return over
        before, previous = previous, row
    return min(previous[lb], over)
