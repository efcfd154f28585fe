"""Statements made from templates: what they were made from, and their field values."""

from __future__ import annotations

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace

SNAPSHOT = {
    "template_id": "road-closure",
    "fields": [
        {"key": "street", "label": "Street", "type": "text", "required": True},
        {"key": "until", "label": "Until", "type": "date", "required": False},
    ],
    "fixed_blocks": {"contact": "Questions? Call Town Hall at 555-0100.\n"},
}


def test_what_a_statement_was_made_from_is_stored_and_read_back(workspace: Workspace) -> None:
    made = workspace.statements.create(
        title="Elm St closure",
        text="Elm St is closed.",
        actor="ana",
        template_id="road-closure",
        fields={"street": "Elm St"},
        template_snapshot=SNAPSHOT,
    )
    plain = workspace.statements.create(title="Plain", text="x", actor="ana")
    assert workspace.statements.template_snapshot(made.id) == SNAPSHOT
    assert workspace.statements.template_snapshot(plain.id) is None
    with pytest.raises(NotFoundError, match="no statement 404"):
        workspace.statements.template_snapshot(404)


def test_changing_field_values_leaves_the_text_and_version_alone(workspace: Workspace) -> None:
    made = workspace.statements.create(
        title="Elm St closure",
        text="Elm St is closed.",
        actor="ana",
        template_id="road-closure",
        fields={"street": "Elm St", "until": ""},
        template_snapshot=SNAPSHOT,
    )
    updated = workspace.statements.update_fields(
        made.id, {"street": "Elm Street", "until": "2024-06-07", "note": None}, actor="bo"
    )
    assert updated.fields == {"street": "Elm Street", "until": "2024-06-07", "note": None}
    assert (updated.text, updated.version) == ("Elm St is closed.", 1)
    assert updated.updated_by == "bo"
    assert workspace.statements.get(made.id) == updated
    assert workspace.statements.template_snapshot(made.id) == SNAPSHOT

    event = workspace.audit.events(made.id)[-1]
    assert (event.action, event.actor) == ("fields_changed", "bo")
    assert event.details == {"changed": ["note", "street", "until"]}

    # The same values again change and record nothing; an open editor can still save.
    assert workspace.statements.update_fields(made.id, dict(updated.fields), actor="bo") == updated
    assert [e.action for e in workspace.audit.events(made.id)] == ["created", "fields_changed"]
    assert (
        workspace.statements.save_working_copy(
            made.id, "Elm Street is closed.", expected_version=1, actor="ana"
        )
        == 2
    )


def test_field_values_of_a_missing_statement_are_refused(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no statement 7"):
        workspace.statements.update_fields(7, {"street": "Elm"}, actor="ana")
    with pytest.raises(DrafterError, match="cannot be recorded"):
        workspace.statements.update_fields(7, {}, actor="  ")
