"""Moving a workspace: ``drafter workspace copy`` from a local file to a team server (or another file)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from drafter.core.errors import WorkspaceError
from drafter.core.statement import Status
from drafter.core.workflow import APPROVE, REQUEST_CHANGES
from drafter.store import Workspace
from drafter.store.workspace_copy import copied_tables, copy_workspace
from tests.cli_runner import run

TEXT = "# Statement on Riverton\n\nWe stand with the brave officers of Riverton.\r\n"
# Characters a careless copy changes: accents, an emoji, a tab, CRLF, trailing spaces.
TRICKY = "# Declaración\n\nLa alcaldesa lamenta… 🕯️\tEn «Riverton».  \r\n\n" + "Línea.\n" * 30_000


class OddClock:
    """A clock that moves forward by an odd step, microseconds included (hashes cover them)."""

    def __init__(self) -> None:
        self.current = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=1, microseconds=234_567)
        return self.current


def build_source(path: Path) -> str:
    """A local workspace with something in every table; returns its path."""
    with Workspace.open(path, clock=OddClock()) as ws:
        ws.people.ensure("ada.admin", display_name="Ada Admin")  # the first person: every role
        ws.people.ensure("dan.drafter", display_name="Dan Drafter", roles=["drafter"])
        ws.people.ensure("rita.reviewer", display_name="Rita Reviewer", roles=["reviewer"])
        ws.people.ensure("rob.reviewer", roles=["reviewer"])
        ws.settings.save_organisation_profile({"name": "City of Eastham"}, actor="ada.admin")
        ws.snippets.create("About us", "Eastham is a city of 40,000.", trigger=";about", actor="ada.admin")
        ws.dictionary.add("Riverton", language="en", actor="ada.admin")
        ws.team_templates.save("notice", "---\nname: Notice\n---\nBody\n", actor="ada.admin")

        released = ws.statements.create(title="Statement on Riverton", text="# Draft\n", actor="dan.drafter")
        version = ws.statements.save_working_copy(released.id, TEXT, expected_version=1, actor="dan.drafter")
        first = ws.reviews.submit(released.id, actor="dan.drafter", expected_version=version, errors=[],
                                  note="ready for review")
        start = TEXT.index("brave officers")
        comment = ws.comments.add(released.id, actor="rita.reviewer", body="Name the department.",
                                  quote="brave officers", start=start, end=start + 14,
                                  suggestion="officers of the Riverton Police Department",
                                  revision=first.number)
        ws.comments.reply(comment.id, actor="dan.drafter", body="Done, thanks.")
        ws.comments.resolve(comment.id, actor="dan.drafter")
        ws.reviews.decide(released.id, actor="rita.reviewer", decision=REQUEST_CHANGES,
                          revision=first.number, sha256=first.sha256, note="Name the department.")
        fixed = TEXT.replace("brave officers", "officers of the Riverton Police Department")
        version = ws.statements.save_working_copy(released.id, fixed, expected_version=version,
                                                  actor="dan.drafter")
        second = ws.reviews.submit(released.id, actor="dan.drafter", expected_version=version, errors=[])
        ws.reviews.decide(released.id, actor="rita.reviewer", decision=APPROVE, revision=second.number,
                          sha256=second.sha256)
        ws.reviews.release(released.id, actor="dan.drafter", revision=second.number, sha256=second.sha256,
                           files=[{"name": "2025-03-01-statement.pdf", "sha256": "ab" * 32}])

        draft = ws.statements.create(title="Declaración", text=TRICKY, actor="dan.drafter", language="es")
        ws.confirmations.confirm(draft.id, key="personal_data:Ana", check="personal_data", text="Ana",
                                 reason="She agreed to be named.", actor="dan.drafter")
        trashed = ws.statements.create(title="Old notice", text="gone", actor="dan.drafter")
        ws.statements.trash(trashed.id, actor="dan.drafter")
        assert ws.statements.get(released.id).status is Status.RELEASED
    return str(path)


def table_rows(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    with ws.read() as conn:
        return {table.name: [dict(row._mapping) for row in
                             conn.execute(sa.select(table).order_by(*table.primary_key.columns))]
                for table in copied_tables()}


@pytest.fixture
def source(tmp_path: Path) -> str:
    return build_source(tmp_path / "local.db")


def assert_same_and_working(source: str, target: str) -> None:
    with Workspace.open(source) as src, Workspace.open(target) as dst:
        expected, copied = table_rows(src), table_rows(dst)
        assert all(expected[name] for name in expected), "the source has a row in every table"
        for name in expected:
            assert copied[name] == expected[name], name
        verification = dst.audit.verify()
        assert verification.ok and verification.checked == len(expected["audit_events"])
        highest = max(row["id"] for row in expected["statements"])
        # The copy works on: a fresh id, a save, another comment, a chain that still checks out.
        new = dst.statements.create(title="After the move", text="# New\n", actor="dan.drafter")
        assert new.id == highest + 1
        draft = next(row for row in expected["statements"] if row["title"] == "Declaración")
        assert draft["text"] == TRICKY
        saved = dst.statements.save_working_copy(draft["id"], TRICKY + "Más.\n",
                                                 expected_version=draft["version"], actor="dan.drafter")
        assert saved == draft["version"] + 1
        comment = dst.comments.add(new.id, actor="rita.reviewer", body="Good.", quote="New", start=2, end=5)
        assert comment.id == max(row["id"] for row in expected["comments"]) + 1
        dst.people.ensure("nia.new", roles=["drafter"])
        assert dst.audit.verify().ok


def test_a_local_workspace_copies_to_postgresql_and_the_audit_log_verifies_there(
        capsys: pytest.CaptureFixture[str], source: str, postgres_url: str) -> None:
    code, out, err = run(capsys, "workspace", "copy", "--from", source, "--to", postgres_url, "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    with Workspace.open(source) as src:
        expected = {name: len(rows) for name, rows in table_rows(src).items()}
    assert shown["copied"] == expected
    assert list(shown["copied"]) == [table.name for table in copied_tables()]  # parents first
    assert shown["to"].startswith("postgresql+psycopg://") and "***" not in shown["to"]

    code, out, err = run(capsys, "--db", postgres_url, "--as", "ada.admin", "audit", "verify", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True
    assert_same_and_working(source, postgres_url)


def test_a_copy_into_a_workspace_that_is_not_empty_is_refused_and_changes_nothing(
        capsys: pytest.CaptureFixture[str], source: str, postgres_url: str) -> None:
    with Workspace.open(postgres_url) as dst:
        dst.people.ensure("someone.else")
        before = table_rows(dst)
    code, out, err = run(capsys, "workspace", "copy", "--from", source, "--to", postgres_url)
    assert code == 1 and out == ""
    assert err.startswith("drafter: ") and err.count("\n") == 1
    assert "not empty" in err and "1 person" in err and "Nothing was written" in err
    with Workspace.open(postgres_url) as dst:
        assert table_rows(dst) == before

    code, out, _ = run(capsys, "workspace", "copy", "--from", source, "--to", postgres_url, "--json")
    assert code == 1 and "not empty" in json.loads(out)["error"]


def test_a_copy_goes_to_another_local_file_in_small_batches_too(tmp_path: Path, source: str) -> None:
    target = tmp_path / "copy.db"
    with Workspace.open(source) as src, Workspace.open(target) as dst:
        report = copy_workspace(src, dst, batch_rows=2, batch_bytes=1000)
    assert report.copied["audit_events"] > 2 and report.total == sum(report.copied.values())
    assert list(report.copied) == [table.name for table in copied_tables()]
    assert_same_and_working(source, str(target))


def test_the_command_prints_a_line_per_table_to_a_local_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    target = tmp_path / "copy.db"
    code, out, err = run(capsys, "workspace", "copy", "--from", source, "--to", str(target))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(copied_tables()) + 1
    assert lines[0].split()[0] == copied_tables()[0].name
    assert lines[-1].startswith("Copied ") and str(target) in lines[-1]
    code, _, err = run(capsys, "workspace", "copy", "--from", source, "--to", str(target))
    assert code == 1 and "not empty" in err


def test_a_workspace_is_not_copied_onto_itself(source: str) -> None:
    with Workspace.open(source) as src, Workspace.open(source) as same, \
            pytest.raises(WorkspaceError, match="both the source and the target"):
        copy_workspace(src, same)


def test_a_row_the_server_refuses_leaves_the_target_empty(
        capsys: pytest.CaptureFixture[str], source: str, postgres_url: str) -> None:
    import sqlite3

    raw = sqlite3.connect(source)  # SQLite keeps a title longer than the schema allows; PostgreSQL does not
    with raw:
        raw.execute("UPDATE statements SET title = ? WHERE title = 'Old notice'", ("x" * 400,))
    raw.close()
    code, out, err = run(capsys, "workspace", "copy", "--from", source, "--to", postgres_url)
    assert code == 1 and out == "" and "Nothing was written" in err and err.count("\n") == 1
    with Workspace.open(postgres_url) as dst:
        assert not any(table_rows(dst).values())
