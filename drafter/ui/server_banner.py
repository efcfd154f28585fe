"""Losing the team server without losing a word: the banner above the editor, and the local copy.

When a save fails, ``ServerWatch`` writes the working copy to the offline
journal in the data folder (``drafter.offline_journal``), and again a moment
after each edit while saves keep failing, so even a crash while the server
is away loses nothing. When the failure is the team server being out of
reach (or the live-updates connection drops), the banner says so. When a
save works again (the autosaver's own retry, or at once when the live
updates connect again), the banner goes and the local copy is forgotten; a
conflict with someone's change made meanwhile goes through the usual
dialog first.

At start, text left in the journal that never reached the workspace (a
crash, a kill, or closing while the server was away) is offered back: it is
put into the editor over the version it was typed on, and saved as usual.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from drafter.core.errors import ConflictError, DrafterError, NotFoundError, ServerUnreachableError
from drafter.offline_journal import JournalEntry, OfflineJournal
from drafter.ui.colour_scheme import banner_style

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

log = logging.getLogger(__name__)

BANNER_TEXT = QT_TRANSLATE_NOOP("ServerBanner", "The team server cannot be reached. Your changes are kept "
                                "on this computer and will be saved when it is back.")
#: While saves fail, typing is written to the journal after this pause.
JOURNAL_DELAY_MS = 500


class ServerBanner(QFrame):
    """The strip above the editor while the team server is out of reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.message = QLabel(self.tr(BANNER_TEXT), self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Team server"))
        self.setStyleSheet(banner_style("serverBanner", "server"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        self.hide()

    def restyle(self) -> None:
        """Colour it again, light or dark, as the desktop now is (the window calls this)."""
        wanted = banner_style("serverBanner", "server")
        if wanted != self.styleSheet():
            self.setStyleSheet(wanted)


class ServerWatch(QObject):
    """Keeps the working copy on this computer while saves fail; shows and clears the banner."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        assert window.services is not None and window.autosaver is not None
        self.window = window
        self.autosaver = window.autosaver
        self.journal = OfflineJournal(window.services.workspace.where)
        self.offline = False
        self._kept: set[int] = set()  # statements with an entry written by this window
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(JOURNAL_DELAY_MS)
        self._keep_timer.timeout.connect(self.keep_now)
        self.autosaver.failed.connect(self._on_failed)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.conflict.connect(self._after_conflict)  # after the window's dialog has run
        window.editor.textEdited.connect(self._on_typed)

    # -- saves failing and working again -----------------------------------------------------
    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.keep_now()
        if isinstance(self.autosaver.last_error, ServerUnreachableError):
            self._set_offline(True)

    @Slot()
    def _on_typed(self) -> None:
        if self.offline or self.autosaver.failing:
            self._keep_timer.start()

    def keep_now(self) -> None:
        """Write the unsaved working copy to the journal (nothing when all is saved)."""
        self._keep_timer.stop()
        statement_id = self.autosaver.statement_id
        if statement_id is None or not self.autosaver.dirty:
            return
        try:
            self.journal.keep(statement_id, self.autosaver.version, self.window.editor.toPlainText(),
                              self._title_of(statement_id))
        except DrafterError as error:  # the disk too: the text is still in the editor
            log.warning("Could not keep the unsaved text on this computer: %s", error)
            return
        self._kept.add(statement_id)

    @Slot(int, datetime)
    def _on_saved(self, _version: int, _when: datetime) -> None:
        self._forget(self.autosaver.statement_id)
        self._set_offline(False)

    @Slot(object)
    def _after_conflict(self, error: ConflictError) -> None:
        # The server answered, so it is back. The conflict dialog has been answered by now
        # (the window's own handler runs first): the text is in the workspace, its history, or a
        # copy, unless that failed too.
        self._set_offline(False)
        still_unsaved = self.autosaver.failing or (
            self.autosaver.statement_id == error.statement_id and self.autosaver.dirty)
        if not still_unsaved:
            self._forget(error.statement_id)

    @Slot(bool)
    def connection_changed(self, connected: bool) -> None:
        """From the live updates: the team server went away, or is back."""
        if not connected:
            self.keep_now()
            self._set_offline(True)
        elif self.offline and self.window.save_now():
            self._set_offline(False)

    def _set_offline(self, offline: bool) -> None:
        if offline == self.offline:
            return
        self.offline = offline
        self.window.server_banner.setVisible(offline)
        if not offline:
            self._keep_timer.stop()
            self.window.status.showMessage(self.tr("The team server is back: your changes are saved."), 8000)

    def _forget(self, statement_id: int | None) -> None:
        if statement_id is not None and statement_id in self._kept:
            self.journal.discard(statement_id)
            self._kept.discard(statement_id)

    def _title_of(self, statement_id: int) -> str:
        model = self.window.list_panel.model
        row = model.row_of(statement_id)
        return model.item(row).title if row is not None else ""

    # -- at start: text that never reached the workspace --------------------------------------
    def offer_kept_text(self) -> None:
        """Offer back each text left in the journal that the workspace does not have."""
        services = self.window.services
        assert services is not None
        for entry in self.journal.pending():
            if entry.statement_id in self._kept:
                continue  # this window's own, still being saved
            try:
                statement = services.statements.get(entry.statement_id)
            except NotFoundError:
                log.warning("Kept text of statement %s set aside: the statement is gone.",
                            entry.statement_id)
                self.journal.set_aside(entry.statement_id)
                continue
            except DrafterError as error:  # unreachable again: keep it for next time
                log.warning("Could not look at the kept text: %s", error)
                return
            if statement.text == entry.text:
                self.journal.discard(entry.statement_id)  # it was saved after all
                continue
            when = entry.kept_at.astimezone()
            title = statement.title or entry.title
            if not self.window.prompts.confirm(
                    self.window, self.tr("Recover Unsaved Text?"),
                    self.tr("“{title}” has text typed on this computer at {when} that never "
                            "reached the workspace (the team server could not be reached, or Drafter "
                            "closed first).\n\nPut it back in the editor and save it? If someone changed "
                            "the statement since, you choose which text to keep. Otherwise it is set aside "
                            "in {folder}.").format(title=title, when=f"{when:%Y-%m-%d %H:%M}",
                                                   folder=self.journal.folder),
                    yes=self.tr("Recover")):
                self.journal.set_aside(entry.statement_id)
                continue
            self._restore(entry, title)

    def _restore(self, entry: JournalEntry, title: str) -> None:
        window = self.window
        services = window.services
        assert services is not None
        if not window.open_statement(entry.statement_id, quiet=True) or window.editor.isReadOnly():
            # In review, approved, trashed (or not openable): the text becomes a statement of its own.
            copy = services.statements.create(title=self.tr("{title} (recovered text)").format(title=title),
                                              text=entry.text, actor=services.actor_login)
            self.journal.discard(entry.statement_id)
            window.refresh_list()
            window.prompts.info(window, self.tr("Text Recovered as a Copy"),
                                self.tr("“{title}” cannot be edited now, so the recovered text was saved "
                                        "as a new statement, “{copy}”.").format(title=title, copy=copy.title))
            return
        self._kept.add(entry.statement_id)
        self.autosaver.track(entry.statement_id, entry.base_version)  # saved over what it was typed on
        cursor = window.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(entry.text)  # one edit: Ctrl+Z takes the recovered text back out
        window.status.showMessage(self.tr("Recovered the text of “{title}” kept on this computer.")
                                  .format(title=title), 15_000)
        window.save_now()
