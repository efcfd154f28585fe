"""Fixed blocks: found, with the text between the markers, and changes to them detected."""

from __future__ import annotations

from drafter.core.templates import changed_fixed_blocks, find_fixed_blocks, fixed_texts, scan_fixed_blocks

BREAK = "  "  # two spaces at the end of a line: a line break in Markdown
TEXT = f"""\
# Statement

Body text.

<!-- fixed: about -->
**About the Town of East Harbor**{BREAK}
The Town serves its residents.
<!-- /fixed -->

<!--fixed:media-contact-->
Sam Okafor{BREAK}
(555) 010-0199
<!-- /FIXED -->
"""


def test_blocks_are_found_with_their_text_and_positions() -> None:
    spans = find_fixed_blocks(TEXT)
    assert [s.name for s in spans] == ["about", "media-contact"]
    about = spans[0]
    assert about.text == "**About the Town of East Harbor**  \nThe Town serves its residents."
    assert TEXT[about.inner_start : about.inner_end] == about.text
    assert TEXT[about.start : about.end].startswith("<!-- fixed: about -->")
    assert TEXT[about.start : about.end].endswith("<!-- /fixed -->")
    assert spans[1].text == "Sam Okafor  \n(555) 010-0199"
    assert scan_fixed_blocks(TEXT)[1] == []


def test_an_unchanged_or_rewrapped_block_is_not_a_change() -> None:
    originals = fixed_texts(TEXT)
    assert changed_fixed_blocks(TEXT, originals) == []
    rewrapped = TEXT.replace("Town of East Harbor**  \nThe Town", "Town of East Harbor** The\n  Town")
    assert changed_fixed_blocks(rewrapped, originals) == []


def test_an_edited_or_removed_block_is_a_change() -> None:
    originals = fixed_texts(TEXT)
    edited = TEXT.replace("serves its residents", "serves some residents")
    assert changed_fixed_blocks(edited, originals) == ["about"]
    without_contact = TEXT.split("<!--fixed:media-contact-->")[0]
    assert changed_fixed_blocks(without_contact, originals) == ["media-contact"]
    assert changed_fixed_blocks(TEXT.replace("<!-- /fixed -->", ""), originals) == ["about"]
    assert changed_fixed_blocks(TEXT.replace("<!-- /FIXED -->", ""), originals) == ["media-contact"]
    assert changed_fixed_blocks("", originals) == ["about", "media-contact"]


def test_unbalanced_markers_are_reported_with_their_lines() -> None:
    text = (
        "Intro\n<!-- /fixed -->\n<!-- fixed: a -->\nA\n"
        "<!-- fixed: b -->\nB\n<!-- /fixed -->\n<!-- fixed: c -->\n"
    )
    spans, problems = scan_fixed_blocks(text)
    assert [s.name for s in spans] == ["b"]
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (3, "error"), (8, "error")]
    assert "closes no block" in problems[0].message
    assert "<!-- fixed: a --> is not closed before the block 'b' opens" in problems[1].message
    assert "is not closed before the end" in problems[2].message


def test_badly_written_markers() -> None:
    text = "<!-- fixed: -->\nX\n<!-- /fixed -->\nSee <!-- fixed: x -->\nY\n<!-- /fixed -->\n"
    spans, problems = scan_fixed_blocks(text)
    assert [s.name for s in spans] == ["x"]
    assert [(p.line, p.severity) for p in problems] == [(1, "error"), (4, "warning")]
    assert "needs a block name" in problems[0].message
    assert "on a line of its own" in problems[1].message


def test_two_blocks_with_one_name_are_reported() -> None:
    text = "<!-- fixed: a -->\nA\n<!-- /fixed -->\n\n<!-- fixed: a -->\nB\n<!-- /fixed -->\n"
    _, problems = scan_fixed_blocks(text)
    assert [(p.line, p.severity) for p in problems] == [(5, "error")]
    assert fixed_texts(text) == {"a": "A"}


def test_an_empty_block() -> None:
    (span,) = find_fixed_blocks("<!-- fixed: empty -->\n<!-- /fixed -->\n")
    assert span.text == ""
