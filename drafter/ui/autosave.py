"""Saves the working copy of the open statement so that nothing typed is lost.

A save happens once typing has paused for ``AUTOSAVE_DELAY_MS`` (and, while
typing goes on without a pause, every ``MAX_UNSAVED_MS``), when the window
loses focus, when another statement is opened and when Drafter closes.
Every save names the version it was based on; if someone else saved
meanwhile the store refuses (optimistic locking) and ``conflict`` is emitted
instead of overwriting their text.

A save that fails (a full disk, a read-only or locked workspace) keeps the
text in the editor, says why through ``failed``, and is tried again by
itself: soon at first, then less and less often (up to every
``MAX_RETRY_MS``), because each try against a locked workspace waits out
its busy timeout. Typing meanwhile does not hasten the next try; Ctrl+S,
switching windows and closing still try at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from drafter.core.errors import ConflictError, DrafterError

if TYPE_CHECKING:  # keeps SQLAlchemy out of the window's start-up
    from drafter.store.statements import StatementStore

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500  # well inside the promise of "saved within 3 s of a pause"
# Someone typing without a pause is saved anyway, at least this often: a crash then loses at most
# the last few seconds of typing, never a whole paragraph typed in one go.
MAX_UNSAVED_MS = 2500
# After failed saves, the next try waits twice as long as the last, up to this.
MAX_RETRY_MS = 15_000
#: How long a save made by the timers waits for another program's lock. Saves run on the
#: window's thread, so a longer wait would freeze the window; the save is simply tried again.
TIMER_SAVE_WAIT_S = 0.3
STILL_HERE = QT_TRANSLATE_NOOP("Autosaver", "Your text is still in the editor; Drafter saves it by itself "
                               "as soon as it can.")


class Autosaver(QObject):
    saved = Signal(int, datetime)  # new version, when
    conflict = Signal(object)  # ConflictError
    failed = Signal(str)  # a message for the person

    def __init__(self, statements: StatementStore, actor: str, text_source: Callable[[], str],
                 parent: QObject | None = None, *, delay_ms: int = AUTOSAVE_DELAY_MS,
                 max_unsaved_ms: int = MAX_UNSAVED_MS) -> None:
        super().__init__(parent)
        self._statements = statements
        self._actor = actor
        self._text_source = text_source
        self._statement_id: int | None = None
        self._version = 0
        self._dirty = False
        self._delay_ms = delay_ms
        self._failures = 0  # saves failed in a row
        self._last_failure = ""
        self._last_error: DrafterError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_by_timer)
        self._deadline = QTimer(self)  # started by the first unsaved change, not restarted by later ones
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_unsaved_ms)
        self._deadline.timeout.connect(self._save_by_timer)

    @property
    def statement_id(self) -> int | None:
        return self._statement_id

    @property
    def version(self) -> int:
        return self._version

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def failing(self) -> bool:
        """True while the last try to save failed (the text is only in the editor)."""
        return self._failures > 0

    @property
    def last_error(self) -> DrafterError | None:
        """The error the last failed save met (its kind says what to do), None while saving works."""
        return self._last_error if self._failures else None

    @property
    def last_failure(self) -> str:
        """Why the last try to save failed, as ``failed`` said it; "" while saving works."""
        return self._last_failure if self._failures else ""

    def track(self, statement_id: int | None, version: int) -> None:
        """Follow another statement (after saving the one followed so far)."""
        self._timer.stop()
        self._deadline.stop()
        self._statement_id = statement_id
        self._version = version
        self._dirty = False
        self._succeeded()

    def text_changed(self) -> None:
        if self._statement_id is None:
            return
        if self._failures:  # a try is planned already, backing off: typing does not hasten it
            self._dirty = True
            if not self._timer.isActive():
                self._timer.start()
            return
        if not self._deadline.isActive():
            self._deadline.start()
        self._dirty = True
        self._timer.start()

    def _save_by_timer(self) -> None:
        self.save_now(wait_s=TIMER_SAVE_WAIT_S)

    def save_now(self, wait_s: float | None = None) -> bool:
        """Save if there is anything unsaved; True when the text is safe in the workspace.

        ``wait_s`` bounds the wait for another writer's lock (the timers' saves);
        None waits as long as the workspace does (closing, Ctrl+S, switching).
        """
        self._timer.stop()
        self._deadline.stop()
        if not self._dirty or self._statement_id is None:
            return True
        try:
            version = self._statements.save_working_copy(
                self._statement_id, self._text_source(), expected_version=self._version,
                actor=self._actor, wait_s=wait_s,
            )
        except ConflictError as error:
            self.conflict.emit(error)
            return False
        except DrafterError as error:  # a full disk, a read-only or locked workspace: said in words
            self._failed(f"{error} {self.tr(STILL_HERE)}", error)
            return False
        except Exception as error:  # a disk or database failure must not lose the text
            log.exception("Autosave failed")
            self._failed(self.tr("Drafter could not save: {error}.").format(error=error)
                         + f" {self.tr(STILL_HERE)}")
            return False
        self._version = version
        self._dirty = False
        self._succeeded()
        self.saved.emit(version, datetime.now())
        return True

    def _failed(self, message: str, error: DrafterError | None = None) -> None:
        """Say why, and plan the next try: each a little later than the last."""
        self._failures += 1
        self._last_error = error
        self._last_failure = message
        self._timer.setInterval(min(self._delay_ms * 2 ** min(self._failures - 1, 16), MAX_RETRY_MS))
        self.failed.emit(message)
        self._timer.start()

    def _succeeded(self) -> None:
        self._failures = 0
        self._timer.setInterval(self._delay_ms)
