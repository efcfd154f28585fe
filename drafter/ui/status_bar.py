"""The status bar: counts, cursor position, save state and who is acting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from drafter.core.checks.findings import Finding, Severity, count_text, counts
from drafter.core.text_stats import TextStats


class DrafterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholders = self._label("Placeholders left")
        self.placeholders.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.protected = self._label("Protected text changed")
        self.protected.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problems = self._label("Problems found by the checks")
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

    def show_placeholders(self, count: int) -> None:
        self.placeholders.setText("" if not count else
                                  f"{count} placeholder{'s' if count != 1 else ''} left (F8)")

    def show_protected_changes(self, names: list[str]) -> None:
        """Protected (fixed) blocks of the template that the text no longer matches."""
        self.protected.setText("" if not names else "Protected text changed: " + ", ".join(names))
        self.protected.setToolTip("" if not names else
                                  "These blocks are fixed by the organisation. Reviewers will see "
                                  "that they were changed.")

    def show_problems(self, findings: list[Finding] | None) -> None:
        """The checks' counts ("2 errors · 1 warning"); nothing when no statement is checked."""
        if findings is None:
            self.problems.clear()
            return
        self.problems.setText(count_text(findings))
        errors = counts(findings)[Severity.ERROR]
        self.problems.setStyleSheet("color: #c62828; font-weight: bold;" if errors else "")
        self.problems.setToolTip("Errors stop the statement going to review. "
                                 "Next Problem (F4) goes to each in turn.")

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
