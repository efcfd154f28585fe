"""Settings ▸ Preferences…: show the dialog, keep what was chosen, say when it takes effect."""

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
            window.prompts.error(window, "Preferences not saved", str(error))
            return
        where = chosen.team_server or "the workspace file on this computer"
        window.prompts.info(window, "Preferences",
                            f"Drafter will open {where} the next time it starts.")
