"""Removing roles and renaming people: each an audited step, and the last administrator stays one."""

from __future__ import annotations

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace


def test_a_role_can_be_removed_and_the_removal_is_recorded(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    workspace.people.ensure("bo", roles=["drafter", "reviewer"], actor="ana")
    removed = workspace.people.remove_role("bo", "reviewer", actor="ana")
    assert removed.roles == {"drafter"}
    assert workspace.people.get("bo").roles == {"drafter"}
    event = workspace.audit.events()[-1]
    assert (event.action, event.actor, event.details) == ("role_removed", "ana",
                                                          {"login": "bo", "role": "reviewer"})


def test_removing_a_role_someone_lacks_changes_nothing(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    workspace.people.ensure("bo", actor="ana")
    before = len(workspace.audit.events())
    assert workspace.people.remove_role("bo", "reviewer", actor="ana").roles == {"drafter"}
    assert len(workspace.audit.events()) == before


def test_the_last_administrator_keeps_the_admin_role(workspace: Workspace) -> None:
    workspace.people.ensure("ana", display_name="Ana Ruiz")
    with pytest.raises(DrafterError, match="Ana Ruiz \\(ana\\) is the only administrator"):
        workspace.people.remove_role("ana", "admin", actor="ana")
    assert workspace.people.get("ana").has_role("admin")
    # With a second administrator, either may step down.
    workspace.people.ensure("bo", roles=["admin"], actor="ana")
    assert workspace.people.remove_role("ana", "admin", actor="ana").roles == {"drafter", "reviewer"}
    with pytest.raises(DrafterError, match="only administrator"):
        workspace.people.remove_role("bo", "admin", actor="bo")


def test_unknown_people_and_roles_are_refused(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    with pytest.raises(NotFoundError, match="no person with the login 'zed'"):
        workspace.people.remove_role("zed", "drafter", actor="ana")
    with pytest.raises(DrafterError, match="no role 'mayor'"):
        workspace.people.remove_role("ana", "mayor", actor="ana")
    with pytest.raises(NotFoundError):
        workspace.people.set_display_name("zed", "Zed", actor="ana")


def test_a_person_can_be_renamed_and_the_rename_is_recorded(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    workspace.people.ensure("bo", actor="ana")
    renamed = workspace.people.set_display_name("bo", "  Bo   Li ", actor="ana")
    assert renamed.display_name == "Bo Li"
    assert workspace.people.get("bo").display_name == "Bo Li"
    event = workspace.audit.events()[-1]
    assert (event.action, event.actor, event.details) == ("person_renamed", "ana",
                                                          {"login": "bo", "old": "bo", "new": "Bo Li"})
    before = len(workspace.audit.events())
    workspace.people.set_display_name("bo", "Bo Li", actor="ana")  # the same name: nothing to record
    assert len(workspace.audit.events()) == before


def test_a_name_must_say_something(workspace: Workspace) -> None:
    workspace.people.ensure("ana", display_name="Ana Ruiz")
    with pytest.raises(DrafterError, match="cannot be empty"):
        workspace.people.set_display_name("ana", "   ", actor="ana")
    with pytest.raises(DrafterError, match="too long"):
        workspace.people.set_display_name("ana", "x" * 201, actor="ana")
    assert workspace.people.get("ana").display_name == "Ana Ruiz"


def test_the_audit_chain_stays_intact(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    workspace.people.ensure("bo", roles=["admin", "reviewer"], actor="ana")
    workspace.people.set_display_name("bo", "Bo Li", actor="ana")
    workspace.people.remove_role("bo", "reviewer", actor="ana")
    workspace.people.remove_role("ana", "admin", actor="bo")
    assert workspace.audit.verify().ok
