"""A second Drafter window, in a process of its own: opens a statement, types, saves, closes.

Run it as a program (offscreen, with DRAFTER_DB, DRAFTER_USER,
DRAFTER_CONFIG_DIR and DRAFTER_DATA_DIR set) with the statement's id and the
text to type as arguments. It starts Drafter as ``drafter`` does, types at
the end of the statement, closes the window (which saves), and prints
``saved`` once it has. Used by tests/test_two_windows.py.
"""

from __future__ import annotations

import sys
from typing import Any


def main() -> int:
    from drafter.app import run_window
    from drafter.cli import build_parser

    statement_id, typed = int(sys.argv[1]), sys.argv[2]

    def ready(window: Any) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        window.open_statement(statement_id)
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        QTest.keyClicks(window.editor, typed)
        if window.save_now():
            print("saved", flush=True)
        window.close()
        QApplication.quit()

    return run_window(build_parser().parse_args([]), on_ready=ready)


if __name__ == "__main__":
    sys.exit(main())
