"""Snippets: reusable passages, found by name or by trigger."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace

ABOUT = "Riverton is a town of 12,000 people on the Blue River."


def test_a_snippet_is_created_found_changed_and_deleted(workspace: Workspace) -> None:
    created = workspace.snippets.create("About the town", ABOUT, trigger=";about", actor="ana")
    assert (created.name, created.trigger, created.body, created.updated_by) == (
        "About the town",
        ";about",
        ABOUT,
        "ana",
    )
    assert workspace.snippets.get(created.id) == created
    assert workspace.snippets.by_trigger(";about") == created
    assert workspace.snippets.by_trigger(";ABOUT") is None  # triggers are exact
    assert workspace.snippets.by_trigger(";nothing") is None

    renamed = workspace.snippets.update(
        created.id, name="About Riverton", trigger=";riverton", actor="bo"
    )
    assert (renamed.name, renamed.trigger, renamed.body) == ("About Riverton", ";riverton", ABOUT)
    assert renamed.updated_by == "bo"
    assert workspace.snippets.by_trigger(";about") is None
    assert workspace.snippets.by_trigger(";riverton") == renamed

    rewritten = workspace.snippets.update(created.id, body="Riverton, est. 1850.", actor="bo")
    assert (rewritten.name, rewritten.trigger) == ("About Riverton", ";riverton")
    untriggered = workspace.snippets.update(created.id, trigger="", actor="bo")
    assert untriggered.trigger is None

    workspace.snippets.delete(created.id, actor="cy")
    assert workspace.snippets.list() == []
    with pytest.raises(NotFoundError, match=rf"no snippet {created.id}"):
        workspace.snippets.get(created.id)
    assert [e.action for e in workspace.audit.events()] == [
        "snippet_created",
        "snippet_updated",
        "snippet_updated",
        "snippet_updated",
        "snippet_deleted",
    ]


def test_a_duplicate_name_is_refused_ignoring_case(workspace: Workspace) -> None:
    workspace.snippets.create("About the town", ABOUT, actor="ana")
    with pytest.raises(DrafterError, match=r"^A snippet named “About the town” already exists"):
        workspace.snippets.create("  about the   TOWN ", "Other text", actor="bo")
    other = workspace.snippets.create("Contact", "Call 555-0100.", actor="bo")
    with pytest.raises(DrafterError, match="A snippet named “About the town” already exists"):
        workspace.snippets.update(other.id, name="About the town", actor="bo")
    assert [s.name for s in workspace.snippets.list()] == ["About the town", "Contact"]


def test_a_duplicate_trigger_is_refused_naming_the_snippet_that_has_it(
    workspace: Workspace,
) -> None:
    workspace.snippets.create("About the town", ABOUT, trigger=";about", actor="ana")
    with pytest.raises(DrafterError, match="“;about” is already used by the snippet “About the town”"):
        workspace.snippets.create("About us", "We are…", trigger=" ;about ", actor="bo")
    other = workspace.snippets.create("Contact", "Call 555-0100.", trigger=";call", actor="bo")
    with pytest.raises(DrafterError, match="already used"):
        workspace.snippets.update(other.id, trigger=";about", actor="bo")
    assert workspace.snippets.get(other.id).trigger == ";call"
    # Many snippets may have no trigger at all.
    workspace.snippets.create("Sign-off", "Sincerely,", actor="ana")
    workspace.snippets.create("Greeting", "Dear residents,", trigger="", actor="ana")
    assert [s.trigger for s in workspace.snippets.list()] == [";about", ";call", None, None]


def test_keeping_a_snippets_own_name_and_trigger_is_not_a_duplicate(
    workspace: Workspace,
) -> None:
    created = workspace.snippets.create("About the town", ABOUT, trigger=";about", actor="ana")
    same = workspace.snippets.update(
        created.id, name="About the town", trigger=";about", body=ABOUT, actor="ana"
    )
    assert same == created
    recased = workspace.snippets.update(created.id, name="About the Town", actor="ana")
    assert recased.name == "About the Town"
    assert len(workspace.audit.events()) == 2


def test_bad_names_triggers_and_bodies_are_refused_with_a_reason(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="needs a name"):
        workspace.snippets.create("   ", ABOUT, actor="ana")
    with pytest.raises(DrafterError, match="has a space in it"):
        workspace.snippets.create("About", ABOUT, trigger=";about town", actor="ana")
    with pytest.raises(DrafterError, match="needs some text"):
        workspace.snippets.create("About", " \n", actor="ana")
    with pytest.raises(NotFoundError):
        workspace.snippets.update(404, body="x", actor="ana")
    with pytest.raises(NotFoundError):
        workspace.snippets.delete(404, actor="ana")
    assert workspace.snippets.list() == []
    assert workspace.audit.events() == []


def test_snippets_are_listed_by_name_and_shared_with_everyone(db_path: Path) -> None:
    with Workspace.open(db_path) as mine, Workspace.open(db_path) as theirs:
        for name in ("sign-off", "About the town", "Contact"):
            mine.snippets.create(name, f"{name} text", actor="ana")
        assert [s.name for s in theirs.snippets.list()] == ["About the town", "Contact", "sign-off"]
