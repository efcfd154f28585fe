"""Statements: creating, saving, renaming, listing, trashing and restoring."""

from __future__ import annotations

import pytest

from drafter.core.errors import ConflictError, DrafterError, NotFoundError
from drafter.core.statement import Status
from drafter.store import Workspace
from drafter.store.canonical import sha256_text
from drafter.store.schema import statements


def actions(ws: Workspace, statement_id: int) -> list[str]:
    return [event.action for event in ws.audit.events(statement_id)]


def set_status(ws: Workspace, statement_id: int, status: Status) -> None:
    """What the workflow will do later; here it lets the list filter be tested."""
    with ws.write() as conn:
        conn.execute(
            statements.update().where(statements.c.id == statement_id).values(status=status.value)
        )


def test_a_new_statement_is_a_draft_at_version_one(workspace: Workspace) -> None:
    created = workspace.statements.create(
        title="  Statement on the   Riverton flood ",
        text="The town of Riverton…",
        actor="ana",
        language="fr-CA",
        template_id="press-release",
        fields={"town": "Riverton", "date": "2024-06-01"},
    )
    fetched = workspace.statements.get(created.id)
    assert fetched == created
    assert fetched.title == "Statement on the Riverton flood"
    assert (fetched.status, fetched.version) == (Status.DRAFT, 1)
    assert (fetched.language, fetched.template_id) == ("fr-CA", "press-release")
    assert fetched.fields == {"town": "Riverton", "date": "2024-06-01"}
    assert (fetched.created_by, fetched.updated_by) == ("ana", "ana")
    assert not fetched.trashed
    [event] = workspace.audit.events(created.id)
    assert (event.action, event.actor) == ("created", "ana")
    assert event.details["sha256"] == sha256_text("The town of Riverton…")


def test_a_statement_needs_a_title(workspace: Workspace) -> None:
    with pytest.raises(DrafterError, match="needs a title"):
        workspace.statements.create(title="   ", text="x", actor="ana")
    assert workspace.statements.list() == []


def test_asking_for_a_missing_statement_names_it(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match=r"^There is no statement 12\.$"):
        workspace.statements.get(12)
    with pytest.raises(NotFoundError, match="no statement 12"):
        workspace.statements.save_working_copy(12, "x", expected_version=1, actor="ana")


def test_saving_raises_the_version_and_records_the_edit(workspace: Workspace) -> None:
    created = workspace.statements.create(title="Curfew", text="Until 6.", actor="ana")
    version = workspace.statements.save_working_copy(
        created.id, "Until 7 a.m.", expected_version=1, actor="bo"
    )
    assert version == 2
    saved = workspace.statements.get(created.id)
    assert (saved.text, saved.version, saved.updated_by) == ("Until 7 a.m.", 2, "bo")
    assert saved.updated_at > created.updated_at
    edited = workspace.audit.events(created.id)[-1]
    assert (edited.action, edited.actor) == ("edited", "bo")
    assert edited.details == {"version": 2, "sha256": sha256_text("Until 7 a.m."), "chars": 12}


def test_saving_the_same_text_again_changes_nothing(workspace: Workspace) -> None:
    created = workspace.statements.create(title="Curfew", text="Until 6.", actor="ana")
    workspace.statements.save_working_copy(created.id, "Until 7.", expected_version=1, actor="ana")
    before = workspace.statements.get(created.id)
    again = workspace.statements.save_working_copy(
        created.id, "Until 7.", expected_version=2, actor="ana"
    )
    assert again == 2
    assert workspace.statements.get(created.id) == before
    assert actions(workspace, created.id) == ["created", "edited"]


def test_a_stale_save_is_refused_and_overwrites_nothing(workspace: Workspace) -> None:
    created = workspace.statements.create(title="Curfew", text="v1", actor="ana")
    workspace.statements.save_working_copy(created.id, "v2", expected_version=1, actor="ana")
    with pytest.raises(ConflictError) as refused:
        workspace.statements.save_working_copy(created.id, "stale", expected_version=1, actor="bo")
    assert (refused.value.expected_version, refused.value.actual_version) == (1, 2)
    assert workspace.statements.get(created.id).text == "v2"
    assert actions(workspace, created.id) == ["created", "edited"]


def test_renaming_keeps_the_version_and_is_recorded(workspace: Workspace) -> None:
    created = workspace.statements.create(title="Draft", text="x", actor="ana")
    renamed = workspace.statements.rename(created.id, "Statement on the fire", actor="bo")
    assert renamed.title == "Statement on the fire"
    assert renamed.version == 1  # an open editor can still save on version 1
    assert workspace.statements.get(created.id).title == "Statement on the fire"
    event = workspace.audit.events(created.id)[-1]
    assert (event.action, event.details) == (
        "renamed",
        {"from": "Draft", "to": "Statement on the fire"},
    )


def test_a_rename_based_on_a_stale_version_is_refused(workspace: Workspace) -> None:
    created = workspace.statements.create(title="Draft", text="x", actor="ana")
    workspace.statements.save_working_copy(created.id, "y", expected_version=1, actor="ana")
    with pytest.raises(ConflictError):
        workspace.statements.rename(created.id, "New", actor="bo", expected_version=1)
    assert workspace.statements.get(created.id).title == "Draft"


def test_the_list_shows_the_most_recently_updated_first(workspace: Workspace) -> None:
    older = workspace.statements.create(title="Older", text="a", actor="ana")
    newer = workspace.statements.create(title="Newer", text="b", actor="ana")
    assert [s.id for s in workspace.statements.list()] == [newer.id, older.id]
    workspace.statements.save_working_copy(older.id, "a2", expected_version=1, actor="ana")
    assert [s.id for s in workspace.statements.list()] == [older.id, newer.id]


def test_the_list_filters_by_status(workspace: Workspace) -> None:
    draft = workspace.statements.create(title="Still a draft", text="a", actor="ana")
    approved = workspace.statements.create(title="Approved one", text="b", actor="ana")
    set_status(workspace, approved.id, Status.APPROVED)
    assert [s.id for s in workspace.statements.list(status=Status.APPROVED)] == [approved.id]
    assert [s.id for s in workspace.statements.list(status=Status.DRAFT)] == [draft.id]
    assert workspace.statements.list(status=Status.RELEASED) == []
    [summary] = workspace.statements.list(status=Status.APPROVED)
    assert (summary.title, summary.status) == ("Approved one", Status.APPROVED)


def test_searching_titles_ignores_case_and_accents_stay_literal(workspace: Workspace) -> None:
    riot = workspace.statements.create(title="Émeute au centre-ville", text="a", actor="ana")
    closure = workspace.statements.create(title="Road CLOSURE on Elm St", text="b", actor="ana")
    workspace.statements.create(title="100% recycled paper", text="c", actor="ana")

    def found(search: str) -> list[int]:
        return [s.id for s in workspace.statements.list(search=search)]

    assert found("closure") == [closure.id]
    assert found("ÉMEUTE") == [riot.id]
    assert found("emeute") == []
    assert len(found("%")) == 1  # a percent sign is text, not a wildcard
    assert found("_") == []
    assert len(found("  ")) == 3  # blank search: everything


def test_trash_hides_a_statement_and_restore_brings_it_back(workspace: Workspace) -> None:
    kept = workspace.statements.create(title="Kept", text="a", actor="ana")
    binned = workspace.statements.create(title="Binned", text="b", actor="ana")

    workspace.statements.trash(binned.id, actor="bo")
    assert [s.id for s in workspace.statements.list()] == [kept.id]
    [in_trash] = workspace.statements.list(trashed=True)
    assert (in_trash.id, in_trash.trashed) == (binned.id, True)
    assert workspace.statements.get(binned.id).text == "b"  # nothing deleted
    workspace.statements.trash(binned.id, actor="bo")  # twice: no second event

    workspace.statements.restore(binned.id, actor="cy")
    assert {s.id for s in workspace.statements.list()} == {kept.id, binned.id}
    assert workspace.statements.list(trashed=True) == []
    assert not workspace.statements.get(binned.id).trashed
    assert actions(workspace, binned.id) == ["created", "trashed", "restored"]


def test_a_change_and_its_audit_event_are_stored_together_or_not_at_all(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = workspace.statements.create(title="Curfew", text="v1", actor="ana")

    def audit_fails(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk trouble while auditing")

    monkeypatch.setattr(workspace.audit, "append", audit_fails)
    with pytest.raises(RuntimeError):
        workspace.statements.save_working_copy(created.id, "v2", expected_version=1, actor="ana")
    with pytest.raises(RuntimeError):
        workspace.statements.create(title="Unaudited", text="x", actor="ana")
    monkeypatch.undo()

    assert workspace.statements.get(created.id).text == "v1"
    assert [s.title for s in workspace.statements.list()] == ["Curfew"]


def test_keeping_mine_after_a_conflict_saves_on_top_and_keeps_theirs_in_the_audit_log(
        workspace: Workspace) -> None:
    created = workspace.statements.create(title="T", text="Base", actor="ana")
    theirs = workspace.statements.save_working_copy(created.id, "Theirs", expected_version=1,
                                                    actor="ben")
    with pytest.raises(ConflictError):
        workspace.statements.save_working_copy(created.id, "Mine", expected_version=1, actor="ana")

    version = workspace.statements.resolve_conflict(created.id, "Mine", keep_mine=True,
                                                    their_version=theirs, actor="ana")

    assert version == theirs + 1
    assert workspace.statements.get(created.id).text == "Mine"
    assert actions(workspace, created.id)[-2:] == ["conflict_resolved", "edited"]
    event = next(e for e in workspace.audit.events(created.id) if e.action == "conflict_resolved")
    assert event.details["set_aside_text"] == "Theirs" and event.details["their_author"] == "ben"
    assert workspace.audit.verify().ok


def test_a_conflict_choice_on_a_version_that_moved_on_again_is_refused(workspace: Workspace) -> None:
    created = workspace.statements.create(title="T", text="Base", actor="ana")
    workspace.statements.save_working_copy(created.id, "Theirs", expected_version=1, actor="ben")
    workspace.statements.save_working_copy(created.id, "Theirs again", expected_version=2,
                                           actor="ben")
    with pytest.raises(ConflictError):
        workspace.statements.resolve_conflict(created.id, "Mine", keep_mine=True, their_version=2,
                                              actor="ana")
    assert workspace.statements.get(created.id).text == "Theirs again"
    assert "conflict_resolved" not in actions(workspace, created.id)


def test_taking_theirs_changes_nothing_but_keeps_mine_in_the_audit_log(workspace: Workspace) -> None:
    created = workspace.statements.create(title="T", text="Base", actor="ana")
    workspace.statements.save_working_copy(created.id, "Theirs", expected_version=1, actor="ben")
    version = workspace.statements.resolve_conflict(created.id, "Mine", keep_mine=False,
                                                    their_version=2, actor="ana")
    assert version == 2 and workspace.statements.get(created.id).text == "Theirs"
    event = next(e for e in workspace.audit.events(created.id) if e.action == "conflict_resolved")
    assert event.details["kept"] == "theirs" and event.details["set_aside_text"] == "Mine"
