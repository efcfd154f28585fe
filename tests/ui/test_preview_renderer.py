"""The preview renderer: debounced, coalesced, and never stuck on hostile input."""

from __future__ import annotations

from typing import Any

from drafter.ui.preview_renderer import TOO_COMPLEX_HTML, PreviewRenderer


def test_bursts_of_typing_render_once_with_the_newest_text(qtbot: Any) -> None:
    renderer = PreviewRenderer(debounce_ms=50)
    shown: list[str] = []
    renderer.rendered.connect(lambda html, _lines: shown.append(html))
    for n in range(20):
        renderer.request(f"Draft number {n}")
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(120)
    assert len(shown) == 1
    assert "Draft number 19" in shown[0]


def test_text_typed_during_a_worker_render_is_rendered_next(qtbot: Any) -> None:
    renderer = PreviewRenderer(debounce_ms=1, inline_limit=10)
    shown: list[str] = []
    renderer.rendered.connect(lambda html, _lines: shown.append(html))
    try:
        renderer.render_now("First long version of the statement.")
        renderer.render_now("Second long version of the statement.")  # while the first is away
        qtbot.waitUntil(lambda: any("Second" in html for html in shown), timeout=10000)
        assert "Second" in shown[-1]
    finally:
        renderer.shutdown()


def test_a_render_that_takes_too_long_is_abandoned_with_a_message(qtbot: Any) -> None:
    renderer = PreviewRenderer(debounce_ms=1, inline_limit=10, worker_timeout_ms=1)
    shown: list[str] = []
    renderer.rendered.connect(lambda html, _lines: shown.append(html))
    try:
        renderer.render_now("A statement the worker will not finish within a millisecond.")
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert shown[0] == TOO_COMPLEX_HTML
        assert not renderer.is_busy()
    finally:
        renderer.shutdown()
