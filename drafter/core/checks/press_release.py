"""Press-release form: what a newsroom expects of a release on the wire.

Runs only for a statement whose template is a press release
(``draft.template.press_release``). It reports:

- a headline in capital letters (the headline is the first block that is
  not a "FOR IMMEDIATE RELEASE" or "EMBARGOED" line: a heading, or a
  paragraph's first line). A headline of three words or more is reported
  when at least two of its words are in capitals and capitals make up most
  of its letters, not counting acronyms the release also uses in capitals
  elsewhere ("EHPD", "FEMA"). A headline in title case is suggested, not
  applied: only the drafter knows which words are names;
- each exclamation mark (or run of them) outside a quotation: a "!" inside
  “…” or "…" is the speaker's and is left alone. The fix is a full stop;
- a missing media contact: a line saying "Media contact", "Press contact",
  "Media inquiries" or "Contact:" with a phone number or an e-mail address
  on it or on the few lines after it;
- a missing end mark: a line that is only "###" (also written "\\###" or
  "# # #"), "-30-" or "- 30 -", at or near the end;
- a missing dateline: the first paragraph after the headline should open
  with the place and a dash: "EAST HARBOR, Ohio — " or "EAST HARBOR, Ohio
  (June 10, 2025) – ". The town may be in capitals (wire style) or, when the
  state follows, as the release template writes it ("East Harbor, Ohio — ").
  A release line, a date line or a one-line subhead between the headline and
  the first paragraph is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import WORD, Block, Span

CHECK = "press-release"

_RELEASE_LINE = re.compile(r"(?:for\s+immediate\s+release|for\s+release|embargo(?:ed)?)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]*[A-Z]\b")
_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor", "of", "on", "or", "per", "the",
    "to", "up", "via", "vs",
})

_EXCLAMATIONS = re.compile(r"[“”\"]|[!?]*![!?]*")

_CONTACT_LABEL = re.compile(
    r"\b(?:(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations)|contacts?\s*:)", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\+?\d[\s.\-]?)?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}(?!\d)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
CONTACT_LINES_AFTER = 6  # how far below its label a contact's phone or e-mail may be

_END_MARKS = frozenset({"###", "-30-", "–30–", "—30—"})
LINES_AFTER_END_MARK = 15  # an "About" paragraph and a contact may follow the end mark

_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:(?:of|de|la|del|los|las|on|upon|the)[ \t]+)?{_PLACE_WORD}){{0,4}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:[ \t]*,[ \t]*(?P<state>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}))?"
    r"(?:[ \t]*[,(][^()\n—–]{0,40}?\d{4}[ \t]*\)?)?"  # ", June 10, 2025" or "(June 10, 2025)"
    r"(?:[ \t]*/[^/\n]{1,30}/)?"  # a wire service's tag: /PRNewswire/
    r"[ \t]*(?:—|–|--|-)(?=\s)"
)
_SUBHEAD_WORDS = 14  # a line this short, with no full stop, is a subhead or a date line, not the lede


def check(draft: Draft) -> Iterator[Finding]:
    if not draft.template.press_release or not draft.text.strip():
        return
    blocks = [block for block in draft.blocks if block.text.strip()]
    headline_index = _headline_index(blocks)
    if headline_index is not None:
        headline = blocks[headline_index]
        if not _DATELINE.match(headline.text) or headline.kind == "heading":
            yield from _capitals_headline(draft, blocks, headline)
            yield from _dateline(draft, blocks[headline_index + 1:])
    yield from _exclamations(draft)
    yield from _media_contact(draft)
    yield from _end_mark(draft)


# ---------------------------------------------------------------- headline


def _headline_index(blocks: list[Block]) -> int | None:
    for index, block in enumerate(blocks):
        if not _RELEASE_LINE.match(block.text):
            return index
    return None


def _capitals_headline(draft: Draft, blocks: list[Block], block: Block) -> Iterator[Finding]:
    line_end = block.text.find("\n")
    end = block.end if line_end < 0 or block.kind == "heading" else block.start + line_end
    while end > block.start and draft.prose[end - 1].isspace():
        end -= 1
    words = [match.group(0) for match in WORD.finditer(draft.prose, block.start, end)]
    if len(words) < 3:
        return
    acronyms = _acronyms(blocks, block)
    shouted = [word for word in words if len(word) > 1 and word.isupper() and word not in acronyms]
    letters = [char for word in words if word not in acronyms for char in word if char.isalpha()]
    capitals = sum(char.isupper() for char in letters)
    if len(shouted) < 2 or capitals * 2 <= len(letters):
        return
    title = _title_case(draft.text[block.start:end], acronyms)
    yield draft.finding(
        CHECK, block.start, end,
        "The headline is in capital letters, which reads as shouting and is hard to scan. "
        f"Write it in headline capitals, e.g. “{title}”.",
        severity=Severity.WARNING, suggestions=(title,))


def _acronyms(blocks: list[Block], headline: Block) -> set[str]:
    """The words in capitals the release uses outside its headline (not the release line or dateline)."""
    found: set[str] = set()
    for block in blocks:
        if block is headline or _RELEASE_LINE.match(block.text):
            continue
        dateline = _DATELINE.match(block.text)
        start = dateline.end() if dateline else 0
        found.update(match.group(0) for match in _ACRONYM.finditer(block.text, start))
    return found


def _title_case(headline: str, acronyms: set[str]) -> str:
    """Headline capitals: each word capitalised but short joining words; acronyms kept."""
    spans = [match.span() for match in WORD.finditer(headline)]
    out: list[str] = []
    position = 0
    for number, (start, end) in enumerate(spans):
        word = headline[start:end]
        out.append(headline[position:start])
        position = end
        if word in acronyms:
            out.append(word)
        elif word.lower() in _SMALL_WORDS and 0 < number < len(spans) - 1:
            out.append(word.lower())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    out.append(headline[position:])
    return "".join(out)


# ---------------------------------------------------------------- dateline


def _dateline(draft: Draft, after_headline: list[Block]) -> Iterator[Finding]:
    for block in after_headline:
        match = _DATELINE.match(block.text)
        if match and (match.group("state") or match.group("place").isupper()):
            return
        if match:
            yield _dateline_in_lower_case(draft, block.start + match.start("place"), match.group("place"))
            return
        if block.kind == "heading" or _RELEASE_LINE.match(block.text) or _is_subhead(block):
            continue
        yield _missing_dateline(draft, block)
        return


def _is_subhead(block: Block) -> bool:
    """A one-line block without a full stop: a subhead, or the date on its own line."""
    text = block.text.strip()
    ends_sentence = re.search(r"[.!?][\"'”’)]*$", text)
    return "\n" not in text and not ends_sentence and len(text.split()) <= _SUBHEAD_WORDS


def _dateline_in_lower_case(draft: Draft, start: int, place: str) -> Finding:
    """"East Harbor — …": a place and a dash, but neither in capitals nor with its state."""
    state = draft.profile.get("org.state", "").strip()
    capitals = place.upper()
    suggestions = (f"{capitals}, {state}", capitals) if state else (capitals,)
    return draft.finding(
        CHECK, start, start + len(place),
        f"Write the dateline's town in capitals, followed by the state: “{suggestions[0]} — ”.",
        severity=Severity.WARNING, suggestions=suggestions)


def _missing_dateline(draft: Draft, block: Block) -> Finding:
    words: list[Span] = [Span(m.start() + block.start, m.end() + block.start, m.group(0))
                         for m in WORD.finditer(block.text)][:3]
    start, end = (words[0].start, words[-1].end) if words else (block.start, block.end)
    town, state = draft.profile.get("org.town", "").strip(), draft.profile.get("org.state", "").strip()
    example = f"{town.upper()}, {state} — " if town and state else "EAST HARBOR, Ohio — "
    suggestions = (example + draft.text[start:end],) if town and state else ()
    return draft.finding(
        CHECK, start, end,
        "The first paragraph has no dateline. Start it with the town in capitals, the state and a dash, "
        f"e.g. “{example}”, so editors see where the news comes from.",
        severity=Severity.WARNING, suggestions=suggestions)


# ---------------------------------------------------------------- exclamation marks


def _exclamations(draft: Draft) -> Iterator[Finding]:
    """Each "!" (or "!!", "?!") outside a quotation; quotations are followed paragraph by paragraph."""
    prose = draft.prose
    for block in draft.blocks:
        quoted = False
        for match in _EXCLAMATIONS.finditer(prose, block.start, block.end):
            mark = match.group(0)
            if mark in "“”\"":
                quoted = mark == "“" or (mark == '"' and not quoted)
                continue
            after = prose[match.end():match.end() + 1]
            if quoted or (after.isalnum() and after.isascii()):
                continue  # the speaker's words, or a name like "Yahoo!s"
            fix = "?" if "?" in mark else "."
            # Spanish "¡…!" would need its "¡" changed too: no one-click fix there
            inverted = "¡" in prose[block.start:match.start()]
            yield draft.finding(
                CHECK, match.start(), match.end(),
                "Press releases do not use exclamation marks outside quotations: they read as "
                f"advertising. End the sentence with “{fix}”.",
                severity=Severity.WARNING, fix=None if inverted else fix,
                suggestions=(fix,) if inverted else ())


# ---------------------------------------------------------------- media contact and end mark


def _media_contact(draft: Draft) -> Iterator[Finding]:
    text_lines = draft.text.split("\n")
    prose_lines = draft.prose.split("\n")
    label_at: int | None = None
    for number, line in enumerate(prose_lines):
        if not _CONTACT_LABEL.search(line):
            continue
        nearby = "\n".join(text_lines[number:number + CONTACT_LINES_AFTER + 1])
        if _PHONE.search(nearby) or _EMAIL.search(nearby):
            return
        if label_at is None:
            label_at = number
    if label_at is not None:
        start, end = _line_span(draft, label_at)
        yield draft.finding(
            CHECK, start, end,
            "The media contact has no phone number or e-mail address. Add both, so reporters can reach "
            "someone the day the release goes out.",
            severity=Severity.WARNING)
        return
    start, end = _last_line_span(draft)
    yield draft.finding(
        CHECK, start, end,
        "The release has no media contact. Add one at the end, after “Media contact”: a name, a phone "
        "number and an e-mail address reporters can use.",
        severity=Severity.WARNING)


def _end_mark(draft: Draft) -> Iterator[Finding]:
    text_lines = draft.text.split("\n")
    prose_lines = draft.prose.split("\n")
    marks = [number for number, line in enumerate(text_lines)
             if line.replace("\\", "").replace(" ", "").strip() in _END_MARKS]
    if marks:
        last = marks[-1]
        if sum(1 for line in prose_lines[last + 1:] if line.strip()) <= LINES_AFTER_END_MARK:
            return
        start, end = _line_span(draft, last, prose=False)
        yield draft.finding(
            CHECK, start, end,
            "The end mark is followed by much of the release. Put “###” on its own line at the very end, "
            "so editors know nothing is missing.",
            severity=Severity.WARNING)
        return
    start, end = _last_line_span(draft)
    yield draft.finding(
        CHECK, start, end,
        "The release has no end mark. Add a line with only “###” at the very end, so editors know "
        "nothing is missing.",
        severity=Severity.WARNING)


def _line_span(draft: Draft, number: int, *, prose: bool = True) -> tuple[int, int]:
    """The 0-based line ``number``, without the white space (and, with ``prose``, the markup) around it."""
    start = draft.lines.line_start(number + 1)
    source = draft.prose if prose else draft.text
    end = source.find("\n", start)
    end = len(source) if end < 0 else end
    while end > start and source[end - 1].isspace():
        end -= 1
    while start < end and source[start].isspace():
        start += 1
    return start, end


def _last_line_span(draft: Draft) -> tuple[int, int]:
    """The last line with prose on it (a closing "<!-- /fixed -->" marker is not one), else the last line."""
    prose = draft.prose.rstrip()
    if not prose:
        prose = draft.text.rstrip()
    start = prose.rfind("\n") + 1
    while prose[start].isspace():
        start += 1
    return start, len(prose)
