"""A broken template is reported (file, line, what is wrong) and skipped; the others still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.templates import (
    MAX_TEMPLATE_BYTES,
    TemplateProblem,
    load_file,
    load_folder,
    load_library,
    parse_template,
)
from tests.core.templates.samples import good_template, write

HEAD = """\
---
id: broken
name: Broken
description: A template with a mistake.
category: Public information
language: en
"""


def _load_with_a_good_neighbour(tmp_path: Path, text: str | bytes) -> tuple[list[str], list[TemplateProblem]]:
    """Load a folder holding ``broken.md`` and a good template; return the ids and the problems."""
    write(tmp_path, "broken.md", text)
    write(tmp_path, "good-one.md", good_template())
    library = load_folder(tmp_path, "user")
    return [t.id for t in library.templates], library.problems


def _only_error(problems: list[TemplateProblem]) -> TemplateProblem:
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1, [str(p) for p in problems]
    return errors[0]


BROKEN: dict[str, tuple[str | bytes, int | None, str]] = {
    "malformed-yaml": (
        HEAD.replace("description: A template with a mistake.", "description: When to use it: never")
        + "fields: []\n---\nText\n",
        4,
        "not valid YAML",
    ),
    "no-front-matter": ("# Just a heading\n\nSome text.\n", 1, "does not start with front matter"),
    "unterminated": (HEAD + "fields: []\n\n# Heading\n", 1, "never closed"),
    "not-a-mapping": ("---\n- one\n- two\n---\nText\n", 2, "must be 'key: value' lines"),
    "unknown-type": (
        HEAD
        + "fields:\n  - key: headline\n    label: Headline\n    type: string\n    required: true\n"
        + "---\n{{headline}}\n",
        8,
        "unknown type 'string': use one of text, long_text, date, person, choice",
    ),
    "undeclared-placeholder": (
        HEAD
        + "fields:\n  - key: headline\n    label: Headline\n    type: text\n    required: true\n"
        + "---\n# {{headline}}\n\nText.\n\nSigned, {{speker.name}} and {{headlin}}\n",
        None,  # two problems: checked in their own test
        "",
    ),
    "choice-default": (
        HEAD
        + "fields:\n  - key: level\n    label: Level\n    type: choice\n"
        + "    options: [Low, High]\n    required: true\n    default: Medium\n---\n{{level}}\n",
        8,
        "the default 'Medium' of field 'level' is not one of its options: 'Low', 'High'",
    ),
    "choice-without-options": (
        HEAD
        + "fields:\n  - key: level\n    label: Level\n    type: choice\n    required: true\n"
        + "---\n{{level}}\n",
        8,
        "needs 'options:'",
    ),
    "unclosed-fixed-block": (
        HEAD + "fields: []\n---\nText.\n\n<!-- fixed: about -->\nAbout us.\n",
        11,
        "<!-- fixed: about --> is not closed",
    ),
    "stray-closing-marker": (
        HEAD + "fields: []\n---\nText.\n\nAbout us.\n<!-- /fixed -->\n",
        12,
        "closes no block",
    ),
    "bad-id": (
        HEAD.replace("id: broken", "id: Broken_Template") + "fields: []\n---\nText\n",
        2,
        "lowercase words",
    ),
    "field-key-not-snake-case": (
        HEAD
        + "fields:\n  - key: Head Line\n    label: Headline\n    type: text\n    required: true\n"
        + "---\nText\n",
        8,
        "must be snake_case",
    ),
    "duplicate-field": (
        HEAD
        + "fields:\n  - key: headline\n    label: Headline\n    type: text\n    required: true\n"
        + "  - key: headline\n    label: Again\n    type: text\n    required: false\n---\n{{headline}}\n",
        12,
        "the field key 'headline' is declared twice (first on line 8)",
    ),
    "missing-name": (HEAD.replace("name: Broken\n", "") + "fields: []\n---\nText\n", 1, "has no 'name:'"),
    "name-not-text": (
        HEAD.replace("name: Broken", "name: [a, b]") + "fields: []\n---\nText\n",
        3,
        "must be text",
    ),
    "missing-fields": (HEAD + "---\nText\n", 1, "no 'fields:' list"),
    "fields-not-a-list": (HEAD + "fields: headline\n---\nText\n", 7, "'fields' must be a list"),
    "required-missing": (
        HEAD + "fields:\n  - key: headline\n    label: Headline\n    type: text\n---\n{{headline}}\n",
        8,
        "needs 'required: true' or 'required: false'",
    ),
    "key-written-twice": (
        HEAD.replace("language: en\n", "language: en\nname: Again\n") + "fields: []\n---\nText\n",
        7,
        "'name' is written twice in the front matter (first on line 3)",
    ),
    "python-tag": (
        HEAD.replace("name: Broken", "name: !!python/object/apply:os.getcwd []") + "fields: []\n---\nText\n",
        3,
        "the YAML tag '!!python/object/apply:os.getcwd', which a template may not use",
    ),
    "bad-utf8": (good_template("broken").encode() + b"\nCaf\xe9 au lait\n", 21, "is not UTF-8 text"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "is not a text file"),
    "too-big": (good_template("broken") + "x" * MAX_TEMPLATE_BYTES, None, "is over 1 MB"),
}


@pytest.mark.parametrize("case", [c for c in BROKEN if BROKEN[c][1] is not None or BROKEN[c][2]])
def test_a_broken_template_is_reported_and_the_others_still_load(tmp_path: Path, case: str) -> None:
    text, line, message = BROKEN[case]
    ids, problems = _load_with_a_good_neighbour(tmp_path, text)

    assert ids == ["good-one"]
    problem = _only_error(problems)
    assert problem.source == str(tmp_path / "broken.md")
    assert problem.line == line
    assert message in problem.message
    assert str(problem).startswith(f"{tmp_path / 'broken.md'}{f':{line}' if line else ''}: ")


def test_undeclared_placeholders_are_reported_on_their_line_in_the_file(tmp_path: Path) -> None:
    ids, problems = _load_with_a_good_neighbour(tmp_path, BROKEN["undeclared-placeholder"][0])

    assert ids == ["good-one"]
    errors = [p for p in problems if p.is_error]
    assert [p.line for p in errors] == [17, 17]
    assert "'{{speker.name}}' is not a profile placeholder" in errors[0].message
    assert "{{speaker.name}}" in errors[0].message
    assert "'{{headlin}}' is neither a declared field nor a profile placeholder" in errors[1].message
    assert "Did you mean {{headline}}?" in errors[1].message


def test_a_placeholder_that_is_not_written_as_one_is_reported() -> None:
    text = HEAD + "fields: []\n---\n# {{ Head Line }}\n"
    template, problems = parse_template(text, source="t.md")
    assert template is None
    assert _only_error(problems).line == 9
    assert "'{{ Head Line }}' is not a placeholder" in problems[0].message


def test_a_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    for tag in (
        f"!!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{marker}']]",
        "!!python/name:os.system",
        "!!python/object:builtins.object {}",
        f"!!python/object/new:pathlib.Path ['{marker}']",
    ):
        text = HEAD.replace("name: Broken", f"name: {tag}") + "fields: []\n---\nText\n"
        template, problems = parse_template(text, source="evil.md")
        assert template is None
        problem = _only_error(problems)
        assert problem.line == 3
        assert "which a template may not use" in problem.message
    assert not marker.exists()


def test_a_duplicate_id_across_two_folders_names_both_files(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    user = tmp_path / "user"
    first = write(bundled, "good-one.md", good_template("good-one"))
    second = write(user, "good-one.md", good_template("good-one"))
    write(user, "other.md", good_template("other"))

    library = load_library(user, bundled=bundled)

    assert [(t.id, t.origin, t.path) for t in library.templates] == [
        ("good-one", "bundled", first),
        ("other", "user", user / "other.md"),
    ]
    problem = _only_error(library.problems)
    assert problem.source == str(second)
    assert problem.line == 2
    assert str(first) in problem.message
    assert "the id 'good-one' is already used by" in problem.message


def test_team_templates_come_after_the_bundled_ones_and_before_the_users(tmp_path: Path) -> None:
    bundled = write(tmp_path / "bundled", "good-one.md", good_template("good-one")).parent
    user = write(tmp_path / "user", "shared.md", good_template("shared")).parent
    team = [
        ("Shared", good_template("shared")),
        ("Copy", good_template("good-one")),
        ("Team", good_template("team")),
    ]

    library = load_library(user, team, bundled=bundled)

    assert [(t.id, t.origin) for t in library.templates] == [
        ("good-one", "bundled"),
        ("shared", "team"),
        ("team", "team"),
    ]
    assert [(p.source, p.line) for p in library.problems] == [
        ("team template Copy", 2),
        (str(user / "shared.md"), 2),
    ]
    assert "team template Shared" in library.problems[1].message
    assert library.templates[1].path is None


def test_a_duplicate_id_in_one_folder_keeps_the_first_by_name(tmp_path: Path) -> None:
    write(tmp_path, "a.md", good_template("same"))
    write(tmp_path, "b.md", good_template("same"))
    library = load_folder(tmp_path)
    assert [t.path for t in library.templates] == [tmp_path / "a.md"]
    assert [p.source for p in library.errors] == [str(tmp_path / "b.md")]


def test_only_markdown_files_other_than_the_readme_are_read(tmp_path: Path) -> None:
    write(tmp_path, "README.md", "# How to write templates\n")
    write(tmp_path, "notes.txt", "not a template")
    write(tmp_path, ".hidden.md", "not a template either")
    write(tmp_path, "good-one.md", good_template())
    (tmp_path / "folder.md").mkdir()
    library = load_folder(tmp_path)
    assert [t.id for t in library.templates] == ["good-one"]
    assert [p.source for p in library.problems] == [str(tmp_path / "folder.md")]


def test_a_missing_folder_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    library = load_library(tmp_path / "nowhere")
    assert library.get("press-release") is not None
    assert [p.source for p in library.problems] == [str(tmp_path / "nowhere")]


def test_warnings_are_reported_and_the_template_still_loads(tmp_path: Path) -> None:
    text = (
        good_template("not-the-file-name").replace("category: Public information", "category: Weather") + "\n"
    ).replace(
        "fields:\n",
        "owner: Comms\nfields:\n  - key: unused\n    label: Unused\n    type: text\n    required: false\n"
        "    options: [a]\n    hint: nothing\n",
    )
    path = write(tmp_path, "good-one.md", text)

    parsed = load_file(path)

    assert parsed.template is not None
    assert parsed.template.field("unused") is not None
    assert all(not p.is_error for p in parsed.problems)
    messages = {p.line: p.message for p in parsed.problems}
    assert "differs from the file name 'good-one.md'" in messages[2]
    assert "the category 'Weather' is not one of" in messages[5]
    assert "'owner' is not part of a template" in messages[7]
    assert sum("field 'unused'" in m or "the field 'unused'" in m for m in messages.values()) >= 1
    unused = [p for p in parsed.problems if p.line == 9]
    assert any("never used in the text" in p.message for p in unused)
    assert any("its 'options' are ignored" in p.message for p in unused)
    assert any("'hint', which is ignored" in p.message for p in unused)
    assert all(str(p).startswith(f"{path}:") and "warning: " in str(p) for p in parsed.problems)


def test_yes_no_dates_and_numbers_stay_as_written() -> None:
    text = (
        HEAD
        + "fields:\n  - key: answer\n    label: Answer\n    type: choice\n"
        + "    options: [Yes, No, 007, 1.50, on]\n    required: true\n    default: No\n"
        + "  - key: day\n    label: Day\n    type: date\n    required: false\n    default: 2025-06-10\n"
        + "---\n{{answer}} {{day}}\n"
    )
    template, problems = parse_template(text, source="t.md")
    assert problems == []
    assert template is not None
    answer = template.field("answer")
    assert answer is not None and answer.options == ("Yes", "No", "007", "1.50", "on")
    assert answer.default == "No"
    day = template.field("day")
    assert day is not None and day.default == "2025-06-10"


def test_windows_line_endings_and_a_byte_order_mark_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path, "good-one.md", b"\xef\xbb\xbf" + good_template().replace("\n", "\r\n").encode())
    parsed = load_file(path)
    assert parsed.problems == []
    assert parsed.template is not None
    assert "\r" not in parsed.template.body


def test_the_template_records_its_fixed_blocks() -> None:
    text = (
        HEAD + "fields: []\n---\nText.\n\n<!-- fixed: about -->\nAbout the {{org.name}}.\n<!-- /fixed -->\n"
    )
    template, problems = parse_template(text, source="t.md", origin="team")
    assert problems == []
    assert template is not None
    assert template.origin == "team"
    assert [(b.name, b.text) for b in template.fixed_blocks] == [("about", "About the {{org.name}}.")]
