"""Knowing, at start, that Drafter did not close properly last time, and saying what was recovered.

While the window runs, ``session.json`` in the config folder names its
process. A clean close removes it; after a crash, a kill or a power cut it
stays, and the next start says which statement it reopened and from which
save, so the person knows to check the last few seconds of typing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

MARKER = "session.json"


class SessionMarker:
    def __init__(self, folder: Path) -> None:
        self.path = folder / MARKER

    def left_behind(self) -> dict[str, Any] | None:
        """What the last session recorded, if it ended without closing (and is not still running)."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        pid = data.get("pid")
        if isinstance(pid, int) and pid != os.getpid() and _alive(pid):
            return None  # another Drafter is running now
        return data

    def start(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"pid": os.getpid(),
                                             "started": dt.datetime.now(dt.UTC).isoformat()}), "utf-8")
        except OSError:
            pass  # a read-only profile: Drafter runs, it just cannot tell next time

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True
