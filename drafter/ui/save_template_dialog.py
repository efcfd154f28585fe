"""Save as template: the current statement becomes a template; the values it
was filled with become fields again where the drafter ticks them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
DEFAULT_CATEGORY = QT_TRANSLATE_NOOP("SaveTemplateDialog", "Public information")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "template"


class SaveTemplateDialog(QDialog):
    def __init__(self, statement: Statement, snapshot: dict[str, Any], categories: list[str],
                 destinations: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as Template"))
        self.setObjectName("saveTemplateDialog")
        self._statement = statement
        self._fields = fields_from_snapshot(snapshot)
        self.name = QLineEdit(statement.title, self)
        self.name.setAccessibleName(self.tr("Template name"))
        self.description = QLineEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("When to use this template"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.addItems(categories or [self.tr(DEFAULT_CATEGORY)])
        self.category.setAccessibleName(self.tr("Category"))
        self.destination_box = QComboBox(self)
        for destination in destinations:  # shown in the interface's language; the English name is kept
            self.destination_box.addItem(QCoreApplication.translate("TemplateOps", destination), destination)
        self.destination_box.setAccessibleName(self.tr("Save to"))
        self.values = QListWidget(self)
        self.values.setAccessibleName(self.tr("Values to turn back into fields"))
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
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Save &to"), self.destination_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.values.count():
            layout.addWidget(QLabel(self.tr("Turn these values back into fields:"), self))
            layout.addWidget(self.values)
        layout.addWidget(buttons)

    def template_id(self) -> str:
        return slug(self.name.text())

    def destination(self) -> str:
        return str(self.destination_box.currentData())

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
            description=self.description.text().strip() or self.tr("Made from “{title}”.").format(
                title=statement.title),
            category=self.category.currentText().strip() or self.tr(DEFAULT_CATEGORY),
            language=statement.language, fields=fields, body=unfill(statement.text, shown),
            origin="user")

    def template_text(self) -> str:
        return template_to_text(self.template())
