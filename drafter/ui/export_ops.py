"""File ▸ Export… and Export All Approved…: the export dialog, a progress bar for many, the folder after.

The rules (final only for approved text, files written whole, the release
recorded) live in ``drafter.export.release``; this asks, shows progress and
reports. A refusal or a failed write is shown as it is, and what was not
exported is named.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog

from drafter.core.errors import DrafterError
from drafter.core.statement import Status
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

DEFAULT_PATTERN = "{date}-{slug}"


class ExportOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {ActionId.EXPORT: self.export_current,
                                  ActionId.EXPORT_APPROVED: self.export_approved})
        self.folder = Path.home()
        self.pattern = DEFAULT_PATTERN
        self.open_folder = QDesktopServices.openUrl  # replaced in tests

    def export_current(self) -> None:
        window = self.window
        statement_id = window.current_id
        if statement_id is None:
            return
        if not window.save_now():  # an export holds what the editor shows, or nothing
            why = window.autosaver.last_failure if window.autosaver is not None else ""
            window.prompts.error(window, self.tr("Nothing exported"),
                                 (self.tr("The latest changes could not be saved, so the statement was not "
                                          "exported.") + f"\n\n{why}").rstrip())
            return
        statement = self._services.statements.get(statement_id)
        final = statement.status in (Status.APPROVED, Status.RELEASED)
        self._export([statement_id], f"“{statement.title}”", final)

    def export_approved(self) -> None:
        ids = [s.id for s in self._services.statements.list(status=Status.APPROVED)]
        if not ids:
            self.window.prompts.info(self.window, self.tr("Nothing to export"),
                                     self.tr("No statement is approved and waiting."))
            return
        self._export(ids, self.tr("1 approved statement") if len(ids) == 1 else
                     self.tr("{count} approved statements").format(count=len(ids)), True)

    def _export(self, ids: list[int], what: str, final: bool) -> None:
        from drafter.export.release import export_statement
        from drafter.ui.export_dialog import ExportDialog

        window = self.window
        dialog = ExportDialog(what, final, self.folder, self.pattern, window)
        if not window.prompts.run_dialog(dialog):
            return
        formats = dialog.chosen_formats()
        if not formats:
            window.prompts.error(window, self.tr("Nothing exported"), self.tr("Choose at least one format."))
            return
        self.folder, self.pattern = dialog.chosen_folder(), dialog.pattern.text().strip() or DEFAULT_PATTERN
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Stop"), 0, len(ids), window)
        progress.setWindowTitle(self.tr("Export"))
        progress.setMinimumDuration(400)  # shown only when it takes a while
        written, failed = [], []
        for done, statement_id in enumerate(ids):
            if progress.wasCanceled():
                break
            progress.setValue(done)
            try:
                written += export_statement(self._services, statement_id, formats, self.folder,
                                            draft=not final, pattern=self.pattern)
            except DrafterError as error:
                failed.append(self.tr("Statement {id}: {error}").format(id=statement_id, error=error))
        progress.setValue(len(ids))
        window.refresh_list()
        if window.current_id is not None:
            window.show_statement_state(self._services.statements.get(window.current_id))
        if failed:
            window.prompts.error(window, self.tr("Not everything was exported"), "\n".join(failed))
        if written:
            window.status.showMessage((self.tr("Exported 1 file to {folder}.") if len(written) == 1 else
                                       self.tr("Exported {count} files to {folder}."))
                                      .format(count=len(written), folder=self.folder), 6000)
            if dialog.open_after.isChecked():
                self.open_folder(QUrl.fromLocalFile(str(self.folder)))
