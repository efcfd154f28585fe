"""Upgrading an older workspace in place: nothing in it is lost."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from drafter.store import SCHEMA_HEAD, Workspace
from drafter.store.migrate import alembic_config
from tests.store.helpers import raw_sqlite


def migrate_file(path: Path, revision: str, *, down: bool = False) -> None:
    """Run the migrations on a file up (or down) to one revision, as an older Drafter did."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config = alembic_config(conn)
            if down:
                command.downgrade(config, revision)
            else:
                command.upgrade(config, revision)
    finally:
        engine.dispose()


def table_names(path: Path) -> set[str]:
    with raw_sqlite(path) as raw:
        rows = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows}


def statement_columns(path: Path) -> set[str]:
    with raw_sqlite(path) as raw:
        return {row[1] for row in raw.execute("PRAGMA table_info(statements)")}


def stored_revision(path: Path) -> list[str]:
    with raw_sqlite(path) as raw:
        return [v for (v,) in raw.execute("SELECT version_num FROM alembic_version")]


def a_workspace_at_0001_with_one_statement(path: Path) -> None:
    migrate_file(path, "0001")
    with raw_sqlite(path) as raw:
        raw.execute(
            "INSERT INTO statements (id, title, language, template_id, fields, status, text, "
            "version, created_by, created_at, updated_by, updated_at, trashed_at) VALUES "
            "(1, 'Water main repair', 'en', 'press-release', '{\"town\":\"Riverton\"}', "
            "'draft', 'Elm St is closed until Friday.', 3, 'ana', "
            "'2024-06-01 09:00:00.000000', 'bo', '2024-06-02 10:00:00.000000', NULL)"
        )


def test_a_workspace_at_0001_is_upgraded_in_place_when_opened(db_path: Path) -> None:
    a_workspace_at_0001_with_one_statement(db_path)
    assert stored_revision(db_path) == ["0001"]
    assert "team_templates" not in table_names(db_path)

    with Workspace.open(db_path) as ws:
        kept = ws.statements.get(1)
        assert (kept.title, kept.text, kept.version) == (
            "Water main repair",
            "Elm St is closed until Friday.",
            3,
        )
        assert (kept.template_id, kept.fields) == ("press-release", {"town": "Riverton"})
        assert (kept.created_by, kept.updated_by) == ("ana", "bo")
        assert ws.statements.template_snapshot(1) is None
        # The new tables are there and work.
        ws.team_templates.save("notice", "---\nname: Notice\n---\nBody", actor="ana")
        ws.snippets.create("About the town", "Riverton is…", trigger=";about", actor="ana")
        assert [t.id for t in ws.team_templates.list()] == ["notice"]

    assert stored_revision(db_path) == [SCHEMA_HEAD] == ["0006"]
    assert {"team_templates", "snippets", "dictionary_words"} <= table_names(db_path)
    assert {"template_snapshot", "spelling_ignored"} <= statement_columns(db_path)
    with Workspace.open(db_path) as ws:  # and it opens again as it is
        assert ws.statements.get(1).text == "Elm St is closed until Friday."
        assert ws.snippets.by_trigger(";about") is not None


def test_the_templates_migration_can_be_undone_keeping_the_statements(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        created = ws.statements.create(
            title="Curfew", text="Until 6 a.m.", actor="ana", template_snapshot={"id": "t"}
        )
    migrate_file(db_path, "0001", down=True)
    assert stored_revision(db_path) == ["0001"]
    assert not {"team_templates", "snippets"} & table_names(db_path)
    assert "template_snapshot" not in statement_columns(db_path)
    with Workspace.open(db_path) as ws:  # upgraded again
        assert ws.statements.get(created.id).text == "Until 6 a.m."
        assert ws.statements.template_snapshot(created.id) is None


def a_workspace_at_0002_with_one_statement(path: Path) -> None:
    migrate_file(path, "0002")
    with raw_sqlite(path) as raw:
        raw.execute(
            "INSERT INTO statements (id, title, language, template_id, fields, status, text, "
            "version, created_by, created_at, updated_by, updated_at, trashed_at, "
            "template_snapshot) VALUES "
            "(1, 'Burnside Bridge closure', 'en', 'notice', '{}', 'draft', "
            "'The Burnside Bridge is closed.', 4, 'ana', '2024-07-01 09:00:00.000000', "
            "'bo', '2024-07-02 10:00:00.000000', NULL, '{\"id\":\"notice\"}')"
        )


def test_a_workspace_at_0002_gets_the_dictionary_and_ignored_words_in_place(
    db_path: Path,
) -> None:
    a_workspace_at_0002_with_one_statement(db_path)
    assert stored_revision(db_path) == ["0002"]
    assert "dictionary_words" not in table_names(db_path)
    assert "spelling_ignored" not in statement_columns(db_path)

    with Workspace.open(db_path) as ws:
        kept = ws.statements.get(1)
        assert (kept.title, kept.text, kept.version, kept.language) == (
            "Burnside Bridge closure",
            "The Burnside Bridge is closed.",
            4,
            "en",
        )
        assert ws.statements.template_snapshot(1) == {"id": "notice"}
        assert ws.statements.ignored_words(1) == []
        # The new table and column are there and work.
        assert ws.dictionary.add("Burnside", language="en", actor="ana")
        assert ws.statements.ignore_word(1, "EHPD", actor="bo")

    assert stored_revision(db_path) == [SCHEMA_HEAD] == ["0006"]
    assert "dictionary_words" in table_names(db_path)
    assert "spelling_ignored" in statement_columns(db_path)
    with Workspace.open(db_path) as ws:  # and it opens again as it is
        assert ws.dictionary.words("en") == ["Burnside"]
        assert ws.statements.ignored_words(1) == ["EHPD"]
        assert ws.statements.get(1).version == 4
        assert ws.audit.verify().ok


def test_the_spelling_migration_can_be_undone_keeping_the_statements(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        created = ws.statements.create(title="Curfew", text="Until 6 a.m.", actor="ana")
        ws.statements.ignore_word(created.id, "EHPD", actor="ana")
        ws.dictionary.add("Burnside", language="en", actor="ana")
    migrate_file(db_path, "0002", down=True)
    assert stored_revision(db_path) == ["0002"]
    assert "dictionary_words" not in table_names(db_path)
    assert "spelling_ignored" not in statement_columns(db_path)
    with Workspace.open(db_path) as ws:  # upgraded again
        assert ws.statements.get(created.id).text == "Until 6 a.m."
        assert ws.statements.ignored_words(created.id) == []
        assert ws.dictionary.words("en") == []
