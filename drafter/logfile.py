"""The window's log file: ``drafter.log`` in the user's log folder, rotated so it never grows without end.

Warnings and errors always go there (and every unexpected error's report);
``drafter --debug`` writes everything. A folder that cannot be written
leaves Drafter running, logging to the terminal only.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FILE = "drafter.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


def install_log_file(*, debug: bool) -> Path | None:
    """Add the rotating log file to the root logger; its path, or None if it cannot be written."""
    from drafter.paths import log_dir

    path = log_dir() / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError as error:
        print(f"drafter: the log file {path} cannot be written ({error.strerror}); logging to the "
              "terminal only.", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, handler.level) if root.level else handler.level)
    return path
