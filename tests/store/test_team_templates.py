"""Team templates: shared by everyone using the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace
from drafter.store.canonical import sha256_text

NOTICE = """---
id: road-closure
name: Road closure notice
fields:
  - key: street
    label: Street
---
<!-- fixed: contact -->
Questions? Call Town Hall at 555-0100.
<!-- /fixed -->

{{street}} is closed.
"""


def test_a_saved_team_template_is_seen_by_someone_else_on_the_same_workspace(
    db_path: Path,
) -> None:
    with Workspace.open(db_path) as admin, Workspace.open(db_path) as drafter:
        assert drafter.team_templates.list() == []
        saved = admin.team_templates.save("road-closure", NOTICE, actor="ana")
        assert (saved.id, saved.source, saved.updated_by) == ("road-closure", NOTICE, "ana")

        [seen] = drafter.team_templates.list()
        assert seen == saved
        assert drafter.team_templates.get("road-closure").source == NOTICE

        changed = NOTICE.replace("555-0100", "555-0199")
        updated = drafter.team_templates.save("road-closure", changed, actor="bo")
        assert (updated.source, updated.updated_by) == (changed, "bo")
        assert updated.updated_at > saved.updated_at
        assert [t.source for t in admin.team_templates.list()] == [changed]

        admin.team_templates.delete("road-closure", actor="ana")
        assert drafter.team_templates.list() == []
        with pytest.raises(NotFoundError, match="no team template 'road-closure'"):
            drafter.team_templates.get("road-closure")


def test_team_templates_are_listed_by_id_and_every_change_is_audited(
    workspace: Workspace,
) -> None:
    workspace.team_templates.save("proclamation", "P", actor="ana")
    workspace.team_templates.save("condolence", "C", actor="ana")
    workspace.team_templates.save("condolence", "C", actor="bo")  # unchanged: nothing recorded
    workspace.team_templates.save("condolence", "C2", actor="bo")
    workspace.team_templates.delete("proclamation", actor="cy")
    assert [t.id for t in workspace.team_templates.list()] == ["condolence"]

    events = workspace.audit.events()
    assert [(e.action, e.actor) for e in events] == [
        ("team_template_saved", "ana"),
        ("team_template_saved", "ana"),
        ("team_template_saved", "bo"),
        ("team_template_deleted", "cy"),
    ]
    assert events[2].details == {
        "template_id": "condolence",
        "new": False,
        "sha256": sha256_text("C2"),
        "chars": 2,
    }
    assert events[0].details["new"] is True
    assert events[3].details["template_id"] == "proclamation"
    assert all(e.statement_id is None for e in events)


def test_bad_ids_and_missing_templates_are_refused_with_a_reason(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="cannot be a template id"):
        workspace.team_templates.save("press release", NOTICE, actor="ana")
    with pytest.raises(DrafterError, match="cannot be a template id"):
        workspace.team_templates.save("  ", NOTICE, actor="ana")
    with pytest.raises(NotFoundError, match="no team template 'gone'"):
        workspace.team_templates.delete("gone", actor="ana")
    assert workspace.team_templates.list() == []
    assert workspace.audit.events() == []
