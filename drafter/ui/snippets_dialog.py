"""Manage the workspace's snippets: reusable blocks (about the organisation,
media contact, closing lines, a signature) with an optional short trigger
that expands when typed followed by Tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.core.errors import DrafterError
from drafter.ui.colour_scheme import text_style

ID_ROLE = Qt.ItemDataRole.UserRole


class SnippetsDialog(QDialog):
    def __init__(self, snippets: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snippets"))
        self.setObjectName("snippetsDialog")
        self.resize(760, 480)
        self._snippets = snippets
        self._actor = actor
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Snippets"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Snippet name"))
        self.trigger = QLineEdit(self)
        self.trigger.setAccessibleName(self.tr("Trigger"))
        self.trigger.setPlaceholderText(self.tr("e.g. ;about (optional)"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Snippet text"))
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style("error"))
        self.message.setWordWrap(True)
        new_button = QPushButton(self.tr("&New"), self)
        save_button = QPushButton(self.tr("&Save"), self)
        delete_button = QPushButton(self.tr("&Delete"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Trigger"), self.trigger)
        form.addRow(self.tr("Te&xt"), self.body)
        buttons_row = QHBoxLayout()
        for button in (new_button, save_button, delete_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons_row)
        right.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        new_button.clicked.connect(self.start_new)
        save_button.clicked.connect(self.save)
        delete_button.clicked.connect(self.delete)
        self.list.currentItemChanged.connect(self._show_current)
        self._editing_id: int | None = None
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for snippet in self._snippets.list():
            label = snippet.name + (f"  ({snippet.trigger})" if snippet.trigger else "")
            item = QListWidgetItem(label, self.list)
            item.setData(ID_ROLE, snippet.id)
            if snippet.id == select_id:
                self.list.setCurrentItem(item)
        if select_id is None:
            self.start_new()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        snippet = self._snippets.get(int(item.data(ID_ROLE)))
        self._editing_id = snippet.id
        self.name.setText(snippet.name)
        self.trigger.setText(snippet.trigger or "")
        self.body.setPlainText(snippet.body)
        self.message.clear()

    def start_new(self) -> None:
        self._editing_id = None
        self.list.clearSelection()
        self.name.clear()
        self.trigger.clear()
        self.body.clear()
        self.name.setFocus()

    def save(self) -> bool:
        name, trigger, body = self.name.text().strip(), self.trigger.text().strip(), self.body.toPlainText()
        if not name or not body.strip():
            self.message.setText(self.tr("A snippet needs a name and some text."))
            return False
        try:
            if self._editing_id is None:
                saved = self._snippets.create(name, body, trigger=trigger or None, actor=self._actor)
            else:
                saved = self._snippets.update(self._editing_id, name=name, body=body,
                                              trigger=trigger or None, actor=self._actor)
        except DrafterError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.reload(select_id=saved.id if saved is not None else self._editing_id)
        return True

    def delete(self) -> None:
        if self._editing_id is not None:
            self._snippets.delete(self._editing_id, actor=self._actor)
            self.reload()
