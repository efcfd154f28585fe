"""New from template (Ctrl+Shift+N): browse by category, search, see the
template, fill its form, and create the statement.

The dialog only gathers the choice; the window creates the statement.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.templates import OrganisationProfile, fill_template, title_for
from drafter.core.templates.model import Template, TemplateLibrary
from drafter.ui.colour_scheme import text_style
from drafter.ui.field_form import FieldForm

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TemplateChoice:
    template: Template
    values: dict[str, str]
    title: str


class NewFromTemplateDialog(QDialog):
    exportRequested = Signal(object)  # the Template to write to a file

    def __init__(self, library: TemplateLibrary, profile: OrganisationProfile, style_sheet: str,
                 parent: QWidget | None = None, *, people: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Statement from Template"))
        self.setObjectName("newFromTemplateDialog")
        self.resize(1100, 720)
        self._library = library
        self._profile = profile
        self._title_edited = False
        self.choice: TemplateChoice | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search templates"))
        self.search.setAccessibleName(self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Templates by category"))
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Templates that could not be loaded"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.problems)

        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.title_field = QLineEdit(self)
        self.title_field.setAccessibleName(self.tr("Statement title"))
        self.title_field.textEdited.connect(self._title_was_edited)
        self.form = FieldForm(self, people=people or [])
        self.form.valuesChanged.connect(self._refresh_preview)
        self.missing = QLabel(self)
        self.missing.setStyleSheet(text_style("error"))
        self.missing.setWordWrap(True)
        form_area = QScrollArea(self)
        form_area.setWidgetResizable(True)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setWidget(self.form)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.description)
        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("&Title *"), self)
        title_label.setBuddy(self.title_field)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_field)
        middle_layout.addLayout(title_row)
        middle_layout.addWidget(form_area, 1)
        middle_layout.addWidget(self.missing)

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(style_sheet)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setSizes([250, 450, 400])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("&Create Statement"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button = self.buttons.addButton(self.tr("&Export Template File…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._export_current)
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._fill_tree)
        self.tree.currentItemChanged.connect(self._template_chosen)
        self._fill_tree()
        self._show_problems()

    # -- the list --------------------------------------------------------------
    def _fill_tree(self) -> None:
        needle = self.search.text().strip().casefold()
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        for category in self._library.categories():
            matches = [t for t in self._library.templates if t.category == category and (
                not needle or needle in f"{t.name} {t.description} {t.category}".casefold())]
            if not matches:
                continue
            group = QTreeWidgetItem(self.tree, [category])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for template in sorted(matches, key=lambda t: t.name):
                label = template.name + ("" if template.language == "en" else
                                         f" ({template.language})")
                item = QTreeWidgetItem(group, [label])
                item.setData(0, TEMPLATE_ROLE, template.id)
                item.setToolTip(0, template.description)
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _show_problems(self) -> None:
        problems = [p for p in self._library.problems if getattr(p, "severity", "error") == "error"]
        if problems:
            self.problems.setText(self.tr("{count} template file(s) could not be loaded:").format(
                count=len(problems)) + "\n" + "\n".join(str(p) for p in problems[:5]))
        self.problems.setVisible(bool(problems))

    def select_template(self, template_id: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.data(0, TEMPLATE_ROLE) == template_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def current_template(self) -> Template | None:
        item = self.tree.currentItem()
        template_id = item.data(0, TEMPLATE_ROLE) if item is not None else None
        return self._library.get(template_id) if template_id else None

    # -- the form and preview -------------------------------------------------------
    def _template_chosen(self) -> None:
        template = self.current_template()
        self.create_button.setEnabled(template is not None)
        if template is None:
            return
        self.description.setText(f"<b>{template.name}</b><br>{template.description}")
        self.form.set_fields(template.fields)
        self.missing.clear()
        self._title_edited = False
        self._refresh_preview()

    def _export_current(self) -> None:
        template = self.current_template()
        if template is not None:
            self.exportRequested.emit(template)

    def _title_was_edited(self) -> None:
        self._title_edited = True

    def _refresh_preview(self) -> None:
        template = self.current_template()
        if template is None:
            return
        from drafter.core.render import render_html

        values = self.form.values()
        if not self._title_edited:
            self.title_field.setText(title_for(template, values, self._profile))
            self.title_field.setCursorPosition(0)
        text = fill_template(template, values, self._profile)
        self.preview.setHtml(f"<html><body>{render_html(text)}</body></html>")

    def _accept_if_complete(self) -> None:
        template = self.current_template()
        if template is None:
            return
        missing = self.form.missing_required()
        title = self.title_field.text().strip()
        self.form.mark_missing(missing)
        if missing or not title:
            names = [f.label for f in missing] + ([] if title else [self.tr("Title")])
            self.missing.setText(self.tr("Please fill in: {names}").format(names=", ".join(names)))
            if not title:
                self.title_field.setFocus()
            return
        self.choice = TemplateChoice(template, self.form.values(), title)
        self.accept()
