"""File ▸ Open Recent: the statements opened last, newest first, by title.

Filled each time the menu opens, so titles are current and statements moved
to the trash or gone from the workspace are left out. Alt+F, C, then the
digit opens one from the keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


class RecentMenu(QMenu):
    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(QCoreApplication.translate("RecentMenu", "Open Re&cent"), file_menu)
        self.setAccessibleName("Recent statements")
        self._window = window
        # Just after the first entries (New, New from Template, Import…): where word processors put it.
        actions = file_menu.actions()
        before = actions[3] if len(actions) > 3 else None
        file_menu.insertMenu(before, self) if before is not None else file_menu.addMenu(self)
        self.aboutToShow.connect(self.refill)

    def refill(self) -> None:
        self.clear()
        window = self._window
        shown = 0
        services = window.services
        for statement_id in window.window_state.recent_statements:
            if services is None:
                break
            try:
                statement = services.statements.get(statement_id)
            except DrafterError:
                continue
            if statement.trashed:
                continue
            shown += 1
            label = statement.title.replace("&", "&&")
            action = self.addAction(f"&{shown % 10} {label}" if shown <= 10 else label)
            action.triggered.connect(lambda _=False, sid=statement.id: window.open_statement(sid))
        if not shown:
            empty = self.addAction(QCoreApplication.translate("RecentMenu", "No Recent Statements"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        self.addAction(QCoreApplication.translate("RecentMenu", "Clear Menu"),
                       window.window_state.forget_recent)
