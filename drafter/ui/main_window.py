"""The main window: statement list, editor and preview, side by side.

It composes panels and wires their signals; the rules live in the core and
store, and the panels do their own drawing. Services arrive through
``attach`` after the window is painted, so Drafter appears at once and opens
the workspace (database, migrations) a moment later.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from drafter import APP_NAME
from drafter.core.errors import ConflictError, DrafterError
from drafter.core.templates import changed_fixed_blocks, find_leftovers
from drafter.core.text_stats import text_stats
from drafter.ui.actions import ActionId, ActionRegistry
from drafter.ui.autosave import Autosaver
from drafter.ui.check_ops import CheckOps
from drafter.ui.comment_ops import CommentOps
from drafter.ui.comments_panel import CommentsPanel
from drafter.ui.editor import MarkdownEditor
from drafter.ui.empty_state import EmptyState
from drafter.ui.export_ops import ExportOps
from drafter.ui.fields_panel import FieldsPanel
from drafter.ui.find_bar import FindReplaceBar
from drafter.ui.live_updates import LiveUpdates
from drafter.ui.menus import build_menus, retranslate_menus
from drafter.ui.people_ops import PeopleOps
from drafter.ui.preferences_ops import PreferencesOps
from drafter.ui.preview import PreviewPane
from drafter.ui.preview_renderer import PreviewRenderer
from drafter.ui.problems_panel import ProblemsPanel
from drafter.ui.prompts import Prompts
from drafter.ui.review_banner import ReviewBanner
from drafter.ui.review_ops import ReviewOps
from drafter.ui.scroll_sync import ScrollSync
from drafter.ui.server_banner import ServerBanner, ServerWatch
from drafter.ui.spelling_controller import SpellingController
from drafter.ui.spelling_ops import SpellingOps
from drafter.ui.statement_list import StatementListPanel
from drafter.ui.statement_ops import StatementOps
from drafter.ui.status_bar import DrafterStatusBar
from drafter.ui.template_ops import TemplateOps
from drafter.ui.thread_pool import RunInPool, run_in_pool
from drafter.ui.window_state import WindowState

if TYPE_CHECKING:  # the workspace (SQLAlchemy) loads after the first paint
    from drafter.checking import CheckWorker
    from drafter.core.statement import Statement
    from drafter.services import Services

log = logging.getLogger(__name__)

STATS_DELAY_MS = 250
AFTER_SAVE_MS = 300  # the list and the comments follow a save after this pause in typing


class MainWindow(QMainWindow):
    def __init__(self, *, prompts: Prompts, window_state: WindowState, style_sheet: str,
                 renderer: PreviewRenderer | None = None, run: RunInPool = run_in_pool,
                 check_worker: CheckWorker | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.prompts = prompts
        self.window_state = window_state
        self.services: Services | None = None
        self.autosaver: Autosaver | None = None
        self.ops: StatementOps | None = None
        self.template_ops: TemplateOps | None = None
        self.spelling_ops: SpellingOps | None = None
        self.check_ops: CheckOps | None = None
        self.review_ops: ReviewOps | None = None
        self.comment_ops: CommentOps | None = None
        self.people_ops: PeopleOps | None = None
        self.export_ops: ExportOps | None = None
        self.server_watch: ServerWatch | None = None  # the text kept locally while saves fail
        self.live_updates: LiveUpdates | None = None  # team workspace: the others' steps, live
        self._run = run  # moves work off the GUI thread (tests run it inline)
        # The drafting checks' own process (None: they run through ``run``, as in tests).
        self.check_worker = check_worker
        self.current_id: int | None = None
        self._fixed_originals: dict[str, str] = {}  # protected blocks as the template filled them

        self.actions = ActionRegistry(self)
        self.list_panel = StatementListPanel(self)
        self.editor = MarkdownEditor(self)
        self.find_bar = FindReplaceBar(self.editor, self)
        self.find_bar.hide()
        self.preview = PreviewPane(style_sheet, self)
        self.renderer = renderer or PreviewRenderer(self)

        editor_column = QWidget(self)
        column_layout = QVBoxLayout(editor_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        self.server_banner = ServerBanner(editor_column)
        column_layout.addWidget(self.server_banner)
        self.review_banner = ReviewBanner(editor_column)
        column_layout.addWidget(self.review_banner)
        column_layout.addWidget(self.editor)
        column_layout.addWidget(self.find_bar)
        self.empty_state = EmptyState(self)
        self.editor_area = QStackedWidget(self)
        self.editor_area.addWidget(self.empty_state)
        self.editor_area.addWidget(editor_column)
        self.fields_panel = FieldsPanel(self.editor, self)
        self.fields_dock = QDockWidget(self.tr("Fields"), self)
        self.fields_dock.setObjectName("fieldsDock")
        self.fields_dock.setWidget(self.fields_panel)
        self.fields_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.fields_dock)
        self.fields_dock.hide()
        self.problems_panel = ProblemsPanel(self)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_panel)
        self.problems_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.comments_panel = CommentsPanel(self)
        self.comments_dock = QDockWidget(self.tr("Comments"), self)
        self.comments_dock.setObjectName("commentsDock")
        self.comments_dock.setWidget(self.comments_panel)
        self.comments_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.comments_dock)
        self.comments_dock.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor_area)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([300, 560, 520])
        self.setCentralWidget(self.splitter)
        self.status = DrafterStatusBar(self)
        self.setStatusBar(self.status)
        self.menus = build_menus(self, self.actions)

        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self._update_stats)
        self._after_save = QTimer(self)
        self._after_save.setSingleShot(True)
        self._after_save.setInterval(AFTER_SAVE_MS)
        self._after_save.timeout.connect(self._refresh_after_save)
        self._wire()
        self._show_no_statement()
        self._restore_layout()

    # -- wiring ------------------------------------------------------------------
    def _wire(self) -> None:
        a = self.actions
        a[ActionId.UNDO].triggered.connect(self.editor.undo)
        a[ActionId.REDO].triggered.connect(self.editor.redo)
        a[ActionId.CUT].triggered.connect(self.editor.cut)
        a[ActionId.COPY].triggered.connect(self.editor.copy)
        a[ActionId.PASTE].triggered.connect(self.editor.paste)
        a[ActionId.SELECT_ALL].triggered.connect(self.editor.selectAll)
        a[ActionId.FIND].triggered.connect(self.find_bar.open_find)
        a[ActionId.REPLACE].triggered.connect(self.find_bar.open_replace)
        a[ActionId.FIND_NEXT].triggered.connect(self.find_bar.find_next)
        a[ActionId.FIND_PREVIOUS].triggered.connect(self.find_bar.find_previous)
        a[ActionId.ZOOM_IN].triggered.connect(self.editor.zoom_in)
        a[ActionId.ZOOM_OUT].triggered.connect(self.editor.zoom_out)
        a[ActionId.ZOOM_RESET].triggered.connect(self.editor.zoom_reset)
        a[ActionId.TOGGLE_PREVIEW].setCheckable(True)
        a[ActionId.TOGGLE_PREVIEW].setChecked(True)
        a[ActionId.TOGGLE_PREVIEW].toggled.connect(self.preview.setVisible)
        a[ActionId.TOGGLE_LIST].setCheckable(True)
        a[ActionId.TOGGLE_LIST].setChecked(True)
        a[ActionId.TOGGLE_LIST].toggled.connect(self.list_panel.setVisible)
        a[ActionId.TOGGLE_FIELDS].triggered.connect(self._toggle_fields)
        a[ActionId.TOGGLE_PROBLEMS].triggered.connect(
            lambda: self.problems_dock.setVisible(not self.problems_dock.isVisible()))
        a[ActionId.TOGGLE_COMMENTS].triggered.connect(
            lambda: self.comments_dock.setVisible(not self.comments_dock.isVisible()))
        self.empty_state.blank.clicked.connect(a[ActionId.NEW_STATEMENT].trigger)
        self.empty_state.from_template.clicked.connect(a[ActionId.NEW_FROM_TEMPLATE].trigger)
        self.fields_panel.fieldsChanged.connect(self._store_fields)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.SAVE_NOW].triggered.connect(self.save_now)
        self.editor.undoAvailable.connect(a[ActionId.UNDO].setEnabled)
        self.editor.redoAvailable.connect(a[ActionId.REDO].setEnabled)
        self.editor.textEdited.connect(self._on_text_changed)
        self.editor.cursorPositionChanged.connect(self._show_cursor_position)
        self.scroll_sync = ScrollSync(self.editor, self.preview)
        self.preview.linkActivated.connect(self._open_link)
        self.renderer.rendered.connect(self._show_rendered)
        self.list_panel.statementChosen.connect(self.open_statement)
        self.list_panel.filterChanged.connect(self.refresh_list)
        trash_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_panel.view)
        trash_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        trash_key.activated.connect(a[ActionId.MOVE_TO_TRASH].trigger)

    def attach(self, services: Services, spelling: SpellingController | None = None) -> None:
        """Start working with an opened workspace (and its shared spelling, if one exists)."""
        self.services = services
        self.autosaver = Autosaver(services.statements, services.actor_login,
                                   self.editor.toPlainText, self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.conflict.connect(self._on_conflict)
        self.autosaver.failed.connect(self._on_save_failed)
        self.ops = StatementOps(self)
        self.template_ops = TemplateOps(self)
        self.spelling_ops = SpellingOps(self, spelling or SpellingController(services, self, run=self._run))
        self.check_ops = CheckOps(self, self.spelling_ops.controller)
        self.review_ops = ReviewOps(self)
        self.comment_ops = CommentOps(self)
        self.people_ops = PeopleOps(self)
        self.preferences_ops = PreferencesOps(self)
        from drafter.ui.file_drop import FileDrop
        from drafter.ui.recent_menu import RecentMenu

        self.recent_menu = RecentMenu(self, self.menus["File"])
        self.file_drop = FileDrop(self)
        self.export_ops = ExportOps(self)
        self.status.show_person(services.actor.display_name or services.actor.login)
        if services.workspace.read_only:
            self.status.showMessage(
                self.tr("The workspace {where} is read-only here: you can read it and export drafts, but "
                        "changes cannot be saved.").format(where=services.workspace.where), 15000)
        self.refresh_list()
        remembered = self.window_state.open_statement
        if remembered is not None:
            self.open_statement(remembered, restore_cursor=True, quiet=True)
        self._update_enabled()
        self.server_watch = ServerWatch(self)
        self.live_updates = LiveUpdates.start_for(self)  # None for a SQLite file
        if self.live_updates is not None:
            self.live_updates.connectionChanged.connect(self.server_watch.connection_changed)
        self.server_watch.offer_kept_text()

    # -- statements --------------------------------------------------------------------
    def refresh_list(self) -> None:
        if self.services is None:
            return
        from drafter.waiting import find_waiting

        panel = self.list_panel
        try:
            waiting = find_waiting(self.services, self.services.actor)
            items = self.services.statements.list(status=panel.status(), search=panel.search_text(),
                                                  trashed=panel.showing_trash())
        except DrafterError as error:  # e.g. the team server is away: the list stays as it was
            self.status.showMessage(str(error), 10_000)
            return
        panel.set_waiting(waiting.waiting_for, waiting.mine, waiting.stages)
        panel.set_items(items, self.current_id)

    def open_statement(self, statement_id: int, *, restore_cursor: bool = True,
                       quiet: bool = False) -> bool:
        """Show a statement in the editor (saving the one open before)."""
        if self.services is None or self.autosaver is None:
            return False
        if statement_id == self.current_id:
            return True
        if not self.autosaver.save_now():
            self.list_panel.select(self.current_id)
            return False
        self._remember_cursor()
        try:
            statement = self.services.statements.get(statement_id)
        except DrafterError as error:
            if not quiet:
                self.prompts.error(self, self.tr("Cannot open the statement"), str(error))
            return False
        self.current_id = statement.id
        self.autosaver.track(None, 0)  # loading text is not an edit
        self.editor.setPlainText(statement.text)
        self.editor.document().clearUndoRedoStacks()
        self.autosaver.track(statement.id, statement.version)
        self.editor.setReadOnly(statement.trashed)
        self.editor.setEnabled(True)
        self.editor_area.setCurrentIndex(1)
        self._show_fields_of(statement)
        if self.spelling_ops is not None:
            self.spelling_ops.statement_opened(statement)
        if self.check_ops is not None:
            self.check_ops.statement_opened(statement)
        self.show_statement_state(statement)
        if restore_cursor:
            self.editor.set_cursor_position(self.window_state.cursor_of(statement.id))
        self.setWindowTitle(f"{statement.title} — {APP_NAME}")
        self.window_state.open_statement = statement.id
        self.window_state.remember_recent(statement.id)
        self.list_panel.select(statement.id)
        self.renderer.render_now(statement.text)
        self._update_stats()
        self._update_enabled()
        return True

    def close_statement(self) -> None:
        self._remember_cursor()
        self.current_id = None
        if self.autosaver is not None:
            self.autosaver.track(None, 0)
        self.window_state.open_statement = None
        self._show_no_statement()
        self._update_enabled()

    def show_statement_state(self, statement: Statement | None) -> None:
        """Where the statement is in its life (banner, read-only, review actions) and its comments."""
        if self.review_ops is not None:
            self.review_ops.statement_opened(statement)
        if self.comment_ops is not None:
            self.comment_ops.statement_opened(statement)

    def save_now(self) -> bool:
        return self.autosaver.save_now() if self.autosaver is not None else True

    def _show_no_statement(self) -> None:
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.setEnabled(False)
        self.editor_area.setCurrentIndex(0)
        self.fields_dock.hide()
        self.preview.show_html("", 0)
        self.setWindowTitle(APP_NAME)
        self.status.counts.clear()
        self.status.placeholders.clear()
        self.status.protected.clear()
        if self.check_ops is not None:
            self.check_ops.statement_opened(None)
        self.show_statement_state(None)
        self._fixed_originals = {}
        self.status.position.clear()
        self.status.save_state.clear()

    def _remember_cursor(self) -> None:
        if self.current_id is not None:
            self.window_state.remember_cursor(self.current_id, self.editor.cursor_position())

    # -- typing, saving, preview ------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self.current_id is None or self.autosaver is None:
            return
        self.autosaver.text_changed()
        if self.autosaver.dirty and not self.autosaver.failing:  # keep "Not saved" in sight
            self.status.show_editing()
        self.renderer.request(self.editor.toPlainText())
        self._stats_timer.start()
        if self.check_ops is not None:
            self.check_ops.check_soon()

    def _update_stats(self) -> None:
        text = self.editor.toPlainText()
        self.status.show_stats(text_stats(text))
        self.status.show_placeholders(len(find_leftovers(text)))
        self.status.show_protected_changes(
            changed_fixed_blocks(text, self._fixed_originals) if self._fixed_originals else [])

    # -- template fields -------------------------------------------------------------
    def _show_fields_of(self, statement) -> None:  # type: ignore[no-untyped-def]
        from drafter.core.templates.snapshot import fields_from_snapshot, fixed_originals

        assert self.services is not None
        snapshot = self.services.statements.template_snapshot(statement.id) or {}
        fields = fields_from_snapshot(snapshot)
        self._fixed_originals = fixed_originals(snapshot)
        values = {key: str(value) for key, value in statement.fields.items()}
        self.fields_panel.show_fields(fields, values, statement.language)
        self.fields_dock.setVisible(bool(fields))
        self.actions[ActionId.TOGGLE_FIELDS].setEnabled(bool(fields))

    def _toggle_fields(self) -> None:
        if self.fields_panel.has_fields():
            self.fields_dock.setVisible(not self.fields_dock.isVisible())

    def _store_fields(self, values: dict) -> None:  # type: ignore[type-arg]
        if self.services is not None and self.current_id is not None:
            self.services.statements.update_fields(self.current_id, values,
                                                   actor=self.services.actor_login)

    def _show_cursor_position(self) -> None:
        cursor = self.editor.textCursor()
        self.status.show_position(cursor.blockNumber() + 1, cursor.positionInBlock() + 1)

    def _on_saved(self, _version: int, when) -> None:  # type: ignore[no-untyped-def]
        self.status.show_saved(when)
        # The list's "last edited" and the comments' anchors follow a moment later, not inside the
        # save: while typing goes on, saves come every few seconds and each keystroke must stay quick.
        self._after_save.start()

    def _refresh_after_save(self) -> None:
        self.refresh_list()
        if self.comment_ops is not None:
            try:
                self.comment_ops.reload()  # say which comments' phrases the edit took away
            except DrafterError as error:  # the team server went away since the save
                log.warning("Comments not reloaded: %s", error)

    def _on_save_failed(self, message: str) -> None:
        self.status.show_unsaved(message)
        self.status.showMessage(message, 10000)

    def _on_conflict(self, error: ConflictError) -> None:
        if self.ops is not None:
            self.ops.resolve_conflict(error)

    def _show_rendered(self, html: str, line_count: int) -> None:
        self.preview.show_html(html, line_count)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https", "mailto"):
            self.prompts.error(self, self.tr("Link not opened"),
                               self.tr("Drafter opens only web and e-mail links, not “{link}”.")
                               .format(link=url.toString()))
            return
        if self.prompts.confirm(self, self.tr("Open link?"),
                                self.tr("Open this link in your web browser?\n\n{link}")
                                .format(link=url.toString()),
                                yes=self.tr("Open in Browser")):
            QDesktopServices.openUrl(url)

    # -- state -----------------------------------------------------------------------
    def _update_enabled(self) -> None:
        has_workspace = self.services is not None
        open_one = self.current_id is not None
        trashed = self.list_panel.showing_trash()
        a = self.actions
        a.set_enabled(has_workspace, ActionId.NEW_STATEMENT, ActionId.IMPORT_FILE,
                      ActionId.NEW_FROM_TEMPLATE, ActionId.IMPORT_TEMPLATE,
                      ActionId.ORGANISATION_PROFILE, ActionId.MANAGE_SNIPPETS, ActionId.CHECK_SETTINGS,
                      ActionId.MANAGE_PEOPLE, ActionId.EXPORT_APPROVED)
        a.set_enabled(open_one, ActionId.NEXT_PLACEHOLDER, ActionId.PREVIOUS_PLACEHOLDER,
                      ActionId.SAVE_AS_TEMPLATE, ActionId.CHECK_SPELLING, ActionId.NEXT_PROBLEM,
                      ActionId.ADD_COMMENT, ActionId.EXPORT)
        a.set_enabled(open_one, ActionId.SAVE_AS_MARKDOWN, ActionId.SAVE_NOW, ActionId.RENAME,
                      ActionId.FIND, ActionId.REPLACE, ActionId.FIND_NEXT,
                      ActionId.FIND_PREVIOUS, ActionId.SELECT_ALL)
        a.set_enabled(open_one and not trashed, ActionId.MOVE_TO_TRASH)
        a.set_enabled(open_one and trashed, ActionId.RESTORE_FROM_TRASH)
        if not open_one or self.review_ops is None:  # with a statement open, ReviewOps decides
            a.set_enabled(False, ActionId.SUBMIT_FOR_REVIEW, ActionId.WITHDRAW_FROM_REVIEW,
                          ActionId.APPROVE, ActionId.REQUEST_CHANGES, ActionId.SHOW_HISTORY)

    def retranslate(self) -> None:
        """Put the menus, actions and panel titles into the language installed now (after Settings ▸
        Preferences…); dialogs are made afresh each time they open, so they follow by themselves."""
        self.actions.retranslate()
        retranslate_menus(self.menus)
        self.fields_dock.setWindowTitle(self.tr("Fields"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.comments_dock.setWindowTitle(self.tr("Comments"))

    def _restore_layout(self) -> None:
        state = self.window_state
        if state.geometry is not None:
            self.restoreGeometry(state.geometry)
        else:
            self.resize(1280, 800)
        if state.splitter is not None:
            self.splitter.restoreState(state.splitter)
        self.editor.set_zoom(state.zoom)

    def save_layout(self) -> None:
        state = self.window_state
        self._remember_cursor()
        state.geometry = self.saveGeometry()
        state.splitter = self.splitter.saveState()
        state.zoom = self.editor.zoom
        state.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.save_now()  # the window lost focus: save what was typed
        elif event.type() == QEvent.Type.PaletteChange:  # the desktop went light or dark
            from drafter.ui.colour_scheme import colours

            self.editor.highlighter.use_colours(colours(self.palette()))
            self.editor.highlighter.rehighlight()
            self.review_banner.restyle()
            self.server_banner.restyle()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_now() and not self.prompts.confirm(
            self, self.tr("Close without saving?"),
            self.tr("The last changes could not be saved (see the status bar). Close anyway?"),
            yes=self.tr("Close Anyway"),
        ):
            event.ignore()
            return
        self.save_layout()
        if self.live_updates is not None:
            self.live_updates.stop()
        self._stats_timer.stop()
        self._after_save.stop()
        self.list_panel.cancel_pending_search()
        self.renderer.shutdown()
        if self.check_worker is not None:
            self.check_worker.shutdown()
        event.accept()

    def show_about(self) -> None:
        """Help ▸ About: version, licence, Qt in use and the licences of the bundled libraries."""
        from drafter.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        self.prompts.run_dialog(dialog)
        dialog.deleteLater()
