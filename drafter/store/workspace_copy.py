"""Copying a whole workspace into an empty one: moving a local file to a team server.

``copy_workspace(source, target)`` copies every table of the schema, parents
before children (``metadata.sorted_tables``), keeping every id, every audit
sequence number and every value as it is, so the audit log's chain of hashes
checks out on the copy. It runs in one write transaction on the target:
either everything is copied or nothing is. A target that holds anything at
all (people, statements, settings, …) is refused before a row is written.
Rows are read and written in batches, so a workspace larger than memory
copies too. On PostgreSQL each table's id sequence is then moved past the
largest id copied, so the next statement gets a fresh id.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from drafter.core.errors import WorkspaceError
from drafter.store.database import Workspace
from drafter.store.schema import alembic_version, metadata

#: Rows written by one INSERT at most, and the text they may hold (bytes, roughly).
BATCH_ROWS = 500
BATCH_BYTES = 4 * 1024 * 1024
#: Rows the source's cursor holds at a time (a server-side cursor on PostgreSQL).
FETCH_ROWS = 64


@dataclass(frozen=True)
class CopyReport:
    """What a copy did: where from, where to, and the rows copied per table (in copy order)."""

    source: str
    target: str
    copied: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.copied.values())


def copied_tables() -> list[sa.Table]:
    """The tables a copy carries, parents before children; Alembic's own table is not one."""
    return [table for table in metadata.sorted_tables if table.name != alembic_version.name]


def copy_workspace(source: Workspace, target: Workspace, *, batch_rows: int = BATCH_ROWS,
                   batch_bytes: int = BATCH_BYTES) -> CopyReport:
    """Copy everything in ``source`` into the empty workspace ``target``; report the rows per table.

    Refused (WorkspaceError, nothing written) when the two are the same
    workspace, when the target may not be written to, or when it already
    holds anything.
    """
    if source.where == target.where:
        raise WorkspaceError(f"{source.where} is both the source and the target: copy it to "
                             "another workspace. Nothing was written.")
    if target.read_only:
        raise WorkspaceError(f"The workspace {target.where} cannot be written to. Nothing was written.")
    tables = copied_tables()
    copied: dict[str, int] = {}
    try:
        with target.write() as dst:
            if dst.dialect.name == "postgresql":
                # Nobody else writes to the target while it is filled (reading still works).
                names = ", ".join(dst.dialect.identifier_preparer.quote(t.name) for t in tables)
                dst.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
            _refuse_unless_empty(dst, tables, target.where)
            with source.read() as src:
                for table in tables:
                    copied[table.name] = _copy_table(src, dst, table, batch_rows, batch_bytes)
            if dst.dialect.name == "postgresql":
                _advance_sequences(dst, tables)
    except DBAPIError as exc:  # a value the target refuses (too long, a NUL character, …)
        raise WorkspaceError(
            f"Copying {source.where} to {target.where} failed ({_first_line(exc)}). "
            "Nothing was written."
        ) from exc
    return CopyReport(source.where, target.where, copied)


def _first_line(exc: DBAPIError) -> str:
    lines = str(exc.orig).strip().splitlines()
    return lines[0] if lines else type(exc.orig).__name__


def _refuse_unless_empty(conn: Connection, tables: Sequence[sa.Table], where: str) -> None:
    held: dict[str, int] = {}
    for table in tables:
        count = int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
        if count:
            held[table.name] = count
    if not held:
        return
    # Statements and people say it best; other rows only when there are none of those.
    named = [name for name in ("statements", "people") if name in held] or sorted(held)[:3]
    what = ", ".join(f"{held[name]} {_rows_of(name, held[name])}" for name in named)
    raise WorkspaceError(
        f"The workspace {where} is not empty (it holds {what}): a workspace is copied only "
        "into an empty one. Nothing was written: choose a new database, or empty this one first."
    )


def _rows_of(table: str, count: int) -> str:
    plain = {"statements": "statement", "people": "person"}
    if table in plain:
        if count == 1:
            return plain[table]
        return table
    return f"row{'s' if count != 1 else ''} in {table}"


def _copy_table(src: Connection, dst: Connection, table: sa.Table, batch_rows: int,
                batch_bytes: int) -> int:
    """Copy one table's rows in primary-key order, a batch at a time; return how many."""
    insert = table.insert()
    count = 0
    for batch in _batches(src, table, batch_rows, batch_bytes):
        dst.execute(insert, batch)
        count += len(batch)
    return count


def _batches(src: Connection, table: sa.Table, batch_rows: int,
             batch_bytes: int) -> Iterator[list[dict[str, Any]]]:
    # Parents before their replies (comments.parent_id): rows in primary-key order.
    query = (sa.select(table).order_by(*table.primary_key.columns)
             .execution_options(yield_per=FETCH_ROWS))
    batch: list[dict[str, Any]] = []
    size = 0
    for row in src.execute(query):
        values = dict(row._mapping)
        batch.append(values)
        size += sum(len(value) for value in values.values() if isinstance(value, str | bytes))
        if len(batch) >= batch_rows or size >= batch_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _advance_sequences(conn: Connection, tables: Sequence[sa.Table]) -> None:
    """Move each id sequence past the largest id copied (to 1, unused, for an empty table)."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, sa.Integer):
            continue
        column = keys[0]
        sequence = conn.scalar(sa.select(sa.func.pg_get_serial_sequence(table.name, column.name)))
        if sequence is None:  # the audit log numbers its events itself
            continue
        highest = conn.scalar(sa.select(sa.func.max(column)))
        conn.execute(sa.text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
                     {"sequence": sequence, "value": 1 if highest is None else int(highest),
                      "called": highest is not None})
