"""Settings ▸ Preferences…: this person's settings on this computer, one tab per subject.

The Workspace tab chooses what opens at start: the workspace file on this
computer, or a team server (a PostgreSQL address; the password is asked
for at login and never kept here). Changes take effect at the next start.
The Language tab chooses the interface's language (the system's by
default): the menus change at once, the rest at the next start.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.i18n import LANGUAGES
from drafter.preferences import Preferences
from drafter.team_login import is_server_address
from drafter.ui.colour_scheme import text_style


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, local_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._preferences = preferences
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._workspace_tab(preferences, local_file), self.tr("&Workspace"))
        self.tabs.addTab(self._language_tab(preferences), self.tr("&Language"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style("error"))
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def _workspace_tab(self, preferences: Preferences, local_file: str) -> QWidget:
        page = QWidget(self)
        self.local = QRadioButton(self.tr("The workspace &file on this computer"), page)
        self.local.setAccessibleName(self.tr("Use the workspace file on this computer"))
        self.team = QRadioButton(self.tr("A &team server (PostgreSQL):"), page)
        self.team.setAccessibleName(self.tr("Use a team server"))
        group = QButtonGroup(page)
        group.addButton(self.local)
        group.addButton(self.team)
        self.address = QLineEdit(preferences.team_server or "", page)
        self.address.setPlaceholderText("postgresql://server.example/statements")
        self.address.setAccessibleName(self.tr("Team server address"))
        (self.team if preferences.team_server else self.local).setChecked(True)
        self.address.setEnabled(self.team.isChecked())
        self.team.toggled.connect(self.address.setEnabled)
        file_label = QLabel(local_file, page)
        file_label.setIndent(24)
        note = QLabel(self.tr("Each person logs in to the team server with their own name and password; "
                              "Drafter asks for the password and keeps it only in the system's keyring. "
                              "The change takes effect the next time Drafter starts."), page)
        note.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addWidget(self.local)
        column.addWidget(file_label)
        column.addWidget(self.team)
        column.addWidget(self.address)
        column.addWidget(note)
        column.addStretch(1)
        return page

    def _language_tab(self, preferences: Preferences) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("System default"), None)
        for code, name in LANGUAGES.items():  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        note = QLabel(self.tr("The language of Drafter's menus and windows. The menus change as soon as you "
                              "press OK; the rest of the window follows the next time Drafter starts. Each "
                              "statement keeps its own language (the box in the status bar)."), page)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.language)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(note)
        column.addStretch(1)
        return page

    def preferences(self) -> Preferences:
        server = self.address.text().strip() if self.team.isChecked() else ""
        language = self.language.currentData()
        return replace(self._preferences, team_server=server or None,
                       language=str(language) if language else None)

    def accept(self) -> None:
        if self.team.isChecked() and not is_server_address(self.address.text().strip()):
            self.problem.setText(self.tr("A team server's address starts with postgresql://, for example "
                                         "postgresql://server.example/statements."))
            self.tabs.setCurrentIndex(0)
            self.address.setFocus()
            return
        super().accept()
