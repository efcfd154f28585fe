"""Keeps the preview up to date without ever making typing wait.

Requests are debounced (rendering starts once typing pauses) and coalesced
(at most one render is under way; text typed meanwhile is rendered next, and
only the newest text). Short statements render in this process, which takes
about a millisecond. Long ones go to a separate worker process: a Python
thread would hold the GIL while Python-Markdown works and make keystrokes
stutter; a process does not.
"""

from __future__ import annotations

import html
import logging
import sys
import time

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from drafter.core.framing import FrameDecoder, FrameError, encode_frame

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
# A render that takes longer than this is abandoned and the worker restarted:
# hostile input (100,000 nested raw HTML tags) can keep a sanitiser busy for
# many seconds, and the preview must not wait for it forever.
WORKER_TIMEOUT_MS = 8000
TOO_COMPLEX_HTML = ("<p><em>The preview is not available: this statement took too long to "
                    "render. Its text is safe; check it for deeply nested or pasted HTML.</em></p>")
UNAVAILABLE_HTML = ("<p><em>The preview is not available: {reason} Your text is not affected; "
                    "it is saved as usual.</em></p>")
# Below this many characters rendering inline costs less than a frame.
INLINE_LIMIT_CHARS = 12_000


def worker_command() -> list[str]:
    """How to start the render worker, from a source install or a frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--render-worker"]
    return [sys.executable, "-m", "drafter.core.render_worker"]


class PreviewRenderer(QObject):
    """Turns the newest Markdown into HTML and emits ``rendered(html, line_count)``."""

    rendered = Signal(str, int)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS,
                 inline_limit: int = INLINE_LIMIT_CHARS,
                 worker_timeout_ms: int = WORKER_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._inline_limit = inline_limit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._dispatch)
        self._pending: str | None = None
        self._in_flight: int | None = None  # request id sent to the worker
        self._in_flight_lines = 0
        self._in_flight_text = ""
        self._next_id = 0
        self._process: QProcess | None = None
        self._decoder = FrameDecoder()
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(worker_timeout_ms)
        self._watchdog.timeout.connect(self._abandon_render)
        self._abandoned = False
        self.last_render_ms = 0.0  # measured by the renderer, for the status bar and benchmarks

    def request(self, markdown_text: str) -> None:
        """Render ``markdown_text`` once typing pauses."""
        self._pending = markdown_text
        self._timer.start()

    def render_now(self, markdown_text: str) -> None:
        """Render without waiting (opening a statement)."""
        self._pending = markdown_text
        self._timer.stop()
        self._dispatch()

    def start_worker(self) -> None:
        """Start the worker ahead of need (after the window is painted)."""
        if self._process is None:
            process = QProcess(self)
            process.setProgram(worker_command()[0])
            process.setArguments(worker_command()[1:])
            process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
            process.readyReadStandardOutput.connect(self._read_worker)
            process.finished.connect(self._worker_finished)
            process.start()
            self._process = process

    def shutdown(self) -> None:
        if self._process is not None:
            process, self._process = self._process, None
            process.finished.disconnect(self._worker_finished)
            process.readyReadStandardOutput.disconnect(self._read_worker)  # a late reply is not wanted
            process.closeWriteChannel()
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._in_flight is not None

    # -- internals -------------------------------------------------------------
    def _dispatch(self) -> None:
        if self._pending is None or self._in_flight is not None:
            return  # nothing new, or the worker is busy: _read_worker dispatches again
        text, self._pending = self._pending, None
        line_count = text.count("\n") + 1
        if len(text) <= self._inline_limit or not self._worker_ready():
            self._render_inline(text, line_count)
            return
        try:
            frame = encode_frame({"id": self._next_id + 1, "markdown": text})
        except FrameError:  # tens of megabytes pasted: far beyond any statement
            self.rendered.emit(UNAVAILABLE_HTML.format(
                reason=f"this text is too long to preview ({len(text):,} characters)."), line_count)
            return
        self._next_id += 1
        self._in_flight = self._next_id
        self._in_flight_lines = line_count
        self._in_flight_text = text
        assert self._process is not None
        self._process.write(frame)
        self._watchdog.start()

    def _worker_ready(self) -> bool:
        if self._process is None:
            self.start_worker()
        return self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning

    def _render_inline(self, text: str, line_count: int) -> None:
        from drafter.core.render import render_html

        started = time.perf_counter()
        html = render_html(text)
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.rendered.emit(html, line_count)

    def _read_worker(self) -> None:
        if self._process is None:  # shut down meanwhile
            return
        for reply in self._decoder.feed(bytes(self._process.readAllStandardOutput().data())):
            if not isinstance(reply, dict) or reply.get("id") != self._in_flight:
                continue
            self._in_flight = None
            self._watchdog.stop()
            if "html" in reply:
                self.last_render_ms = float(reply.get("render_ms", 0.0))
                self.rendered.emit(str(reply["html"]), self._in_flight_lines)
            else:
                log.warning("The preview worker could not render: %s", reply.get("error"))
                self.rendered.emit(UNAVAILABLE_HTML.format(reason=html.escape(str(reply.get("error")))),
                                   self._in_flight_lines)
            self._dispatch()

    def _abandon_render(self) -> None:
        """The worker is stuck on this text: stop it, say so, and move on."""
        log.warning("The preview worker took too long; restarting it")
        self._abandoned = True
        if self._process is not None:
            self._process.kill()

    def _worker_finished(self) -> None:
        self._watchdog.stop()
        if self._process is not None:
            self._process.deleteLater()
        self._process = None
        self._decoder = FrameDecoder()
        if self._abandoned:
            self._abandoned = False
            self._in_flight = None
            self.rendered.emit(TOO_COMPLEX_HTML, self._in_flight_lines)
            if self._pending is not None:
                self.start_worker()  # newer text: give it a fresh worker
                self._timer.start()
            return
        log.warning("The preview worker stopped; rendering in the window until it restarts")
        if self._in_flight is not None and self._pending is None:
            self._pending = self._in_flight_text  # the reply was lost with the worker
        self._in_flight = None
        self._dispatch()
