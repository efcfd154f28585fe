"""Finding placeholders and the other leftovers a drafter forgets."""

from __future__ import annotations

import pytest

from drafter.core.templates import PLACEHOLDER, find_leftovers, find_placeholders


def test_placeholders_with_their_lines_and_columns() -> None:
    text = "# {{headline}}\n\nBy {{ speaker.name }}, {{org.name}}.\n"
    found = [(p.key, p.line, p.column, text[p.start : p.end]) for p in find_placeholders(text)]
    assert found == [
        ("headline", 1, 3, "{{headline}}"),
        ("speaker.name", 3, 4, "{{ speaker.name }}"),
        ("org.name", 3, 24, "{{org.name}}"),
    ]


@pytest.mark.parametrize(
    "text", ["{{Headline}}", "{{head line}}", "{{a.b.c}}", "{{1st}}", "{{\nkey}}", "{key}"]
)
def test_what_is_not_a_placeholder(text: str) -> None:
    assert PLACEHOLDER.search(text) is None


def test_leftovers_of_every_kind_with_lines_and_columns() -> None:
    text = (
        "Statement by {{speaker}}\n"
        "The chief said TK about the XXX case.\n"
        "> [Insert quote here]\n"
        "Call 555-XXX-0199, or TKTK.\n"
        "{{ Speaker Name }}\n"
    )
    found = [(item.kind, item.text, item.line, item.column) for item in find_leftovers(text)]
    assert found == [
        ("placeholder", "{{speaker}}", 1, 14),
        ("tk", "TK", 2, 16),
        ("xxx", "XXX", 2, 29),
        ("insert", "[Insert quote here]", 3, 3),
        ("xxx", "XXX", 4, 10),
        ("tk", "TKTK", 4, 23),
        ("placeholder", "{{ Speaker Name }}", 5, 1),
    ]
    for item in find_leftovers(text):
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "A TKO in the third round.",
        "The ATK team and tk and Tk.",
        "Xxxx marks the spot; xxx; XXL; XX.",
        "Sizes XXXL and XXXXL.",
        "Please [insert](https://example.gov/insert) the form.",
        "Written `TK` in code, and ``XXX`` too.",
        "```\nTK and XXX and [insert name]\n```\n",
        "~~~~\nTK\n~~~~\n",
        "An [inserted] word and [Insertion].",
    ],
)
def test_what_is_not_a_leftover(text: str) -> None:
    assert find_leftovers(text) == []


def test_a_placeholder_in_code_is_still_a_leftover_and_fences_end() -> None:
    text = "```\n{{headline}} TK\n```\nTK after the fence.\n`one` TK `two`\n"
    found = [(item.kind, item.line, item.column) for item in find_leftovers(text)]
    assert found == [("placeholder", 2, 1), ("tk", 4, 1), ("tk", 5, 7)]


def test_positions_count_characters_not_bytes() -> None:
    text = "Café «niño» TK"
    (item,) = find_leftovers(text)
    assert (item.line, item.column) == (1, 13)
