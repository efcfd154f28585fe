"""The seam that moves work off the GUI thread delivers results on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from drafter.ui.thread_pool import run_in_pool


def test_the_job_runs_elsewhere_and_the_result_comes_back_on_the_gui_thread(qtbot: Any) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def job() -> int:
        seen["job_thread"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    run_in_pool(job, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["job_thread"] != gui
    assert seen["done_thread"] == gui


def test_a_failing_job_reports_its_error_instead_of_vanishing(qtbot: Any) -> None:
    results: list[object] = []

    def job() -> None:
        raise ValueError("dictionary file damaged")

    run_in_pool(job, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert isinstance(results[0], ValueError)
