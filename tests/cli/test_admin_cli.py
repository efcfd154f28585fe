"""`drafter users list|add` and `drafter audit verify`, as scripts use them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from drafter.store import Workspace
from tests.cli.test_cli import isolated, run, sample_file  # noqa: F401 (isolated is an autouse fixture)


def people(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    code, out, _ = run(capsys, "--json", "users", "list")
    assert code == 0
    return {person["login"]: person for person in json.loads(out)}


def workspace_file() -> str:
    """The workspace the autouse fixture points DRAFTER_DB at (a file or a server address)."""
    return os.environ["DRAFTER_DB"]


def audit_rows(target: str) -> int:
    with Workspace.open(target) as ws, ws.read() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one())


def tamper(target: str, sql: str) -> None:
    """Change the log behind Drafter's back, as someone with the file or the server's superuser could."""
    with Workspace.open(target) as ws, ws.write() as conn:
        if ws.dialect == "postgresql":
            conn.execute(sa.text("SET LOCAL session_replication_role = replica"))  # no triggers
        changed = conn.execute(sa.text(sql)).rowcount
    assert changed == 1, "the tampering must touch exactly one row"


def test_list_gives_everyone_after_adding(capsys) -> None:
    code, out, err = run(capsys, "--json", "users", "add", "jo.clerk", "--role", "reviewer",
                         "--role", "drafter", "--display-name", "  Jo   Clerk ")
    assert code == 0 and err == ""
    assert json.loads(out) == {"login": "jo.clerk", "display_name": "Jo Clerk",
                               "roles": ["drafter", "reviewer"],
                               "created": json.loads(out)["created"]}
    everyone = people(capsys)
    assert list(everyone) == ["jo.clerk", "press.office"]
    assert everyone["press.office"]["roles"] == ["admin", "drafter", "reviewer"]  # the first person
    assert everyone["jo.clerk"]["roles"] == ["drafter", "reviewer"]
    assert all(set(p) == {"login", "display_name", "roles", "created"} for p in everyone.values())
    assert all(str(p["created"]).endswith("Z") for p in everyone.values())
    code, out, _ = run(capsys, "users", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and "Jo Clerk" in lines[0] and "drafter, reviewer" in lines[0]


def test_add_prints_what_changed(capsys) -> None:
    code, out, _ = run(capsys, "users", "add", "sam.lee", "--role", "reviewer")
    assert code == 0
    assert out.startswith("Added sam.lee (sam.lee).") and "reviewer" in out


def test_a_non_admin_cannot_add_people_and_nothing_changes(capsys) -> None:
    assert run(capsys, "users", "add", "jo.clerk", "--role", "drafter")[0] == 0
    events_before = audit_rows(workspace_file())
    code, out, err = run(capsys, "--as", "jo.clerk", "users", "add", "intruder", "--role", "admin")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("drafter: Only an administrator can add people")
    assert "jo.clerk is not one" in err and "press.office" in err
    code, _, err = run(capsys, "--as", "jo.clerk", "users", "add", "jo.clerk", "--role", "admin")
    assert code == 1 and "Only an administrator" in err  # nor give roles, to themselves either
    assert audit_rows(workspace_file()) == events_before
    everyone = people(capsys)
    assert set(everyone) == {"jo.clerk", "press.office"}
    assert everyone["jo.clerk"]["roles"] == ["drafter"]


def test_a_refusal_with_json_gives_the_error_object(capsys) -> None:
    run(capsys, "users", "add", "jo.clerk", "--role", "drafter")
    code, out, err = run(capsys, "--json", "--as", "jo.clerk", "users", "add", "x", "--role", "drafter")
    assert code == 1 and "Only an administrator" in json.loads(out)["error"]
    assert err.startswith("drafter: ")


def test_adding_an_existing_person_adds_the_missing_roles(capsys) -> None:
    run(capsys, "users", "add", "jo.clerk", "--role", "drafter", "--display-name", "Jo Clerk")
    code, out, _ = run(capsys, "users", "add", "jo.clerk", "--role", "drafter", "--role", "reviewer")
    assert code == 0
    assert "Gave jo.clerk the role reviewer." in out and "Added" not in out
    assert people(capsys)["jo.clerk"]["roles"] == ["drafter", "reviewer"]
    code, out, _ = run(capsys, "users", "add", "jo.clerk", "--role", "reviewer",
                       "--display-name", "Joanna Clerk")
    assert code == 0 and "nothing changed" in out and "left as it is" in out
    assert people(capsys)["jo.clerk"]["display_name"] == "Jo Clerk"
    code, out, _ = run(capsys, "--json", "users", "add", "jo.clerk", "--role", "admin")
    assert code == 0 and json.loads(out)["roles"] == ["admin", "drafter", "reviewer"]


def test_an_unknown_role_is_refused_with_the_roles_listed(capsys) -> None:
    run(capsys, "users", "list")
    code, out, err = run(capsys, "users", "add", "jo.clerk", "--role", "drafter", "--role", "boss")
    assert code == 1 and out == ""
    assert err == "drafter: There is no role “boss”: the roles are admin, drafter, reviewer.\n"
    assert "jo.clerk" not in people(capsys)


def test_add_needs_a_role(capsys) -> None:
    code, _, err = run(capsys, "users", "add", "jo.clerk")
    assert code == 2 and "--role" in err


def _workspace_with_events(capsys, tmp_path: Path) -> None:
    assert run(capsys, "import", str(sample_file(tmp_path)))[0] == 0  # 1 person_added, 2 created
    assert run(capsys, "users", "add", "jo.clerk", "--role", "reviewer")[0] == 0  # 3
    assert run(capsys, "import", str(sample_file(tmp_path)), "--title", "Second")[0] == 0  # 4


def test_audit_verify_on_an_intact_log(capsys, tmp_path) -> None:
    _workspace_with_events(capsys, tmp_path)
    events = audit_rows(workspace_file())
    assert events >= 4
    code, out, err = run(capsys, "audit", "verify")
    assert code == 0 and err == ""
    assert out == f"Audit log intact: {events} events checked.\n"
    code, out, _ = run(capsys, "audit", "verify", "--json")
    document = json.loads(out)
    assert code == 0
    assert document["ok"] is True and document["checked"] == events
    assert document["first_bad_sequence"] is None and document["reason"]
    assert set(document) == {"ok", "checked", "first_bad_sequence", "reason"}


def test_audit_verify_names_a_changed_row(capsys, tmp_path) -> None:
    _workspace_with_events(capsys, tmp_path)
    tamper(workspace_file(), "UPDATE audit_events SET details = replace(details, 'Statement on Riverton', "
                     "'Statement on Elsewhere') WHERE sequence = 2")
    code, out, err = run(capsys, "audit", "verify")
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("drafter: Audit log broken at event 2: ")
    assert "changed after it was recorded" in err
    code, out, err = run(capsys, "--json", "audit", "verify")
    document = json.loads(out)
    assert code == 1 and err.startswith("drafter: Audit log broken at event 2")
    assert document["ok"] is False and document["first_bad_sequence"] == 2
    assert document["checked"] == 2 and "Event 2" in document["reason"]


def test_audit_verify_names_a_row_whose_actor_was_changed(capsys, tmp_path) -> None:
    _workspace_with_events(capsys, tmp_path)
    tamper(workspace_file(), "UPDATE audit_events SET actor = 'someone.else' WHERE sequence = 3")
    code, _, err = run(capsys, "audit", "verify")
    assert code == 1 and err.startswith("drafter: Audit log broken at event 3: ")


def test_audit_verify_catches_a_deleted_row(capsys, tmp_path) -> None:
    _workspace_with_events(capsys, tmp_path)
    tamper(workspace_file(), "DELETE FROM audit_events WHERE sequence = 2")
    code, out, err = run(capsys, "--json", "audit", "verify")
    document = json.loads(out)
    assert code == 1
    assert document["ok"] is False and document["first_bad_sequence"] == 2
    assert "Event 2 is missing" in document["reason"]
    assert err.startswith("drafter: Audit log broken at event 2: Event 2 is missing")
