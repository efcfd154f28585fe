"""Live updates in a team workspace: what the others do shows within a moment, without polling.

A thread of its own waits on ``drafter.store.notifications.EventListener``
(PostgreSQL's LISTEN/NOTIFY) and hands each event to the GUI thread as a Qt
signal. The window then:

- reads the statement list again, once for a burst of events (100 ms after
  a review step or a comment; 1.5 s after an edit, which comes with every
  autosave of everyone typing). The list is not polled: it is read only
  when an event says something changed;
- for an event on the statement open here, by someone else: reads its state
  again (review banner, read-only state, review actions, comments) and says
  what happened in the status bar ("Rene approved revision 2 …"). An edit
  by someone else is only said: the text in the editor is the person's own
  until a save shows the conflict.

When the connection comes back after a loss, the list and the open
statement are read again (events of the time away are not replayed), and
``connectionChanged`` tells the window (``ServerWatch``) so that it saves.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from drafter import APP_NAME
from drafter.core.errors import DrafterError
from drafter.core.history import describe

if TYPE_CHECKING:
    from drafter.store.notifications import EventListener, WorkspaceEvent
    from drafter.ui.main_window import MainWindow

log = logging.getLogger(__name__)

WAIT_SECONDS = 1.0  # the thread looks at its stop flag at least this often (``wake`` ends a wait early)
QUICK_REFRESH_MS = 100  # a review step or a comment: the others see it at once
SLOW_REFRESH_MS = 1500  # an edit (every autosave of everyone typing): the list's "last edited"
#: Events that change nothing the others see at once but the list's "last edited".
SLOW_ACTIONS = frozenset({"edited", "fields_changed", "language_changed", "finding_confirmed",
                          "spelling_ignored", "spelling_unignored"})
STATUS_MESSAGE_MS = 15_000


class ListenerThread(QThread):
    """Runs ``listener.wait`` in a loop off the GUI thread; emits what it hears."""

    eventReceived = Signal(object)  # WorkspaceEvent
    connectionChanged = Signal(bool)

    def __init__(self, listener: EventListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener

    def run(self) -> None:
        connected = True  # the workspace has just opened: the server was there
        try:
            while not self.isInterruptionRequested():
                events = self._listener.wait(WAIT_SECONDS)
                if self.isInterruptionRequested():
                    break
                if self._listener.connected != connected:
                    connected = self._listener.connected
                    self.connectionChanged.emit(connected)
                for event in events:
                    self.eventReceived.emit(event)
        except Exception:  # never take the window down: it works on without live updates
            log.exception("Live updates stopped")
        finally:
            self._listener.close()

    def stop(self) -> None:
        self.requestInterruption()
        self._listener.wake()
        if not self.wait(10_000):
            log.warning("The live-updates thread did not stop in time.")


class LiveUpdates(QObject):
    """What the window does with the events the listener hears."""

    connectionChanged = Signal(bool)  # in the GUI thread

    def __init__(self, window: MainWindow, listener: EventListener) -> None:
        super().__init__(window)
        self.window = window
        self.connected = True
        self.last_message = ""
        self._open_changed = False
        self._names: dict[str, str] = {}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self._refresh_now)
        self.listener_thread = ListenerThread(listener)
        self.listener_thread.eventReceived.connect(self._on_event)
        self.listener_thread.connectionChanged.connect(self._on_connection)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing the window still stops the thread first
            app.aboutToQuit.connect(self.stop)

    @classmethod
    def start_for(cls, window: MainWindow) -> LiveUpdates | None:
        """Start listening when the window works in a PostgreSQL workspace; None otherwise."""
        services = window.services
        if services is None or services.workspace.dialect != "postgresql":
            return None
        from drafter.store.notifications import EventListener

        live = cls(window, EventListener.for_workspace(services.workspace))
        live.listener_thread.start()
        return live

    def stop(self) -> None:
        self._refresh.stop()
        self.listener_thread.stop()

    # -- reacting ----------------------------------------------------------------------------
    @Slot(object)
    def _on_event(self, event: WorkspaceEvent) -> None:
        window = self.window
        services = window.services
        if services is None:
            return
        mine = event.actor == services.actor_login
        if mine and event.action == "edited":
            return  # this person's own saves: the window follows them itself
        self._schedule(SLOW_REFRESH_MS if event.action in SLOW_ACTIONS else QUICK_REFRESH_MS)
        if event.statement_id is None or event.statement_id != window.current_id:
            return
        if event.action not in SLOW_ACTIONS:
            self._open_changed = True
        if not mine:
            self.last_message = f"{self._name(event.actor)} {describe(event.action, event.details)}"
            window.status.showMessage(self.last_message, STATUS_MESSAGE_MS)

    @Slot(bool)
    def _on_connection(self, connected: bool) -> None:
        self.connected = connected
        self.connectionChanged.emit(connected)
        if connected:  # what happened meanwhile was not heard: read it all again
            self._open_changed = True
            self._schedule(QUICK_REFRESH_MS)

    def _schedule(self, delay_ms: int) -> None:
        if self._refresh.isActive() and self._refresh.remainingTime() <= delay_ms:
            return
        self._refresh.start(delay_ms)

    def _refresh_now(self) -> None:
        window = self.window
        services = window.services
        if services is None:
            return
        try:
            window.refresh_list()
            if self._open_changed and window.current_id is not None:
                statement = services.statements.get(window.current_id)
                window.show_statement_state(statement)
                window.setWindowTitle(f"{statement.title} — {APP_NAME}")
            self._open_changed = False
        except DrafterError as error:  # the server went away meanwhile: its return reads again
            log.warning("Live updates: could not read the workspace: %s", error)

    def _name(self, login: str) -> str:
        if login not in self._names:
            services = self.window.services
            try:
                self._names[login] = services.people.get(login).display_name if services else login
            except DrafterError:
                return login
        return self._names[login]
