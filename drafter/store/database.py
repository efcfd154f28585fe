"""Opening a workspace database, and the transactions every store runs in.

A workspace is one SQLite file (local mode) or one PostgreSQL database (team
mode). ``Workspace.open`` refuses what it must not touch (a network share, a
file that is not a Drafter workspace, a workspace from a newer Drafter) and
brings an empty or older schema up to date. Alembic is imported only then.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import NullPool, StaticPool

from drafter.core.errors import DrafterError, WorkspaceError
from drafter.store.audit import AuditLog
from drafter.store.canonical import utc_now
from drafter.store.comments import CommentStore
from drafter.store.confirmations import ConfirmationStore
from drafter.store.dictionary import DictionaryStore
from drafter.store.network import is_network_path
from drafter.store.people import PeopleStore
from drafter.store.reviews import ReviewStore
from drafter.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_version
from drafter.store.settings import SettingsStore
from drafter.store.snippets import SnippetStore
from drafter.store.statements import StatementStore
from drafter.store.team_templates import TeamTemplateStore

#: How long a write waits for another writer before giving up.
BUSY_TIMEOUT_SECONDS = 5.0

#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"

#: Set on every SQLite connection. WAL lets readers work while one writes;
#: synchronous=FULL makes a commit survive a power cut.
SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)

#: The PostgreSQL advisory lock every write transaction holds (per database).
WRITE_LOCK_KEY = 0x44524146  # "DRAF"

Clock = Callable[[], datetime]

_WRITE_OPTION = "drafter_write"
_URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    raw = cast(sqlite3.Connection, dbapi_connection)
    # Let SQLAlchemy's "begin" listener below emit BEGIN, not the driver.
    raw.isolation_level = None
    cursor = raw.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()
    # Unicode-aware case folding for searches (SQLite's lower() is ASCII only).
    raw.create_function("drafter_fold", 1, _fold, deterministic=True)


def _on_sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at once, so it waits (busy
    # timeout) instead of failing when it later upgrades a read lock.
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _install_sqlite_events(engine: Engine) -> None:
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)


def _newer_schema(where: str, revision: str) -> WorkspaceError:
    return WorkspaceError(
        f"The workspace {where} was last used by a newer version of Drafter "
        f"(schema {revision}; this version knows up to {SCHEMA_HEAD}). It was left "
        "as it is: update Drafter to open it."
    )


def _schema_revision(conn: Connection, where: str) -> str | None:
    """The workspace's schema revision; None for an empty database."""
    tables = set(sa.inspect(conn).get_table_names())
    versions: list[str] = []
    if "alembic_version" in tables:
        versions = list(conn.execute(sa.select(alembic_version.c.version_num)).scalars())
    if not versions:
        if tables - {"alembic_version"}:
            raise WorkspaceError(
                f"{where} is a database, but not a Drafter workspace. It was left as "
                "it is: choose another file, or a new file name for a new workspace."
            )
        return None
    if len(versions) > 1 or versions[0] not in KNOWN_REVISIONS:
        raise _newer_schema(where, ", ".join(versions))
    return versions[0]


def _not_a_database(path: Path) -> WorkspaceError:
    return WorkspaceError(
        f"{path} is not a Drafter workspace: it is not a database file (it may be "
        "damaged, or another kind of file). It was left as it is: choose another "
        "file, or restore the workspace from a backup (drafter restore FILE; Drafter keeps "
        "a backup of each of the last seven days in the backups folder of its data folder)."
    )


def _probe_file(path: Path, uri: str | None = None) -> str | None:
    """Read the schema revision of an existing file without changing a byte."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"Cannot read the workspace {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise _not_a_database(path)
    probe = _read_only_engine(uri or path.as_uri() + "?mode=ro")
    try:
        with probe.connect() as conn:
            return _schema_revision(conn, str(path))
    except OperationalError as exc:
        raise WorkspaceError(f"Cannot read the workspace {path} ({exc.orig}).") from exc
    except DBAPIError as exc:
        raise _not_a_database(path) from exc
    finally:
        probe.dispose()


def _read_only_engine(uri: str) -> Engine:
    """An engine that opens the SQLite file at ``uri`` (a ``file:`` URI) read-only."""
    return sa.create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
        ),
        poolclass=NullPool,
    )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _read_only_uri(path: Path) -> str | None:
    """How to open an existing workspace Drafter may not write to: None when it may.

    SQLite reads a WAL database through its ``-shm`` file, which it must be
    able to create when it is missing. In a read-only folder without one, the
    file is opened as immutable: no other program can be writing to it then,
    since a writer would have made the ``-shm`` file.
    """
    folder_writable = _writable(path.parent)
    has_shm = path.with_name(path.name + "-shm").exists()
    if _writable(path) and (folder_writable or has_shm):
        return None
    if folder_writable or has_shm:
        return path.as_uri() + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkspaceError(
            f"The workspace {path} cannot be opened: its folder {path.parent} is read-only, and "
            f"the last changes made to it are still in {wal.name}, beside it, which Drafter cannot "
            "finish there. Nothing was changed: make the folder writable once, or ask for write "
            "access, and open it again."
        )
    return path.as_uri() + "?mode=ro&immutable=1"


def _cannot_create(path: Path) -> WorkspaceError:
    return WorkspaceError(
        f"The workspace {path} cannot be created: the folder {path.parent} is read-only, or "
        "Drafter may not write there. Nothing was changed. Make the folder writable, or choose a "
        "workspace file in a folder you can write to (drafter --db PATH, or DRAFTER_DB)."
    )


class Workspace:
    """An open workspace: its engine, its transactions and its stores.

    Build one with ``Workspace.open``. ``read()`` and ``write()`` yield a
    connection inside a transaction that commits when the block ends (and
    rolls back if it raises). The stores (``statements``, ``people``,
    ``audit``, ``settings``, ``team_templates``, ``snippets``, ``dictionary``)
    are the only code that writes SQL through them.
    """

    def __init__(self, engine: Engine, *, where: str, path: Path | None, clock: Clock) -> None:
        self._engine: Engine | None = engine
        self._where = where
        self._path = path
        self._clock = clock
        self._dialect = engine.dialect.name
        self._read_only = False

    # -- opening ----------------------------------------------------------------

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, clock: Clock | None = None) -> Workspace:
        """Open (or create) the workspace at a file path or a database URL.

        ``clock`` gives the time recorded on every change (UTC; for tests).
        """
        clock = utc_now if clock is None else clock
        if isinstance(target, str) and _URL_PATTERN.match(target):
            try:
                url = make_url(target)
            except ArgumentError as exc:
                raise WorkspaceError(
                    f"{target!r} is not a database address Drafter understands."
                ) from exc
            if url.get_backend_name() != "sqlite":
                return cls._open_server(url, clock)
            if url.database in (None, "", ":memory:"):
                return cls._open_memory(clock)
            return cls._open_file(Path(url.database), clock)
        return cls._open_file(Path(target), clock)

    @classmethod
    def _open_file(cls, path: Path, clock: Clock) -> Workspace:
        path = Path(os.path.abspath(path.expanduser()))
        if is_network_path(path):
            raise WorkspaceError(
                f"The workspace {path} is on a network drive. A workspace file shared "
                "over the network can be damaged when several computers write to it. "
                "Keep the file on this computer, or use team mode: ask your "
                "administrator for the address of the team's PostgreSQL server."
            )
        if path.is_dir():
            raise WorkspaceError(f"{path} is a folder: choose a workspace file, not a folder.")
        try:
            has_content = path.is_file() and path.stat().st_size > 0
            if not has_content:
                path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"Cannot create the workspace {path}: {exc.strerror}. "
                "Choose a folder you can write to."
            ) from exc
        if not has_content and not _writable(path.parent):
            raise _cannot_create(path)
        read_only_uri = _read_only_uri(path) if has_content else None
        revision = _probe_file(path, read_only_uri) if has_content else None
        if read_only_uri is None:
            engine = sa.create_engine(
                URL.create("sqlite+pysqlite", database=str(path)),
                connect_args={"timeout": BUSY_TIMEOUT_SECONDS},
            )
        else:  # read, list, show and export drafts; every write is refused with a clear reason
            engine = _read_only_engine(read_only_uri)
        _install_sqlite_events(engine)
        workspace = cls(engine, where=str(path), path=path, clock=clock)
        workspace._read_only = read_only_uri is not None
        if revision != SCHEMA_HEAD:
            workspace._migrate()
        return workspace

    @classmethod
    def _open_memory(cls, clock: Clock) -> Workspace:
        engine = sa.create_engine(
            "sqlite+pysqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
        _install_sqlite_events(engine)
        workspace = cls(engine, where="in memory", path=None, clock=clock)
        workspace._migrate()
        return workspace

    @classmethod
    def _open_server(cls, url: URL, clock: Clock) -> Workspace:
        where = url.render_as_string(hide_password=True)
        try:
            # A server out of reach answers within seconds, not the system's TCP timeout.
            engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
        except (ArgumentError, ImportError) as exc:
            raise WorkspaceError(
                f"Drafter cannot connect to {where}: the database driver it needs is "
                "not installed."
            ) from exc
        workspace = cls(engine, where=where, path=None, clock=clock)
        try:
            with workspace.read() as conn:
                revision = _schema_revision(conn, where)
        except BaseException:
            workspace.close()
            raise
        if revision != SCHEMA_HEAD:
            workspace._migrate()
        return workspace

    def _migrate(self) -> None:
        """Bring the schema to ``SCHEMA_HEAD`` in one write transaction."""
        try:
            with self.write() as conn:
                # Read again under the write lock: another Drafter may have done it.
                if _schema_revision(conn, self._where) != SCHEMA_HEAD:
                    from drafter.store.migrate import upgrade_to_head

                    upgrade_to_head(conn)
        except BaseException:
            self.close()
            raise

    # -- what it is ---------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server or an in-memory workspace."""
        return self._path

    @property
    def where(self) -> str:
        """Where the workspace lives, for messages (no password shown)."""
        return self._where

    @property
    def read_only(self) -> bool:
        """True when Drafter may not write to the workspace file (or its folder): only reading works."""
        return self._read_only

    @property
    def connection_url(self) -> URL:
        """The address the workspace connects to, password included (never show it: use ``where``)."""
        if self._engine is None:
            raise WorkspaceError("This workspace is closed: open it again.")
        return self._engine.url

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._dialect

    def acting_login(self, *, default: str) -> str:
        """Who acts: on a server, the login role the server let in, else ``default``.

        The workspace's owner (or a superuser) is the administrator's own
        maintenance login and may act for any name, as in local mode; every
        other login acts as itself, whatever ``--as`` said.
        """
        if self._dialect != "postgresql":
            return default
        with self.read() as conn:
            row = conn.execute(sa.text(
                "SELECT session_user AS login, r.rolsuper OR d.datdba = r.oid AS owner "
                "FROM pg_roles r, pg_database d "
                "WHERE r.rolname = session_user AND d.datname = current_database()")).one()
        return default if row.owner else str(row.login)

    @property
    def closed(self) -> bool:
        return self._engine is None

    def now(self) -> datetime:
        """The time to record for a change, from the workspace clock."""
        return self._clock()

    # -- transactions -------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction (one consistent snapshot)."""
        with self._transaction(write=False) as conn:
            yield conn

    @contextmanager
    def write(self, *, wait_s: float | None = None) -> Iterator[Connection]:
        """A connection in a write transaction that holds the write lock from its start.

        ``wait_s`` waits that long for another writer instead of the usual
        ``BUSY_TIMEOUT_SECONDS``: the window's autosave uses a short wait, so
        that another program holding the lock never freezes the window (the
        save is tried again later).
        """
        with self._transaction(write=True, wait_s=wait_s) as conn:
            yield conn

    @contextmanager
    def _transaction(self, *, write: bool, wait_s: float | None = None) -> Iterator[Connection]:
        if self._engine is None:
            raise WorkspaceError("This workspace is closed: open it again.")
        waited = BUSY_TIMEOUT_SECONDS if wait_s is None else wait_s
        try:
            with self._engine.connect() as conn:
                if write:
                    conn.execution_options(**{_WRITE_OPTION: True})
                with self._waiting(conn, wait_s), conn.begin():
                    if write and self._dialect == "postgresql":
                        if wait_s is not None:
                            conn.execute(sa.text(f"SET LOCAL lock_timeout = {int(wait_s * 1000)}"))
                        # As SQLite's BEGIN IMMEDIATE: one writer at a time in the
                        # workspace, held until commit, so a read-then-write is safe.
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                                     {"key": WRITE_LOCK_KEY})
                    yield conn
        except OperationalError as exc:
            raise self._explain(exc, waited) from exc
        except DBAPIError as exc:
            refused = self._server_refusal(exc)
            if refused is None:
                raise
            raise refused from exc

    def _server_refusal(self, exc: DBAPIError) -> DrafterError | None:
        """A team server's own refusal (its rules, or a missing grant), in the person's words."""
        if self._dialect != "postgresql":
            return None
        from drafter.core.workflow import NotAllowedError
        from drafter.store.team_roles import refusal_message

        message = refusal_message(exc)
        return None if message is None else NotAllowedError(message)

    @contextmanager
    def _waiting(self, conn: Connection, wait_s: float | None) -> Iterator[None]:
        """SQLite: wait ``wait_s`` for the lock on this connection only, then the usual again."""
        if wait_s is None or self._dialect != "sqlite":
            yield
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")  # outside any transaction
        try:
            yield
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")

    def _explain(self, exc: DBAPIError, waited_s: float = BUSY_TIMEOUT_SECONDS) -> WorkspaceError:
        detail = str(exc.orig)
        low = detail.lower()
        if self._dialect == "postgresql":
            from drafter.store.notifications import unreachable, unreachable_error

            # The server is down or out of reach: a ServerUnreachableError, which the window
            # answers with its banner (the text kept on this computer until the server is back).
            if unreachable(detail, connection_invalidated=exc.connection_invalidated):
                return unreachable_error(self._where, detail)
        if "locked" in low or "busy" in low or "lock timeout" in low:
            return WorkspaceError(
                f"The workspace {self._where} is busy: another program (another Drafter, a backup "
                f"or a database tool) kept it locked for more than {waited_s:g} seconds. "
                "Nothing was changed; try again in a moment."
            )
        if "readonly" in low or "read-only" in low:
            return WorkspaceError(
                f"The workspace {self._where} cannot be written to (the file or its "
                "folder is read-only). Nothing was changed; copy it to a folder you can "
                "write to, or ask for write access."
            )
        if "full" in low:
            return WorkspaceError(
                f"The disk holding the workspace {self._where} is full. Nothing was "
                "changed; free some space and try again."
            )
        if "unable to open" in low and self._path is not None:
            if not self._path.exists():
                return _cannot_create(self._path)
            return WorkspaceError(
                f"The workspace {self._where} cannot be opened: Drafter may not read it, or may "
                f"not write in its folder {self._path.parent}. Nothing was changed; ask for "
                "access, or copy it to a folder you can write to."
            )
        return WorkspaceError(
            f"The workspace {self._where} could not be used ({detail}). Nothing was changed."
        )

    # -- stores -------------------------------------------------------------------

    @cached_property
    def statements(self) -> StatementStore:
        return StatementStore(self)

    @cached_property
    def people(self) -> PeopleStore:
        return PeopleStore(self)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self)

    @cached_property
    def settings(self) -> SettingsStore:
        return SettingsStore(self)

    @cached_property
    def team_templates(self) -> TeamTemplateStore:
        return TeamTemplateStore(self)

    @cached_property
    def snippets(self) -> SnippetStore:
        return SnippetStore(self)

    @cached_property
    def dictionary(self) -> DictionaryStore:
        return DictionaryStore(self)

    @cached_property
    def confirmations(self) -> ConfirmationStore:
        return ConfirmationStore(self)

    @cached_property
    def reviews(self) -> ReviewStore:
        return ReviewStore(self)

    @cached_property
    def comments(self) -> CommentStore:
        return CommentStore(self)

    # -- closing ------------------------------------------------------------------

    def close(self) -> None:
        """Close every pooled connection. Safe to call twice."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<Workspace {self._where} ({state})>"
