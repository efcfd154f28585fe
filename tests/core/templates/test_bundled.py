"""Every template that ships with Drafter loads, and fills in to a statement with nothing left over."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.core.render import render_html
from drafter.core.templates import (
    PROFILE_KEYS,
    bundled_templates_folder,
    fill_template,
    find_leftovers,
    load_library,
    missing_required,
    parse_template,
    template_to_text,
    title_for,
)
from tests.core.templates.samples import full_profile, sample_values

BUNDLED = Path(str(bundled_templates_folder()))
FILES = sorted(p for p in BUNDLED.glob("*.md") if p.name != "README.md")


def test_every_bundled_template_is_in_the_library() -> None:
    library = load_library()
    assert len(FILES) >= 12
    assert [t.path for t in library.templates] == FILES
    assert library.problems == []
    assert {t.origin for t in library.templates} == {"bundled"}
    assert library.get("public-safety-advisory-es") is not None
    assert "Community safety" in library.categories()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_bundled_template_loads_without_any_problem(path: Path) -> None:
    template, problems = parse_template(path.read_text(encoding="utf-8"), source=path.name, path=path)
    assert problems == []
    assert template is not None
    assert template.path == path
    assert template.fields


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_bundled_template_fills_and_renders_with_nothing_left(path: Path) -> None:
    template, _ = parse_template(path.read_text(encoding="utf-8"), source=path.name)
    assert template is not None
    values = sample_values(template)
    assert missing_required(template, values) == []

    text = fill_template(template, values, full_profile())
    html = render_html(text)

    assert "{{" not in text and "}}" not in text
    assert "{{" not in html
    assert [leftover for leftover in find_leftovers(text) if leftover.kind == "placeholder"] == []
    assert "Sample" in text
    assert "\n\n\n" not in text
    assert title_for(template, values, full_profile())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_bundled_template_writes_back_to_the_same_template(path: Path) -> None:
    template, _ = parse_template(path.read_text(encoding="utf-8"), source=path.name, path=path)
    assert template is not None
    again, problems = parse_template(template_to_text(template), source="copy", path=path)
    assert problems == []
    assert again == template


def test_the_spanish_template_writes_spanish_dates() -> None:
    template = load_library().get("public-safety-advisory-es")
    assert template is not None
    text = fill_template(template, sample_values(template), full_profile())
    assert "martes, 10 de junio de 2025" in text
    assert "martes, 10 de junio de 2025" in render_html(text)
    assert "Tuesday" not in text


def test_an_english_template_writes_english_dates() -> None:
    template = load_library().get("press-release")
    assert template is not None
    text = fill_template(template, sample_values(template), full_profile())
    assert "Tuesday, June 10, 2025" in text


def test_the_profile_keys_are_exactly_those_the_readme_lists() -> None:
    readme = (BUNDLED / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Profile placeholders", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `\{\{([a-z.]+)\}\}`", section, flags=re.MULTILINE)
    assert listed == list(PROFILE_KEYS)


def test_the_bundled_templates_use_only_known_profile_keys() -> None:
    used = set()
    for template in load_library().templates:
        used |= set(re.findall(r"\{\{([a-z]+\.[a-z_]+)\}\}", template.body))
    assert used <= set(PROFILE_KEYS)
