"""The counts in the status bar match what a word processor would say."""

from __future__ import annotations

import pytest

from drafter.core.text_stats import TextStats, text_stats, visible_text

from .helpers import long_statement


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("The council met today.", 4),
        ("# Statement\n\n## Update", 2),  # heading marks are not words
        ("> We will rebuild.\n> > Together.", 4),  # neither are quote marks
        ("- one\n- two\n* three\n1. four\n2) five", 5),  # nor list markers
        ("**Bold** and *italic* and `code` and ~~gone~~", 7),
        ("A well-known, long-standing plan", 4),  # hyphenated words count once
        ("Don’t panic; it’s the mayor’s plan. Don't.", 7),  # curly and straight apostrophes
        ("Wait — what … really -- yes", 4),  # a dash or an ellipsis alone is no word
        ("[our website](https://town.example/a-long-path) has it", 4),
        ("![The mayor speaking](photo.jpg)", 3),
        ("Call <b>911</b> now<br>please", 4),
        ("| Place | Time |\n|---|---|\n| Town hall | 9:00 |", 5),
        ("Text[^1]\n\n[^1]: The note.", 3),
        ("See [the plan][plan].\n\n[plan]: https://town.example", 3),
        ("Title\n=====\n\n---\n\n***", 1),
        ("```\ncode line\n```", 2),
        ("Fish &amp; chips", 2),
        ("", 0),
        ("   \n\n\t", 0),
    ],
)
def test_words_are_counted_as_a_reader_sees_them(markdown: str, words: int) -> None:
    assert text_stats(markdown).words == words


def test_characters_count_the_visible_text_without_line_breaks() -> None:
    stats = text_stats("# Hello\n\n**Big** day.  \n  Indented")
    assert visible_text("# Hello\n\n**Big** day.  \n  Indented") == "Hello\n\nBig day.\nIndented"
    assert stats.characters == len("Hello") + len("Big day.") + len("Indented")


def test_reading_time_rounds_up_at_200_words_a_minute() -> None:
    assert text_stats("").reading_minutes == 0
    assert text_stats("word").reading_minutes == 1
    assert text_stats("word " * 200).reading_minutes == 1
    assert text_stats("word " * 201).reading_minutes == 2


def test_a_long_statement() -> None:
    text = long_statement(10_000)
    stats = text_stats(text)
    assert isinstance(stats, TextStats)
    assert 10_000 <= stats.words <= 10_400  # the generator overshoots by one paragraph at most
    assert stats.reading_minutes == -(-stats.words // 200)
