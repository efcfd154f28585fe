"""The fields panel: the values a statement was filled with, editable.

Changing a value updates every place in the text that still carries the old
value or the field's placeholder, in one undoable step, and stores the new
value with the statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from drafter.core.templates import format_value
from drafter.core.templates.model import TemplateField
from drafter.ui.editor import MarkdownEditor
from drafter.ui.field_form import FieldForm

APPLY_DELAY_MS = 700


def replacement_spans(text: str, key: str, old_shown: str) -> list[tuple[int, int]]:
    """Where ``{{key}}`` and the old value (as a whole word) stand in ``text``."""
    patterns = [r"\{\{[ \t]*" + re.escape(key) + r"[ \t]*\}\}"]
    if old_shown.strip():
        before = r"(?<!\w)" if re.match(r"\w", old_shown) else ""
        after = r"(?!\w)" if re.search(r"\w\Z", old_shown) else ""
        patterns.append(before + re.escape(old_shown) + after)
    return [m.span() for m in re.finditer("|".join(f"(?:{p})" for p in patterns), text)]


class FieldsPanel(QWidget):
    """Emits ``fieldsChanged(values)`` after it has updated the editor's text."""

    fieldsChanged = Signal(dict)

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldsPanel")
        self.setAccessibleName(self.tr("Template fields"))
        self._editor = editor
        self._fields: list[TemplateField] = []
        self._values: dict[str, str] = {}
        self._language = "en"
        self.form = FieldForm(self)
        self.note = QLabel(self.tr("Changing a value updates every place in the text that still has it."),
                           self)
        self.note.setWordWrap(True)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(area)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(APPLY_DELAY_MS)
        self._delay.timeout.connect(self.apply_changes)
        self.form.valuesChanged.connect(self._delay.start)

    def show_fields(self, fields: Iterable[TemplateField], values: dict[str, str], language: str) -> None:
        self._delay.stop()
        self._fields = list(fields)
        self._values = dict(values)
        self._language = language
        self.form.blockSignals(True)
        self.form.set_fields(self._fields, self._values)
        self.form.blockSignals(False)

    def has_fields(self) -> bool:
        return bool(self._fields)

    def apply_changes(self) -> bool:
        """Put the form's values into the text; True when anything changed."""
        self._delay.stop()
        new_values = self.form.values()
        changed = [f for f in self._fields if new_values.get(f.key, "") != self._values.get(f.key, "")]
        if not changed or self._editor.isReadOnly():
            return False
        document = self._editor.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for field in changed:
            old_shown = format_value(field, self._values.get(field.key, ""), self._language)
            new_shown = format_value(field, new_values.get(field.key, ""), self._language)
            if not new_shown.strip():
                continue  # an emptied field leaves the text as it is
            text = self._editor.toPlainText()
            for start, end in reversed(replacement_spans(text, field.key, old_shown)):
                self._editor.replace_text_range(start, end, new_shown, text)
        edit.endEditBlock()
        self._values = new_values
        self.fieldsChanged.emit(dict(new_values))
        return True
