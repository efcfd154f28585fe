"""Readability: how hard the statement is to read, and the sentences that are too long.

The scores are textstat's Flesch reading ease and Flesch–Kincaid grade, for
each paragraph and for the whole statement (from the paragraphs' and list
items' counts added up), worked out on their prose: headings, code, link
targets and markup are left out. Each block counts as at least one
sentence: a list item without a full stop is not run into the next.
textstat counts sentences and syllables its own way (the CMU pronouncing
dictionary, then hyphenation rules); that is the library's measure and is
used as it is. The word and sentence counts in the report are Drafter's
own: words as a reader counts them (“7 p.m.” is two), sentences as the
other checks cut them.

* :func:`check_grade` (“readability”, advice): the statement's grade above
  the organisation's target, and paragraphs of some length two grades or
  more above it. The scores are for English only; other languages get none.
* :func:`check_long_sentences` (“long-sentences”, advice): sentences with
  more words than the organisation's limit, in any language. Headings are
  left alone.

textstat is imported when first needed, and its first score loads the
pronouncing dictionary (most of a second): :func:`warm_up` does that ahead
of time, in the checks' worker process. textstat is kept below 0.7.9, the
first version that downloads that dictionary from the network on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import Block
from drafter.core.checks.rules import is_english

GRADE_CHECK = "readability"
SENTENCE_CHECK = "long-sentences"

#: A paragraph is scored on its own only when it is this long: short ones swing too much.
MIN_PARAGRAPH_SENTENCES = 3
MIN_PARAGRAPH_WORDS = 40
#: How far above the target a paragraph's grade must be to be named on its own.
PARAGRAPH_MARGIN = 2.0

_SCORED_KINDS = ("paragraph", "list")
# A word as a reader counts it: anything between spaces with a letter or digit in it.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _count_words(text: str) -> int:
    # Split, then test each piece: a pattern such as \S*[^\W_]\S* is quadratic on long runs of marks.
    return sum(1 for piece in text.split() if _LETTER_OR_DIGIT.search(piece))

_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True)
class Scores:
    """The scores and counts of a stretch of the statement (``start``–``end``)."""

    start: int
    end: int
    words: int
    sentences: int
    reading_ease: float | None  # Flesch reading ease: higher is easier (60–70 is plain English)
    grade: float | None  # Flesch–Kincaid grade: the US school grade that reads it easily


@dataclass(frozen=True)
class ReadabilityReport:
    """The whole statement's scores, and each paragraph's."""

    statement: Scores
    paragraphs: tuple[Scores, ...]

    @property
    def words(self) -> int:
        return self.statement.words

    @property
    def sentences(self) -> int:
        return self.statement.sentences

    @property
    def reading_ease(self) -> float | None:
        return self.statement.reading_ease

    @property
    def grade(self) -> float | None:
        return self.statement.grade


def warm_up() -> None:
    """Load textstat's pronouncing dictionary now, so the first check does not wait for it."""
    import textstat

    textstat.syllable_count("Readability")


def report(draft: Draft) -> ReadabilityReport:
    """The statement's reading ease and grade, overall and per paragraph (None where there are no words)."""
    english = is_english(draft.language)
    blocks = [block for block in draft.blocks if block.kind in _SCORED_KINDS]
    paragraphs: list[Scores] = []
    words = sentences = 0
    counts = _Counts()
    for block, block_sentences in zip(blocks, _sentences_per_block(draft, blocks), strict=True):
        text = _scored_text(block)
        block_words = _count_words(text)
        words += block_words
        sentences += block_sentences
        scored = english and block_words > 0
        if block.kind == "paragraph":
            ease, grade = _library_scores(text) if scored else (None, None)
            paragraphs.append(Scores(block.start, block.end, block_words, block_sentences, ease, grade))
        if scored:  # after the paragraph's scores: textstat has these counts in its cache by then
            counts.add(text)
    ease, grade = counts.scores() if english and words else (None, None)
    whole = Scores(blocks[0].start if blocks else 0, blocks[-1].end if blocks else 0, words, sentences,
                   ease, grade)
    return ReadabilityReport(whole, tuple(paragraphs))


def check_grade(draft: Draft) -> Iterator[Finding]:
    target = draft.settings.target_grade
    scores = report(draft)
    whole = scores.statement
    long_paragraphs = [
        (paragraph, paragraph.grade) for paragraph in scores.paragraphs
        if paragraph.grade is not None and round(paragraph.grade, 1) >= target + PARAGRAPH_MARGIN
        and (paragraph.sentences >= MIN_PARAGRAPH_SENTENCES or paragraph.words >= MIN_PARAGRAPH_WORDS)
    ]
    first = next((block for block in draft.blocks if block.kind in _SCORED_KINDS), None)
    if whole.grade is not None and whole.reading_ease is not None and first is not None \
            and round(whole.grade, 1) > target:
        message = (f"Reading grade {whole.grade:.1f} (Flesch reading ease {round(whole.reading_ease)}): "
                   f"the target is grade {target:g}.")
        # The statement's finding spans its first block; that block's own finding would be a second
        # one on the same words, so its grade joins this message instead (unless it is all there is).
        same = next((p for p in long_paragraphs if (p[0].start, p[0].end) == (first.start, first.end)), None)
        if same is not None:
            long_paragraphs.remove(same)
            if (first.start, first.end) != (whole.start, whole.end):
                message += f" This paragraph alone reads at grade {same[1]:.1f}."
        message += " Shorter sentences and plainer words bring it down."
        yield draft.finding(GRADE_CHECK, first.start, first.end, message, severity=Severity.ADVICE)
    for paragraph, grade in long_paragraphs:
        yield draft.finding(
            GRADE_CHECK, paragraph.start, paragraph.end,
            f"This paragraph reads at grade {grade:.1f}; the target is grade {target:g}. "
            "Shorter sentences and plainer words bring it down.",
            severity=Severity.ADVICE)


def check_long_sentences(draft: Draft) -> Iterator[Finding]:
    limit = draft.settings.max_sentence_words
    headings = {(block.start, block.end) for block in draft.blocks if block.kind == "heading"}
    for sentence in draft.sentences:
        if (sentence.start, sentence.end) in headings:
            continue
        words = _count_words(sentence.text)
        if words > limit:
            yield draft.finding(
                SENTENCE_CHECK, sentence.start, sentence.end,
                f"This sentence has {words} words; the limit is {limit}. Split it in two.",
                severity=Severity.ADVICE)


def _scored_text(block: Block) -> str:
    """The block's prose on one line, ending a sentence (so textstat does not run it into the next)."""
    text = " ".join(block.text.split())
    return text if not text or _ENDS_SENTENCE.search(text) else text + "."


def _sentences_per_block(draft: Draft, blocks: list[Block]) -> list[int]:
    """How many of the draft's sentences fall in each block (both lists are in reading order)."""
    counts = [0] * len(blocks)
    sentences = draft.sentences
    index = 0
    for number, block in enumerate(blocks):
        while index < len(sentences) and sentences[index].start < block.start:
            index += 1
        while index < len(sentences) and sentences[index].start < block.end:
            counts[number] += 1
            index += 1
    return counts


def _library_scores(text: str) -> tuple[float, float]:
    import textstat

    return float(textstat.flesch_reading_ease(text)), float(textstat.flesch_kincaid_grade(text))


class _Counts:
    """textstat's counts of words, sentences and syllables, added up over the blocks.

    The statement's scores come from these totals with the formulas textstat
    uses for English. That equals scoring the statement's text in one piece,
    but for the blocks textstat counts as a sentence though they hold no
    sentence of three words or more, and it saves counting every syllable twice.
    """

    def __init__(self) -> None:
        self.words = self.sentences = self.syllables = 0

    def add(self, text: str) -> None:
        import textstat

        self.words += int(textstat.lexicon_count(text))
        self.sentences += int(textstat.sentence_count(text))
        self.syllables += int(textstat.syllable_count(text))

    def scores(self) -> tuple[float | None, float | None]:
        if not self.words or not self.sentences or not self.syllables:
            return None, None
        sentence_length = self.words / self.sentences
        syllables = self.syllables / self.words
        ease = 206.835 - 1.015 * sentence_length - 84.6 * syllables  # Flesch (1948)
        grade = 0.39 * sentence_length + 11.8 * syllables - 15.59  # Kincaid et al. (1975)
        return ease, grade
