"""What the File menu does to statements: new, import, save a copy, rename,
trash, restore, and what to do when a save meets someone else's change.

Each operation asks through ``Prompts``, calls the store, and leaves the
window to refresh itself. Errors reach the person as a message; nothing
typed is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from drafter.core.atomic_write import write_text_atomic
from drafter.core.errors import ConflictError, DrafterError
from drafter.core.textfile import read_text_file
from drafter.core.titles import title_from_text
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

NEW_TITLE = QT_TRANSLATE_NOOP("StatementOps", "Untitled statement")


class StatementOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {
            ActionId.NEW_STATEMENT: self.new_statement,
            ActionId.IMPORT_FILE: self.import_file,
            ActionId.SAVE_AS_MARKDOWN: self.save_as_markdown,
            ActionId.RENAME: self.rename,
            ActionId.MOVE_TO_TRASH: self.move_to_trash,
            ActionId.RESTORE_FROM_TRASH: self.restore,
        })

    def show_in_list(self, statement_id: int) -> None:
        panel = self.window.list_panel
        if (panel.showing_trash() or panel.status() is not None or panel.search_text()
                or panel.showing_waiting_for_me()):
            panel.status_filter.setCurrentIndex(0)
            panel.search_field.clear()
        self.window.refresh_list()
        self.window.open_statement(statement_id)

    def new_statement(self) -> int | None:
        """A blank statement, open, with the cursor in the editor ready to type."""
        try:
            created = self._services.statements.create(
                title=self.tr(NEW_TITLE), text="", actor=self._services.actor_login)
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Cannot create a statement"), str(error))
            return None
        self.show_in_list(created.id)
        self.window.editor.setFocus()
        return created.id

    def import_file(self) -> int | None:
        path = self.window.prompts.open_file(self.window, self.tr("Import a Statement"))
        if path is None:
            return None
        return self.import_path(path)

    def import_path(self, path: Path) -> int | None:
        """Make a statement of a .md or .txt file (chosen, or dropped on the window); its id."""
        try:
            decoded = read_text_file(path)
            created = self._services.statements.create(
                title=title_from_text(decoded.text, fallback=path.stem), text=decoded.text,
                actor=self._services.actor_login)
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Cannot import the file"), str(error))
            return None
        self.show_in_list(created.id)
        return created.id

    def save_as_markdown(self) -> None:
        window = self.window
        if window.current_id is None:
            return
        title = self._services.statements.get(window.current_id).title
        suggested = "".join(c if c.isalnum() or c in " -_" else "-" for c in title).strip() + ".md"
        path = window.prompts.save_file(window, self.tr("Save a Copy as Markdown"), suggested)
        if path is None:
            return
        try:
            write_text_atomic(path, window.editor.toPlainText())
        except DrafterError as error:
            window.prompts.error(window, self.tr("Cannot save the file"), str(error))

    def rename(self) -> None:
        window = self.window
        if window.current_id is None:
            return
        current = self._services.statements.get(window.current_id)
        title = window.prompts.text(window, self.tr("Rename Statement"), self.tr("Title:"), current.title)
        if title is None or not title.strip() or title.strip() == current.title:
            return
        try:
            self._services.statements.rename(current.id, title.strip(),
                                             actor=self._services.actor_login)
        except DrafterError as error:
            window.prompts.error(window, self.tr("Cannot rename the statement"), str(error))
            return
        window.setWindowTitle(f"{title.strip()} — Drafter")
        window.refresh_list()

    def move_to_trash(self) -> None:
        window = self.window
        statement_id = window.current_id
        if statement_id is None or not window.save_now():
            return
        title = self._services.statements.get(statement_id).title
        if not window.prompts.confirm(window, self.tr("Move to Trash?"),
                                      self.tr("Move “{title}” to the trash? You can restore it from "
                                              "the Trash view.").format(title=title),
                                      yes=self.tr("Move to Trash")):
            return
        self._services.statements.trash(statement_id, actor=self._services.actor_login)
        window.close_statement()
        window.refresh_list()

    def restore(self) -> None:
        window = self.window
        statement_id = window.current_id
        if statement_id is None:
            return
        self._services.statements.restore(statement_id, actor=self._services.actor_login)
        window.close_statement()
        self.show_in_list(statement_id)

    def resolve_conflict(self, error: ConflictError) -> None:
        """Someone saved this statement meanwhile: never overwrite them silently, never drop ours.

        The person compares and chooses (``ConflictDialog``); the text set
        aside is kept in the statement's history either way.
        """
        from drafter.ui.conflict_dialog import ConflictDialog

        window = self.window
        statements = self._services.statements
        actor = self._services.actor_login
        mine = window.editor.toPlainText()
        for _attempt in range(5):  # they may save again while the dialog is open
            theirs = statements.get(error.statement_id)
            dialog = ConflictDialog(theirs.title, theirs.updated_by, theirs.text, mine, window)
            window.prompts.run_dialog(dialog)
            keep_mine = dialog.choice != "theirs"
            try:
                version = statements.resolve_conflict(theirs.id, mine, keep_mine=keep_mine,
                                                      their_version=theirs.version, actor=actor)
            except ConflictError as again:
                error = again
                continue
            except DrafterError as refused:  # e.g. it went into review meanwhile
                self._keep_as_copy(theirs.title, mine, theirs.language, str(refused))
                return
            if keep_mine and window.autosaver is not None:
                window.autosaver.track(theirs.id, version)
                window.status.showMessage(
                    self.tr("Saved your text over {author}'s change; theirs is kept in the "
                            "history (Review ▸ History…).").format(author=theirs.updated_by), 8000)
                window.refresh_list()
            elif not keep_mine:
                self._reopen(theirs.id)
            return
        self._keep_as_copy(theirs.title, mine, theirs.language,
                           self.tr("It kept changing while you chose."))

    def _reopen(self, statement_id: int) -> None:
        window = self.window
        # Stop following the conflicted copy first: the statement is reopened
        # from the workspace, and nothing may retry the save.
        if window.autosaver is not None:
            window.autosaver.track(None, 0)
        window.current_id = None
        window.open_statement(statement_id)

    def _keep_as_copy(self, title: str, mine: str, language: str, why: str) -> None:
        """The last way to lose nothing: my text as a statement of its own."""
        window = self.window
        if window.autosaver is not None:
            window.autosaver.track(None, 0)
        window.current_id = None
        copy = self._services.statements.create(title=self.tr("{title} (my version)").format(title=title),
                                                text=mine,
                                                actor=self._services.actor_login,
                                                language=language)
        window.prompts.error(window, self.tr("Saved as a copy"),
                             self.tr("Your text could not be saved into “{title}”: {why} It was kept "
                                     "as a new statement, “{copy}”.").format(title=title, why=why,
                                                                            copy=copy.title))
        self.show_in_list(copy.id)
