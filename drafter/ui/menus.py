"""The menu bar, built from the action registry."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from drafter.ui.actions import ActionId, ActionRegistry

MENUS: list[tuple[str, list[ActionId | None]]] = [
    ("&File", [ActionId.NEW_STATEMENT, ActionId.IMPORT_FILE, None, ActionId.SAVE_NOW,
               ActionId.SAVE_AS_MARKDOWN, None, ActionId.RENAME, ActionId.MOVE_TO_TRASH,
               ActionId.RESTORE_FROM_TRASH, None, ActionId.QUIT]),
    ("&Edit", [ActionId.UNDO, ActionId.REDO, None, ActionId.CUT, ActionId.COPY, ActionId.PASTE,
               ActionId.SELECT_ALL, None, ActionId.FIND, ActionId.REPLACE, ActionId.FIND_NEXT,
               ActionId.FIND_PREVIOUS]),
    ("&View", [ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET, None,
               ActionId.TOGGLE_LIST, ActionId.TOGGLE_PREVIEW]),
    ("&Help", [ActionId.ABOUT]),
]


def build_menus(window: QMainWindow, actions: ActionRegistry) -> None:
    bar = window.menuBar()
    for title, items in MENUS:
        menu = bar.addMenu(title)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[item])
