"""The status bar: counts, cursor position, save state and who is acting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from drafter.core.checks.findings import Finding, Severity, count_text, counts
from drafter.core.text_stats import TextStats
from drafter.ui.colour_scheme import text_style


class DrafterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholders = self._label(self.tr("Placeholders left"))
        self.placeholders.setStyleSheet(text_style("warning"))
        self.protected = self._label(self.tr("Protected text changed"))
        self.protected.setStyleSheet(text_style("error") + " font-weight: bold;")
        self.problems = self._label(self.tr("Problems found by the checks"))
        self.counts = self._label(self.tr("Word and character count"))
        self.position = self._label(self.tr("Cursor position"))
        self.save_state = self._label(self.tr("Save state"))
        self.person = self._label(self.tr("Acting as"))

    def _label(self, accessible_name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(accessible_name)
        self.addPermanentWidget(label)
        return label

    def show_stats(self, stats: TextStats) -> None:
        minutes = (self.tr("{minutes} min read").format(minutes=stats.reading_minutes) if stats.words
                   else self.tr("empty"))
        self.counts.setText(self.tr("{words} words · {characters} characters · {reading}").format(
            words=f"{stats.words:,}", characters=f"{stats.characters:,}", reading=minutes))

    def show_placeholders(self, count: int) -> None:
        self.placeholders.setText("" if not count else
                                  self.tr("1 placeholder left (F8)") if count == 1 else
                                  self.tr("{count} placeholders left (F8)").format(count=count))

    def show_protected_changes(self, names: list[str]) -> None:
        """Protected (fixed) blocks of the template that the text no longer matches."""
        self.protected.setText("" if not names else
                               self.tr("Protected text changed: {names}").format(names=", ".join(names)))
        self.protected.setToolTip("" if not names else
                                  self.tr("These blocks are fixed by the organisation. Reviewers will see "
                                          "that they were changed."))

    def show_problems(self, findings: list[Finding] | None) -> None:
        """The checks' counts ("2 errors · 1 warning"); nothing when no statement is checked."""
        if findings is None:
            self.problems.clear()
            return
        self.problems.setText(count_text(findings))
        errors = counts(findings)[Severity.ERROR]
        self.problems.setStyleSheet(text_style("error") + " font-weight: bold;" if errors else "")
        self.problems.setToolTip(self.tr("Errors stop the statement going to review. "
                                         "Next Problem (F4) goes to each in turn."))

    def show_position(self, line: int, column: int) -> None:
        self.position.setText(self.tr("Ln {line}, Col {column}").format(line=line, column=column))

    def show_saved(self, when: datetime) -> None:
        self.save_state.setText(self.tr("Saved {time}").format(time=f"{when:%H:%M:%S}"))

    def show_editing(self) -> None:
        self.save_state.setText(self.tr("Editing…"))

    def show_unsaved(self, why: str) -> None:
        self.save_state.setText(self.tr("Not saved"))
        self.save_state.setToolTip(why)

    def show_person(self, name: str) -> None:
        self.person.setText(name)
