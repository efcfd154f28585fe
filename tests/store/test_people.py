"""People and roles: the first person can set the workspace up."""

from __future__ import annotations

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace


def test_the_first_person_gets_every_role_later_ones_are_drafters(workspace: Workspace) -> None:
    first = workspace.people.ensure("ana", display_name="Ana Ruiz")
    second = workspace.people.ensure("bo")
    assert first.roles == {"admin", "drafter", "reviewer"}
    assert second.roles == {"drafter"}
    assert (first.display_name, second.display_name) == ("Ana Ruiz", "bo")
    assert second.has_role("drafter") and not second.has_role("reviewer")


def test_roles_can_be_given_when_adding_and_granted_later(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    counsel = workspace.people.ensure("counsel", roles=["reviewer"], actor="ana")
    assert counsel.roles == {"reviewer"}
    granted = workspace.people.add_role("counsel", "drafter", actor="ana")
    assert granted.roles == {"reviewer", "drafter"}
    assert workspace.people.get("counsel").roles == {"reviewer", "drafter"}
    assert [(e.action, e.actor) for e in workspace.audit.events()] == [
        ("person_added", "ana"),
        ("person_added", "ana"),
        ("role_added", "ana"),
    ]


def test_ensuring_someone_known_changes_nothing(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    bo = workspace.people.ensure("bo")
    again = workspace.people.ensure(" bo ", display_name="Someone else", roles=["admin"])
    assert again == bo
    assert len(workspace.audit.events()) == 2


def test_unknown_roles_and_people_are_refused_with_a_reason(workspace: Workspace) -> None:
    workspace.people.ensure("ana")
    with pytest.raises(DrafterError, match="no role 'mayor'"):
        workspace.people.add_role("ana", "mayor", actor="ana")
    with pytest.raises(DrafterError, match="no role"):
        workspace.people.ensure("bo", roles=["superuser"])
    with pytest.raises(NotFoundError, match="no person with the login 'zed'"):
        workspace.people.get("zed")
    with pytest.raises(NotFoundError):
        workspace.people.add_role("zed", "reviewer", actor="ana")
    with pytest.raises(DrafterError, match="cannot be empty"):
        workspace.people.ensure("   ")
    assert [p.login for p in workspace.people.list()] == ["ana"]


def test_everyone_is_listed_by_login_ignoring_case(workspace: Workspace) -> None:
    for login in ("cy", "ana", "Bo Li"):
        workspace.people.ensure(login)
    assert [p.login for p in workspace.people.list()] == ["ana", "Bo Li", "cy"]
