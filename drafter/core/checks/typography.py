"""Typography: slips of the keyboard that a reader notices at once.

Four checks, each with its own id:

- ``repeated-words`` (:func:`repeated_words`): the same word twice in a row,
  "the the", also across a line break and whatever the case ("The the").
  Left alone: doubles that English uses on purpose ("had had", "that that",
  "gave her her badge", "very very", "bye bye"), words with punctuation
  between them ("No. No."), numbers, and pairs of capitalised words, which
  are names ("Walla Walla").
- ``punctuation`` (:func:`doubled_punctuation`): ",,", ";;", "::", "..",
  "!!", "??", a comma and a full stop together (",.", ".,"), and a space
  before a comma, full stop, semicolon, colon, "!" or "?". Left alone: the
  ellipsis ("...", "…", ". . ."), "?!" and "!?", decimals ("3.5"), an
  abbreviation's full stop before a comma ("in the U.S., officers"), and
  whatever the prose view blanks (code, web addresses, markup).
- ``balance`` (:func:`unbalanced`): parentheses, brackets and double
  quotation marks that do not pair up within their paragraph. A quotation
  that runs over several paragraphs, press style, opens each paragraph with
  “ and closes only in the last one: that is correct and not reported.
  Single quotation marks are mostly left alone, because ’ is also the
  apostrophe ("mayor’s", "’90s", "officers’"): only an opening ‘ with no ’
  after it anywhere in its paragraph is reported. A ")" after a lone letter
  or number ("a) … b)") and a smiley ":)" are not counted.
- ``quote-style`` (:func:`mixed_quotes`): straight (" ') and curly (“ ” ‘ ’)
  quotation marks and apostrophes in one statement. The style used less is
  reported, mark by mark (the first 20), with the mark of the other style as
  the fix. Left alone: inch and foot marks after a digit (6'2", 12" pipe).

Dashes (– —) are never reported by any of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import ABBREVIATIONS

REPEATED_WORDS = "repeated-words"
PUNCTUATION = "punctuation"
BALANCE = "balance"
QUOTE_STYLE = "quote-style"

# ---------------------------------------------------------------- repeated words

# Doubles that are grammatical or said on purpose: "she had had enough", "the
# point is that that matters", "gave her her badge", "very very proud".
LEGITIMATE_DOUBLES = frozenset({
    "had", "that", "her", "do", "very", "really", "many", "so", "bye", "no", "yes", "now", "there",
    "well", "knock", "ha", "tut", "chop", "blah",
})
# Between two words: spaces, or one line break, possibly into a ">" quotation line.
# (Written so that no two runs of spaces sit side by side: they would backtrack
# over every split of a deep indentation.)
_WORD_GAP = re.compile(r"[ \t]*(?:\n(?:[ \t]*>)*[ \t]*)?")


def repeated_words(draft: Draft) -> Iterator[Finding]:
    """The same word twice in a row ("the the"); the fix keeps the first."""
    words = draft.words
    prose, text = draft.prose, draft.text
    for first, second in itertools.pairwise(words):
        if first.text.casefold() != second.text.casefold():
            continue
        if first.text.casefold() in LEGITIMATE_DOUBLES or (_is_title_case(first.text)
                                                          and _is_title_case(second.text)):
            continue
        gap = prose[first.end:second.start]
        if gap.strip() or gap.count("\n") > 1:
            continue  # punctuation between them, or a new paragraph
        raw_gap = text[first.end:second.start]
        if not _WORD_GAP.fullmatch(raw_gap):
            continue  # markup between them ("*very* very", a list item, a link): on purpose or not a pair
        yield draft.finding(
            REPEATED_WORDS, first.start, second.end,
            f"The word “{first.text}” is written twice in a row. Delete one of them.",
            severity=Severity.WARNING, fix=first.text if not raw_gap.strip() else None)


def _is_title_case(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# ---------------------------------------------------------------- doubled punctuation

_DOUBLED = re.compile(
    r"(?P<same>([,;:!?])\2+)"  # ",,", "!!!"
    r"|(?<![.…])(?P<dots>\.\.)(?![.…])"  # two full stops, not an ellipsis
    r"|(?P<pair>[,;:][.,;:]|\.[,;:])"  # a comma and a full stop, and the like
    r"|(?<![ \t])(?P<space>[ \t]+)(?P<mark>[,.;:!?])"  # a space before the mark (from the run's start:
    # without the lookbehind, a long run of blanked prose is scanned again from every space)
)
_NAMES = {",": "comma", ";": "semicolon", ":": "colon", "!": "exclamation mark", "?": "question mark",
          ".": "full stop"}


def doubled_punctuation(draft: Draft) -> Iterator[Finding]:
    """Doubled or clashing punctuation, and a space before a punctuation mark."""
    prose, text = draft.prose, draft.text
    for match in _DOUBLED.finditer(prose):
        start, end = match.span()
        if match.group("space"):
            start = _space_before(text, match.start("mark"))  # the spaces as typed, not the blanked markup
        if start == end - 1 or text[start:end] != prose[start:end]:
            continue  # no space typed, or something blanked (a web address, markup) lies inside
        if match.group("same") or match.group("dots"):
            mark = match.group(0)[0]
            yield draft.finding(
                PUNCTUATION, start, end,
                f"“{match.group(0)}”: the {_NAMES[mark]} is doubled. Keep one.",
                severity=Severity.WARNING, fix=mark)
        elif pair := match.group("pair"):
            if pair[0] == "." and _abbreviation_before(prose, start):
                continue  # "U.S., officers": the full stop belongs to the abbreviation
            first_name, second_name = _NAMES[pair[0]], _NAMES[pair[1]]
            if pair[1] == ".":
                yield draft.finding(
                    PUNCTUATION, start, end,
                    f"“{pair}”: a {first_name} and a full stop together. Keep the full stop.",
                    severity=Severity.WARNING, fix=".")
            else:
                yield draft.finding(
                    PUNCTUATION, start, end,
                    f"“{pair}”: a {first_name} and a {second_name} together. "
                    "Keep the one the sentence needs.",
                    severity=Severity.WARNING, suggestions=(pair[1], pair[0]))
        else:
            mark = match.group("mark")
            if _space_is_fine(prose, match.start("mark"), mark):
                continue
            yield draft.finding(
                PUNCTUATION, start, end,
                f"A space before the {_NAMES[mark]} “{mark}”. Remove the space.",
                severity=Severity.WARNING, fix=mark)


def _space_before(text: str, mark: int) -> int:
    """Where the spaces typed before ``mark`` begin; ``mark`` itself when there are none, or when
    they start the line (an indented continuation line is not a space before a mark)."""
    start = mark
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return mark if start == 0 or text[start - 1] == "\n" else start


def _abbreviation_before(prose: str, dot: int) -> bool:
    """True when the "." at ``dot`` ends an abbreviation ("U.S.", "a.m.", "etc.", "J.")."""
    start = dot
    while start > 0 and (prose[start - 1].isalpha() or prose[start - 1] == "."):
        start -= 1
    token = prose[start:dot]
    bare = token.rstrip(".").lower()
    return bare in ABBREVIATIONS or "." in token or (len(token) == 1 and token.isupper())


def _space_is_fine(prose: str, at: int, mark: str) -> bool:
    """A space before ``mark`` that is right: an ellipsis (" ...", ". . ."), ".5", ".gov", a ":)"."""
    following = prose[at + 1:at + 2]
    if mark == ".":
        spaced_ellipsis = prose[at:at + 3] == ". ." or prose[max(at - 2, 0):at + 1] == ". ."
        return spaced_ellipsis or following == "." or following.isalnum()
    if mark == ":":
        return following.isalnum() or following in ")(-"
    return False


# ---------------------------------------------------------------- balance

_MARKS = re.compile(r"[()\[\]“”\"‘]")
_CLOSING_FOLLOWERS = frozenset(".,;:!?)]}—–-…’”'")
_OPENING_PRECEDERS = frozenset("([{—–-/“‘")
_ENUMERATION = re.compile(r"(?<![^\s(])(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})$")
_PAIRS = {")": "(", "]": "["}
_MARK_NAMES = {"(": "parenthesis", ")": "parenthesis", "[": "bracket", "]": "bracket"}

OPEN, CLOSE, EITHER, INCH = "open", "close", "either", "inch"


def unbalanced(draft: Draft) -> Iterator[Finding]:
    """Parentheses, brackets and double quotation marks that do not pair up in their paragraph."""
    prose = draft.prose
    blocks = draft.blocks
    open_quote: int | None = None  # where the quotation now open began
    for index, block in enumerate(blocks):
        marks = [(block.start + m.start(), m.group(0)) for m in _MARKS.finditer(block.text)]
        openers: dict[str, list[int]] = {"(": [], "[": []}
        first_quote = True
        for offset, mark in marks:
            if mark in "([":
                openers[mark].append(offset)
            elif mark in ")]":
                stack = openers[_PAIRS[mark]]
                if stack:
                    stack.pop()
                elif not (mark == ")" and _enumeration_or_smiley(prose, block.start, offset)):
                    opening = _PAIRS[mark]
                    yield draft.finding(
                        BALANCE, offset, offset + 1,
                        f"This closing {_MARK_NAMES[mark]} “{mark}” has no opening “{opening}” "
                        "before it in its paragraph. Add the opening one, or remove this one.",
                        severity=Severity.WARNING)
            elif mark == "‘":
                if not prose[offset + 1:offset + 2].isdigit() and "’" not in prose[offset + 1:block.end]:
                    yield draft.finding(
                        BALANCE, offset, offset + 1,
                        "This opening single quotation mark “‘” is not closed with “’” in its paragraph. "
                        "Add the closing mark where the quotation ends, or remove this one.",
                        severity=Severity.WARNING)
            else:
                kind = _quote_kind(prose, offset, open_quote is not None)
                if kind == INCH:
                    continue
                reopens = first_quote and open_quote is not None and offset == block.start and kind != CLOSE
                first_quote = False
                if reopens:
                    open_quote = offset  # press style: a quotation that goes on opens each paragraph again
                elif kind == OPEN or (kind == EITHER and open_quote is None):
                    if open_quote is not None:
                        yield _unclosed_quote(draft, open_quote)
                    open_quote = offset
                elif open_quote is not None:
                    open_quote = None
                else:
                    yield draft.finding(
                        BALANCE, offset, offset + 1,
                        "This closing quotation mark has no opening mark before it in its paragraph. "
                        "Add the opening “ where the quotation starts, or remove this one.",
                        severity=Severity.WARNING)
        for opening, stack in openers.items():
            closing = ")" if opening == "(" else "]"
            for offset in stack:
                yield draft.finding(
                    BALANCE, offset, offset + 1,
                    f"This opening {_MARK_NAMES[opening]} “{opening}” is not closed in its paragraph. "
                    f"Add the closing “{closing}”, or remove this one.",
                    severity=Severity.WARNING)
        if open_quote is not None and not (index + 1 < len(blocks)
                                           and _quotation_goes_on(prose, blocks[index + 1].start,
                                                                  blocks[index + 1].text)):
            yield _unclosed_quote(draft, open_quote)
            open_quote = None


def _unclosed_quote(draft: Draft, offset: int) -> Finding:
    return draft.finding(
        BALANCE, offset, offset + 1,
        "This quotation is never closed: the quotation mark here has no closing mark in its paragraph. "
        "Add the closing ” where the quotation ends. (A quotation that goes on into the next paragraph "
        "is fine when that paragraph opens with “ again.)",
        severity=Severity.WARNING)


def _quotation_goes_on(prose: str, start: int, text: str) -> bool:
    """True when a paragraph carries on an open quotation: it opens with a quotation mark
    (press style), or the first double quotation mark in it closes."""
    for match in _MARKS.finditer(text):
        mark = match.group(0)
        if mark not in "“”\"":
            continue
        offset = start + match.start()
        kind = _quote_kind(prose, offset, True)
        if kind == INCH:
            continue
        return match.start() == 0 or kind != OPEN
    return False


def _quote_kind(prose: str, offset: int, quote_open: bool) -> str:
    """Whether the double quotation mark at ``offset`` opens or closes, judged by what is around it."""
    mark = prose[offset]
    if mark == "“":
        return OPEN
    if mark == "”":
        return CLOSE
    before = prose[offset - 1] if offset else " "
    after = prose[offset + 1] if offset + 1 < len(prose) else " "
    if before.isdigit():
        return CLOSE if quote_open else INCH  # "Route 9" closes; 6'2" is a measure
    space_before = before.isspace() or before in _OPENING_PRECEDERS
    space_after = after.isspace() or after in _CLOSING_FOLLOWERS
    if space_before and not space_after:
        return OPEN
    if space_after and not space_before:
        return CLOSE
    return EITHER


def _enumeration_or_smiley(prose: str, block_start: int, offset: int) -> bool:
    """A ")" that closes nothing on purpose: "a) first, b) second", "1)", ":)"."""
    if prose[offset - 1:offset] in (":", ";", "="):
        return True
    return bool(_ENUMERATION.search(prose, max(block_start, offset - 5), offset))


# ---------------------------------------------------------------- quote style

_QUOTE_MARKS = re.compile(r"[\"'“”‘’]")
_STRAIGHT = "\"'"
_TO_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}
_ELISIONS = frozenset({"em", "til", "tis", "twas", "n", "cause", "bout"})
MAX_STYLE_FINDINGS = 20


def mixed_quotes(draft: Draft) -> Iterator[Finding]:
    """Straight and curly quotation marks in one statement: the style used less, mark by mark."""
    prose = draft.prose
    straight: list[int] = []
    curly: list[int] = []
    for match in _QUOTE_MARKS.finditer(prose):
        offset = match.start()
        if match.group(0) in _STRAIGHT:
            if offset and prose[offset - 1].isdigit():
                continue  # an inch or foot mark: 6'2"
            straight.append(offset)
        else:
            curly.append(offset)
    if not straight or not curly:
        return
    to_curly = len(curly) >= len(straight)  # on a tie, the typographer's marks win
    minority = straight if to_curly else curly
    message = (
        "Most quotation marks and apostrophes in this statement are curly (“ ” ’); this one is straight. "
        "Use one style throughout."
        if to_curly else
        "Most quotation marks and apostrophes in this statement are straight (\" '); this one is curly. "
        "Use one style throughout."
    )
    for offset in minority[:MAX_STYLE_FINDINGS]:
        mark = prose[offset]
        fix = _curly(prose, offset) if to_curly else _TO_STRAIGHT[mark]
        yield draft.finding(QUOTE_STYLE, offset, offset + 1, message, severity=Severity.ADVICE, fix=fix)


def _curly(prose: str, offset: int) -> str:
    """The curly mark for the straight one at ``offset``: opening or closing by what is around it."""
    mark = prose[offset]
    before = prose[offset - 1] if offset else " "
    after = prose[offset + 1] if offset + 1 < len(prose) else " "
    opens = (before.isspace() or before in _OPENING_PRECEDERS) and not after.isspace()
    if mark == '"':
        return "“" if opens else "”"
    if not opens or after.isdigit():
        return "’"  # an apostrophe, a closing quote, or an elision like ’90s
    word = re.match(r"[^\W\d_]+", prose[offset + 1:offset + 8])
    if word and word.group(0).lower() in _ELISIONS:
        return "’"
    return "‘"
