"""A form generated from a template's fields: the right control for each type.

text → a line; long text → a box; date → a date picker; person → a line
that completes from the workspace's people; choice → a pick-list. Required
fields are marked with an asterisk and checked before the form is accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from drafter.core.templates.model import FieldType, TemplateField
from drafter.ui.colour_scheme import colours

ISO = Qt.DateFormat.ISODate


class FieldForm(QWidget):
    """Edits a set of field values; ``valuesChanged`` fires on every edit."""

    valuesChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, people: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._people = sorted(set(people))
        self._fields: list[TemplateField] = []
        self._editors: dict[str, QWidget] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: template labels are questions, often long.
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

    def set_fields(self, fields: Iterable[TemplateField], values: dict[str, str] | None = None) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._fields = list(fields)
        self._editors = {}
        values = values or {}
        for field in self._fields:
            editor = self._make_editor(field, values.get(field.key, field.default))
            label = QLabel(f"{field.label}{' *' if field.required else ''}", self)
            label.setBuddy(editor)
            label.setToolTip(field.help)
            editor.setToolTip(field.help)
            editor.setAccessibleName(field.label)
            editor.setAccessibleDescription(
                (field.help + " " if field.help else "") + (self.tr("Required.") if field.required else ""))
            editor.setObjectName(f"field_{field.key}")
            self._layout.addRow(label, editor)
            self._editors[field.key] = editor

    def _make_editor(self, field: TemplateField, value: str) -> QWidget:
        if field.type == FieldType.LONG_TEXT:
            box = QPlainTextEdit(self)
            box.setPlainText(value)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(self.valuesChanged)
            return box
        if field.type == FieldType.DATE:
            picker = QDateEdit(self)
            picker.setCalendarPopup(True)
            picker.setDisplayFormat("dddd, MMMM d, yyyy")
            chosen = QDate.fromString(value, ISO) if value else QDate.currentDate()
            picker.setDate(chosen if chosen.isValid() else QDate.currentDate())
            picker.dateChanged.connect(self.valuesChanged)
            return picker
        if field.type == FieldType.CHOICE:
            combo = QComboBox(self)
            combo.addItems(list(field.options))
            if value in field.options:
                combo.setCurrentText(value)
            combo.currentIndexChanged.connect(self.valuesChanged)
            return combo
        line = QLineEdit(self)
        line.setText(value)
        if field.type == FieldType.PERSON and self._people:
            completer = QCompleter(self._people, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
        line.textChanged.connect(self.valuesChanged)
        return line

    def values(self) -> dict[str, str]:
        """Each field's value as text; dates as ISO (YYYY-MM-DD)."""
        result: dict[str, str] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, QPlainTextEdit):
                result[key] = editor.toPlainText().strip()
            elif isinstance(editor, QDateEdit):
                result[key] = editor.date().toString(ISO)
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentText()
            elif isinstance(editor, QLineEdit):
                result[key] = editor.text().strip()
        return result

    def set_value(self, key: str, value: str) -> None:
        editor = self._editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(value, ISO))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def missing_required(self) -> list[TemplateField]:
        values = self.values()
        return [f for f in self._fields if f.required and not values.get(f.key)]

    def mark_missing(self, missing: Iterable[TemplateField]) -> None:
        """Outline the empty required fields, and put the cursor in the first."""
        keys = {f.key for f in missing}
        first: QWidget | None = None
        for key, editor in self._editors.items():
            editor.setStyleSheet(f"border: 2px solid {colours().error};" if key in keys else "")
            if key in keys and first is None:
                first = editor
        if first is not None:
            first.setFocus()
