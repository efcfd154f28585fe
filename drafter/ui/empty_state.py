"""What the editor area shows when no statement is open: the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = QLabel("<h2>{}</h2>".format(self.tr("Start a statement")), self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Most statements follow a shape: start from a template and fill in "
                              "what is particular to this one."), self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.from_template = QPushButton(self.tr("Start from a &Template…  (Ctrl+Shift+N)"), self)
        self.from_template.setAccessibleName(self.tr("Start from a template"))
        self.blank = QPushButton(self.tr("&Blank Statement  (Ctrl+N)"), self)
        self.blank.setAccessibleName(self.tr("Start a blank statement"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.from_template, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.blank, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
