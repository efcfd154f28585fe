"""Two Drafters on one workspace file: no lost saves, no "database is locked"."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from drafter.core.errors import ConflictError, WorkspaceError
from drafter.store import Workspace
from drafter.store.schema import settings

COUNTER = "test.counter"


def read_counter(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(settings.c.value).where(settings.c.key == COUNTER)).scalar_one())


def write_counter(conn: sa.Connection, value: int) -> None:
    conn.execute(settings.update().where(settings.c.key == COUNTER).values(value=str(value)))


def start_counter(path: Path | str) -> None:
    with Workspace.open(path) as ws, ws.write() as conn:
        conn.execute(settings.insert().values(key=COUNTER, value="0"))


def test_a_stale_save_from_another_window_is_refused(workspace_target: str) -> None:
    first = Workspace.open(workspace_target)
    second = Workspace.open(workspace_target)
    try:
        created = first.statements.create(title="Curfew", text="Until 6.", actor="ana")
        mine = first.statements.get(created.id)
        theirs = second.statements.get(created.id)
        assert mine.version == theirs.version == 1

        first.statements.save_working_copy(
            created.id, "Until 7, says the chief.", expected_version=mine.version, actor="ana"
        )
        with pytest.raises(ConflictError) as refused:
            second.statements.save_working_copy(
                created.id, "Until 8, says counsel.", expected_version=theirs.version, actor="bo"
            )
        assert (refused.value.expected_version, refused.value.actual_version) == (1, 2)
        assert "Nothing was overwritten" in str(refused.value)
    finally:
        first.close()
        second.close()

    with Workspace.open(workspace_target) as third:
        stored = third.statements.get(created.id)
        assert (stored.text, stored.version) == ("Until 7, says the chief.", 2)
        assert [e.actor for e in third.audit.events(created.id)] == ["ana", "ana"]


def run_in_two_threads(path: Path | str, rounds: int, body: str) -> list[BaseException]:
    """Two threads, each with its own Workspace, each adding one ``rounds`` times."""
    errors: list[BaseException] = []
    together = threading.Barrier(2)

    def worker() -> None:
        ws = Workspace.open(path)
        try:
            together.wait(timeout=30)
            for _ in range(rounds):
                transaction = ws.write() if body == "write" else ws.read()
                with transaction as conn:
                    value = read_counter(conn)
                    time.sleep(0.0005)  # let the other thread run between read and write
                    write_counter(conn, value + 1)
        except BaseException as exc:
            errors.append(exc)
        finally:
            ws.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_write_transactions_wait_for_each_other_instead_of_failing(workspace_target: str) -> None:
    start_counter(workspace_target)
    errors = run_in_two_threads(workspace_target, rounds=150, body="write")
    assert errors == []
    with Workspace.open(workspace_target) as ws, ws.read() as conn:
        assert read_counter(conn) == 300  # no increment lost


def test_why_writes_take_the_lock_first_a_read_turned_write_fails(db_path: Path) -> None:
    """The same work in read transactions (a deferred BEGIN) runs into "locked"."""
    start_counter(db_path)
    errors = run_in_two_threads(db_path, rounds=150, body="read")
    assert errors, "expected a read-then-write transaction to be refused under contention"
    assert all(isinstance(e, WorkspaceError) and "busy" in str(e) for e in errors)


def test_a_write_told_to_wait_briefly_gives_up_briefly(workspace_target: str) -> None:
    """The autosave's short wait, on both databases: busy in words, nothing changed, soon."""
    holder = Workspace.open(workspace_target)
    waiter = Workspace.open(workspace_target)
    try:
        created = holder.statements.create(title="Curfew", text="Until 6.", actor="ana")
        with holder.write():  # another Drafter in the middle of a write
            started = time.monotonic()
            with pytest.raises(WorkspaceError, match=r"busy.*0\.2 seconds"):
                waiter.statements.save_working_copy(created.id, "Until 7.", expected_version=1,
                                                    actor="bo", wait_s=0.2)
            assert time.monotonic() - started < 3.0
        assert waiter.statements.get(created.id).text == "Until 6."
        assert waiter.statements.save_working_copy(created.id, "Until 7.", expected_version=1,
                                                   actor="bo") == 2
    finally:
        holder.close()
        waiter.close()
