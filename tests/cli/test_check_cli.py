"""`drafter check` and `drafter checks`: the findings a script sees, and the organisation's settings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import isolated, run, sample_file  # noqa: F401 (isolated is an autouse fixture)

DRAFT = """# Statement from Mayor Elena Ruiz

The the town stands with {{speaker.name}} and our officers.
The meeting is on Friday, March 3, 2025.
"""
CLEAN = "# Thank you\n\nWe are one community – there is no us versus them.\n"


def test_check_of_a_file_lists_findings_shaped_as_the_contract_says(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "check", str(sample_file(tmp_path, DRAFT)), "--json")
    assert code == 1, err
    report = json.loads(out)
    findings = report["findings"]
    by_check = {f["check"]: f for f in findings}
    placeholder = by_check["placeholders"]
    assert (placeholder["severity"], placeholder["line"], placeholder["column"], placeholder["text"]) == (
        "error", 3, 26, "{{speaker.name}}")
    repeated = by_check["repeated-words"]
    shown = (repeated["text"], repeated["line"], repeated["column"], repeated["fix"])
    assert shown == ("The the", 3, 1, "The")
    weekday = by_check["dates"]
    assert weekday["severity"] == "error" and weekday["text"].startswith("Friday, March 3, 2025")
    assert "Monday" in weekday["message"]
    for finding in findings:
        assert {"check", "severity", "line", "column", "text", "message", "suggestions"} <= set(finding)
    assert report["counts"]["error"] == sum(f["severity"] == "error" for f in findings)


def test_check_of_a_clean_text_exits_0_and_says_so(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "check", str(sample_file(tmp_path, CLEAN)))
    assert code == 0, (out, err)
    assert out.strip().splitlines()[-1] == "0 errors, 0 warnings, 0 advice."
    assert out.strip().splitlines()[0].startswith("Reading grade ")


def test_check_prints_one_line_per_finding_for_people(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "check", str(sample_file(tmp_path, DRAFT)), "--only", "placeholders")
    assert code == 1
    assert out.splitlines()[0] == (
        "3:26: error [placeholders] “{{speaker.name}}” was never filled in: the organisation profile has "
        "no speaker's name yet. Set it in Settings ▸ Organisation Profile, or write it here.")


def test_check_of_a_statement_uses_its_template_and_confirmations(capsys, tmp_path: Path) -> None:
    text = ("# Arrest on Burnside Avenue\n\nOfficers said John Smith was arrested on Tuesday.\n")
    code, out, _ = run(capsys, "import", str(sample_file(tmp_path, text)))
    statement_id = out.strip()
    code, out, _ = run(capsys, "--json", "check", statement_id, "--only", "personal-data")
    [finding] = json.loads(out)["findings"]
    assert finding["text"] == "John Smith" and finding["needs_confirmation"] is True
    assert code == 0  # a warning does not stop the statement

    code, _, err = run(capsys, "checks", "confirm", statement_id, "Mary Major", "--reason", "x")
    assert code == 1 and "no personal-data finding" in err
    code, _, err = run(capsys, "checks", "confirm", statement_id, "John Smith", "--reason",
                       "Charged as an adult; the court record is public.")
    assert code == 0, err
    code, out, _ = run(capsys, "--json", "check", statement_id, "--only", "personal-data")
    assert json.loads(out)["findings"] == []


def test_checks_set_changes_what_check_reports(capsys, tmp_path: Path) -> None:
    source = str(sample_file(tmp_path, DRAFT))
    code, _, _ = run(capsys, "checks", "set", "placeholders", "--off")
    assert code == 0
    code, _, _ = run(capsys, "checks", "set", "dates", "--severity", "advice")
    assert code == 0
    code, out, _ = run(capsys, "--json", "check", source)
    checks = {f["check"]: f["severity"] for f in json.loads(out)["findings"]}
    assert "placeholders" not in checks and checks["dates"] == "advice"
    assert code == 0  # no error stands any more
    code, out, _ = run(capsys, "--json", "checks", "list")
    rows = {row["id"]: row for row in json.loads(out)["checks"]}
    assert rows["placeholders"]["enabled"] is False
    assert (rows["dates"]["severity"], rows["dates"]["default_severity"]) == ("advice", "error")
    code, _, err = run(capsys, "checks", "set", "no-such-check", "--off")
    assert code == 1 and "No check is called no-such-check" in err


def test_the_organisation_s_style_rules_load_from_a_file(capsys, tmp_path: Path) -> None:
    rules = tmp_path / "style.yaml"
    rules.write_text("rules:\n  - avoid: town board\n    prefer: Town Council\n"
                     "    reason: Our council's name since 2019.\n", encoding="utf-8")
    code, out, err = run(capsys, "checks", "rules", "style", "--load", str(rules))
    assert code == 0, err
    assert "1 style rule" in out
    source = sample_file(tmp_path, "# Notice\n\nThe town board meets tonight.\n")
    _, out, _ = run(capsys, "--json", "check", str(source), "--only", "style")
    [finding] = json.loads(out)["findings"]
    assert (finding["text"], finding["fix"]) == ("town board", "Town Council")

    rules.write_text("rules:\n  - prefer: nothing to avoid\n", encoding="utf-8")
    code, _, err = run(capsys, "checks", "rules", "style", "--load", str(rules))
    assert code == 1 and err.startswith("drafter: ")
    _, out, _ = run(capsys, "--json", "checks", "rules", "style")
    assert "town board" in json.loads(out)["text"]  # the broken file replaced nothing
