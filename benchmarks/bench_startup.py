"""Cold start of the whole process to the first painted window (offscreen),
warm file-system cache, against a bare PySide6 program that shows a window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from stats import median

BARE_PROGRAM = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            app.exit(0)
        return False
watch = Watch()
window.installEventFilter(watch)
window.resize(1280, 800)
window.show()
app.exec()
"""


def _time_to_first_paint(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError(f"{argv} never painted")
    process.wait(timeout=30)
    return elapsed


def run(quick: bool) -> dict[str, dict[str, Any]]:
    runs = 5 if quick else 11
    with tempfile.TemporaryDirectory(prefix="drafter-start-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DRAFTER_EXIT_AFTER_FIRST_PAINT="1",
                   DRAFTER_DB=str(Path(folder) / "start.db"),
                   DRAFTER_CONFIG_DIR=str(Path(folder) / "config"))
        # As an installed Drafter starts: with its bytecode cached (the warm-up run writes it).
        # Without this, a shell that sets PYTHONDONTWRITEBYTECODE times compiling the source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        drafter = [sys.executable, "-m", "drafter"]
        bare = [sys.executable, "-c", BARE_PROGRAM]
        _time_to_first_paint(drafter, env)  # warm the caches; creates the workspace
        _time_to_first_paint(bare, env)
        ours = [_time_to_first_paint(drafter, env) for _ in range(runs)]
        baseline = [_time_to_first_paint(bare, env) for _ in range(runs)]
    value, base = median(ours), median(baseline)
    return {
        "cold_start_to_first_paint_ms": {"value": round(value, 1), "unit": "ms", "budget": 600.0,
                                         "baseline": round(base, 1), "ratio": round(value / base, 2)},
    }
