"""Keystroke latency in a 10,000-word statement, highlighting on, preview and
autosave running as they do for a person, against a bare QPlainTextEdit."""

from __future__ import annotations

from typing import Any

from corpus import statement_of
from qt_harness import application, bare_editor, drafter_window, settle, type_steadily, wait_until
from stats import percentile

SENTENCE = "we stand with the officers of riverton and their families\n"


def _position_mid_document(editor: Any) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    editor.centerCursor()


def _check_runs(window: Any) -> int:
    return int(getattr(window.check_ops, "runs", 0))


def run(quick: bool) -> dict[str, dict[str, Any]]:
    app = application()
    text = statement_of(10_000)
    keys = (SENTENCE * (3 if quick else 8))
    interval = 0.035  # about 340 characters a minute: a fast typist

    bare = bare_editor(text)
    _position_mid_document(bare)
    settle(app, 0.3)
    bare_latencies = type_steadily(app, bare, keys, interval)
    bare.close()

    window, services, folder = drafter_window(text)
    try:
        settle(app, 1.0)  # worker started, first preview shown
        wait_until(app, lambda: window.editor.highlighter.spelling is not None, timeout_s=60)
        settle(app, 1.0)  # the underlines arrive a slice at a time
        _position_mid_document(window.editor)
        ours = type_steadily(app, window.editor, keys, interval)
        spelling = window.editor.highlighter.spelling
        window.editor.highlighter.spelling = None  # the same typing without the spell checker
        without_spelling = type_steadily(app, window.editor, keys, interval)
        window.editor.highlighter.spelling = spelling
        # The worst case for the drafting checks: a new run after every keystroke, so one is
        # always under way in the background while the person types.
        window.check_ops._timer.setInterval(0)
        runs_before = _check_runs(window)
        checks_running = type_steadily(app, window.editor, keys, interval)
        check_runs = _check_runs(window) - runs_before
        settle(app, 0.5)
        window.close()
    finally:
        services.close()
        folder.cleanup()

    bare_p95 = percentile(bare_latencies, 95)
    p95 = percentile(ours, 95)
    spelling_cost = p95 - percentile(without_spelling, 95)
    return {
        "keystroke_p95_ms": {"value": round(p95, 2), "unit": "ms", "budget": 8.0,
                             "baseline": round(bare_p95, 2),
                             "ratio": round(p95 / bare_p95, 2) if bare_p95 else None},
        "keystroke_max_ms": {"value": round(max(ours), 2), "unit": "ms", "budget": 16.0,
                             "baseline": round(max(bare_latencies), 2),
                             "ratio": round(max(ours) / max(bare_latencies), 2)},
        "keystroke_p50_ms": {"value": round(percentile(ours, 50), 2), "unit": "ms", "budget": None,
                             "baseline": round(percentile(bare_latencies, 50), 2),
                             "ratio": None},
        "keystroke_p95_checks_running_ms": {
            "value": round(percentile(checks_running, 95), 2),
            "unit": f"ms, the drafting checks running all the while ({check_runs} runs, back to back)",
            "budget": 8.0, "baseline": round(bare_p95, 2), "ratio": None},
        "keystroke_max_checks_running_ms": {
            "value": round(max(checks_running), 2), "unit": "ms, the same", "budget": 16.0,
            "baseline": round(max(bare_latencies), 2), "ratio": None},
        "keystroke_p95_spelling_added_ms": {"value": round(spelling_cost, 2), "unit": "ms",
                                            "budget": 2.0,
                                            "baseline": round(percentile(without_spelling, 95), 2),
                                            "ratio": None},
    }
