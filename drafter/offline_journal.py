"""The working copy a save could not deliver, kept on this computer until the workspace has it.

When a save fails (the team server cannot be reached, a locked or full
workspace), the window writes the statement's text here, in the data
folder, and again as typing goes on; when a save succeeds the entry goes.
An entry left behind means the text never reached the workspace: Drafter
crashed, was killed or was closed while the server was away. The next
start offers it back.

One JSON file per workspace and statement, written atomically:
``offline/<workspace key>-<statement id>.json`` holding the text, the
version it was based on (so that putting it back goes through the usual
optimistic locking) and when it was kept. The workspace key is a hash of
the workspace's address as shown (without its password). An entry the
person declines is moved to ``offline/set-aside/``, never deleted unseen.

No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from drafter.core.atomic_write import write_text_atomic
from drafter.core.errors import DrafterError
from drafter.paths import data_dir

log = logging.getLogger(__name__)

FOLDER = "offline"
SET_ASIDE = "set-aside"


@dataclass(frozen=True)
class JournalEntry:
    statement_id: int
    base_version: int  # the version of the statement the text was typed over
    text: str
    title: str
    kept_at: datetime  # UTC
    path: Path


def workspace_key(where: str) -> str:
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


class OfflineJournal:
    """The entries of one workspace (``where``: its address as ``Workspace.where`` shows it)."""

    def __init__(self, where: str, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / FOLDER
        self.where = where
        self._key = workspace_key(where)

    def path_of(self, statement_id: int) -> Path:
        return self.folder / f"{self._key}-{statement_id}.json"

    def keep(self, statement_id: int, base_version: int, text: str, title: str = "") -> Path:
        """Write (or replace) the statement's unsaved text; raises DrafterError if it cannot."""
        path = self.path_of(statement_id)
        record = {"workspace": self.where, "statement_id": statement_id,
                  "base_version": base_version, "title": title, "text": text,
                  "kept_at": datetime.now(UTC).isoformat()}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DrafterError(f"Cannot create {self.folder}: {error.strerror}.") from error
        write_text_atomic(path, json.dumps(record, ensure_ascii=False))
        return path

    def discard(self, statement_id: int) -> None:
        """The workspace has the text now: forget the entry."""
        try:
            self.path_of(statement_id).unlink(missing_ok=True)
        except OSError as error:
            log.warning("Could not remove %s: %s", self.path_of(statement_id), error)

    def set_aside(self, statement_id: int) -> Path | None:
        """Move the entry out of the way (the person declined it), keeping the file."""
        path = self.path_of(statement_id)
        target = self.folder / SET_ASIDE / f"{path.stem}-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        except OSError as error:
            log.warning("Could not set %s aside: %s", path, error)
            return None
        return target

    def entry(self, statement_id: int) -> JournalEntry | None:
        return _read(self.path_of(statement_id), self.where)

    def pending(self) -> list[JournalEntry]:
        """The entries of this workspace left behind, oldest first."""
        try:
            paths = sorted(self.folder.glob(f"{self._key}-*.json"))
        except OSError:
            return []
        found = [entry for entry in (_read(path, self.where) for path in paths) if entry is not None]
        return sorted(found, key=lambda entry: entry.kept_at)


def _read(path: Path, where: str) -> JournalEntry | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("Could not read the kept text %s: %s", path, error)
        return None
    try:
        if data["workspace"] != where:
            return None
        kept_at = datetime.fromisoformat(str(data["kept_at"]))
        return JournalEntry(int(data["statement_id"]), int(data["base_version"]), str(data["text"]),
                            str(data.get("title", "")), kept_at.replace(tzinfo=kept_at.tzinfo or UTC),
                            path)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        log.warning("Could not read the kept text %s: %s", path, error)
        return None
