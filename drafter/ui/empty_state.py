"""What the editor area shows when no statement is open: the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = QLabel("<h2>Start a statement</h2>", self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel("Most statements follow a shape: start from a template and fill in "
                      "what is particular to this one.", self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.from_template = QPushButton("Start from a &Template…  (Ctrl+Shift+N)", self)
        self.from_template.setAccessibleName("Start from a template")
        self.blank = QPushButton("&Blank Statement  (Ctrl+N)", self)
        self.blank.setAccessibleName("Start a blank statement")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.from_template, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.blank, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
