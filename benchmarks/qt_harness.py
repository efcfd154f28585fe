"""What the window benchmarks share: an offscreen application, a real main
window on a temporary workspace, and a typist that keeps a steady rhythm."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def drafter_window(text: str) -> tuple[Any, Any, tempfile.TemporaryDirectory[str]]:
    """A real MainWindow with ``text`` open, on a workspace in a temporary folder."""
    from drafter.checking import CheckWorker
    from drafter.core.render import statement_css
    from drafter.services import open_services
    from drafter.ui.main_window import MainWindow
    from drafter.ui.prompts import Prompts
    from drafter.ui.window_state import WindowState

    folder = tempfile.TemporaryDirectory(prefix="drafter-bench-")
    services = open_services(str(Path(folder.name) / "bench.db"), "bench")
    state = WindowState(QSettings(str(Path(folder.name) / "state.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prompts=Prompts(), window_state=state, style_sheet=statement_css(),
                        check_worker=CheckWorker())
    window.resize(1280, 800)
    window.show()
    window.attach(services)
    window.renderer.start_worker()
    created = services.statements.create(title="Benchmark", text=text, actor="bench")
    window.refresh_list()
    window.open_statement(created.id)
    return window, services, folder


def bare_editor(text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.resize(560, 760)
    editor.setPlainText(text)
    editor.show()
    return editor


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def type_steadily(app: QApplication, editor: QPlainTextEdit, keys: str, interval_s: float
                  ) -> list[float]:
    """Type ``keys`` one every ``interval_s`` and return each key's latency in ms:
    from the moment the key was due to the edited block painted. A key that
    is due while the GUI thread is busy (rendering, saving) waits, and that
    wait counts, as it does for a person typing."""
    latencies: list[float] = []
    viewport = editor.viewport()
    start = time.perf_counter() + interval_s
    for index, char in enumerate(keys):
        due = start + index * interval_s
        while time.perf_counter() < due:
            app.processEvents()
            time.sleep(0.0002)
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key(ord(char.upper()))
        text = "\r" if char == "\n" else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        viewport.repaint()
        latencies.append((time.perf_counter() - due) * 1000)
    return latencies


class GuiHeartbeat:
    """Measures the longest stretch the GUI thread could not run its event loop."""

    def __init__(self, interval_ms: int = 1) -> None:
        self.longest_gap_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_gap_ms = max(self.longest_gap_ms, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.longest_gap_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the benchmark waited too long")
        app.processEvents()
        time.sleep(0.0005)
