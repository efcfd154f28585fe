"""Editor and preview scroll together, by source position, both ways."""

from __future__ import annotations

from typing import Any

from drafter.ui.main_window import MainWindow


def long_statement() -> str:
    parts = []
    for n in range(1, 61):
        parts.append(f"## Section {n}\n\nParagraph {n} tells residents what the town is doing "
                     "about safety, training and listening sessions in every neighbourhood.")
    return "\n\n".join(parts)


def open_long_statement(qtbot: Any, window: MainWindow) -> None:
    assert window.services is not None
    created = window.services.statements.create(title="Long", text=long_statement(), actor="t")
    window.refresh_list()
    window.open_statement(created.id)
    qtbot.waitUntil(lambda: "Section 60" in window.preview.toPlainText()
                    and window.preview.is_indexed(), timeout=5000)


def test_scrolling_the_editor_brings_the_same_section_into_the_preview(
        qtbot: Any, window: MainWindow) -> None:
    open_long_statement(qtbot, window)
    target_line = 4 * 40 + 1  # "## Section 41"
    window.editor.scroll_to_source_line(target_line)
    qtbot.waitUntil(lambda: abs(window.preview.top_source_line() - target_line) < 3,
                    timeout=2000)


def test_scrolling_the_preview_moves_the_editor(qtbot: Any, window: MainWindow) -> None:
    open_long_statement(qtbot, window)
    bar = window.preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    expected = window.preview.top_source_line()
    assert 40 < expected < 200  # well into the statement
    qtbot.waitUntil(lambda: abs(window.editor.top_source_line() - expected) < 3, timeout=2000)
