"""The audit log: append-only and hash-chained.

Each event's hash is the SHA-256 (hex) of the previous event's hash followed
by the event's canonical JSON: an object with the keys ``action``, ``actor``,
``details``, ``occurred_at`` (UTC, ``2024-06-01T09:30:00.000000Z``),
``sequence`` and ``statement_id``, sorted, without spaces, UTF-8 with real
characters. The first event follows 64 zeros. Changing, inserting or
removing any row therefore breaks the chain from that row on, and
``verify()`` names the first broken link.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from drafter.store.canonical import canonical_json, utc_iso
from drafter.store.records import AuditEvent, AuditVerification
from drafter.store.schema import audit_events

if TYPE_CHECKING:
    from drafter.store.database import Workspace

#: What the first event's ``prev_hash`` is.
GENESIS_HASH = "0" * 64

#: On PostgreSQL every event is also announced here (``drafter.store.notifications`` listens).
NOTIFY_CHANNEL = "drafter_events"


def event_hash(
    prev_hash: str,
    *,
    sequence: int,
    occurred_at: datetime,
    actor: str,
    action: str,
    statement_id: int | None,
    details: dict[str, Any],
) -> str:
    """The hash an event with these values must carry (see the module doc)."""
    row = {
        "action": action,
        "actor": actor,
        "details": details,
        "occurred_at": utc_iso(occurred_at),
        "sequence": sequence,
        "statement_id": statement_id,
    }
    return hashlib.sha256((prev_hash + canonical_json(row)).encode("utf-8")).hexdigest()


def append_event(
    conn: Connection,
    *,
    occurred_at: datetime,
    actor: str,
    action: str,
    statement_id: int | None,
    details: dict[str, Any],
) -> AuditEvent:
    """Add one event at the end of the chain, in the caller's write transaction."""
    # Two sessions never extend the chain from the same end: every write
    # transaction holds the workspace's write lock (SQLite: BEGIN IMMEDIATE;
    # PostgreSQL: an advisory lock, see Workspace._transaction).
    last = conn.execute(
        sa.select(audit_events.c.sequence, audit_events.c.hash)
        .order_by(audit_events.c.sequence.desc())
        .limit(1)
    ).one_or_none()
    sequence = 1 if last is None else int(last.sequence) + 1
    prev_hash = GENESIS_HASH if last is None else str(last.hash)
    # Round-trip through JSON so the stored details are exactly what was hashed.
    details = json.loads(canonical_json(details))
    this_hash = event_hash(
        prev_hash,
        sequence=sequence,
        occurred_at=occurred_at,
        actor=actor,
        action=action,
        statement_id=statement_id,
        details=details,
    )
    conn.execute(
        audit_events.insert().values(
            sequence=sequence,
            occurred_at=occurred_at,
            actor=actor,
            action=action,
            statement_id=statement_id,
            details=canonical_json(details),
            prev_hash=prev_hash,
            hash=this_hash,
        )
    )
    return AuditEvent(
        sequence, occurred_at, actor, action, statement_id, details, prev_hash, this_hash
    )


def _to_event(row: Row[Any]) -> AuditEvent:
    return AuditEvent(
        sequence=row.sequence,
        occurred_at=row.occurred_at,
        actor=row.actor,
        action=row.action,
        statement_id=row.statement_id,
        details=json.loads(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class AuditLog:
    """Reading, extending and checking a workspace's audit log."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def append(
        self,
        conn: Connection,
        *,
        actor: str,
        action: str,
        statement_id: int | None,
        details: dict[str, Any],
    ) -> AuditEvent:
        """Record an event inside the caller's write transaction (``workspace.write()``).

        On PostgreSQL the event is also announced to every other Drafter
        (``pg_notify``, in the same transaction: delivered when it commits,
        never if it rolls back). The details stay in the log; listeners read them.
        """
        event = append_event(
            conn,
            occurred_at=self._workspace.now(),
            actor=actor,
            action=action,
            statement_id=statement_id,
            details=details,
        )
        if conn.dialect.name == "postgresql":
            payload = json.dumps({"statement_id": event.statement_id, "action": event.action,
                                  "actor": event.actor, "sequence": event.sequence})
            conn.execute(sa.select(sa.func.pg_notify(NOTIFY_CHANNEL, payload)))
        return event

    def events(self, statement_id: int | None = None) -> builtins.list[AuditEvent]:
        """Every event (or one statement's), oldest first."""
        query = sa.select(audit_events).order_by(audit_events.c.sequence)
        if statement_id is not None:
            query = query.where(audit_events.c.statement_id == statement_id)
        with self._workspace.read() as conn:
            return [_to_event(row) for row in conn.execute(query)]

    def verify(self) -> AuditVerification:
        """Recompute the whole chain; name the first event that breaks it."""
        checked = 0
        expected_sequence = 1
        prev_hash = GENESIS_HASH
        query = sa.select(audit_events).order_by(audit_events.c.sequence)
        with self._workspace.read() as conn:
            for row in conn.execute(query):
                checked += 1
                sequence = int(row.sequence)
                problem = _check_row(row, expected_sequence, prev_hash)
                if problem is not None:
                    bad_sequence, reason = problem
                    return AuditVerification(False, checked, bad_sequence, reason)
                prev_hash = row.hash
                expected_sequence = sequence + 1
        if checked == 0:
            return AuditVerification(True, 0, None, "The audit log is empty.")
        return AuditVerification(
            True, checked, None, f"The audit log is intact: all {checked} events check out."
        )


def _check_row(row: Row[Any], expected_sequence: int, prev_hash: str) -> tuple[int, str] | None:
    """None when the row continues the chain, else (sequence to blame, reason)."""
    sequence = int(row.sequence)
    if sequence != expected_sequence:
        return expected_sequence, (
            f"Event {expected_sequence} is missing: the log goes from event "
            f"{expected_sequence - 1} to event {sequence}."
        )
    if row.prev_hash != prev_hash:
        return sequence, (
            f"Event {sequence} does not follow the event before it: the chain was "
            "broken there (an event was removed, inserted or rewritten)."
        )
    try:
        details = json.loads(row.details)
    except ValueError:
        details = None
    if not isinstance(details, dict):
        return sequence, f"Event {sequence} was changed: its details are not a JSON object."
    expected_hash = event_hash(
        prev_hash,
        sequence=sequence,
        occurred_at=row.occurred_at,
        actor=row.actor,
        action=row.action,
        statement_id=row.statement_id,
        details=details,
    )
    if expected_hash != row.hash:
        return sequence, (
            f"Event {sequence} was changed after it was recorded: its content no longer "
            "matches its hash."
        )
    return None
