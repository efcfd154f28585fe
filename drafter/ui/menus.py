"""The menu bar, built from the action registry.

Titles are English, marked for pyside6-lupdate (context "Menus") and
translated where the menus are made and by ``retranslate_menus``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from drafter.ui.actions import ActionId, ActionRegistry

MENUS: list[tuple[str, list[ActionId | None]]] = [
    (QT_TRANSLATE_NOOP("Menus", "&File"),
     [ActionId.NEW_STATEMENT, ActionId.NEW_FROM_TEMPLATE, ActionId.IMPORT_FILE, None,
      ActionId.SAVE_NOW, ActionId.EXPORT, ActionId.EXPORT_APPROVED, ActionId.SAVE_AS_MARKDOWN,
      ActionId.SAVE_AS_TEMPLATE,
      ActionId.IMPORT_TEMPLATE, None, ActionId.RENAME, ActionId.MOVE_TO_TRASH,
      ActionId.RESTORE_FROM_TRASH, None, ActionId.QUIT]),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"),
     [ActionId.UNDO, ActionId.REDO, None, ActionId.CUT, ActionId.COPY, ActionId.PASTE,
      ActionId.SELECT_ALL, None, ActionId.FIND, ActionId.REPLACE, ActionId.FIND_NEXT,
      ActionId.FIND_PREVIOUS, None, ActionId.NEXT_PLACEHOLDER,
      ActionId.PREVIOUS_PLACEHOLDER, ActionId.NEXT_PROBLEM, None, ActionId.CHECK_SPELLING,
      ActionId.CHECK_ALL_CAPS]),
    (QT_TRANSLATE_NOOP("Menus", "&Insert"), [ActionId.MANAGE_SNIPPETS]),
    (QT_TRANSLATE_NOOP("Menus", "&Review"),
     [ActionId.SUBMIT_FOR_REVIEW, ActionId.WITHDRAW_FROM_REVIEW, None, ActionId.APPROVE,
      ActionId.REQUEST_CHANGES, None, ActionId.ADD_COMMENT, ActionId.SHOW_HISTORY]),
    (QT_TRANSLATE_NOOP("Menus", "&View"),
     [ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET, None,
      ActionId.TOGGLE_LIST, ActionId.TOGGLE_PREVIEW, ActionId.TOGGLE_FIELDS,
      ActionId.TOGGLE_PROBLEMS, ActionId.TOGGLE_COMMENTS]),
    (QT_TRANSLATE_NOOP("Menus", "&Settings"),
     [ActionId.ORGANISATION_PROFILE, ActionId.CHECK_SETTINGS, ActionId.MANAGE_PEOPLE,
      None, ActionId.PREFERENCES]),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), [ActionId.ABOUT]),
]


def build_menus(window: QMainWindow, actions: ActionRegistry) -> dict[str, QMenu]:
    """Lay out the menus; returns them by English title (without the &) for the few that are filled live."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    for title, items in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menus", title))
        menus[title.replace("&", "")] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[item])
    return menus


def retranslate_menus(menus: dict[str, QMenu]) -> None:
    """Give the menus of ``build_menus`` their titles in the language installed now."""
    for title, _items in MENUS:
        menu = menus.get(title.replace("&", ""))
        if menu is not None:
            menu.setTitle(QCoreApplication.translate("Menus", title))
