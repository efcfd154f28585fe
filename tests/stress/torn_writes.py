"""Kill a process many times while it saves a user's files, and check that no file is ever torn.

``kill_while_saving`` starts ``save_loop.py`` once per kill: it saves a file
of a few MB through ``write_bytes_atomic``, the old and the new version in
turn, or exports a draft statement in five formats through
``export_statement``, again and again. After a random moment it is killed
(SIGKILL on POSIX), and then every file is checked: present, and byte for
byte either the version it had before that process started or one the
process was saving (never torn, never missing). What a kill leaves behind
must be the hidden leftovers ``atomic_write.leftovers`` names (temporary
files and kept previous versions), nothing that could be mistaken for the
file; they are then removed as the next save removes stale ones. Used by
tests/test_torn_writes.py (about a hundred kills, in CI) and
benchmarks/torn_writes.py (as many as asked).
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from drafter.core.atomic_write import leftovers, remove_leftovers
from drafter.export.release import FORMATS
from tests.stress.save_loop import EXPORT_FORMATS, EXPORT_PATTERN, versions

CHILD = Path(__file__).with_name("save_loop.py")
ROOT = Path(__file__).resolve().parents[2]
FILE_SIZE = 3 << 20  # a few MB: a save takes long enough for kills to land inside it


@dataclass
class TornReport:
    kills: int = 0  # processes killed
    export_kills: int = 0  # of which, while exporting
    torn: int = 0  # files found neither old nor new after a kill
    missing: int = 0  # files gone after a kill
    interrupted: int = 0  # kills that landed inside a save (a temporary file was left)
    inside_export: int = 0  # export kills that landed between its first file and its last
    saves: int = 0  # saves the killed processes completed
    leftovers_removed: int = 0  # hidden leftovers cleaned up after the kills
    strays: int = 0  # anything else found in the folder: must stay 0
    seconds: float = 0.0


def kill_while_saving(folder: Path, kills: int, *, export_kills: int = 0, seed: int = 1,
                      max_delay_s: float = 0.08, export_max_delay_s: float = 0.8) -> TornReport:
    """``kills`` kills of a process saving one file, then ``export_kills`` of one exporting."""
    started = time.perf_counter()
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    report = TornReport()
    if kills:
        _kill_saving_bytes(folder / "bytes", kills, rng, max_delay_s, env, report)
    if export_kills:
        _kill_exporting(folder / "export", export_kills, rng, export_max_delay_s, env, report)
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def _kill_saving_bytes(folder: Path, kills: int, rng: random.Random, max_delay_s: float,
                       env: dict[str, str], report: TornReport) -> None:
    folder.mkdir(parents=True)
    target = folder / "statement.md"
    old, new = versions(FILE_SIZE)
    target.write_bytes(old)
    for _ in range(kills):
        lines = _run_and_kill([sys.executable, str(CHILD), "bytes", str(target), str(FILE_SIZE)],
                              rng.uniform(0.0, max_delay_s), env)
        report.kills += 1
        report.saves += lines.count("saved")
        _check(folder, {target.name: {_digest(old), _digest(new)}}, report)


def _kill_exporting(folder: Path, kills: int, rng: random.Random, max_delay_s: float,
                    env: dict[str, str], report: TornReport) -> None:
    out = folder / "out"
    out.mkdir(parents=True)
    db = folder / "workspace.db"
    prepared = subprocess.run([sys.executable, str(CHILD), "prepare", str(db), str(out)], env=env,
                              capture_output=True, text=True, check=True, timeout=120)
    ids = prepared.stdout.split()
    names = [f"{EXPORT_PATTERN}.{FORMATS[name][1]}" for name in EXPORT_FORMATS]
    for _ in range(kills):
        before = {name: _digest((out / name).read_bytes()) for name in names}
        lines = _run_and_kill([sys.executable, str(CHILD), "export", str(db), str(out), *ids],
                              rng.uniform(0.0, max_delay_s), env)
        report.kills += 1
        report.export_kills += 1
        report.saves += lines.count("saved")
        if lines and lines[-1].startswith("writing "):
            report.inside_export += 1
        allowed = {name: {digest} for name, digest in before.items()}
        for line in lines:
            if line.startswith("writing "):
                _writing, name, digest = line.split()
                allowed.setdefault(name, set()).add(digest)
        _check(out, allowed, report)


def _run_and_kill(command: list[str], after_s: float, env: dict[str, str]) -> list[str]:
    """Start ``command``, kill it ``after_s`` after it says ``ready``; every line it printed."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        if line.strip() == "ready":
            break
        lines.append(line.strip())
    else:
        _out, err = process.communicate(timeout=30)
        raise RuntimeError(f"the saving process did not start: {err}")
    time.sleep(after_s)
    process.kill()  # SIGKILL on POSIX: no clean-up of any kind runs
    out, _err = process.communicate(timeout=30)
    return lines + out.splitlines()


def _check(folder: Path, allowed: dict[str, set[str]], report: TornReport) -> None:
    """Every file old or new; nothing else in the folder but hidden leftovers, which are then removed."""
    left: set[str] = set()
    interrupted = False
    for name, digests in allowed.items():
        path = folder / name
        if not path.exists():
            report.missing += 1
        elif _digest(path.read_bytes()) not in digests:
            report.torn += 1
        found = leftovers(path)
        left |= {leftover.name for leftover in found}
        interrupted = interrupted or any(leftover.suffix == ".tmp" for leftover in found)
    if interrupted:
        report.interrupted += 1
    report.strays += len({entry.name for entry in folder.iterdir()} - set(allowed) - left)
    for name in allowed:  # what the next save does to leftovers once they are stale
        report.leftovers_removed += remove_leftovers(folder / name, older_than=0)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
