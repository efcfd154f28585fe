"""The audit log: every change recorded, and any later tampering found."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest

from drafter.store import Workspace
from drafter.store.audit import event_hash
from tests.store.helpers import raw_sqlite


def some_history(ws: Workspace) -> int:
    """Four events on one statement: created, edited, renamed, trashed."""
    created = ws.statements.create(title="Flood", text="Water is rising.", actor="ana")
    ws.statements.save_working_copy(created.id, "Water is falling.", expected_version=1, actor="bo")
    ws.statements.rename(created.id, "Flood update", actor="ana")
    ws.statements.trash(created.id, actor="cy")
    return created.id


def test_events_chain_from_64_zeros_each_hash_following_the_last(workspace: Workspace) -> None:
    statement_id = some_history(workspace)
    events = workspace.audit.events()
    assert [e.sequence for e in events] == [1, 2, 3, 4]
    assert [e.action for e in events] == ["created", "edited", "renamed", "trashed"]
    assert [e.actor for e in events] == ["ana", "bo", "ana", "cy"]
    assert all(e.statement_id == statement_id for e in events)
    assert events[0].prev_hash == "0" * 64
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in events}) == 4


def test_a_hash_is_sha256_of_the_previous_hash_and_the_rows_canonical_json(
    workspace: Workspace,
) -> None:
    workspace.statements.create(title="Flood", text="Ça monte.", actor="ana")
    [event] = workspace.audit.events()
    row = {
        "action": "created",
        "actor": "ana",
        "details": event.details,
        "occurred_at": event.occurred_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "sequence": 1,
        "statement_id": event.statement_id,
    }
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert "Flood" in text and "\\u" not in text
    assert event.hash == hashlib.sha256(("0" * 64 + text).encode("utf-8")).hexdigest()


def test_an_untouched_log_verifies(workspace: Workspace) -> None:
    assert workspace.audit.verify().ok  # empty
    some_history(workspace)
    result = workspace.audit.verify()
    assert (result.ok, result.checked, result.first_bad_sequence) == (True, 4, None)
    assert "intact" in result.reason


@pytest.mark.sqlite_only  # tampers with the file itself; the server refuses it (tests/team)
def test_changing_one_rows_details_is_found_and_named(workspace: Workspace, db_path: Path) -> None:
    some_history(workspace)
    with raw_sqlite(db_path) as raw:
        (details,) = raw.execute("SELECT details FROM audit_events WHERE sequence = 2").fetchone()
        forged = json.loads(details) | {"chars": 1}
        raw.execute(
            "UPDATE audit_events SET details = ? WHERE sequence = 2",
            (json.dumps(forged, sort_keys=True, separators=(",", ":")),),
        )
    result = workspace.audit.verify()
    assert (result.ok, result.first_bad_sequence, result.checked) == (False, 2, 2)
    assert "Event 2" in result.reason


@pytest.mark.sqlite_only  # tampers with the file itself; the server refuses it (tests/team)
def test_a_forger_who_also_rewrites_the_hash_breaks_the_next_link(
    workspace: Workspace, db_path: Path
) -> None:
    some_history(workspace)
    second = workspace.audit.events()[1]
    forged_hash = event_hash(
        second.prev_hash,
        sequence=2,
        occurred_at=second.occurred_at,
        actor="mallory",
        action=second.action,
        statement_id=second.statement_id,
        details=second.details,
    )
    with raw_sqlite(db_path) as raw:
        raw.execute(
            "UPDATE audit_events SET actor = 'mallory', hash = ? WHERE sequence = 2",
            (forged_hash,),
        )
    result = workspace.audit.verify()
    assert (result.ok, result.first_bad_sequence, result.checked) == (False, 3, 3)
    assert "Event 3 does not follow" in result.reason


@pytest.mark.sqlite_only  # tampers with the file itself; the server refuses it (tests/team)
def test_a_removed_event_is_found(workspace: Workspace, db_path: Path) -> None:
    some_history(workspace)
    with raw_sqlite(db_path) as raw:
        raw.execute("DELETE FROM audit_events WHERE sequence = 3")
    result = workspace.audit.verify()
    assert (result.ok, result.first_bad_sequence) == (False, 3)
    assert "Event 3 is missing" in result.reason


def test_the_log_survives_reopening_and_keeps_chaining(workspace_target: str) -> None:
    with Workspace.open(workspace_target) as ws:
        some_history(ws)
    with Workspace.open(workspace_target) as ws:
        ws.statements.create(title="Second", text="x", actor="ana")
        result = ws.audit.verify()
        assert (result.ok, result.checked) == (True, 5)
