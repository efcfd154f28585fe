"""Test doubles and builders for window tests: prompts answered by the test, a real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from drafter.core.render import statement_css
from drafter.services import Services
from drafter.ui.main_window import MainWindow
from drafter.ui.preview_renderer import PreviewRenderer
from drafter.ui.prompts import Prompts
from drafter.ui.thread_pool import run_inline
from drafter.ui.window_state import WindowState


class ScriptedPrompts(Prompts):
    """Answers dialogs as the test says, and remembers what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.choice: str | None = None
        self.text_answer: str | None = None
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        # Plays the part of the person in one of Drafter's own dialogs: gets the
        # dialog, fills it as a person would, returns whether it was accepted.
        self.dialog_handler: Any = None

    def run_dialog(self, dialog: Any) -> bool:
        self.asked.append(("dialog", dialog.windowTitle(), ""))
        if self.dialog_handler is None:
            return False
        accepted = bool(self.dialog_handler(dialog))
        return accepted and dialog.result() == 1

    def error(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def report(self, parent: Any, title: str, text: str, details: str) -> None:
        self.asked.append(("report", title, text + "\n" + details))

    def info(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("info", title, text))

    def confirm(self, parent: Any, title: str, text: str, *, yes: str = "OK") -> bool:
        self.asked.append(("confirm", title, text))
        return self.confirm_answer

    def choose(self, parent: Any, title: str, text: str, choices: list[str]) -> str:
        self.asked.append(("choose", title, text))
        return self.choice or choices[0]

    def text(self, parent: Any, title: str, label: str, value: str = "") -> str | None:
        self.asked.append(("text", title, label))
        return self.text_answer

    def open_file(self, parent: Any, title: str, file_filter: str = "") -> Path | None:
        self.asked.append(("open_file", title, ""))
        return self.open_answer

    def save_file(self, parent: Any, title: str, suggested: str, file_filter: str = ""
                  ) -> Path | None:
        self.asked.append(("save_file", title, suggested))
        return self.save_answer

    def titles(self, kind: str) -> list[str]:
        return [title for asked_kind, title, _ in self.asked if asked_kind == kind]


def make_window(qtbot: Any, services: Services, prompts: Prompts, state_file: Path, *,
                spelling: Any = None, **renderer_options: Any) -> MainWindow:
    """A real main window on ``services``; background work runs inline, so tests never wait."""
    renderer = PreviewRenderer(debounce_ms=renderer_options.pop("debounce_ms", 20),
                               **renderer_options)
    window = MainWindow(
        run=run_inline,
        prompts=prompts,
        window_state=WindowState(QSettings(str(state_file), QSettings.Format.IniFormat)),
        style_sheet=statement_css(),
        renderer=renderer,
    )
    renderer.setParent(window)
    qtbot.addWidget(window)
    window.show()
    window.attach(services, spelling)
    return window


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a person, Return included (QTest cannot type a newline character)."""
    from PySide6.QtCore import Qt

    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)
