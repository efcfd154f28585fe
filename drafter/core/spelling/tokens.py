"""The words of a Markdown statement that spelling should look at, with their offsets.

Skipped: fenced and indented code blocks, code spans, URLs (``http://``,
``https://``, ``www.``, bare domains such as ``eastharbor.gov``), e-mail
addresses, ``{{ placeholders }}``, HTML tags and comments
(``<!-- fixed: about -->``), link targets (in ``[text](url)`` the text is
checked, the url is not), HTML entities, hashtags and @handles, numbers and
words that contain digits ("3rd", "COVID19") or underscores (``field_name``),
and, unless told otherwise, words in capitals (acronyms such as "EHPD",
"EHPD's", "PDs").

A word is a run of letters, with apostrophes inside it ("mayor's",
"mayor’s", "o'clock"); hyphens separate words, so "police-community" is two.
Offsets are Python string indices into the original text: a curly
apostrophe stays as it is in :attr:`Word.text` (the checker normalises it).

Two ways in:

* :func:`iter_words` for a whole text;
* :func:`scan_line` for one line at a time, as a syntax highlighter sees
  them: it takes the state the previous line left (``-1`` for the first
  line, like ``QSyntaxHighlighter.previousBlockState()``) and returns the
  line's words with the state to store for the next line. Code fences,
  indented code, lists and multi-line HTML comments are all carried in that
  one integer. :func:`iter_words_in_line` is the simpler form for a caller
  that tracks code blocks itself. Both cost a few microseconds per line plus
  about a microsecond per word.

Known limit: a code span or link that runs over a line break is checked as
prose on each line (Markdown allows it; statements rarely do it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from drafter.core.templates.placeholders import LOOSE_PLACEHOLDER, PLACEHOLDER


class Word(NamedTuple):
    text: str  # as written, curly apostrophes and all
    start: int  # offset of the first letter
    end: int  # offset just after the last letter


# Letters with apostrophes inside; not glued to a digit, nor joined by "_" to a letter or digit.
_WORD = re.compile(
    r"(?<![^\W_])(?<![^\W_]_)[^\W\d_]+(?:['’][^\W\d_]+)*(?![^\W_])(?!_[^\W_])"
)
# What to skip inside a line, each with a string that must be in the line for it
# to match (so that most lines are scanned by only a few of them).
_SKIPPED: list[tuple[str, re.Pattern[str]]] = [
    (trigger, re.compile(pattern, re.MULTILINE))
    for trigger, pattern in [
        ("`", r"(`+)(?!`).*?(?<!`)\1(?!`)"),  # a code span
        ("<", r"<!--.*?(?:-->|$)|</?[A-Za-z][^<>\n]*>"),  # an HTML comment (maybe going on), tag, autolink
        ("](", r"\]\([^)\n]*\)?"),  # a link or image target: [text](url "title")
        ("]:", r"^[ ]{0,3}\[[^\]\n]+\]:.*$"),  # a link reference definition
        ("[^", r"\[\^[^\]\n]*\]"),  # a footnote mark
        ("://", r"\b[A-Za-z][A-Za-z0-9+.-]*://\S*"),  # a URL with a scheme
        ("www.", r"\bwww\.\S*"),
        ("mailto:", r"\bmailto:\S*"),
        ("@", r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w+"),  # an e-mail address, a handle
        ("#", r"(?<![\w&])#[^\W\d_]\w*"),  # a hashtag
        ("&", r"&#?\w+;"),  # an HTML entity
        ("{{", PLACEHOLDER.pattern + "|" + LOOSE_PLACEHOLDER.pattern),
    ]
]
# A bare domain ("eastharbor.gov"): looked for only where a known ending is.
_DOMAIN_END = re.compile(r"\.(?:com|org|gov|net|edu|us|info|io|mil|int|co)\b")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|gov|net|edu|us|info|io|mil|int|co)\b(?:/\S*)?")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")

#: Line states for :func:`scan_line`. Fences are ``FENCE + 2 * length`` (+1 for "~").
START = -1
PROSE = 0
BLANK = 1
INDENTED_CODE = 2
HTML_COMMENT = 3
LIST_ITEM = 4
BLANK_IN_LIST = 5
FENCE = 16


def is_acronym(word: str) -> bool:
    """Capitals only ("EHPD"), also with a possessive or plural ("EHPD's", "PDs")."""
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    elif word[-1:] == "s" and len(word) > 2:
        word = word[:-1]
    return len(word) > 1 and word.isupper()


def iter_words_in_line(line: str, *, in_code_block: bool, skip_all_caps: bool = True) -> Iterator[Word]:
    """The words of one line of prose (offsets into ``line``); none in a code block.

    ``in_code_block`` is true for a line inside (or opening, or closing) a
    fenced or indented code block. Code spans, links and the rest are
    skipped within the line.
    """
    if in_code_block:
        return
    yield from _words(line, 0, len(line), skip_all_caps)


def _skipped_spans(line: str, begin: int, end: int) -> list[tuple[int, int]]:
    spans = [
        match.span()
        for trigger, pattern in _SKIPPED
        if trigger in line
        for match in pattern.finditer(line, begin, end)
    ]
    if _DOMAIN_END.search(line, begin, end):
        spans.extend(match.span() for match in _DOMAIN.finditer(line, begin, end))
    spans.sort()
    return spans


def _words(line: str, begin: int, end: int, skip_all_caps: bool, offset: int = 0) -> Iterator[Word]:
    skipped = _skipped_spans(line, begin, end)
    at = 0
    count = len(skipped)
    for match in _WORD.finditer(line, begin, end):
        start, stop = match.span()
        if count:
            while at < count and skipped[at][1] <= start:
                at += 1
            # spans may overlap, so look at every span that starts before the word ends
            if any(s_start < stop and start < s_end for s_start, s_end in skipped[at:] if s_start < stop):
                continue
        text = match.group()
        if skip_all_caps and text[0].isupper() and is_acronym(text):
            continue
        yield Word(text, start + offset, stop + offset)


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _fence_state(marker: str) -> int:
    return FENCE + 2 * len(marker) + (1 if marker[0] == "~" else 0)


def scan_line(
    line: str, previous: int, *, skip_all_caps: bool = True, offset: int = 0
) -> tuple[list[Word], int]:
    """The words of one line and the state for the next line.

    ``previous`` is what the line before returned (``-1`` for the first).
    ``line`` may end with its line break or not. Offsets are into ``line``,
    plus ``offset`` (where the line starts in a larger text, if you like).
    """
    if previous >= FENCE:  # inside a fenced block: only its closing fence ends it
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            opened_length, tilde = divmod(previous - FENCE, 2)
            if (marker[0] == "~") == bool(tilde) and len(marker) >= opened_length and (
                not line[match.end() :].strip()
            ):
                return [], BLANK
        return [], previous
    begin = 0
    if previous == HTML_COMMENT:
        close = line.find("-->")
        if close < 0:
            return [], HTML_COMMENT
        begin = close + 3
        previous = PROSE
    stripped = line.strip()
    if not stripped:
        return [], BLANK_IN_LIST if previous in (LIST_ITEM, BLANK_IN_LIST) else BLANK
    if begin == 0:
        match = _FENCE.match(line)
        if match:
            return [], _fence_state(match.group(1))
        indent = _indent(line)
        if indent >= 4 and previous in (START, BLANK, INDENTED_CODE):
            return [], INDENTED_CODE
        if _LIST_ITEM.match(line) or (indent >= 2 and previous in (LIST_ITEM, BLANK_IN_LIST)):
            state = LIST_ITEM
        elif previous == LIST_ITEM:
            state = LIST_ITEM  # a lazy continuation of the item
        else:
            state = PROSE
    else:
        state = PROSE
    words = list(_words(line, begin, len(line), skip_all_caps, offset))
    opened = line.rfind("<!--", begin)
    if opened >= 0 and line.find("-->", opened + 4) < 0:
        state = HTML_COMMENT
    return words, state


def iter_words(text: str, *, skip_all_caps: bool = True) -> Iterator[Word]:
    """Every word of ``text`` that spelling should check, in order (offsets into ``text``)."""
    state = START
    offset = 0
    for line in text.splitlines(keepends=True):
        words, state = scan_line(line, state, skip_all_caps=skip_all_caps, offset=offset)
        yield from words
        offset += len(line)
