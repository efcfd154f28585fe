"""Confirmed findings: personal data a statement names on purpose, with the reason, kept with it."""

from __future__ import annotations

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace


def _statement(workspace: Workspace) -> int:
    return workspace.statements.create(
        title="Arrest on Burnside Avenue", text="John Smith was arrested.", actor="ana").id


def test_a_confirmation_is_kept_with_its_statement_and_audited(workspace: Workspace) -> None:
    sid = _statement(workspace)
    assert workspace.confirmations.keys(sid) == frozenset()
    assert workspace.confirmations.confirm(
        sid, key="personal-data:john smith", check="personal-data", text="John Smith",
        reason="  Charged as an adult;  the court record is public. ", actor="bo") is True

    assert workspace.confirmations.keys(sid) == {"personal-data:john smith"}
    [kept] = workspace.confirmations.list(sid)
    assert (kept.check, kept.text, kept.reason, kept.confirmed_by) == (
        "personal-data", "John Smith", "Charged as an adult; the court record is public.", "bo")
    assert kept.confirmed_at.tzinfo is not None
    event = workspace.audit.events()[-1]
    assert (event.action, event.actor, event.statement_id) == ("finding_confirmed", "bo", sid)
    assert event.details == {"check": "personal-data", "text": "John Smith",
                             "reason": "Charged as an adult; the court record is public."}
    assert workspace.audit.verify().ok


def test_confirming_twice_records_once(workspace: Workspace) -> None:
    sid = _statement(workspace)
    args = {"key": "personal-data:john smith", "check": "personal-data", "text": "John Smith",
            "reason": "public record", "actor": "bo"}
    assert workspace.confirmations.confirm(sid, **args) is True
    before = len(workspace.audit.events())
    assert workspace.confirmations.confirm(sid, **args) is False
    assert len(workspace.audit.events()) == before
    assert len(workspace.confirmations.list(sid)) == 1


def test_a_confirmation_needs_a_reason_and_a_statement(workspace: Workspace) -> None:
    sid = _statement(workspace)
    with pytest.raises(DrafterError, match="needs a reason"):
        workspace.confirmations.confirm(sid, key="k", check="personal-data", text="x", reason="  ",
                                        actor="bo")
    with pytest.raises(NotFoundError):
        workspace.confirmations.confirm(sid + 100, key="k", check="personal-data", text="x",
                                        reason="public", actor="bo")
    assert workspace.confirmations.list(sid) == []


def test_confirmations_of_one_statement_are_not_another_s(workspace: Workspace) -> None:
    first, second = _statement(workspace), _statement(workspace)
    workspace.confirmations.confirm(first, key="personal-data:john smith", check="personal-data",
                                    text="John Smith", reason="public record", actor="bo")
    assert workspace.confirmations.keys(second) == frozenset()
