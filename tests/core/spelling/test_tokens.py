"""Which words of a Markdown statement spelling looks at, and where they are."""

from __future__ import annotations

from drafter.core.spelling import iter_words, iter_words_in_line, scan_line


def words(text: str, **options: bool) -> list[str]:
    return [word.text for word in iter_words(text, **options)]


def test_offsets_point_at_the_words_in_the_original_text() -> None:
    text = "The mayor’s office\n\nthanks the officers."
    for word in iter_words(text):
        assert text[word.start : word.end] == word.text
    assert words(text) == ["The", "mayor’s", "office", "thanks", "the", "officers"]


def test_code_spans_and_code_blocks_are_skipped() -> None:
    text = (
        "Run `drafter chek` first.\n\n"
        "```text\nmispeled inside a fence\n```\n\n"
        "~~~~\nalso skiped\n~~~~\n\n"
        "    indented codez here\n\n"
        "After the code.\n"
    )
    assert words(text) == ["Run", "first", "After", "the", "code"]


def test_an_unclosed_fence_runs_to_the_end() -> None:
    assert words("Before.\n\n```\nnot checkd\nat all\n") == ["Before"]


def test_urls_emails_placeholders_and_html_are_skipped() -> None:
    text = (
        "Visit https://eastharbor.gov/newz or www.eastharbr.org or eastharbr.gov, write to "
        "press@eastharbr.gov or @EastHarborPD, {{ speaker_name }} and {{ Speker Name }} "
        "<!-- fixed: about --> <span class=\"hilite\">kept</span> &nbsp; #StrongerTogethr"
    )
    assert words(text) == ["Visit", "or", "or", "write", "to", "or", "and", "kept"]


def test_a_link_is_checked_for_its_text_not_its_target() -> None:
    text = 'Read [the full statment](https://example.org/statment-full "Titel") and ![a photo](fotos/x.png).'
    assert words(text) == ["Read", "the", "full", "statment", "and", "a", "photo"]


def test_numbers_and_words_with_digits_are_skipped() -> None:
    assert words("On the 3rd of May, 2,400 residents and 12 COVID19 cases, B2B, field_name.") == [
        "On", "the", "of", "May", "residents", "and", "cases",
    ]


def test_acronyms_are_skipped_unless_the_setting_is_off() -> None:
    text = "EHPD and EHPD's officers, two PDs"
    assert words(text) == ["and", "officers", "two"]
    assert words(text, skip_all_caps=False) == ["EHPD", "and", "EHPD's", "officers", "two", "PDs"]


def test_apostrophes_and_hyphens() -> None:
    text = "The mayor's and the mayor’s 'quoted' police-community o'clock"
    assert words(text) == [
        "The", "mayor's", "and", "the", "mayor’s", "quoted", "police", "community", "o'clock",
    ]


def test_emphasis_markers_do_not_hide_words() -> None:
    assert words("**Bold** and _quiet_ and *loud*") == ["Bold", "and", "quiet", "and", "loud"]


def test_a_multi_line_html_comment_is_skipped() -> None:
    assert words("Before <!-- a note\nthat goez on -->\nafter") == ["Before", "after"]


def test_line_by_line_matches_the_whole_text() -> None:
    text = (
        "# Title\n\n```\ncode wordz\n```\n\n- item one\n\n      item text\n\n    code again\n\n"
        "End <!-- open\nstill -->\nlast"
    )
    expected = [(word.text, word.start) for word in iter_words(text)]
    found = []
    state = -1
    offset = 0
    for line in text.split("\n"):
        line_words, state = scan_line(line, state)
        found.extend((word.text, word.start + offset) for word in line_words)
        offset += len(line) + 1
    assert found == expected
    assert "item" in [text for text, _ in found] and "wordz" not in [text for text, _ in found]


def test_iter_words_in_line() -> None:
    assert [w.text for w in iter_words_in_line("Thanks, `code` EHPD", in_code_block=False)] == ["Thanks"]
    assert list(iter_words_in_line("Thanks", in_code_block=True)) == []
    found = iter_words_in_line("call EHPD", in_code_block=False, skip_all_caps=False)
    assert [(w.text, w.start, w.end) for w in found] == [("call", 0, 4), ("EHPD", 5, 9)]
