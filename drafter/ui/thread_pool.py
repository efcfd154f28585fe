"""The one seam that moves work off the GUI thread.

``run_in_pool(job, done)`` runs ``job()`` on Qt's global thread pool and
calls ``done(result)`` back on the GUI thread. Tests pass ``run_inline``
instead, which does both at once, so nothing in a test waits on a thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[], Any]
Done = Callable[[Any], None]
RunInPool = Callable[[Job, Done], None]


class _Relay(QObject):
    """Lives on the GUI thread; its slot receives the result there."""

    finished = Signal(object)

    def __init__(self, done: Done) -> None:
        super().__init__()
        self._done = done
        # A bound slot of a GUI-thread object: Qt queues the call to this
        # thread. (A plain function would run on the emitting worker thread.)
        self.finished.connect(self.deliver)

    @Slot(object)
    def deliver(self, result: object) -> None:
        _relays.discard(self)
        self._done(result)


class _Task(QRunnable):
    def __init__(self, job: Job, relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # reported on the GUI thread, never lost in a thread
            log.exception("Background job failed")
            result = error
        self._relay.finished.emit(result)


_relays: set[_Relay] = set()  # keeps each relay alive until its result arrives


def run_in_pool(job: Job, done: Done) -> None:
    relay = _Relay(done)
    _relays.add(relay)
    QThreadPool.globalInstance().start(_Task(job, relay))


def run_inline(job: Job, done: Done) -> None:
    try:
        result = job()
    except Exception as error:
        result = error
    done(result)
