"""Save as template: the current statement becomes a template; the values it
was filled with become fields again where the drafter ticks them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.statement import Statement
from drafter.core.templates import format_value, template_to_text, unfill
from drafter.core.templates.model import Template
from drafter.core.templates.snapshot import fields_from_snapshot

KEY_ROLE = Qt.ItemDataRole.UserRole


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "template"


class SaveTemplateDialog(QDialog):
    def __init__(self, statement: Statement, snapshot: dict[str, Any], categories: list[str],
                 destinations: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save as Template")
        self.setObjectName("saveTemplateDialog")
        self._statement = statement
        self._fields = fields_from_snapshot(snapshot)
        self.name = QLineEdit(statement.title, self)
        self.name.setAccessibleName("Template name")
        self.description = QLineEdit(self)
        self.description.setAccessibleName("Description")
        self.description.setPlaceholderText("When to use this template")
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.addItems(categories or ["Public information"])
        self.category.setAccessibleName("Category")
        self.destination_box = QComboBox(self)
        self.destination_box.addItems(destinations)
        self.destination_box.setAccessibleName("Save to")
        self.values = QListWidget(self)
        self.values.setAccessibleName("Values to turn back into fields")
        for field in self._fields:
            value = str(statement.fields.get(field.key, ""))
            if not value.strip():
                continue
            item = QListWidgetItem(f"{field.label}: {format_value(field, value, statement.language)}",
                                   self.values)
            item.setData(KEY_ROLE, field.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Description", self.description)
        form.addRow("&Category", self.category)
        form.addRow("Save &to", self.destination_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.values.count():
            layout.addWidget(QLabel("Turn these values back into fields:", self))
            layout.addWidget(self.values)
        layout.addWidget(buttons)

    def template_id(self) -> str:
        return slug(self.name.text())

    def destination(self) -> str:
        return self.destination_box.currentText()

    def chosen_keys(self) -> list[str]:
        return [str(self.values.item(row).data(KEY_ROLE)) for row in range(self.values.count())
                if self.values.item(row).checkState() == Qt.CheckState.Checked]

    def template(self) -> Template:
        statement = self._statement
        chosen = set(self.chosen_keys())
        fields = tuple(f for f in self._fields if f.key in chosen)
        shown = {f.key: format_value(f, str(statement.fields.get(f.key, "")), statement.language)
                 for f in fields}
        return Template(
            id=self.template_id(), name=self.name.text().strip() or statement.title,
            description=self.description.text().strip() or f"Made from “{statement.title}”.",
            category=self.category.currentText().strip() or "Public information",
            language=statement.language, fields=fields, body=unfill(statement.text, shown),
            origin="user")

    def template_text(self) -> str:
        return template_to_text(self.template())
