"""Settings ▸ Preferences…: show the dialog, keep what was chosen, say when it takes effect.

A new interface language is installed at once and the window's menus
follow (``MainWindow.retranslate``); the rest of the window at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core.errors import DrafterError
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


class PreferencesOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {ActionId.PREFERENCES: self.edit_preferences})

    def edit_preferences(self) -> None:
        from drafter.paths import DEFAULT_DB_FILENAME, data_dir
        from drafter.preferences import Preferences
        from drafter.ui.preferences_dialog import PreferencesDialog

        window = self.window
        before = Preferences.load()
        dialog = PreferencesDialog(before, str(data_dir() / DEFAULT_DB_FILENAME), window)
        if not window.prompts.run_dialog(dialog):
            return
        chosen = dialog.preferences()
        if chosen == before:
            return
        try:
            chosen.save()
        except DrafterError as error:
            window.prompts.error(window, self.tr("Preferences not saved"), str(error))
            return
        if chosen.language != before.language:
            self.apply_language(chosen.language)
        if chosen.team_server != before.team_server:
            where = chosen.team_server or self.tr("the workspace file on this computer")
            window.prompts.info(window, self.tr("Preferences"),
                                self.tr("Drafter will open {where} the next time it starts.")
                                .format(where=where))

    def apply_language(self, language: str | None) -> None:
        """Install ``language`` (None: the system's) and put the menus into it now."""
        from PySide6.QtWidgets import QApplication

        from drafter.ui.translation import install_translators

        app = QApplication.instance()
        if app is not None:
            install_translators(app, language)
        self.window.retranslate()
        self.window.status.showMessage(self.tr("The menus are now in the language chosen; the rest of the "
                                               "window follows the next time Drafter starts."), 10_000)
