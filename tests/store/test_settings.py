"""Workspace settings and the organisation profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.errors import DrafterError
from drafter.store import Workspace


def test_a_setting_round_trips_and_its_change_is_audited(workspace: Workspace) -> None:
    assert workspace.settings.get("review.stages") is None
    assert workspace.settings.get("review.stages", ["mayor"]) == ["mayor"]

    stages = [{"name": "Chief of staff", "approvals": 1}, {"name": "Mayor", "approvals": 1}]
    workspace.settings.put("review.stages", stages, actor="ana")
    assert workspace.settings.get("review.stages") == stages
    workspace.settings.put("review.stages", stages, actor="ana")  # unchanged: no event
    workspace.settings.put("review.self_approval", False, actor="bo")
    assert workspace.settings.get("review.self_approval") is False

    events = workspace.audit.events()
    assert [(e.action, e.actor, e.details, e.statement_id) for e in events] == [
        ("settings_changed", "ana", {"key": "review.stages"}, None),
        ("settings_changed", "bo", {"key": "review.self_approval"}, None),
    ]
    assert workspace.audit.verify().ok


def test_a_setting_can_be_replaced_and_is_seen_from_another_window(db_path: Path) -> None:
    with Workspace.open(db_path) as mine, Workspace.open(db_path) as theirs:
        mine.settings.put("checks.max_sentence_words", 30, actor="ana")
        assert theirs.settings.get("checks.max_sentence_words") == 30
        theirs.settings.put("checks.max_sentence_words", 25, actor="bo")
        assert mine.settings.get("checks.max_sentence_words") == 25


def test_a_setting_needs_a_key(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="cannot name a setting"):
        workspace.settings.put("  ", 1, actor="ana")
    with pytest.raises(DrafterError, match="cannot be recorded"):
        workspace.settings.put("k", 1, actor=" ")
    assert workspace.audit.events() == []


def test_the_organisation_profile_round_trips(workspace: Workspace) -> None:
    assert workspace.settings.organisation_profile() == {}
    profile = {
        "name": "Town of Riverton",
        "address": "1 Main Street, Riverton",
        "phone": "555-0100",
        "signature": "Mayor Ana Ruiz",
    }
    workspace.settings.save_organisation_profile(profile, actor="ana")
    assert workspace.settings.organisation_profile() == profile
    workspace.settings.save_organisation_profile({"name": "Ville de Riverton"}, actor="ana")
    assert workspace.settings.organisation_profile() == {"name": "Ville de Riverton"}
    assert [e.details for e in workspace.audit.events()] == [{"key": "organisation_profile"}] * 2


def test_the_organisation_profile_holds_text_only(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="text only"):
        workspace.settings.save_organisation_profile({"founded": 1850}, actor="ana")  # type: ignore[dict-item]
    assert workspace.settings.organisation_profile() == {}
