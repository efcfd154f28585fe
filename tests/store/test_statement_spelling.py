"""A statement's language and the words its spelling check ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.core.statement import Statement
from drafter.store import Workspace
from drafter.store.schema import statements

TEXT = "The Burnside Bridge closes at 9 p.m., the EHPD said."


def a_statement(ws: Workspace) -> Statement:
    return ws.statements.create(title="Bridge closure", text=TEXT, actor="ana")


def test_changing_the_language_keeps_the_text_and_version(workspace: Workspace) -> None:
    created = a_statement(workspace)
    assert workspace.statements.set_language(created.id, "es", actor="bo") is True
    changed = workspace.statements.get(created.id)
    assert changed.language == "es"
    assert (changed.text, changed.version) == (TEXT, created.version)
    assert changed.updated_by == "bo"
    # An open editor based on the version it had still saves without a conflict.
    assert (
        workspace.statements.save_working_copy(
            created.id, TEXT + " Drive safely.", expected_version=created.version, actor="ana"
        )
        == created.version + 1
    )
    event = workspace.audit.events(created.id)[1]
    assert (event.action, event.actor, event.details) == (
        "language_changed",
        "bo",
        {"from": "en", "to": "es"},
    )


def test_the_same_language_again_changes_and_records_nothing(workspace: Workspace) -> None:
    created = a_statement(workspace)
    assert workspace.statements.set_language(created.id, "fr-ca", actor="bo") is True
    assert workspace.statements.get(created.id).language == "fr-CA"
    assert workspace.statements.set_language(created.id, " FR-CA ", actor="bo") is False
    assert [e.action for e in workspace.audit.events(created.id)] == [
        "created",
        "language_changed",
    ]


def test_a_bad_language_tag_is_refused_with_a_reason(workspace: Workspace) -> None:
    created = a_statement(workspace)
    for bad in ("", "e", "Spanish-Mexico", "es_MX", "es-", "e5"):
        with pytest.raises(DrafterError, match=r"is not a language tag: use 2 to 8 letters"):
            workspace.statements.set_language(created.id, bad, actor="bo")
    assert workspace.statements.get(created.id).language == "en"
    with pytest.raises(NotFoundError, match=r"^There is no statement 404\.$"):
        workspace.statements.set_language(404, "es", actor="bo")


def test_ignored_words_are_kept_per_statement(workspace: Workspace) -> None:
    created = a_statement(workspace)
    other = workspace.statements.create(title="Other", text="Text", actor="ana")
    assert workspace.statements.ignored_words(created.id) == []

    assert workspace.statements.ignore_word(created.id, "EHPD", actor="bo") is True
    assert workspace.statements.ignore_word(created.id, " Burnside ", actor="bo") is True
    assert workspace.statements.ignore_word(created.id, "EHPD", actor="cy") is False  # idempotent
    assert workspace.statements.ignored_words(created.id) == ["Burnside", "EHPD"]
    assert workspace.statements.ignored_words(other.id) == []

    assert workspace.statements.unignore_word(created.id, "EHPD", actor="cy") is True
    assert workspace.statements.unignore_word(created.id, "EHPD", actor="cy") is False
    assert workspace.statements.unignore_word(created.id, "burnside", actor="cy") is False
    assert workspace.statements.ignored_words(created.id) == ["Burnside"]
    assert workspace.statements.unignore_word(created.id, "Burnside", actor="cy") is True
    assert workspace.statements.ignored_words(created.id) == []
    with workspace.read() as conn:  # no words left: nothing stored
        assert conn.scalar(
            statements.select().with_only_columns(statements.c.spelling_ignored)
            .where(statements.c.id == created.id)
        ) is None

    events = workspace.audit.events(created.id)
    assert [(e.action, e.actor, e.details) for e in events[1:]] == [
        ("spelling_ignored", "bo", {"word": "EHPD"}),
        ("spelling_ignored", "bo", {"word": "Burnside"}),
        ("spelling_unignored", "cy", {"word": "EHPD"}),
        ("spelling_unignored", "cy", {"word": "Burnside"}),
    ]
    assert workspace.audit.verify().ok


def test_ignoring_words_keeps_the_text_version_and_last_change(workspace: Workspace) -> None:
    created = a_statement(workspace)
    workspace.statements.ignore_word(created.id, "EHPD", actor="bo")
    workspace.statements.unignore_word(created.id, "EHPD", actor="bo")
    workspace.statements.ignore_word(created.id, "Burnside", actor="bo")
    assert workspace.statements.get(created.id) == created
    assert (
        workspace.statements.save_working_copy(
            created.id, TEXT + "!", expected_version=created.version, actor="ana"
        )
        == created.version + 1
    )
    assert workspace.statements.ignored_words(created.id) == ["Burnside"]


def test_what_is_not_one_word_cannot_be_ignored(workspace: Workspace) -> None:
    created = a_statement(workspace)
    with pytest.raises(DrafterError, match="is more than one word"):
        workspace.statements.ignore_word(created.id, "Burnside Bridge", actor="bo")
    with pytest.raises(DrafterError, match="A word is needed"):
        workspace.statements.ignore_word(created.id, " ", actor="bo")
    with pytest.raises(DrafterError, match="it has “<” in it"):
        workspace.statements.ignore_word(created.id, "<b>", actor="bo")
    with pytest.raises(DrafterError, match="cannot be recorded as the person acting"):
        workspace.statements.ignore_word(created.id, "EHPD", actor=" ")
    assert workspace.statements.unignore_word(created.id, "Burnside Bridge", actor="bo") is False
    with pytest.raises(NotFoundError, match="no statement 404"):
        workspace.statements.ignore_word(404, "EHPD", actor="bo")
    with pytest.raises(NotFoundError, match="no statement 404"):
        workspace.statements.ignored_words(404)
    with pytest.raises(NotFoundError, match="no statement 404"):
        workspace.statements.unignore_word(404, "EHPD", actor="bo")
    assert workspace.statements.ignored_words(created.id) == []
    assert [e.action for e in workspace.audit.events()] == ["created"]


def test_a_damaged_ignore_list_reads_as_empty_and_is_replaced(workspace: Workspace) -> None:
    created = a_statement(workspace)
    for damaged in ("not json", '{"EHPD": true}', '["EHPD", 3, null]'):
        with workspace.write() as conn:
            conn.execute(
                statements.update()
                .where(statements.c.id == created.id)
                .values(spelling_ignored=damaged)
            )
        expected = ["EHPD"] if damaged.startswith("[") else []
        assert workspace.statements.ignored_words(created.id) == expected
    assert workspace.statements.ignore_word(created.id, "Burnside", actor="bo")
    assert workspace.statements.ignored_words(created.id) == ["Burnside", "EHPD"]


def test_another_window_sees_the_ignored_words_and_language(db_path: Path) -> None:
    with Workspace.open(db_path) as mine, Workspace.open(db_path) as theirs:
        created = a_statement(mine)
        assert mine.statements.ignore_word(created.id, "EHPD", actor="ana")
        assert theirs.statements.ignore_word(created.id, "EHPD", actor="bo") is False
        assert theirs.statements.ignore_word(created.id, "Burnside", actor="bo")
        assert mine.statements.set_language(created.id, "es", actor="ana")
        assert mine.statements.ignored_words(created.id) == ["Burnside", "EHPD"]
        assert theirs.statements.get(created.id).language == "es"
        assert theirs.audit.verify().ok
