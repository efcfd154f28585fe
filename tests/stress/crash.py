"""Kill the real Drafter while it types and saves, and check what survives.

``kill_repeatedly`` starts ``drive_window.py`` (the real window, typing),
lets it type for a random while, kills it with SIGKILL, and then checks:
the database passes ``PRAGMA integrity_check``; the saved text is exactly
the beginning of what was typed (never torn, never garbage); at most the
last few seconds of typing are missing; and the next start says what it
recovered; and no helper process of the killed window (the checks' worker)
is left running. Used by tests/test_crash_recovery.py (a handful of kills, in CI)
and benchmarks/crash_kill.py (a thousand).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.stress.drive_window import KEY_INTERVAL_MS, TITLE, typed_text

DRIVER = Path(__file__).with_name("drive_window.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class KillReport:
    kills: int = 0
    integrity_failures: int = 0
    torn_texts: int = 0
    recovery_messages: int = 0
    largest_loss_chars: int = 0
    orphans: int = 0
    losses_ms: list[float] = field(default_factory=list)

    @property
    def largest_loss_ms(self) -> float:
        return max(self.losses_ms, default=0.0)


def kill_repeatedly(folder: Path, kills: int, *, seed: int = 1, min_s: float = 0.5,
                    max_s: float = 4.0) -> KillReport:
    rng = random.Random(seed)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DRAFTER_DB=str(folder / "crash.db"),
               DRAFTER_CONFIG_DIR=str(folder / "config"), DRAFTER_DATA_DIR=str(folder / "data"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    report = KillReport()
    for round_number in range(kills):
        typed, status = _run_and_kill(env, rng.uniform(min_s, max_s))
        report.kills += 1
        report.orphans += _leftover_processes(env["DRAFTER_DB"])
        if round_number > 0 and status.startswith("Drafter did not close properly"):
            report.recovery_messages += 1
        saved = _check_database(folder / "crash.db", report)
        if saved is None:
            continue
        if saved != typed_text(len(saved)):
            report.torn_texts += 1
        lost = max(0, typed - len(saved))
        report.largest_loss_chars = max(report.largest_loss_chars, lost)
        report.losses_ms.append(lost * KEY_INTERVAL_MS)
    return report


def _run_and_kill(env: dict[str, str], after_s: float) -> tuple[int, str]:
    """Start the driver, let it type for ``after_s`` once ready, kill it; (keys typed, status shown)."""
    process = subprocess.Popen([sys.executable, str(DRIVER)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    state = {"typed": 0, "status": "", "ready": threading.Event()}

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("status: "):
                state["status"] = line[len("status: "):].strip()
                state["ready"].set()  # type: ignore[attr-defined]
            elif line.startswith("typed "):
                state["typed"] = int(line.split()[1])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not state["ready"].wait(60):  # type: ignore[attr-defined]
        process.kill()
        raise RuntimeError("the Drafter window never became ready")
    time.sleep(after_s)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    reader.join(timeout=10)
    return int(state["typed"]), str(state["status"])  # type: ignore[call-overload]


def _leftover_processes(marker: str, wait_s: float = 5.0) -> int:
    """Processes still running with ``marker`` in their environment, after ``wait_s`` (Linux only)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    needle = marker.encode()
    deadline = time.monotonic() + wait_s
    while True:
        alive = []
        for entry in proc.iterdir():
            if entry.name.isdigit() and int(entry.name) != os.getpid():
                try:
                    if needle in (entry / "environ").read_bytes():
                        alive.append(entry.name)
                except OSError:
                    pass  # gone meanwhile, or not ours to read
        if not alive or time.monotonic() > deadline:
            return len(alive)
        time.sleep(0.1)


def _check_database(path: Path, report: KillReport) -> str | None:
    """The saved text of the crash-test statement, after checking the file's integrity."""
    with sqlite3.connect(path) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        row = conn.execute("SELECT text FROM statements WHERE title = ?", (TITLE,)).fetchone()
    conn.close()
    if verdict != "ok":
        report.integrity_failures += 1
        return None
    return str(row[0]) if row else ""
