"""Settings ▸ Drafting Checks…: which checks run for the organisation, how severe each is, and the targets."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drafter.core.checks.findings import Severity
from drafter.core.checks.registry import CHECKS
from drafter.core.checks.settings import CheckSettings


class CheckSettingsDialog(QDialog):
    def __init__(self, settings: CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drafting Checks"))
        self._original = settings
        self.enabled: dict[str, QCheckBox] = {}
        self.severity: dict[str, QComboBox] = {}

        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        for row, info in enumerate(CHECKS):
            box = QCheckBox(info.title, grid_widget)
            box.setChecked(settings.enabled(info.id))
            box.setToolTip(info.description)
            combo = QComboBox(grid_widget)
            combo.setAccessibleName(self.tr("Severity of {check}").format(check=info.title))
            for severity in Severity:
                label = (self.tr("{severity} (its own)").format(severity=severity.label)
                         if severity is info.severity else severity.label)
                combo.addItem(label, severity.value)
            combo.setCurrentIndex(combo.findData(settings.severity(info.id, info.severity).value))
            box.toggled.connect(combo.setEnabled)
            combo.setEnabled(box.isChecked())
            description = QLabel(info.description, grid_widget)
            description.setWordWrap(True)
            grid.addWidget(box, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(description, row, 2)
            self.enabled[info.id], self.severity[info.id] = box, combo
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)

        targets = QGroupBox(self.tr("Targets"), self)
        form = QFormLayout(targets)
        self.target_grade = QDoubleSpinBox(targets)
        self.target_grade.setRange(1, 20)
        self.target_grade.setDecimals(1)
        self.target_grade.setValue(settings.target_grade)
        self.max_sentence_words = QSpinBox(targets)
        self.max_sentence_words.setRange(5, 200)
        self.max_sentence_words.setValue(settings.max_sentence_words)
        self.date_window_days = QSpinBox(targets)
        self.date_window_days.setRange(1, 3660)
        self.date_window_days.setValue(settings.date_window_days)
        self.max_words = _optional_count(settings.max_words, targets)
        self.max_characters = _optional_count(settings.max_characters, targets)
        form.addRow(self.tr("Highest reading grade:"), self.target_grade)
        form.addRow(self.tr("Longest sentence (words):"), self.max_sentence_words)
        form.addRow(self.tr("Dates further from the statement's (days):"), self.date_window_days)
        form.addRow(self.tr("Most words (when the template sets none):"), self.max_words)
        form.addRow(self.tr("Most characters (when the template sets none):"), self.max_characters)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("These settings apply to everyone in this workspace. An error stops a "
                              "statement going to review; warnings and advice do not."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(targets)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def settings(self) -> CheckSettings:
        """The settings as the dialog now shows them."""
        disabled = frozenset(check for check, box in self.enabled.items() if not box.isChecked())
        severities = {}
        defaults = {info.id: info.severity for info in CHECKS}
        for check, combo in self.severity.items():
            chosen = Severity(combo.currentData())
            if chosen is not defaults[check]:
                severities[check] = chosen
        return replace(
            self._original, disabled=disabled, severities=MappingProxyType(severities),
            target_grade=self.target_grade.value(), max_sentence_words=self.max_sentence_words.value(),
            date_window_days=self.date_window_days.value(),
            max_words=self.max_words.value() or None, max_characters=self.max_characters.value() or None)


def _optional_count(value: int | None, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 1_000_000)
    box.setSpecialValueText(QCoreApplication.translate("CheckSettingsDialog", "No limit"))
    box.setValue(value or 0)
    return box
