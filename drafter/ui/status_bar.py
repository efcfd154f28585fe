"""The status bar: counts, cursor position, save state and who is acting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from drafter.core.text_stats import TextStats


class DrafterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = self._label("Word and character count")
        self.position = self._label("Cursor position")
        self.save_state = self._label("Save state")
        self.person = self._label("Acting as")

    def _label(self, accessible_name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(accessible_name)
        self.addPermanentWidget(label)
        return label

    def show_stats(self, stats: TextStats) -> None:
        minutes = f"{stats.reading_minutes} min read" if stats.words else "empty"
        self.counts.setText(f"{stats.words:,} words · {stats.characters:,} characters · {minutes}")

    def show_position(self, line: int, column: int) -> None:
        self.position.setText(f"Ln {line}, Col {column}")

    def show_saved(self, when: datetime) -> None:
        self.save_state.setText(f"Saved {when:%H:%M:%S}")

    def show_editing(self) -> None:
        self.save_state.setText("Editing…")

    def show_unsaved(self, why: str) -> None:
        self.save_state.setText("Not saved")
        self.save_state.setToolTip(why)

    def show_person(self, name: str) -> None:
        self.person.setText(name)
