"""The real Drafter window, typing on its own: what the crash tests kill.

Run it as a program (offscreen, with DRAFTER_DB, DRAFTER_CONFIG_DIR and
DRAFTER_DATA_DIR set). It starts Drafter as ``drafter`` does, opens (or
creates) the statement "Crash test", prints the status bar's message (which
says what was recovered after a kill), then types the text ``typed_text()``
one key every ``KEY_INTERVAL_MS``, continuing where the saved text stops,
and prints how far it has typed after every key.
"""

from __future__ import annotations

import sys
from typing import Any

KEY_INTERVAL_MS = 40
TITLE = "Crash test"
_PHRASE = "We stand with our officers and their families. "


def typed_text(length: int) -> str:
    """The first ``length`` characters of what the driver types, across every restart."""
    return (_PHRASE * (length // len(_PHRASE) + 1))[:length]


def _ready(window: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    services = window.services
    found = [s for s in services.statements.list() if s.title == TITLE]
    if found:
        window.open_statement(found[0].id)
    else:
        created = services.statements.create(title=TITLE, text="", actor=services.actor_login)
        window.refresh_list()
        window.open_statement(created.id)
    print(f"status: {window.status.currentMessage()}", flush=True)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)

    def key() -> None:
        length = len(window.editor.toPlainText())
        QTest.keyClicks(window.editor, typed_text(length + 1)[-1])
        print(f"typed {length + 1}", flush=True)

    timer = QTimer(window)
    timer.timeout.connect(key)
    timer.start(KEY_INTERVAL_MS)
    window._crash_test_timer = timer  # kept alive with the window


def main() -> int:
    from drafter.app import run_window
    from drafter.cli import build_parser

    return run_window(build_parser().parse_args([]), on_ready=_ready)


if __name__ == "__main__":
    sys.exit(main())
