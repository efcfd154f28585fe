"""`drafter submit`, `review`, `withdraw` and `history`: a statement's review as a script drives it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import isolated, run, sample_file  # noqa: F401 (isolated is an autouse fixture)

CLEAN = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


def _people(capsys) -> None:  # type: ignore[no-untyped-def]
    """press.office acts first, so it is the workspace's admin (every role); bo is a reviewer."""
    from drafter.services import open_services

    services = open_services(None, "press.office")
    services.people.ensure("bo", roles=["reviewer"])
    services.people.ensure("dee", roles=["drafter"])
    services.close()


def _import(capsys, tmp_path: Path, text: str = CLEAN) -> str:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "import", str(sample_file(tmp_path, text)), "--as", "dee")
    assert code == 0, err
    return out.strip()


def test_submit_review_approve_and_history(capsys, tmp_path: Path) -> None:
    _people(capsys)
    sid = _import(capsys, tmp_path)
    code, out, err = run(capsys, "--json", "submit", sid, "--note", "Ready for the mayor", "--as", "dee")
    assert code == 0, err
    submitted = json.loads(out)
    assert (submitted["revision"], submitted["authors"], submitted["status"]) == (1, ["dee"], "in_review")
    code, out, err = run(capsys, "--json", "review", sid, "--approve", "--as", "bo")
    assert code == 0, err
    decided = json.loads(out)
    assert (decided["decision"], decided["status"], decided["revision"]) == ("approve", "approved", 1)
    assert decided["sha256"] == submitted["sha256"]
    code, out, _ = run(capsys, "--json", "history", sid)
    events = json.loads(out)
    assert [(e["actor"], e["action"]) for e in events] == [
        ("dee", "created"), ("dee", "submitted"), ("bo", "approved")]
    assert events[1]["description"] == "submitted revision 1 for review: “Ready for the mayor”"
    code, out, _ = run(capsys, "history", sid)
    assert out.splitlines()[-1].endswith("bo  approved revision 1 at the stage “Review”")


def test_submit_is_refused_while_a_check_reports_an_error(capsys, tmp_path: Path) -> None:
    _people(capsys)
    sid = _import(capsys, tmp_path, CLEAN + "Quote: {{quote}}\n")
    code, out, err = run(capsys, "submit", sid, "--as", "dee")
    assert code == 1 and out == ""
    assert err == ("drafter: Fix the checks' errors before submitting: line 4: “{{quote}}” was never "
                   "filled in: write the quote in its place.\n")
    _, out, _ = run(capsys, "--json", "show", sid)
    assert json.loads(out)["status"] == "draft"


def test_refused_reviews_exit_1_with_the_reason(capsys, tmp_path: Path) -> None:
    _people(capsys)
    sid = _import(capsys, tmp_path)
    code, _, err = run(capsys, "review", sid, "--approve", "--as", "bo")
    assert code == 1 and "no revision yet" in err  # not in review
    run(capsys, "submit", sid, "--as", "dee")
    code, _, err = run(capsys, "review", sid, "--approve", "--as", "dee")
    assert code == 1 and "not a reviewer" in err
    code, _, err = run(capsys, "review", sid, "--request-changes", "--as", "bo")
    assert code == 1 and "needs a note" in err
    code, _, err = run(capsys, "review", sid, "--approve", "--revision", "2", "--as", "bo")
    assert code == 1 and "no revision 2" in err
    code, _, err = run(capsys, "edit", sid, "--file", str(sample_file(tmp_path, "Changed.\n", "c.md")),
                       "--as", "dee")
    assert code == 1 and "read-only" in err
    code, out, err = run(capsys, "--json", "review", sid, "--request-changes", "--note", "Name the chief.",
                         "--as", "bo")
    assert code == 0, err
    assert json.loads(out)["status"] == "changes_requested"


def test_withdraw_returns_it_to_draft(capsys, tmp_path: Path) -> None:
    _people(capsys)
    sid = _import(capsys, tmp_path)
    run(capsys, "submit", sid, "--as", "dee")
    code, _, err = run(capsys, "withdraw", sid, "--as", "bo")
    assert code == 1 and "Only an author" in err
    code, _, err = run(capsys, "withdraw", sid, "--as", "dee")
    assert code == 0, err
    _, out, _ = run(capsys, "--json", "show", sid)
    assert json.loads(out)["status"] == "draft"


def test_editing_an_approved_statement_needs_reopen_approved(capsys, tmp_path: Path) -> None:
    _people(capsys)
    sid = _import(capsys, tmp_path)
    run(capsys, "submit", sid, "--as", "dee")
    run(capsys, "review", sid, "--approve", "--as", "bo")
    changed = str(sample_file(tmp_path, "Changed after approval.\n", "late.md"))
    code, _, err = run(capsys, "edit", sid, "--file", changed, "--as", "dee")
    assert code == 1 and "approved" in err and "Confirm" in err
    code, _, err = run(capsys, "edit", sid, "--file", changed, "--reopen-approved", "--as", "dee")
    assert code == 0, err
    _, out, _ = run(capsys, "--json", "history", sid)
    assert [e["action"] for e in json.loads(out)][-2:] == ["approval_superseded", "edited"]


def test_the_policy_s_stages_are_followed_in_order(capsys, tmp_path: Path) -> None:
    _people(capsys)
    from drafter.services import open_services

    services = open_services(None, "press.office")
    services.people.ensure("legal", roles=["reviewer"])
    services.close()
    code, _, err = run(capsys, "policy", "--stage", "Communications lead:bo", "--as", "bo")
    assert code == 1 and "Only an administrator" in err
    code, out, err = run(capsys, "--json", "policy", "--stage", "Communications lead:bo",
                         "--stage", "Legal counsel:legal:1")
    assert code == 0, err
    assert [s["name"] for s in json.loads(out)["stages"]] == ["Communications lead", "Legal counsel"]
    _, out, _ = run(capsys, "policy")
    assert out.splitlines() == ["1. Communications lead: bo, 1 approval",
                                "2. Legal counsel: legal, 1 approval",
                                "Authors may not approve their own text."]
    sid = _import(capsys, tmp_path)
    run(capsys, "submit", sid, "--as", "dee")
    code, _, err = run(capsys, "review", sid, "--approve", "--as", "legal")
    assert code == 1 and "waits for bo" in err  # a stage cannot be skipped
    assert run(capsys, "review", sid, "--approve", "--as", "bo")[0] == 0
    code, out, _ = run(capsys, "--json", "review", sid, "--approve", "--as", "legal")
    assert code == 0 and json.loads(out)["status"] == "approved"
