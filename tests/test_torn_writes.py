"""Saving a user's file and being killed half-way: the file is always the old version or the new one.

A hundred real processes are killed (SIGKILL) while they save through the
real code, most of them half-way through a save; then what a kill leaves
behind is shown to be hidden, never the file, and removed by a later save
once it is stale. ``benchmarks/torn_writes.py`` does the same a thousand times.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from drafter.core import atomic_write
from drafter.core.atomic_write import FileBatch, leftovers, write_bytes_atomic
from tests.stress.torn_writes import kill_while_saving


def test_a_hundred_kills_while_saving_never_tear_a_file(tmp_path: Path) -> None:
    report = kill_while_saving(tmp_path, 96, export_kills=4, seed=11)
    assert report.kills == 100 and report.export_kills == 4
    assert report.torn == 0, report
    assert report.missing == 0, report
    assert report.strays == 0, report  # nothing but hidden leftovers beside the files
    # The kills did land inside saves (a temporary file was left), not only between them.
    assert report.interrupted >= 20, report
    assert report.saves >= report.kills, report  # and the killed processes did save, many times
    assert report.leftovers_removed >= report.interrupted


def _leftover(target: Path, kind: str, age_s: float) -> Path:
    path = target.with_name(f".{target.name}.{os.urandom(4).hex()}.{kind}")
    path.write_bytes(b"half a file")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_what_a_kill_leaves_is_hidden_and_a_later_save_removes_it_once_stale(tmp_path: Path) -> None:
    target = tmp_path / "statement.md"
    target.write_bytes(b"old")
    stale = _leftover(target, "tmp", age_s=2 * atomic_write.STALE_AFTER_SECONDS)
    fresh = _leftover(target, "tmp", age_s=5)  # may be another Drafter's save, under way
    others = [tmp_path / name for name in (".statement.md.swp", "statement.md.bak", ".other.md.0123abcd.tmp",
                                           ".statement.md.nothex!!.tmp")]
    for path in others:
        path.write_bytes(b"not ours")
    assert leftovers(target) == sorted([stale, fresh])
    assert all(path.name.startswith(".") for path in leftovers(target))
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(target) == [fresh]
    assert all(path.read_bytes() == b"not ours" for path in others)  # nobody else's file is touched


@pytest.mark.skipif(os.name != "posix", reason="kept versions are aged by their change time on POSIX")
def test_kept_previous_versions_left_by_a_kill_go_too(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"old")
    batch = FileBatch()
    batch.write(target, b"new")  # killed here: the previous version is still kept beside it
    [kept] = leftovers(target)
    assert kept.suffix == ".old" and kept.read_bytes() == b"old"
    write_bytes_atomic(target, b"newer")
    assert leftovers(target) == [kept]  # too young to be anyone's leftover yet
    monkeypatch.setattr(atomic_write, "STALE_AFTER_SECONDS", 0.0)
    write_bytes_atomic(target, b"newest")
    assert leftovers(target) == [] and target.read_bytes() == b"newest"


def test_a_batch_undone_puts_every_previous_version_back(tmp_path: Path) -> None:
    existing, new = tmp_path / "a.docx", tmp_path / "a.txt"
    existing.write_bytes(b"yesterday's approved file")
    existing.chmod(0o640)
    batch = FileBatch()
    batch.write(existing, b"today's")
    batch.write(new, b"today's text")
    assert existing.read_bytes() == b"today's" and new.exists()
    assert batch.undo() == []
    assert existing.read_bytes() == b"yesterday's approved file"
    assert (existing.stat().st_mode & 0o777) == 0o640
    assert not new.exists() and leftovers(existing) == [] and leftovers(new) == []
    batch = FileBatch()
    batch.write(existing, b"kept")
    batch.keep()
    assert existing.read_bytes() == b"kept" and os.listdir(tmp_path) == ["a.docx"]


def test_a_batch_keeps_the_previous_version_in_memory_where_links_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*args: object) -> None:  # FAT, or a share that refuses hard links
        raise OSError(1, "Operation not permitted")

    existing = tmp_path / "a.md"
    existing.write_bytes(b"before")
    monkeypatch.setattr(atomic_write.os, "link", no_links)
    batch = FileBatch()
    batch.write(existing, b"after")
    assert leftovers(existing) == []
    assert batch.undo() == [] and existing.read_bytes() == b"before"
