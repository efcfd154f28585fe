"""`drafter spell`: findings shaped as DESIGN.md says, and ranked suggestions."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import isolated, run  # noqa: F401 (isolated is an autouse fixture)

STATEMENT = ("# Statement on the attack\n\n"
             "Our comunity stands with the officers of the EHPD and {{speaker.name}}.\n"
             "Read more at https://eastharbor.example.gov/recieve.\n")


def test_spell_lists_unknown_words_as_findings_and_exits_1(capsys, tmp_path: Path) -> None:
    source = tmp_path / "s.md"
    source.write_text(STATEMENT, encoding="utf-8")
    code, out, _ = run(capsys, "--json", "spell", str(source))
    findings = json.loads(out)
    assert code == 1
    assert [(f["text"], f["line"], f["column"]) for f in findings] == [("comunity", 3, 5)]
    finding = findings[0]
    assert finding["check"] == "spelling" and finding["severity"] in ("warning", "error")
    assert finding["suggestions"][0] == "community"
    assert finding["message"]


def test_a_clean_statement_exits_0_and_the_organisation_dictionary_counts(capsys, tmp_path: Path) -> None:
    source = tmp_path / "s.md"
    source.write_text("Officer Okafor thanks the residents.\n", encoding="utf-8")
    assert run(capsys, "spell", str(source))[0] == 1
    _, out, _ = run(capsys, "import", str(source))
    from drafter.services import open_services

    services = open_services(None, "admin")
    try:
        services.workspace.dictionary.add("Okafor", language="en", actor="admin")
    finally:
        services.close()
    assert run(capsys, "spell", out.strip())[0] == 0
    assert run(capsys, "spell", str(source))[0] == 0


def test_a_spanish_statement_is_checked_in_spanish(capsys, tmp_path: Path) -> None:
    source = tmp_path / "es.md"
    source.write_text("La comunidad agradece el apoyo de los vecinos.\n", encoding="utf-8")
    assert run(capsys, "spell", str(source))[0] == 1
    assert run(capsys, "spell", str(source), "--lang", "es")[0] == 0


def test_suggest_ranks_the_right_word_first(capsys) -> None:
    code, out, _ = run(capsys, "--json", "spell", "--suggest", "recieve", "goverment", "seperate")
    answers = json.loads(out)
    assert code == 0
    assert [a["word"] for a in answers] == ["recieve", "goverment", "seperate"]
    assert [a["suggestions"][0] for a in answers] == ["receive", "government", "separate"]
    assert all(len(a["suggestions"]) <= 7 for a in answers)


def test_spell_needs_something_to_check(capsys) -> None:
    code, _, err = run(capsys, "spell")
    assert code == 1 and err.startswith("drafter: ")
