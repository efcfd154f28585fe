"""Hearing, on one Drafter, what the others do in a shared PostgreSQL workspace.

Every change to a team workspace goes through ``AuditLog.append``, which
also sends ``pg_notify('drafter_events', …)`` in the change's transaction:
PostgreSQL delivers it when that transaction commits, and never if it rolls
back. ``EventListener`` keeps a connection of its own (autocommit,
``LISTEN drafter_events``) and hands those notifications over as
``WorkspaceEvent`` values, with the event's details read from the audit log.

The listener outlives its connection: when the server goes away, ``wait``
returns nothing and says ``connected = False``; it connects again by itself
(at once, then every half second, up to every 2 s), and ``connected`` turns True
again. Events committed while it was away are not replayed: whoever uses it
reads the workspace afresh when it reconnects.

No Qt here: the window runs a listener on a thread of its own
(``drafter.ui.live_updates``).
"""

from __future__ import annotations

import json
import logging
import select
import socket
import time
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from drafter.core.errors import ServerUnreachableError, WorkspaceError
from drafter.store.audit import NOTIFY_CHANNEL

if TYPE_CHECKING:
    from drafter.store.database import Workspace

log = logging.getLogger(__name__)

#: Said first in every error about a team server Drafter cannot reach (the window looks for it).
SERVER_UNREACHABLE = "The team server cannot be reached"

#: What a PostgreSQL driver says when the server is down, restarting or out of reach.
_UNREACHABLE_SIGNS = (
    "connection refused", "could not connect", "is the server running", "connection is bad",
    "server closed the connection", "terminating connection", "connection is lost",
    "connection is closed", "consuming input failed", "the database system is shutting down",
    "the database system is starting up", "the database system is in recovery mode",
    "could not translate host name", "name or service not known",
    "temporary failure in name resolution", "timeout expired", "timed out", "no route to host",
    "network is unreachable", "connection reset", "broken pipe", "ssl syscall", "eof detected",
)


def unreachable(detail: str, *, connection_invalidated: bool = False) -> bool:
    """True when a PostgreSQL error says the server is down or out of reach (not a refusal)."""
    low = detail.lower()
    return connection_invalidated or any(sign in low for sign in _UNREACHABLE_SIGNS)


def unreachable_error(where: str, detail: str) -> ServerUnreachableError:
    first_line = detail.strip().splitlines()[0] if detail.strip() else "no answer"
    return ServerUnreachableError(
        f"{SERVER_UNREACHABLE} ({where}: {first_line}). Nothing was changed there; Drafter "
        "tries again by itself."
    )


@dataclass(frozen=True)
class WorkspaceEvent:
    """One change somebody committed: the audit event's sequence, who, what and on which statement."""

    sequence: int
    action: str
    actor: str
    statement_id: int | None
    details: Mapping[str, Any] = field(default_factory=dict)


def parse_payload(payload: str) -> WorkspaceEvent | None:
    """The event a notification carries; None for anything else on the channel."""
    try:
        data = json.loads(payload)
        statement_id = data.get("statement_id")
        return WorkspaceEvent(
            sequence=int(data["sequence"]), action=str(data["action"]), actor=str(data["actor"]),
            statement_id=None if statement_id is None else int(statement_id))
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("Ignored a notification Drafter does not understand: %.200s", payload)
        return None


def connect_params(url: str | URL) -> dict[str, Any]:
    """psycopg's connection parameters for a SQLAlchemy ``postgresql+psycopg://`` address."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise WorkspaceError("Live updates need a PostgreSQL workspace.")
    dialect = parsed.set(drivername="postgresql+psycopg").get_dialect()()
    _args, params = dialect.create_connect_args(parsed)
    return {key: value for key, value in params.items() if isinstance(value, str | int)}


class EventListener:
    """Waits for the workspace's events on a connection of its own, and survives losing it.

    Build it on any thread; then call ``wait`` (and finally ``close``) from
    one thread only. ``wake`` may be called from any thread: it ends a
    ``wait`` under way at once (to stop the listening thread quickly).
    """

    def __init__(self, url: str | URL, *, channel: str = NOTIFY_CHANNEL, retry_seconds: float = 0.5,
                 max_retry_seconds: float = 2.0, health_seconds: float = 15.0,
                 connect_timeout: int = 5) -> None:
        self._params = connect_params(url)
        self._channel = channel
        self._retry_seconds = retry_seconds
        self._max_retry_seconds = max_retry_seconds
        self._health_seconds = health_seconds
        self._connect_timeout = connect_timeout
        self._conn: psycopg.Connection[Any] | None = None
        self._failures = 0
        self._next_try = 0.0  # time.monotonic() of the next try to connect
        self._last_heard = 0.0
        self._closed = False
        # A socket pair, not a pipe: Windows' select() waits on sockets only.
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)

    @classmethod
    def for_workspace(cls, workspace: Workspace, **options: Any) -> EventListener:
        """A listener on the PostgreSQL database ``workspace`` works in."""
        return cls(workspace.connection_url, **options)

    @property
    def connected(self) -> bool:
        """True while the listener is connected and listening."""
        return self._conn is not None

    # -- waiting -----------------------------------------------------------------------------
    def wait(self, timeout: float) -> list[WorkspaceEvent]:
        """The events committed since the last call, waiting up to ``timeout`` seconds for one.

        Returns [] at once after ``wake``, and [] when the connection is lost
        (``connected`` is then False, and a later call connects again).
        """
        if self._closed:
            return []
        deadline = time.monotonic() + max(0.0, timeout)
        if self._conn is None:
            if time.monotonic() >= self._next_try:
                self._connect()
            if self._conn is None:
                self._sleep(min(deadline, self._next_try) - time.monotonic())
            return []  # connected again (``connected`` says so at once), or not yet
        conn = self._conn
        try:
            notes = list(conn.notifies(timeout=0.0))  # those received meanwhile come first
            if not notes:
                remaining = max(0.0, deadline - time.monotonic())
                server, wake = conn.fileno(), self._wake_r.fileno()
                ready, _, _ = select.select([server, wake], [], [], remaining)
                if wake in ready:
                    self._drain_wake()
                if server in ready:
                    notes = list(conn.notifies(timeout=0.0))
                    if not notes:  # data but no notification: a notice, or the server saying goodbye
                        conn.execute("SELECT 1")
                elif time.monotonic() - self._last_heard > self._health_seconds:
                    conn.execute("SELECT 1")  # a connection dropped without a word shows here
        except (psycopg.Error, OSError) as error:
            self._lost(error)
            return []
        self._last_heard = time.monotonic()
        events = [event for note in notes if note.channel == self._channel
                  for event in [parse_payload(note.payload)] if event is not None]
        if not events:
            return []
        try:
            return self._with_details(conn, events)
        except (psycopg.Error, OSError) as error:  # the events still count, without their details
            if conn.broken or conn.closed:
                self._lost(error)
            else:
                log.warning("Live updates: could not read the events' details (%s).", error)
            return events

    def wake(self) -> None:
        """End a ``wait`` under way (from any thread)."""
        with suppress(OSError):  # closed already, or a wake-up is pending already
            self._wake_w.send(b"\0")

    def close(self) -> None:
        self._closed = True
        self._disconnect()
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    # -- connecting ----------------------------------------------------------------------------
    def _connect(self) -> None:
        try:
            conn: psycopg.Connection[Any] = psycopg.connect(
                **self._params, autocommit=True, connect_timeout=self._connect_timeout,
                application_name="Drafter live updates",
                keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        except (psycopg.Error, OSError) as error:
            self._failed_to_connect(error)
            return
        try:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
        except (psycopg.Error, OSError) as error:
            conn.close()
            self._failed_to_connect(error)
            return
        if self._failures:
            log.info("Live updates: connected again to the team server.")
        self._conn = conn
        self._failures = 0
        self._last_heard = time.monotonic()

    def _failed_to_connect(self, error: Exception) -> None:
        self._failures += 1
        delay = min(self._retry_seconds * 2 ** min(self._failures - 1, 8), self._max_retry_seconds)
        self._next_try = time.monotonic() + delay
        if self._failures == 1:
            log.warning("Live updates: cannot reach the team server (%s); trying again.",
                        str(error).strip().splitlines()[0] if str(error).strip() else error)

    def _lost(self, error: Exception) -> None:
        log.warning("Live updates: lost the connection to the team server (%s).",
                    str(error).strip().splitlines()[0] if str(error).strip() else error)
        self._disconnect()
        self._failures = 0
        self._next_try = time.monotonic()  # try again at once: the server may only have restarted

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with suppress(psycopg.Error, OSError):
                conn.close()

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            ready, _, _ = select.select([self._wake_r.fileno()], [], [], seconds)
            if ready:
                self._drain_wake()

    def _drain_wake(self) -> None:
        with suppress(OSError):  # BlockingIOError: nothing more to read
            while self._wake_r.recv(512):
                pass

    # -- details -------------------------------------------------------------------------------
    @staticmethod
    def _with_details(conn: psycopg.Connection[Any], events: Sequence[WorkspaceEvent]
                      ) -> list[WorkspaceEvent]:
        """The events with their details from the audit log (what the window puts into words)."""
        sequences = [event.sequence for event in events]
        rows = conn.execute("SELECT sequence, details FROM audit_events WHERE sequence = ANY(%s)",
                            [sequences]).fetchall()
        details: dict[int, Mapping[str, Any]] = {}
        for sequence, text in rows:
            try:
                loaded = json.loads(text)
            except (TypeError, ValueError):
                continue
            if isinstance(loaded, dict):
                details[int(sequence)] = loaded
        return [WorkspaceEvent(e.sequence, e.action, e.actor, e.statement_id,
                               details.get(e.sequence, {})) for e in events]
