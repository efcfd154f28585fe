"""Help ▸ About: Drafter's version and licence, the Qt in use, and the licences of what it ships."""

from __future__ import annotations

import html
import platform
import re

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter import APP_NAME
from drafter.licences import DRAFTER_LICENCE, QT_NOTICE, Library, bundled_libraries
from drafter.ui.app_icon import app_icon

_URL = re.compile(r"https?://[^\s]+?(?=[.,]?(?:\s|$))")


def linked(text: str) -> str:
    """Plain text as rich text, with its web addresses as links."""
    escaped = html.escape(text)
    return _URL.sub(lambda match: f'<a href="{match.group(0)}">{match.group(0)}</a>', escaped)


def qt_versions() -> str:
    return (f"Qt {qVersion()} · Qt for Python (PySide6) {PySide6.__version__} · "
            f"Python {platform.python_version()}")


class AboutDialog(QDialog):
    """Two tabs: About (name, version, purpose, licence, Qt) and Licences (every library shipped)."""

    def __init__(self, parent: QWidget | None = None, libraries: list[Library] | None = None) -> None:
        super().__init__(parent)
        from drafter import __version__

        self.setWindowTitle(self.tr("About {name}").format(name=APP_NAME))
        self.version = __version__
        self.libraries = bundled_libraries() if libraries is None else libraries
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.tabs.addTab(self._licences_page(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(820, 540)

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        self.icon_label = QLabel(page)
        self.icon_label.setPixmap(app_icon().pixmap(96, 96))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(f"<h2>{html.escape(APP_NAME)}</h2>", page)
        self.version_label = _label(self.tr("Version {version}").format(version=self.version), page)
        self.purpose_label = _label(self.tr("Draft, review and release public statements."), page)
        licence = self.tr(
            "{name} is free software: you can redistribute it and modify it under the terms of the GNU "
            "General Public License, version 3 or (at your option) any later version ({licence}). It "
            "comes with NO WARRANTY. The licence: https://www.gnu.org/licenses/gpl-3.0.html"
        ).format(name=APP_NAME, licence=DRAFTER_LICENCE)
        self.licence_label = _label(self.tr("Copyright © The Drafter team") + "\n\n" + licence, page,
                                    links=True)
        self.qt_label = _label(qt_versions(), page)
        text = QVBoxLayout()
        for widget in (self.name_label, self.version_label, self.purpose_label, self.licence_label,
                       self.qt_label):
            text.addWidget(widget)
        text.addStretch(1)
        row = QHBoxLayout(page)
        row.addWidget(self.icon_label)
        row.addLayout(text, 1)
        return page

    def _licences_page(self) -> QWidget:
        page = QWidget(self)
        self.qt_notice_label = _label(QT_NOTICE, page, links=True)  # legal text: kept in English
        self.library_list = QTreeWidget(page)
        self.library_list.setRootIsDecorated(False)
        self.library_list.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.library_list.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence"),
                                           self.tr("Notes")])
        for library in self.libraries:
            item = QTreeWidgetItem([library.name, library.version, library.licence, library.note])
            for column in (2, 3):
                item.setToolTip(column, item.text(column))
            self.library_list.addTopLevelItem(item)
        header = self.library_list.header()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addWidget(self.qt_notice_label)
        layout.addWidget(self.library_list, 1)
        return page

    def library_rows(self) -> list[tuple[str, str, str]]:
        """What the Licences tab lists: (name, version, licence) per row."""
        items = (self.library_list.topLevelItem(row) for row in range(self.library_list.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]


def _label(text: str, parent: QWidget, *, links: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if links:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(linked(text).replace("\n", "<br>"))
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
