"""Where a reviewer's comment points, found again after the text has been edited.

A comment remembers the words it was made on and where they stood
(``Anchor``). ``locate`` finds those words in the current text: the same
words (whitespace aside, so a reflowed line still counts) nearest to where
they were, else words that are nearly the same (a word changed, a comma
added), else nothing.

Left alone: what a comment says, who wrote it and where it is stored; the
history of edits between the two texts (only the current text is read).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

FUZZY_THRESHOLD = 0.8
"""How alike (difflib's ratio, whitespace aside) nearly-the-same words must be."""

_NEAR = 1000
"""Characters either side of the original place searched first for nearly-the-same words."""
_MAX_CANDIDATES = 6
"""Best-voted places compared properly (besides the original place)."""
_MAX_VOTERS = 24
"""Words of a long quote that vote for where it is."""
_VOTE_BUDGET = 2000
"""Occurrences in the text looked at while voting (the rarest pieces of the quote first)."""
_MIN_VOTES = 0.5
"""Share of the voting words a place needs to be compared."""
_BUCKET = 8
"""Characters of text a vote is for: votes within a bucket or two of each other add up."""
_LETTER_LIMIT = 80
"""Quotes up to this many characters are placed letter by letter, longer ones word by word."""
_REPLACED_LIMIT = 200
"""Longest rewritten passage (characters) still compared letter by letter."""
_WORTH_COMPARING = 0.5
"""A place whose matching blocks alone cover less than this is not compared further."""
_WORDS_RE = re.compile(r"\S+ ?")
_WORD_SPAN_RE = re.compile(r"\S+")
_WORD_CHAR_RE = re.compile(r"[^\W_]")
_FEATURE_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Anchor:
    """The words a comment was made on: ``quote == text[start:end]`` of the text the reviewer saw."""

    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Located:
    """Where the words stand now: ``text[start:end]``; ``exact`` when they are the same words."""

    start: int
    end: int
    exact: bool


def locate(anchor: Anchor, text: str) -> Located | None:
    """Where ``anchor``'s words stand in ``text`` now, or None when they are gone.

    1. The same words, whitespace aside (a line break for a space, two spaces
       for one): the occurrence nearest to the original start wins, since a
       phrase may occur several times. A match must not start or end inside
       a word where the quote starts or ends with a letter or digit ("chief"
       is not found in "mischief"), except at the original place itself,
       which is tried first and taken as it stands (so a selection that
       cut a word is still exact while the text around it is unchanged).
    2. Else nearly the same words (``FUZZY_THRESHOLD``), looked for near the
       original place first, then everywhere, with ``exact=False``.
    3. Else None: the words were deleted or rewritten, and the comments
       panel says "the text this comment was on has changed".
    """
    if not anchor.quote.strip():
        return None
    pattern = _pattern(anchor.quote)
    if 0 <= anchor.start <= anchor.end <= len(text) and pattern.fullmatch(text, anchor.start, anchor.end):
        return Located(anchor.start, anchor.end, True)
    exact = _nearest_exact(pattern, anchor, text)
    if exact is not None:
        return exact
    return _fuzzy(anchor, text)


def _pattern(quote: str) -> re.Pattern[str]:
    """The quote with every run of whitespace matching any run of whitespace."""
    return re.compile("".join(r"\s+" if part.isspace() else re.escape(part) for part in _split_spaces(quote)))


def _split_spaces(text: str) -> list[str]:
    return [part for part in re.split(r"(\s+)", text) if part]


def _nearest_exact(pattern: re.Pattern[str], anchor: Anchor, text: str) -> Located | None:
    search = re.compile(f"(?=({pattern.pattern}))")  # overlapping occurrences too ("ha ha" in "ha ha ha")
    best: tuple[int, int] | None = None
    for match in search.finditer(text):
        start, end = match.span(1)
        if _cuts_word(anchor.quote, text, start, end):
            continue
        if best is None or abs(start - anchor.start) < abs(best[0] - anchor.start):
            best = (start, end)
    return Located(best[0], best[1], True) if best else None


def _cuts_word(quote: str, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts or ends inside a word, where the quote starts or ends with a letter."""
    if _is_word_char(quote[0]) and start > 0 and _is_word_char(text[start - 1]):
        return True
    return _is_word_char(quote[-1]) and end < len(text) and _is_word_char(text[end])


def _is_word_char(char: str) -> bool:
    return _WORD_CHAR_RE.match(char) is not None


def _normal(text: str) -> str:
    return " ".join(text.split())


def _similarity(a: str, b: str) -> float:
    """difflib's ratio of two texts, whitespace aside, compared word by word, then letter by letter.

    The words are matched first (``SequenceMatcher`` on words, each with the
    space after it); only words that differ are compared letter by letter,
    so a long quote costs little more than a short one. Letters of a
    replaced passage longer than ``_REPLACED_LIMIT`` either side count as
    unmatched: a passage rewritten at such length is not nearly the same.
    """
    a_words = _WORDS_RE.findall(_normal(a))
    b_words = _WORDS_RE.findall(_normal(b))
    size = sum(map(len, a_words)) + sum(map(len, b_words))
    if not size:
        return 1.0
    matched = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes():
        if tag == "equal":
            matched += sum(map(len, a_words[i1:i2]))
        elif tag == "replace":
            a_part = "".join(a_words[i1:i2])
            b_part = "".join(b_words[j1:j2])
            if len(a_part) <= _REPLACED_LIMIT and len(b_part) <= _REPLACED_LIMIT:
                blocks = SequenceMatcher(None, a_part, b_part, autojunk=False).get_matching_blocks()
                matched += sum(block.size for block in blocks)
    return 2 * matched / size


def _fuzzy(anchor: Anchor, text: str) -> Located | None:
    """The best nearly-the-same words: near the original place if any are there, else anywhere.

    Candidate places come from pieces of the quote's words (whole short
    words, the first and last four letters of longer ones, any case) found
    in the text: each occurrence votes for where the quote would start. The
    original place and the best-voted places are then compared properly.
    """
    quote = anchor.quote.strip()
    length = len(quote)
    if length < 2:  # one letter is only ever exactly the same
        return None
    slack = 2 * _BUCKET + max(8, length // 8)  # a vote's place is known to a bucket or two
    near: tuple[float, int, int] | None = None
    far: tuple[float, int, int] | None = None
    tried: set[int] = set()
    for guess in [anchor.start, *_voted_starts(quote, text)]:
        if guess // slack in tried:
            continue
        tried.add(guess // slack)
        found = _best_window(quote, text, guess - slack, guess + length + slack)
        if found is None:
            continue
        distance = abs(found[1] - anchor.start)
        if distance <= _NEAR + length:
            if near is None or (found[0], -distance) > (near[0], -abs(near[1] - anchor.start)):
                near = found
        elif far is None or (found[0], -distance) > (far[0], -abs(far[1] - anchor.start)):
            far = found
    best = near or far
    return Located(best[1], best[2], False) if best else None


def _voted_starts(quote: str, text: str) -> list[int]:
    """Where the quote may start in the text, best-voted first (at most ``_MAX_CANDIDATES``)."""
    # piece -> (where it stands in the quote, which of the quote's words it is from)
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    words = list(_FEATURE_WORD_RE.finditer(quote))
    step = max(1, len(words) // _MAX_VOTERS)  # a long quote: some of its words, evenly spread
    for number, match in enumerate(words[::step]):
        word = match.group().lower()
        pieces = [(word, 0)] if len(word) <= 4 else [(word[:4], 0), (word[-4:], len(word) - 4)]
        for piece, shift in pieces:
            if len(piece) >= 2 or len(quote) <= 12:
                places[piece].append((match.start() + shift, number))
    # The rarest pieces vote, up to a budget of votes: common words ("the")
    # say little about where the quote is and cost the most.
    lowered = text.lower()
    cost = {piece: lowered.count(piece) * len(where) for piece, where in places.items()}
    chosen: list[str] = []
    spent = 0
    for piece in sorted(places, key=lambda piece: (cost[piece], -len(piece))):
        if cost[piece] and (not chosen or spent + cost[piece] <= _VOTE_BUDGET):
            chosen.append(piece)
            spent += cost[piece]
    # Each of the quote's words votes once for a place (a bucket, and the
    # buckets either side, since edits shift the words a little).
    votes: dict[int, int] = defaultdict(int)
    seen: set[tuple[int, int]] = set()
    for piece in chosen:
        for found in _occurrences(piece, text, lowered):
            for offset, number in places[piece]:
                middle = (found - offset) // _BUCKET
                for bucket in (middle - 1, middle, middle + 1):
                    if (bucket, number) not in seen:
                        seen.add((bucket, number))
                        votes[bucket] += 1
    # Nearly the same words keep most of their pieces: a place with few is not worth comparing.
    least = _MIN_VOTES * len({number for piece in chosen for _, number in places[piece]})
    picked: list[int] = []
    for bucket in sorted(votes, key=votes.__getitem__, reverse=True):
        if votes[bucket] < least or len(picked) == _MAX_CANDIDATES:
            break
        if all(abs(bucket - other) > 2 for other in picked):  # one place, not its neighbours again
            picked.append(bucket)
    return [bucket * _BUCKET for bucket in picked]


def _occurrences(piece: str, text: str, lowered: str) -> list[int]:
    """Where ``piece`` (in lower case) starts in ``text``, any case."""
    if len(lowered) != len(text):  # a letter lowered to two ("İ"): the offsets would shift
        return [match.start() for match in re.finditer(re.escape(piece), text, re.IGNORECASE)]
    found: list[int] = []
    at = lowered.find(piece)
    while at >= 0:
        found.append(at)
        at = lowered.find(piece, at + 1)
    return found


def _best_window(quote: str, text: str, lo: int, hi: int) -> tuple[float, int, int] | None:
    """(ratio, start, end) of the part of text[lo:hi] most like the quote, if alike enough.

    The part is found by matching the quote against the region, letter by
    letter for a short quote, word by word for a long one: the run of
    matching blocks that best covers the quote wins (leaving out the stray
    letters difflib also matches around it).
    """
    lo = max(0, lo)
    hi = min(len(text), hi)
    if lo >= hi or not text[lo:hi].strip():
        return None
    if len(quote) <= _LETTER_LIMIT:
        spans = [(lo + i, lo + i + 1) for i in range(hi - lo)]
        units: list[str] = list(text[lo:hi])
        quote_units: list[str] = list(quote)
    else:
        spans = [m.span() for m in _WORD_SPAN_RE.finditer(text, lo, hi)]
        units = [text[start:end] for start, end in spans]
        quote_units = _WORD_SPAN_RE.findall(quote)
    matcher = SequenceMatcher(None, units, quote_units, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    best: tuple[float, int, int] | None = None
    for first, block in enumerate(blocks):
        matched = 0
        for last in blocks[first:]:
            matched += sum(len(unit) for unit in quote_units[last.b:last.b + last.size])
            start = spans[block.a][0]
            end = spans[last.a + last.size - 1][1]
            estimate = 2 * matched / (len(quote) + end - start)
            if best is None or estimate > best[0]:
                best = (estimate, start, end)
    if best is None or best[0] < _WORTH_COMPARING:
        return None
    start, end = _whole_words(quote, text, best[1], best[2])
    ratio = _similarity(text[start:end], quote)
    return (ratio, start, end) if ratio >= FUZZY_THRESHOLD else None


def _whole_words(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """start:end widened to whole words where the quote begins or ends with a letter; spaces trimmed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if _is_word_char(quote[0]):
        while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
            start -= 1
    if _is_word_char(quote[-1]):
        while end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
            end += 1
    return start, end
