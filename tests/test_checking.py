"""The checks' worker process: the window's checks run there, with the window's settings and words."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.checking import CheckInputs, CheckWorker, SpellingWords, check_text
from drafter.core.checks import CheckSettings, Severity
from drafter.core.errors import DrafterError

TEXT = "# Notice\n\nThe the Burnsyde Avenue closure starts {{date}}.\n"


@pytest.fixture
def worker() -> Iterator[CheckWorker]:
    started = CheckWorker()
    yield started
    started.shutdown()


def _inputs() -> CheckInputs:
    settings = CheckSettings().with_check("repeated-words", severity=Severity.ERROR).with_check(
        "quote-style", enabled=False)
    return CheckInputs(settings=settings)


def test_the_worker_finds_what_the_window_s_own_process_finds(worker: CheckWorker, tmp_path: Path) -> None:
    words = SpellingWords("en", frozenset(), str(tmp_path))
    result = worker.check(_inputs(), TEXT, words)
    found = {(f.check, f.text, f.severity) for f in result.findings}
    assert ("repeated-words", "The the", Severity.ERROR) in found  # the organisation's severity came along
    assert ("placeholders", "{{date}}", Severity.ERROR) in found
    assert ("spelling", "Burnsyde", Severity.WARNING) in found
    assert result.readability.startswith("Reading grade ")
    assert result.findings == check_text(_inputs(), TEXT, _english(tmp_path)).findings


def test_words_added_in_the_window_count_in_the_worker(worker: CheckWorker, tmp_path: Path) -> None:
    added = SpellingWords("en", frozenset({"Burnsyde"}), str(tmp_path))
    assert "spelling" not in {f.check for f in worker.check(_inputs(), TEXT, added).findings}
    removed = SpellingWords("en", frozenset(), str(tmp_path))
    assert "spelling" in {f.check for f in worker.check(_inputs(), TEXT, removed).findings}


def test_a_worker_that_dies_is_replaced(worker: CheckWorker) -> None:
    worker.check(_inputs(), TEXT, None)
    for process in list(worker._pool._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
    with pytest.raises(DrafterError, match="worker process stopped"):
        worker.check(_inputs(), TEXT, None)
    assert "placeholders" in {f.check for f in worker.check(_inputs(), TEXT, None).findings}


def _english(cache: Path):  # type: ignore[no-untyped-def]
    from drafter.core.spelling import SpellingService

    return SpellingService.load("en", cache_dir=cache)


def test_a_check_that_takes_too_long_is_stopped_and_the_next_one_runs(worker: CheckWorker) -> None:
    worker.check(_inputs(), TEXT, None)  # started and warm
    with pytest.raises(DrafterError, match="took longer than 0 s"):
        worker.check(_inputs(), TEXT * 2000, None, timeout_s=0.001)
    assert "placeholders" in {f.check for f in worker.check(_inputs(), TEXT, None).findings}
