"""Preview refresh of a 10,000-word statement: from the end of the debounce to
the new preview shown, and the longest the GUI thread was blocked meanwhile.
Baseline: bare Python-Markdown doing the same rendering in this process."""

from __future__ import annotations

import time
from typing import Any

from corpus import statement_of
from qt_harness import GuiHeartbeat, application, drafter_window, settle, wait_until
from stats import median

EXTENSION_SETS: dict[str, list[str]] = {
    "none": [],
    "extra": ["extra"],
    "extra+sane_lists": ["extra", "sane_lists"],
    "extra+sane_lists+smarty": ["extra", "sane_lists", "smarty"],
}


def bare_markdown_ms(text: str, extensions: list[str], runs: int) -> float:
    import markdown

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        markdown.markdown(text, extensions=extensions)
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def run(quick: bool) -> dict[str, dict[str, Any]]:
    app = application()
    runs = 3 if quick else 7
    text = statement_of(10_000)
    window, services, folder = drafter_window(text)
    heartbeat = GuiHeartbeat()
    heartbeat.start()  # the window is up and its dictionary loads in the background
    refresh_ms: list[float] = []
    gaps_ms: list[float] = []
    try:
        controller = window.spelling_ops.controller
        wait_until(app, lambda: controller.checker() is not None
                   and controller.checker().suggestions_ready, timeout_s=120)
        heartbeat.stop()
        loading_gap_ms = heartbeat.longest_gap_ms
        settle(app, 1.5)
        shown: list[float] = []
        original = window.preview.show_html

        def timed_show(html: str, lines: int) -> None:
            original(html, lines)
            shown.append(time.perf_counter())

        window.preview.show_html = timed_show  # type: ignore[method-assign]
        for run_index in range(runs):
            edited = text + f"\n\nA closing line, edit {run_index}.\n"
            before = len(shown)
            heartbeat.start()
            started = time.perf_counter()
            window.renderer.render_now(edited)  # what the debounce timer does when it ends
            wait_until(app, lambda before=before: len(shown) > before)
            refresh_ms.append((shown[-1] - started) * 1000)
            settle(app, 0.05)
            heartbeat.stop()
            gaps_ms.append(heartbeat.longest_gap_ms)
        window.close()
    finally:
        services.close()
        folder.cleanup()

    bare = {name: round(bare_markdown_ms(text, exts, runs), 1) for name, exts in EXTENSION_SETS.items()}
    ours = median(refresh_ms)
    baseline = bare["extra+sane_lists+smarty"]
    return {
        "preview_refresh_ms": {"value": round(ours, 1), "unit": "ms", "budget": 150.0,
                               "baseline": baseline, "ratio": round(ours / baseline, 2)},
        "preview_gui_block_max_ms": {"value": round(max(gaps_ms), 1), "unit": "ms", "budget": 16.0,
                                     "baseline": None, "ratio": None},
        "gui_block_max_while_dictionary_loads_ms": {
            "value": round(loading_gap_ms, 1), "unit": "ms (window open, spelling index from the cache)",
            "budget": 16.0, "baseline": None, "ratio": None},
        "markdown_extension_cost_ms": {"value": bare, "unit": "ms", "budget": None,
                                       "baseline": bare["none"], "ratio": None},
    }
