"""Hostile conditions for the disk tests: real where the system allows, simulated where it cannot be.

- ``read_only``: a file or folder this process may not change, for real
  (``chmod``, or ``chattr +i`` for the administrator, whom ``chmod`` does not stop).
- ``full_disk_for_saves``: the disk fills while Drafter saves a user's file;
  the temporary file is written to ``/dev/full``, so the error is the
  kernel's own "No space left on device" (elsewhere ``fsync`` fails with it).
- ``workspace_full``: the workspace database may not grow, so SQLite itself
  answers "database or disk is full", exactly as on a full disk.
- ``LockHolder``: another program (a plain ``sqlite3`` Python process, not
  Drafter) holding the workspace's write lock with ``BEGIN EXCLUSIVE``.
- ``short_busy_timeout``: the busy timeout lowered from 5 s so tests do not wait it out.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from drafter.core import atomic_write
from drafter.store import database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its SHA-256: equal before and after means nothing was changed."""
    return {path.name: digest(path) for path in sorted(folder.iterdir()) if path.is_file()}


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) read-only for this process, for the administrator too."""
    if os.name != "posix":
        pytest.skip("a read-only folder is made here with POSIX permissions")
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            _assert_read_only(path)
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as the administrator, and this file system has no chattr +i: "
                    "nothing can be made read-only here")
    try:
        _assert_read_only(path)
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def _assert_read_only(path: Path) -> None:
    probe = (path if path.is_dir() else path.parent) / ".drafter-probe"
    try:
        if path.is_dir():
            probe.touch()
        else:
            path.open("ab").close()
    except OSError:
        return
    probe.unlink(missing_ok=True)
    pytest.skip(f"{path} could not be made read-only here")


def full_disk_for_saves(monkeypatch: pytest.MonkeyPatch, *, after: int = 0) -> None:
    """The disk is full for every save of a user's file after the first ``after``."""
    saves = {"started": 0}
    real_open = os.open

    def opening(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        descriptor = real_open(path, flags, mode, dir_fd=dir_fd)
        if not (flags & os.O_CREAT and str(path).endswith(".tmp")):
            return descriptor
        saves["started"] += 1
        if saves["started"] <= after or not os.path.exists("/dev/full"):
            return descriptor
        os.close(descriptor)  # the temporary file stays, empty, as on a disk that filled up
        return real_open("/dev/full", os.O_WRONLY)

    real_fsync = os.fsync

    def syncing(descriptor: int) -> None:
        if saves["started"] > after and not os.path.exists("/dev/full"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(atomic_write.os, "open", opening)
    monkeypatch.setattr(atomic_write.os, "fsync", syncing)


def page_count(workspace: Any) -> int:
    with workspace.read() as conn:
        return int(conn.exec_driver_sql("PRAGMA page_count").scalar())


@contextmanager
def workspace_full(monkeypatch: pytest.MonkeyPatch, workspace: Any | None = None,
                   pages: int | None = None) -> Iterator[Callable[[], None]]:
    """The workspace may not grow beyond its size now (or ``pages``); yields "free some space".

    Every SQLite connection Drafter opens from now on gets ``PRAGMA
    max_page_count``; connections already open in ``workspace`` are closed
    so that the next one gets it too.
    """
    original = database.SQLITE_PRAGMAS
    limit = pages if pages is not None else page_count(workspace)
    monkeypatch.setattr(database, "SQLITE_PRAGMAS", (*original, f"PRAGMA max_page_count = {limit}"))
    _reconnect(workspace)

    def free_space() -> None:
        monkeypatch.setattr(database, "SQLITE_PRAGMAS", original)
        _reconnect(workspace)

    yield free_space


def short_busy_timeout(monkeypatch: pytest.MonkeyPatch, seconds: float, workspace: Any | None = None) -> None:
    """A write waits ``seconds`` (not 5) for another program's lock. The pragma list is built when the
    module is imported, so both it and ``BUSY_TIMEOUT_SECONDS`` are replaced."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", seconds)
    monkeypatch.setattr(database, "SQLITE_PRAGMAS", tuple(
        f"PRAGMA busy_timeout = {int(seconds * 1000)}" if pragma.startswith("PRAGMA busy_timeout")
        else pragma for pragma in database.SQLITE_PRAGMAS))
    _reconnect(workspace)


def _reconnect(workspace: Any | None) -> None:
    if workspace is not None:
        workspace._engine.dispose()  # pooled connections go; new ones run the pragmas again


_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
"""


class LockHolder:
    """Another program holding the workspace's write lock (``BEGIN EXCLUSIVE``) until ``release``."""

    def __init__(self, db: Path) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db)], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if line.strip() != "locked":
            self._process.kill()
            raise RuntimeError(f"the other program could not lock {db}")

    def release(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.write("\n")
            self._process.stdin.flush()
            self._process.wait(timeout=30)

    def __enter__(self) -> LockHolder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
