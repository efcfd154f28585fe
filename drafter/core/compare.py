"""Word-level comparison of two revisions of a statement, as a word processor's Compare shows it.

The texts are cut into words, single punctuation marks and whitespace, so
"officers," against "officers." differs only in the mark, and a replaced
phrase comes out as a deletion followed by an insertion. Whitespace only
separates: any run of it equals any other run (a reflowed paragraph is
unchanged), and the output keeps the new text's whitespace, so the equal and
inserted segments put together give back the new text exactly. One
consequence: splitting or joining paragraphs, with no word changed, is not
marked (the new text shows the new paragraphs).

How, quickly: sentences and paragraphs are matched first and only the ones
that changed are compared word by word, so a long statement with a few
edits costs little more than reading it (~20 ms for 10,000 words).

Left alone: Markdown is compared and shown as plain text, not rendered; no
attempt is made to detect moved text (a moved sentence is a deletion and an
insertion); nothing here stores or loads revisions.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["equal", "insert", "delete"]

INSERT_STYLE = "background-color:#d4f7d4;text-decoration:underline"
DELETE_STYLE = "background-color:#fbd9d9;color:#a11b1b;text-decoration:line-through"

# A token is a word (letters and digits, with inner apostrophes or hyphens:
# "don’t", "well-known") or one other mark, with the whitespace after it.
# Underscores are marks, not letters, so Markdown emphasis stays apart from
# the word it wraps.
_WORD = r"[^\W_]+(?:['’-][^\W_]+)*"
_TOKEN_RE = re.compile(rf"({_WORD}|[^\s])(\s*)")
_WORD_RE = re.compile(_WORD)
_LEADING_SPACE_RE = re.compile(r"\s*")
_SENTENCE_ENDS = frozenset(".!?…")
_LONG_PIECE = 40
_WORK_LIMIT = 2_000_000


@dataclass(frozen=True)
class Segment:
    kind: Kind
    text: str


# (token, whitespace after it); the whitespace never takes part in the comparison.
_Item = tuple[str, str]


def compare(old: str, new: str) -> list[Segment]:
    """The new text cut into equal and inserted segments, with the old text's deletions in place.

    Adjacent segments never share a kind. Equal and inserted segments carry
    the new text (with its whitespace); deleted ones carry the old text.
    Two empty texts give no segments; two texts that differ at most in
    whitespace give one equal segment.
    """
    _, old_items = _items(old)
    new_lead, new_items = _items(new)
    out = _Segments()
    out.add("equal" if old_items or not new_items else "insert", new_lead)
    old_pieces = _pieces(old_items)
    new_pieces = _pieces(new_items)
    matcher = _matcher([key for key, _ in old_pieces], [key for key, _ in new_pieces])
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.add("equal", "".join(_join(items) for _, items in new_pieces[j1:j2]))
        else:
            _compare_words(
                [item for _, items in old_pieces[i1:i2] for item in items],
                [item for _, items in new_pieces[j1:j2] for item in items],
                out,
            )
    return out.segments


def summary(segments: Iterable[Segment]) -> tuple[int, int]:
    """(words inserted, words deleted); punctuation marks and whitespace are not words."""
    inserted = deleted = 0
    for segment in segments:
        if segment.kind == "insert":
            inserted += len(_WORD_RE.findall(segment.text))
        elif segment.kind == "delete":
            deleted += len(_WORD_RE.findall(segment.text))
    return inserted, deleted


def compare_html(old: str, new: str) -> str:
    """The new text as an HTML fragment, with insertions underlined in green and deletions struck in red.

    Everything is escaped and shown as plain text (Markdown is not rendered);
    line breaks become ``<br>``, so blank lines keep paragraphs apart, and the
    ``white-space:pre-wrap`` wrapper keeps runs of spaces (list indents).
    The colours are inline styles, which Qt's rich text honours on
    ``<ins>`` and ``<del>``.
    """
    parts: list[str] = []
    for segment in compare(old, new):
        body = _escape(segment.text)
        if segment.kind == "insert":
            parts.append(f'<ins style="{INSERT_STYLE}">{body}</ins>')
        elif segment.kind == "delete":
            parts.append(f'<del style="{DELETE_STYLE}">{body}</del>')
        else:
            parts.append(body)
    return '<div style="white-space:pre-wrap">' + "".join(parts) + "</div>"


class _Segments:
    """Segments being built: empty text is dropped, neighbours of one kind are merged."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []

    def add(self, kind: Kind, text: str) -> None:
        if not text:
            return
        if self.segments and self.segments[-1].kind == kind:
            self.segments[-1] = Segment(kind, self.segments[-1].text + text)
        else:
            self.segments.append(Segment(kind, text))


def _items(text: str) -> tuple[str, list[_Item]]:
    """The whitespace the text starts with, and its tokens."""
    lead = _LEADING_SPACE_RE.match(text)
    start = lead.end() if lead else 0
    return text[:start], [(m.group(1), m.group(2)) for m in _TOKEN_RE.finditer(text, start)]


def _pieces(items: list[_Item]) -> list[tuple[tuple[str, ...], list[_Item]]]:
    """The tokens cut after each sentence and paragraph, keyed by their tokens without whitespace.

    Sentences, so that a statement written as one long paragraph is still
    compared piece by piece; and lines, once a piece is long (a long list
    with no full stops). Short lines are not cut apart: lines that recur
    (list items, table rows) would match the wrong recurrence. A reflowed
    paragraph may have its pieces cut elsewhere: they differ, and their
    words are then compared (equal).
    """
    pieces: list[tuple[tuple[str, ...], list[_Item]]] = []
    current: list[_Item] = []
    for item in items:
        current.append(item)
        token, space = item
        if space and (
            token in _SENTENCE_ENDS
            or space.count("\n") >= 2
            or ("\n" in space and len(current) >= _LONG_PIECE)
        ):
            pieces.append((tuple(token for token, _ in current), current))
            current = []
    if current:
        pieces.append((tuple(token for token, _ in current), current))
    return pieces


def _join(items: Sequence[_Item]) -> str:
    return "".join(token + space for token, space in items)


def _matcher(a: Sequence[Hashable], b: Sequence[Hashable]) -> SequenceMatcher[Hashable]:
    """difflib's matcher, told to skip b's most frequent tokens when a and b would take too long.

    The first search for the longest match looks at every place in b of
    every token of a; a text of one word repeated thousands of times would
    take minutes. Beyond ``_WORK_LIMIT`` such places, difflib's own
    "autojunk" heuristic is used: the result is still right, only coarser.
    """
    counts = Counter(b)
    work = sum(counts[token] for token in a)
    return SequenceMatcher(None, a, b, autojunk=work > _WORK_LIMIT)


def _compare_words(old: list[_Item], new: list[_Item], out: _Segments) -> None:
    old_tokens = [token for token, _ in old]
    new_tokens = [token for token, _ in new]
    # The same tokens at both ends are equal whatever the matcher would say: leave them out of its work.
    most = min(len(old_tokens), len(new_tokens))
    head = 0
    while head < most and old_tokens[head] == new_tokens[head]:
        head += 1
    tail = 0
    while tail < most - head and old_tokens[-1 - tail] == new_tokens[-1 - tail]:
        tail += 1
    old_end = len(old_tokens) - tail
    new_end = len(new_tokens) - tail
    opcodes: list[_Opcode] = [("equal", 0, head, 0, head)] if head else []
    middle = _matcher(old_tokens[head:old_end], new_tokens[head:new_end])
    opcodes += [(tag, i1 + head, i2 + head, j1 + head, j2 + head)
                for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    if tail:
        opcodes.append(("equal", old_end, len(old_tokens), new_end, len(new_tokens)))
    for tag, i1, i2, j1, j2 in _slide_to_words(_merged(opcodes), old, new):
        old_text = _join(old[i1:i2])
        new_text = _join(new[j1:j2])
        if tag == "equal":
            out.add("equal", new_text)
        elif tag == "delete":
            out.add("delete", old_text)
        elif tag == "insert":
            out.add("insert", new_text)
        else:
            # A replaced phrase: the space after it is not part of the change.
            old_core = old_text.rstrip()
            new_core = new_text.rstrip()
            if old_core != old_text and new_core != new_text:
                out.add("delete", old_core)
                out.add("insert", new_core)
                out.add("equal", new_text[len(new_core):])
            else:
                out.add("delete", old_text)
                out.add("insert", new_text)


_Opcode = tuple[str, int, int, int, int]


def _merged(opcodes: list[_Opcode]) -> list[_Opcode]:
    """Neighbouring equal opcodes as one (the trimmed ends meet the matcher's own)."""
    merged: list[_Opcode] = []
    for opcode in opcodes:
        if merged and opcode[0] == "equal" == merged[-1][0]:
            last = merged[-1]
            merged[-1] = ("equal", last[1], opcode[2], last[3], opcode[4])
        else:
            merged.append(opcode)
    return merged


def _slide_to_words(opcodes: Sequence[_Opcode], old: list[_Item], new: list[_Item]) -> list[_Opcode]:
    """Pure insertions and deletions moved, where the tokens allow, to start at a word and end before a space.

    "One. Two. Three." against "One. Three." deletes either ". Two" or
    "Two. ": the same tokens, but only the second reads as a change.
    """
    ops = list(opcodes)
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag not in ("insert", "delete"):
            continue
        items, lo, hi = (old, i1, i2) if tag == "delete" else (new, j1, j2)
        before = ops[k - 1] if k > 0 else None
        after = ops[k + 1] if k + 1 < len(ops) else None
        floor = (before[1] if tag == "delete" else before[3]) if before else lo
        ceiling = (after[2] if tag == "delete" else after[4]) if after else hi
        left = 0
        while lo - left - 1 >= floor and items[lo - left - 1][0] == items[hi - left - 1][0]:
            left += 1
        right = 0
        while hi + right < ceiling and items[lo + right][0] == items[hi + right][0]:
            right += 1
        if not left and not right:
            continue
        shift = max(range(-left, right + 1), key=lambda d: (_fit(items, lo + d, hi + d), -abs(d)))
        if shift and before and after:
            ops[k - 1] = (before[0], before[1], before[2] + shift, before[3], before[4] + shift)
            ops[k] = (tag, i1 + shift, i2 + shift, j1 + shift, j2 + shift)
            ops[k + 1] = (after[0], after[1] + shift, after[2], after[3] + shift, after[4])
    return ops


def _fit(items: list[_Item], start: int, end: int) -> int:
    """How well tokens start:end read as a change of their own.

    Best between paragraphs, then between lines, then between words, and
    starting with a word rather than a mark.
    """
    before = items[start - 1][1] if start else "\n\n"
    starts_a_word = _WORD_RE.fullmatch(items[start][0]) is not None
    return 2 * (_boundary(before) + _boundary(items[end - 1][1])) + starts_a_word


def _boundary(space: str) -> int:
    """0 inside a word group, 1 between words, 2 between lines, 3 between paragraphs."""
    if not space:
        return 0
    lines = space.count("\n")
    return 3 if lines >= 2 else 2 if lines else 1


def _escape(text: str) -> str:
    text = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=True)
    return text.replace("\n", "<br>")
