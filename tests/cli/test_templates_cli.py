"""`drafter templates list|check` and `drafter new`, as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import isolated, run  # noqa: F401 (isolated is an autouse fixture)

GOOD = """---
id: road-closure
name: Road closure
description: A street closes for works.
category: Public information
language: en
fields:
  - key: street
    label: Street
    type: text
    required: true
---
# {{street}} closes

{{org.name}} closes {{street}} for repairs.
"""


def test_templates_list_gives_the_bundled_templates_with_their_fields(capsys) -> None:
    code, out, _ = run(capsys, "--json", "templates", "list")
    templates = {t["id"]: t for t in json.loads(out)}
    assert code == 0
    assert len(templates) >= 12
    assert {"violent-event-response", "press-release", "proclamation",
            "violent-event-response-es", "public-safety-advisory-es"} <= set(templates)
    spanish = templates["public-safety-advisory-es"]
    assert spanish["language"] == "es"
    assert all({"key", "label", "type", "required"} <= set(f) for f in spanish["fields"])


def test_templates_check_passes_on_the_bundled_library(capsys) -> None:
    code, out, _ = run(capsys, "templates", "check")
    assert code == 0, out
    assert "0 error(s)" in out


def test_templates_check_names_file_line_and_problem_and_exits_1(capsys, tmp_path: Path) -> None:
    (tmp_path / "road-closure.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.md").write_text(
        GOOD.replace("id: road-closure", "id: broken").replace("type: text", "type: colour"),
        encoding="utf-8")
    (tmp_path / "undeclared.md").write_text(
        GOOD.replace("id: road-closure", "id: undeclared") + "\nSigned, {{signer}}.\n", encoding="utf-8")
    code, out, _ = run(capsys, "templates", "check", str(tmp_path))
    assert code == 1
    lines = out.splitlines()
    assert any("broken.md:8:" in line and "colour" in line for line in lines), out  # its "- key:" line
    assert any("undeclared.md:17:" in line and "signer" in line for line in lines), out
    assert not any("road-closure.md" in line for line in lines)
    code, _, _ = run(capsys, "templates", "check", str(tmp_path / "road-closure.md"))
    assert code == 0


def test_new_fills_the_template_and_refuses_missing_fields(capsys) -> None:
    code, _, err = run(capsys, "new", "--template", "condolence")
    assert code == 1
    assert err.startswith("drafter: Missing required fields:")
    code, out, _ = run(capsys, "--json", "templates", "list")
    condolence = next(t for t in json.loads(out) if t["id"] == "condolence")
    sets = []
    for field in condolence["fields"]:
        if field["required"]:
            value = {"date": "2025-06-10", "choice": (field["options"] or [""])[0]}.get(
                field["type"], f"Sample {field['key']}")
            sets += ["--set", f"{field['key']}={value}"]
    code, out, err = run(capsys, "new", "--template", "condolence", *sets, "--title", "For Officer Price")
    assert code == 0, err
    statement_id = out.strip()
    _, shown, _ = run(capsys, "--json", "show", statement_id)
    statement = json.loads(shown)
    assert statement["title"] == "For Officer Price"
    assert statement["template"] == "condolence"
    assert "Sample" in statement["text"]


@pytest.mark.parametrize("bad", [["--set", "nonsense=1"], ["--set", "no-equals-sign"]])
def test_new_refuses_unknown_fields(capsys, bad: list[str]) -> None:
    code, _, err = run(capsys, "new", "--template", "condolence", *bad)
    assert code == 1 and "condolence" in err


def test_new_with_an_unknown_template_exits_1(capsys) -> None:
    code, _, err = run(capsys, "new", "--template", "no-such-template")
    assert code == 1 and "no-such-template" in err
