"""This person's preferences on this computer, kept in ``preferences.json`` in the config folder.

Qt-free, so the command line reads them too. Today: which workspace opens
when none is named (``team_server``: a PostgreSQL address; unset: the
workspace file on this computer), and the interface's language
(``language``; unset: the system's). Passwords are never kept here (see
drafter.team_login).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from drafter.core.atomic_write import write_text_atomic
from drafter.paths import config_dir

log = logging.getLogger(__name__)

FILENAME = "preferences.json"


@dataclass(frozen=True)
class Preferences:
    team_server: str | None = None  # e.g. postgresql://db.town.example/statements
    language: str | None = None  # the interface's: "en", "es"; None: the system's (see drafter.i18n)

    @classmethod
    def load(cls, folder: Path | None = None) -> Preferences:
        path = (folder or config_dir()) / FILENAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:  # damaged: start from the defaults, say so in the log
            log.warning("Preferences in %s were not readable (%s); using the defaults", path, error)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known} if isinstance(data, dict)
                   else {})

    def save(self, folder: Path | None = None) -> None:
        folder = folder or config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        write_text_atomic(folder / FILENAME, json.dumps(asdict(self), indent=2) + "\n")
