"""Word-level comparison of two revisions of a statement, as a word processor's Compare shows it.

The texts are cut into words, single punctuation marks and whitespace, so
"officers," against "officers." differs only in the mark, and a replaced
phrase comes out as a deletion followed by an insertion. Whitespace only
separates: any run of it equals any other run (a reflowed paragraph is
unchanged), and the output keeps the new text's whitespace, so the equal and
inserted segments put together give back the new text exactly. One
consequence: splitting or joining paragraphs, with no word changed, is not
marked (the new text shows the new paragraphs).

How, quickly: the paragraphs and sentences are matched first and only the
ones that changed are compared word by word, so a long statement with a few
edits costs little more than reading it.

Left alone: Markdown is compared and shown as plain text, not rendered; no
attempt is made to detect moved text (a moved sentence is a deletion and an
insertion); nothing here stores or loads revisions.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
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
    old_paragraphs = _paragraphs(old_items)
    new_paragraphs = _paragraphs(new_items)
    matcher = SequenceMatcher(
        None, [key for key, _ in old_paragraphs], [key for key, _ in new_paragraphs], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.add("equal", "".join(_join(items) for _, items in new_paragraphs[j1:j2]))
        else:
            _compare_words(
                [item for _, items in old_paragraphs[i1:i2] for item in items],
                [item for _, items in new_paragraphs[j1:j2] for item in items],
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


def _paragraphs(items: list[_Item]) -> list[tuple[tuple[str, ...], list[_Item]]]:
    """The tokens cut after each blank line and each sentence, keyed by their tokens without whitespace.

    Sentences too, so that a statement written as one long paragraph is
    still compared piece by piece.
    """
    paragraphs: list[tuple[tuple[str, ...], list[_Item]]] = []
    current: list[_Item] = []
    for item in items:
        current.append(item)
        if item[1] and (item[0] in _SENTENCE_ENDS or item[1].count("\n") >= 2):
            paragraphs.append((tuple(token for token, _ in current), current))
            current = []
    if current:
        paragraphs.append((tuple(token for token, _ in current), current))
    return paragraphs


def _join(items: Sequence[_Item]) -> str:
    return "".join(token + space for token, space in items)


def _compare_words(old: list[_Item], new: list[_Item], out: _Segments) -> None:
    matcher = SequenceMatcher(None, [t for t, _ in old], [t for t, _ in new], autojunk=False)
    for tag, i1, i2, j1, j2 in _slide_to_words(matcher.get_opcodes(), old, new):
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

    Best after a space, starting with a word and ending before a space.
    """
    return (
        2 * (start == 0 or items[start - 1][1] != "")
        + (_WORD_RE.fullmatch(items[start][0]) is not None)
        + (items[end - 1][1] != "")
    )


def _escape(text: str) -> str:
    text = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=True)
    return text.replace("\n", "<br>")
