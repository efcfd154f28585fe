"""The organisation profile (Settings → Organisation Profile…): the values that
fill {{org.name}}, {{speaker.title}} and the other profile placeholders, and
the letterhead logo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.core.templates.profile import PROFILE_KEYS, OrganisationProfile
from drafter.ui.prompts import Prompts

IMAGE_FILTER = QT_TRANSLATE_NOOP("ProfileDialog", "Images (*.png *.jpg *.jpeg *.svg);;All files (*)")


class ProfileDialog(QDialog):
    def __init__(self, profile: OrganisationProfile, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation Profile"))
        self.setObjectName("profileDialog")
        self._prompts = prompts
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, described in PROFILE_KEYS.items():
            line = QLineEdit(profile.get(key), self)
            line.setPlaceholderText(described.example)
            line.setToolTip(described.help)
            line.setAccessibleName(described.label)
            line.setAccessibleDescription(described.help)
            line.setObjectName(f"profile_{key}")
            form.addRow(described.label, line)
            self.fields[key] = line
        self.logo = QLineEdit(profile.logo, self)
        self.logo.setAccessibleName(self.tr("Letterhead logo file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(choose)
        form.addRow(self.tr("Letterhead logo"), logo_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_logo(self) -> None:
        path = self._prompts.open_file(self, self.tr("Choose the Letterhead Logo"), self.tr(IMAGE_FILTER))
        if path is not None:
            self.logo.setText(str(path))

    def profile(self) -> OrganisationProfile:
        values = {key: line.text().strip() for key, line in self.fields.items() if line.text().strip()}
        return OrganisationProfile(values, self.logo.text().strip())
