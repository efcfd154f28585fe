"""The checks' shared parts: the prose view, findings, settings, and the run over every check."""

from __future__ import annotations

from drafter.core.checks import CheckSettings, Draft, Severity
from drafter.core.checks.findings import Finding, counts, sort_findings
from drafter.core.checks.prose import prose_text
from drafter.core.checks.registry import CHECKS, CHECKS_BY_ID, errors, run_checks
from drafter.core.templates.placeholders import LineIndex


def test_prose_blanks_markup_but_keeps_every_offset() -> None:
    text = ("# Statement from the **Mayor**\n\nSee [the plan](https://example.gov/plan) and "
            "`code here` <!-- fixed: about -->.\n- a list item\n")
    prose = prose_text(text)
    assert len(prose) == len(text)
    assert prose.count("\n") == text.count("\n")
    assert "https" not in prose and "code here" not in prose and "fixed" not in prose
    assert "**" not in prose and not prose.startswith("#")
    # The words stay exactly where they were.
    for word in ("Statement", "Mayor", "the plan", "a list item"):
        assert prose.index(word) == text.index(word)


def test_sentences_do_not_end_at_titles_or_times() -> None:
    draft = Draft(text="Mayor Ruiz met Mr. Bell at 7 p.m. on Main St. today. Then she spoke. "
                       "Chief Bell thanked J. Price.\n\n## Thank you\n\nWe are grateful.")
    assert [s.text for s in draft.sentences] == [
        "Mayor Ruiz met Mr. Bell at 7 p.m. on Main St. today.", "Then she spoke.",
        "Chief Bell thanked J. Price.", "Thank you", "We are grateful."]
    kinds = [block.kind for block in draft.blocks]
    assert kinds == ["paragraph", "heading", "paragraph"]


def test_a_finding_reports_1_based_lines_and_columns_and_its_fix_first() -> None:
    text = "First line.\nThe the second."
    draft = Draft(text=text)
    finding = draft.finding("repeated-words", 12, 19, "Twice.", severity=Severity.WARNING,
                            suggestions=["x", "The"], fix="The")
    assert finding.text == "The the"
    assert finding.suggestions == ("The", "x")
    shown = finding.to_json(LineIndex(text))
    assert (shown["line"], shown["column"], shown["end_line"], shown["end_column"]) == (2, 1, 2, 8)
    assert shown["severity"] == "warning" and shown["fix"] == "The" and shown["suggestions"] == ["The", "x"]


def test_findings_sort_by_place_then_severity_and_count_by_severity() -> None:
    a = Finding("b", Severity.ADVICE, 5, 6, "x", "m")
    b = Finding("a", Severity.ERROR, 5, 9, "x", "m")
    c = Finding("c", Severity.WARNING, 1, 2, "x", "m")
    assert sort_findings([a, b, c]) == [c, b, a]
    assert counts([a, b, c]) == {Severity.ERROR: 1, Severity.WARNING: 1, Severity.ADVICE: 1}


def test_settings_round_trip_and_forgive_damage() -> None:
    settings = CheckSettings().with_check("spelling", severity=Severity.ERROR).with_check(
        "quote-style", enabled=False)
    again = CheckSettings.from_dict(settings.to_dict())
    assert again.severity("spelling", Severity.WARNING) is Severity.ERROR
    assert not again.enabled("quote-style") and again.enabled("spelling")
    reset = again.with_check("spelling", default=True)
    assert reset.severity("spelling", Severity.WARNING) is Severity.WARNING
    damaged = CheckSettings.from_dict({"disabled": "all", "severities": {"spelling": "fatal"},
                                       "target_grade": "nine", "max_words": -3})
    assert damaged == CheckSettings()
    assert CheckSettings.from_dict(None) == CheckSettings()


def test_every_check_has_a_unique_id_a_title_and_a_description() -> None:
    assert len(CHECKS_BY_ID) == len(CHECKS)
    assert all(info.title and info.description for info in CHECKS)


STATEMENT = """# Statement from Mayor Elena Ruiz

The the town stands with {{speaker.name}} and our officers.
"""


def test_the_run_applies_the_organisation_s_severities_and_switches() -> None:
    draft = Draft(text=STATEMENT, profile={"speaker.name": "Elena Ruiz"})
    found = run_checks(draft)
    by_check = {f.check: f for f in found}
    assert by_check["placeholders"].severity is Severity.ERROR
    assert by_check["placeholders"].fix == "Elena Ruiz"
    assert by_check["repeated-words"].severity is Severity.WARNING
    assert errors(found) == [by_check["placeholders"]]

    settings = CheckSettings().with_check("placeholders", enabled=False).with_check(
        "repeated-words", severity=Severity.ERROR)
    found = run_checks(Draft(text=STATEMENT, settings=settings))
    assert "placeholders" not in {f.check for f in found}
    assert [f.check for f in errors(found)] == ["repeated-words"]


def test_the_run_can_be_limited_to_some_checks() -> None:
    found = run_checks(Draft(text=STATEMENT), only=["repeated-words"])
    assert [f.check for f in found] == ["repeated-words"]


def test_a_check_that_fails_is_reported_and_the_others_still_run(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drafter.core.checks import registry

    def broken(draft: Draft) -> list[Finding]:
        raise LookupError("dictionary missing")

    broken_info = registry.CheckInfo("readability", "Readability", "x", Severity.ADVICE, broken)
    monkeypatch.setattr(registry, "CHECKS", tuple(broken_info if i.id == "readability" else i
                                                   for i in registry.CHECKS))
    found = run_checks(Draft(text=STATEMENT))
    [failed] = [f for f in found if f.check == "readability"]
    assert failed.severity is Severity.WARNING
    assert "could not run (LookupError: dictionary missing)" in failed.message
    assert "repeated-words" in {f.check for f in found}
