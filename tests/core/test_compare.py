"""Comparing two revisions word by word, as a word processor's Compare shows it."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from itertools import pairwise

from drafter.core.compare import Segment, compare, compare_html, summary

from .helpers import Inspector, long_statement


def new_text(segments: list[Segment]) -> str:
    return "".join(segment.text for segment in segments if segment.kind != "delete")


def changes(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(segment.kind, segment.text) for segment in segments if segment.kind != "equal"]


def test_a_word_changed() -> None:
    segments = compare("The officers arrived at nine.", "The deputies arrived at nine.")
    assert segments == [
        Segment("equal", "The "),
        Segment("delete", "officers"),
        Segment("insert", "deputies"),
        Segment("equal", " arrived at nine."),
    ]
    assert summary(segments) == (1, 1)


def test_a_phrase_inserted() -> None:
    segments = compare("The road is closed.", "The road is closed until further notice.")
    assert changes(segments) == [("insert", "until further notice")]
    assert new_text(segments) == "The road is closed until further notice."
    assert summary(segments) == (3, 0)


def test_a_sentence_deleted() -> None:
    segments = compare(
        "We thank the residents. The investigation continues. Updates will follow.",
        "We thank the residents. Updates will follow.",
    )
    assert segments == [
        Segment("equal", "We thank the residents. "),
        Segment("delete", "The investigation continues. "),
        Segment("equal", "Updates will follow."),
    ]
    assert summary(segments) == (0, 3)


def test_a_deleted_paragraph_is_marked_whole() -> None:
    segments = compare("Para one.\n\nPara two goes.\n\nPara three.", "Para one.\n\nPara three.")
    assert changes(segments) == [("delete", "Para two goes.\n\n")]


def test_a_replaced_phrase_is_a_deletion_then_an_insertion() -> None:
    segments = compare("Roads reopen on Monday morning.", "Roads reopen after the inspection.")
    assert changes(segments) == [("delete", "on Monday morning"), ("insert", "after the inspection")]
    assert new_text(segments) == "Roads reopen after the inspection."


def test_punctuation_changed_is_only_the_mark() -> None:
    segments = compare(
        "Our thanks to the officers, nurses and crews,", "Our thanks to the officers; nurses and crews."
    )
    assert segments == [
        Segment("equal", "Our thanks to the officers"),
        Segment("delete", ","),
        Segment("insert", ";"),
        Segment("equal", " nurses and crews"),
        Segment("delete", ","),
        Segment("insert", "."),
    ]
    assert summary(segments) == (0, 0)  # the marks are not words


def test_reflowed_lines_are_no_change() -> None:
    old = "The council met on Tuesday\nand agreed the budget.\n\nQuestions to the clerk."
    new = "The council met on\nTuesday and   agreed the\nbudget.\n\nQuestions to the clerk."
    assert compare(old, new) == [Segment("equal", new)]  # the new text's whitespace


def test_identical_texts_are_one_equal_segment() -> None:
    text = "# Statement\n\nThe mayor will speak at 5 p.m.\n"
    assert compare(text, text) == [Segment("equal", text)]
    assert compare("", "") == []
    assert summary(compare(text, text)) == (0, 0)


def test_empty_old_text_is_all_inserted() -> None:
    segments = compare("", "A new statement.\n\nSecond paragraph.")
    assert segments == [Segment("insert", "A new statement.\n\nSecond paragraph.")]
    assert summary(segments) == (5, 0)


def test_empty_new_text_is_all_deleted() -> None:
    assert compare("Withdrawn text.", "") == [Segment("delete", "Withdrawn text.")]


def test_unicode() -> None:
    old = "“Café” reopens 9–5, says the préfet’s office."
    new = "“Café” reopens 10–6, says the préfète’s office."
    segments = compare(old, new)
    assert changes(segments) == [("delete", "9"), ("insert", "10"), ("delete", "5"), ("insert", "6"),
                                 ("delete", "préfet’s"), ("insert", "préfète’s")]
    assert new_text(segments) == new
    assert summary(segments) == (3, 3)


def test_a_changed_paragraph_among_unchanged_ones() -> None:
    old = "First paragraph stays.\n\nSecond one changes here.\n\nThird stays."
    new = "First paragraph stays.\n\nSecond one changed here.\n\nThird stays."
    assert changes(compare(old, new)) == [("delete", "changes"), ("insert", "changed")]


def test_adjacent_segments_never_share_a_kind() -> None:
    old = long_statement(1_500)
    new = _edited(old, 40)
    segments = compare(old, new)
    assert all(a.kind != b.kind for a, b in pairwise(segments))
    assert all(segment.text for segment in segments)
    assert new_text(segments) == new
    # The old text is there too, whitespace aside.
    old_again = "".join(segment.text for segment in segments if segment.kind != "insert")
    assert "".join(old_again.split()) == "".join(old.split())


def test_html_escapes_both_texts() -> None:
    html = compare_html("Run <script>alert(1)</script> now", "Run <script>alert(2)</script> & go")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    inspector = Inspector(html)
    assert {tag for tag, _ in inspector.tags} == {"div", "del", "ins"}
    assert "Run <script>alert(" in inspector.text
    assert "& go" in inspector.text


def test_html_marks_insertions_and_deletions_with_inline_styles() -> None:
    html = compare_html("The officers arrived.", "The deputies arrived.")
    inspector = Inspector(html)
    styles = dict((tag, attrs.get("style") or "") for tag, attrs in inspector.tags)
    assert "text-decoration:underline" in styles["ins"]
    assert "background-color:" in styles["ins"]
    assert "text-decoration:line-through" in styles["del"]
    assert '<del style="' in html and ">officers</del>" in html
    assert ">deputies</ins>" in html
    assert inspector.text == "The officersdeputies arrived."


def test_html_keeps_the_new_texts_lines_and_paragraphs() -> None:
    html = compare_html("# Title\n\n- one\n- two", "# Title\n\n- one\n- two\n  - nested")
    assert html.startswith('<div style="white-space:pre-wrap">') and html.endswith("</div>")
    assert "\n" not in html
    assert "# Title<br><br>- one<br>- two" in html  # Markdown shown as it is written
    assert "- two<br>  <ins" in html  # the indent survives (pre-wrap)


def test_long_revisions_compare_quickly() -> None:
    old = long_statement(10_000)
    new = _edited(old, 36)
    compare(old, new)  # warm up
    best = min(_timed(lambda: compare(old, new)) for _ in range(3))
    assert best < 0.150, f"{best * 1000:.0f} ms"
    one_paragraph = old.replace("\n\n", " ")
    best = min(_timed(lambda: compare(one_paragraph, _edited(one_paragraph, 36))) for _ in range(3))
    assert best < 0.300, f"one long paragraph: {best * 1000:.0f} ms"


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _edited(text: str, edits: int, seed: int = 3) -> str:
    """``text`` with ``edits`` scattered word changes, insertions and deletions."""
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(edits):
        i = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[i] = "changed"
        elif roll < 0.7:
            words[i] += " with an inserted phrase"
        else:
            words[i] = ""
    return " ".join(words)
