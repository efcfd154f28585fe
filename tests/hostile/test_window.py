"""Hostile and broken input in the window, with real widgets: what a person would notice.

File ▸ Import of a file Drafter refuses shows why and leaves the open
statement and the list as they were. Pasting a 1 MB line or a quotation
nested 5,000 deep keeps the window answering: the paste, each keystroke and
each preview update take a fraction of a second on the window's thread, the
preview follows, the text is saved whole, and no error reaches the
excepthook (pytest-qt fails a test on any exception in a Qt callback).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drafter.ui.actions import ActionId
from drafter.ui.main_window import MainWindow
from tests.hostile.inputs import RAW_HTML, REFUSED, active_parts, nested_quotes, one_mb_line
from tests.ui.helpers import ScriptedPrompts, type_text


def open_new_statement(qtbot: Any, window: MainWindow, text: str) -> int:
    assert window.ops is not None
    statement_id = window.ops.new_statement()
    assert statement_id is not None
    type_text(qtbot, window.editor, text)
    assert window.save_now()
    return statement_id


@pytest.fixture
def checks_elsewhere(services: Any) -> None:
    """The drafting checks switched off for the workspace.

    In Drafter they run in a process of their own; in these tests they would
    run on the window's thread (tests run background work inline), and the
    time measured would be theirs, not the editor's or the preview's.
    """
    from drafter.checking import check_settings, save_check_settings
    from drafter.core.checks.registry import CHECKS

    settings = check_settings(services)
    for info in CHECKS:
        settings = settings.with_check(info.id, enabled=False)
    save_check_settings(services, settings)


@pytest.fixture
def timed_preview(window: MainWindow) -> Iterator[list[float]]:
    """The seconds each preview update held the window's thread (setting the HTML, laying it out)."""
    durations: list[float] = []
    show = window.preview.show_html

    def timed(html: str, line_count: int) -> None:
        started = time.perf_counter()
        show(html, line_count)
        QApplication.processEvents()  # Qt's layout of the new content, too
        durations.append(time.perf_counter() - started)

    window.preview.show_html = timed  # type: ignore[method-assign]
    yield durations
    window.preview.show_html = show  # type: ignore[method-assign]


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - started


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_importing_a_refused_file_says_why_and_changes_nothing(
        qtbot: Any, window: MainWindow, services: Any, prompts: ScriptedPrompts, tmp_path: Path,
        kind: str) -> None:
    make, reason = REFUSED[kind]
    statement_id = open_new_statement(qtbot, window, "Our thoughts are with the Price family.")
    listed_before = [item.id for item in services.statements.list()]
    rows_before = window.list_panel.model.rowCount()
    prompts.open_answer = make(tmp_path)

    window.actions[ActionId.IMPORT_FILE].trigger()

    errors = [(title, text) for kind_, title, text in prompts.asked if kind_ == "error"]
    assert len(errors) == 1, prompts.asked
    title, text = errors[0]
    assert title == "Cannot import the file"
    assert prompts.open_answer.name in text and reason in text
    assert "\n" not in text and "Traceback" not in text
    assert [item.id for item in services.statements.list()] == listed_before
    assert window.list_panel.model.rowCount() == rows_before
    assert window.list_panel.current_id() == statement_id
    assert window.current_id == statement_id
    assert window.editor.toPlainText() == "Our thoughts are with the Price family."
    assert services.statements.get(statement_id).text == "Our thoughts are with the Price family."


@pytest.mark.usefixtures("checks_elsewhere")
def test_a_pasted_1mb_line_keeps_the_window_answering(qtbot: Any, window: MainWindow, services: Any,
                                                      timed_preview: list[float]) -> None:
    statement_id = open_new_statement(qtbot, window, "Update: ")
    line = one_mb_line("Crews cleared **the road, ")  # an unclosed "**" every few words
    QApplication.clipboard().setText(line)

    paste = seconds(window.editor.paste)
    qtbot.waitUntil(lambda: "LASTWORDS" in window.preview.toPlainText(), timeout=30_000)
    keys = seconds(lambda: qtbot.keyClicks(window.editor, "ok"))

    # Measured: paste 0.4 s, preview update 0.5 s, a keystroke 0.2 s (Qt laying out the line).
    # Before, the highlighter read the rest of the line from every "**": minutes per keystroke.
    assert paste < 4, f"the paste held the window {paste:.1f} s"
    assert max(timed_preview) < 4, f"a preview update held the window {max(timed_preview):.1f} s"
    assert keys < 3, f"two keystrokes took {keys:.1f} s"
    assert window.save_now()
    assert services.statements.get(statement_id).text == "Update: " + line + "ok"  # nothing lost


@pytest.mark.usefixtures("checks_elsewhere")
def test_a_quotation_nested_5000_deep_shows_capped_in_the_preview(
        qtbot: Any, window: MainWindow, services: Any, timed_preview: list[float]) -> None:
    statement_id = open_new_statement(qtbot, window, "Start.")
    text = nested_quotes(5000)

    typed = seconds(lambda: window.editor.setPlainText(text))
    qtbot.waitUntil(lambda: "After the quote." in window.preview.toPlainText(), timeout=15_000)

    assert "DEEPWORDS" in window.preview.toPlainText()
    assert typed < 3 and max(timed_preview) < 3
    assert window.save_now()
    assert services.statements.get(statement_id).text == text


def test_raw_html_in_the_editor_is_never_active_in_the_preview(qtbot: Any, window: MainWindow) -> None:
    open_new_statement(qtbot, window, "Start.")
    shown: list[str] = []
    window.renderer.rendered.connect(lambda html, _lines: shown.append(html))

    window.editor.setPlainText(RAW_HTML)
    qtbot.waitUntil(lambda: "SAFEEND" in window.preview.toPlainText(), timeout=10_000)

    assert shown and active_parts(shown[-1]) == []
    assert "alert" not in window.preview.toHtml()
    assert "Crews are clearing roads." in window.preview.toPlainText()


@pytest.mark.usefixtures("checks_elsewhere")
def test_twenty_thousand_paragraphs_do_not_freeze_the_preview(
        qtbot: Any, window: MainWindow, timed_preview: list[float]) -> None:
    """Qt reads HTML in time growing with the square of its anchors: 74 s for these, before."""
    open_new_statement(qtbot, window, "Start.")
    text = "\n\n".join(f"Paragraph {n} of the report." for n in range(20_000)) + "\n\nTHEEND"

    window.editor.setPlainText(text)
    qtbot.waitUntil(lambda: "THEEND" in window.preview.toPlainText(), timeout=30_000)

    # Measured: 0.3 s. Every paragraph anchored, Qt took 2.6 s for the first 5,000 alone.
    assert max(timed_preview) < 1.5, f"a preview update held the window {max(timed_preview):.1f} s"
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    assert seconds(lambda: qtbot.keyClick(window.editor, Qt.Key.Key_Period)) < 1


def test_a_text_too_long_for_the_worker_says_so_in_the_preview(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tens of megabytes pasted exceed what the pipe to the render worker carries (here scaled down)."""
    from drafter.core import framing

    open_new_statement(qtbot, window, "Start.")
    monkeypatch.setattr(framing, "MAX_FRAME_BYTES", 20_000)

    window.editor.setPlainText("A long paste. " * 3000)  # 42,000 characters: past the inline limit
    qtbot.waitUntil(lambda: "not available" in window.preview.toPlainText(), timeout=10_000)

    assert "too long to preview (42,000 characters)" in window.preview.toPlainText()
