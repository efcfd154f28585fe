"""Keyboard-only use and screen readers: every action in a menu with a mnemonic, a sensible Tab
order, and a name on every control of the window and its dialogs."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from drafter.ui.actions import ActionId
from drafter.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit, QSpinBox)


def _menu_actions(menu: QMenu) -> list[Any]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found


def test_every_action_is_in_a_menu_with_a_mnemonic_none_repeated(window: MainWindow) -> None:
    in_menus = {id(a) for title in window.menus for a in _menu_actions(window.menus[title])}
    for action_id in ActionId:
        action = window.actions[action_id]
        assert id(action) in in_menus or not action.shortcut().isEmpty(), action_id
    for title, menu in window.menus.items():
        assert "&" in menu.title(), title
        keys = [re.search(r"&(\w)", a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [k.group(1).lower() for k in keys if k]
        assert len(letters) == len(set(letters)), f"repeated mnemonics in {title}: {sorted(letters)}"
        for action in menu.actions():
            if not action.isSeparator() and not action.text().startswith("&"):
                assert "&" in action.text(), f"{title} ▸ {action.text()} has no mnemonic"


def _name_of(widget: QWidget, labels: list[QLabel]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in labels:
        if label.buddy() is widget:
            return label.text()
    return ""


def unnamed_controls(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_") or widget.parent().objectName().startswith("qt_"):
            continue  # Qt's own parts (a scroll area's viewport, a spin box's line edit)
        if isinstance(widget.parent(), (QComboBox, QSpinBox)) or isinstance(widget, QHeaderView):
            continue  # parts of a control, named with it
        if not _name_of(widget, labels):
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in "
                           f"{type(widget.parent()).__name__}")
    return missing


def test_every_control_of_the_main_window_has_a_name(window: MainWindow, services: Any) -> None:
    statement = services.statements.create(title="Named", text="Text", actor="mayor.office")
    window.refresh_list()
    window.open_statement(statement.id)
    assert unnamed_controls(window) == []


def test_tab_moves_from_the_list_to_the_editor_and_on_without_getting_stuck(
        qtbot: Any, window: MainWindow, services: Any) -> None:
    statement = services.statements.create(title="Tabs", text="Text", actor="mayor.office")
    window.refresh_list()
    window.open_statement(statement.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.list_panel.view.setFocus()
    visited: list[QWidget] = []
    for _ in range(25):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        visited.append(focused)
        # In the editor Tab indents (a list item, as in every Markdown editor); Ctrl+Tab moves on.
        modifier = (Qt.KeyboardModifier.ControlModifier if isinstance(focused, QPlainTextEdit)
                    else Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(focused, Qt.Key.Key_Tab, modifier)
        if QApplication.focusWidget() is window.list_panel.view:
            break
    assert window.editor in visited
    assert visited.index(window.list_panel.view) < visited.index(window.editor)
    assert QApplication.focusWidget() is window.list_panel.view  # the chain comes round again


def test_every_control_of_every_dialog_has_a_name(services: Any, qtbot: Any, tmp_path: Any) -> None:
    from tests.ui.test_translation import _dialogs

    missing = {}
    for name, dialog in _dialogs(services, qtbot, tmp_path).items():
        dialog.show()
        unnamed = unnamed_controls(dialog)
        if unnamed:
            missing[name] = unnamed
        dialog.close()
    assert missing == {}
