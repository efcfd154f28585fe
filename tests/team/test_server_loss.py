"""Losing the team server in the middle of a session: a clear banner, nothing lost.

A private PostgreSQL server (not the session's shared one: these tests stop
it) is stopped while a real window types, and started again on the same
data folder and port. While it is away the text is kept in the offline
journal in the data folder; when it is back the banner goes and the
workspace holds every word. Text that never got there (Drafter closed
while the server was away) is offered back at the next start, through the
usual optimistic locking.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from drafter.offline_journal import OfflineJournal
from drafter.services import Services, open_services
from drafter.ui.main_window import MainWindow
from drafter.ui.server_banner import BANNER_TEXT
from tests import pgserver
from tests.ui.helpers import ScriptedPrompts, make_window, type_text

pytestmark = pytest.mark.postgres

FIRST = "We stand with our officers."
OFFLINE = " Typed while the server was away."


@pytest.fixture(scope="module")
def server_folder() -> Iterator[Path]:
    """A PostgreSQL server of these tests' own, in a short folder (Unix socket paths are short)."""
    if pgserver.server_binaries() is None:
        reason = "no PostgreSQL server binaries (initdb, pg_ctl): the server-loss tests did not run"
        if os.environ.get("DRAFTER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="drafter-pg-loss-"))
    try:
        pgserver.start(folder)
        yield folder
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server(server_folder: Path) -> Path:
    """The private server, running (a test that failed half-way may have left it stopped), with a
    fresh database "team"."""
    port = (server_folder / "port").read_text().strip()
    if not (server_folder / f".s.PGSQL.{port}").exists():
        pgserver.restart(server_folder)
    with psycopg.connect(host=str(server_folder), port=port, user=pgserver.SUPERUSER, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "team" WITH (FORCE)')
        conn.execute('CREATE DATABASE "team"')
    return server_folder


@pytest.fixture
def services(server: Path) -> Iterator[Services]:
    opened = open_services(pgserver.url(server, database="team"), "ana")
    yield opened
    opened.close()


def start_typing(qtbot: Any, window: MainWindow, services: Services) -> int:
    created = services.statements.create(title="Riverton", text="", actor="ana")
    window.refresh_list()
    assert window.open_statement(created.id)
    type_text(qtbot, window.editor, FIRST)
    assert window.save_now()
    assert window.check_ops is not None
    window.check_ops.check_now()  # the checks' first run (inline in tests) loads word lists: not later
    return created.id


def test_stopping_the_server_shows_the_banner_keeps_the_text_and_saves_it_when_back(
        qtbot: Any, server: Path, services: Services, tmp_path: Path) -> None:
    window = make_window(qtbot, services, ScriptedPrompts(), tmp_path / "state.ini")
    try:
        sid = start_typing(qtbot, window, services)
        assert not window.server_banner.isVisible()

        pgserver.stop(server)
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        type_text(qtbot, window.editor, OFFLINE)
        assert not window.save_now()  # refused: the server is gone

        assert window.server_banner.isVisible()
        assert window.server_banner.message.text() == BANNER_TEXT
        assert window.editor.toPlainText() == FIRST + OFFLINE  # still in the editor
        kept = OfflineJournal(services.workspace.where).entry(sid)
        assert kept is not None and kept.text == FIRST + OFFLINE  # and on this computer
        assert kept.path.is_relative_to(tmp_path / "profile" / "data")
        type_text(qtbot, window.editor, " More.")  # typing on while it is away is kept too
        qtbot.waitUntil(lambda: OfflineJournal(services.workspace.where).entry(sid).text.endswith("More."),
                        timeout=3000)

        started = time.perf_counter()
        pgserver.restart(server)
        back = time.perf_counter()
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=10_000)
        print(f"\nserver restarted in {back - started:.2f} s; then banner gone and text saved in "
              f"{time.perf_counter() - back:.2f} s")
        assert services.statements.get(sid).text == FIRST + OFFLINE + " More."
        assert OfflineJournal(services.workspace.where).entry(sid) is None
        assert services.workspace.audit.verify().ok
    finally:
        window.close()


def test_text_kept_while_away_is_offered_back_at_the_next_start(
        qtbot: Any, server: Path, services: Services, tmp_path: Path) -> None:
    prompts = ScriptedPrompts()
    window = make_window(qtbot, services, prompts, tmp_path / "state.ini")
    sid = start_typing(qtbot, window, services)
    pgserver.stop(server)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(qtbot, window.editor, OFFLINE)
    window.close()  # "Close without saving?" answered yes: as good as a crash
    assert "Close without saving?" in prompts.titles("confirm")
    assert window.autosaver is not None
    window.autosaver.track(None, 0)  # Drafter would have ended here: no retry from this window
    assert OfflineJournal(services.workspace.where).entry(sid) is not None

    pgserver.restart(server)
    # Meanwhile someone else changes the statement: putting the text back must not overwrite them.
    theirs = open_services(pgserver.url(server, database="team"), "dee")
    try:
        before = theirs.statements.get(sid)
        theirs.statements.save_working_copy(sid, FIRST + " Dee's line.", expected_version=before.version,
                                            actor="dee")
    finally:
        theirs.close()

    chosen: list[str] = []

    def keep_mine(dialog: Any) -> bool:
        chosen.append(dialog.windowTitle())
        dialog.keep_mine_button.click()
        return True

    again = ScriptedPrompts()
    again.dialog_handler = keep_mine
    reopened = make_window(qtbot, services, again, tmp_path / "state.ini")
    try:
        assert again.titles("confirm") == ["Recover Unsaved Text?"]
        assert chosen == ["Changed Elsewhere"]  # the usual conflict dialog
        saved = services.statements.get(sid)
        assert saved.text == FIRST + OFFLINE
        assert reopened.editor.toPlainText() == FIRST + OFFLINE
        assert OfflineJournal(services.workspace.where).pending() == []
        [resolved] = [e for e in services.workspace.audit.events(sid) if e.action == "conflict_resolved"]
        assert resolved.details["set_aside_text"] == FIRST + " Dee's line."  # theirs kept in the history
    finally:
        reopened.close()
