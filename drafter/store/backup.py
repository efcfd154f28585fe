"""Backups of a local workspace: SQLite's online backup, a rolling daily copy, and restoring one safely.

A backup is a consistent copy taken while the workspace is open (SQLite's
backup API copies page by page under a read lock, so a save in progress is
either in it or not). Once a day, when Drafter starts, a copy goes to the
backups folder and only the newest seven are kept. Restoring checks the
backup first (a real database, intact, a schema this Drafter knows), keeps
the current file aside, and only then puts the backup in its place.
Team workspaces on a server are backed up by the server's own tools.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.core.errors import WorkspaceError
from drafter.store.schema import KNOWN_REVISIONS

if TYPE_CHECKING:
    from drafter.store.database import Workspace

#: How many daily backups are kept.
KEEP = 7
_PREFIX = "workspace-"
_SUFFIX = ".db"


def backup_to(workspace: Workspace, target: Path) -> Path:
    """Copy the open workspace to ``target`` (a file, written whole: a temporary file, then renamed)."""
    if workspace.path is None or workspace.dialect != "sqlite":
        raise WorkspaceError("Only a workspace file on this computer is backed up by Drafter; back a team "
                             "workspace up with the database server's own tools.")
    target = Path(target)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        with sqlite3.connect(workspace.path) as source, sqlite3.connect(temporary) as copy:
            source.backup(copy)
        copy.close()
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        raise WorkspaceError(f"The backup to {target} could not be written ({error}). The workspace is "
                             "unchanged: choose a folder with space that you can write to.") from error
    return target


def daily_backup(workspace: Workspace, folder: Path, today: dt.date | None = None) -> Path | None:
    """Today's backup in ``folder`` unless there is one already; the newest ``KEEP`` are kept."""
    today = today or dt.date.today()
    target = folder / f"{_PREFIX}{today.isoformat()}{_SUFFIX}"
    if target.exists():
        return None
    written = backup_to(workspace, target)
    for old in backups_in(folder)[KEEP:]:
        old.unlink(missing_ok=True)
    return written


def backups_in(folder: Path) -> list[Path]:
    """The daily backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"{_PREFIX}*{_SUFFIX}") if p.is_file()), reverse=True)


def _check_not_in_use(workspace_file: Path) -> None:
    """Refuse while another Drafter has the workspace open (it holds a lock a restore would break)."""
    if not workspace_file.exists():
        return
    try:
        conn = sqlite3.connect(workspace_file, timeout=0.2)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        raise WorkspaceError(f"The workspace {workspace_file} is open in Drafter (or another program): "
                             "close it first, then restore.") from error


def check_backup(path: Path) -> str:
    """The schema revision of a backup that is fit to restore; WorkspaceError saying why it is not."""
    if not path.is_file():
        raise WorkspaceError(f"There is no backup file {path}.")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.close()
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(f"{path} is not a Drafter workspace backup ({error}); nothing was restored.") \
            from error
    if verdict != "ok":
        raise WorkspaceError(f"The backup {path} is damaged ({verdict}); nothing was restored. "
                             "Choose an older backup.")
    if revision is None or revision[0] not in KNOWN_REVISIONS:
        raise WorkspaceError(f"The backup {path} was written by a newer Drafter; nothing was restored. "
                             "Update Drafter first.")
    return str(revision[0])


def restore(backup: Path, workspace_file: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``workspace_file`` (closed); return where the old file was kept."""
    check_backup(backup)
    _check_not_in_use(workspace_file)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = workspace_file.with_name(f"{workspace_file.name}.before-restore-{stamp}")
    temporary = workspace_file.with_name(f".{workspace_file.name}.restoring")
    try:
        shutil.copyfile(backup, temporary)
        if workspace_file.exists():
            os.replace(workspace_file, kept)
            for extra in ("-wal", "-shm"):  # the old file's journal belongs with it
                journal = workspace_file.with_name(workspace_file.name + extra)
                if journal.exists():
                    os.replace(journal, kept.with_name(kept.name + extra))
        os.replace(temporary, workspace_file)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if kept.exists() and not workspace_file.exists():
            os.replace(kept, workspace_file)  # put the current file back as it was
        raise WorkspaceError(f"The backup could not be restored ({error.strerror or error}); the workspace "
                             f"{workspace_file} was left as it was.") from error
    return kept if kept.exists() else None
