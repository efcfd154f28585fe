"""File ▸ Export…: the formats, the folder, the file-name pattern, and whether to open the folder after.

Whether the export is final is not a choice here: an approved statement is
exported (and released) as final; anything else only as a draft, and the
dialog says so before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FORMAT_LABELS = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (letterhead)"),
                 "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word (.docx)"),
                 "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML (website)"),
                 "txt": QT_TRANSLATE_NOOP("ExportDialog", "Plain text (e-mail)"),
                 "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown")}


class ExportDialog(QDialog):
    def __init__(self, what: str, final: bool, folder: Path, pattern: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.formats = {name: QCheckBox(self.tr(label), self) for name, label in FORMAT_LABELS.items()}
        self.formats["pdf"].setChecked(True)
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        self.pattern = QLineEdit(pattern, self)
        self.pattern.setAccessibleName(self.tr("File name"))
        self.pattern.setToolTip(self.tr("{date}, {slug}, {id} and {title} are filled in, e.g. {date}-{slug}"))
        self.open_after = QCheckBox(self.tr("Open the folder afterwards"), self)
        self.open_after.setChecked(True)
        kind = QLabel((
            self.tr("{what} is approved: it is exported as final, with its approval line, and recorded as "
                    "released.") if final else
            self.tr("{what} is not approved: it is exported as a draft, marked “DRAFT — NOT APPROVED” on "
                    "every page.")).format(what=what), self)
        kind.setWordWrap(True)
        formats = QVBoxLayout()
        for box in self.formats.values():
            formats.addWidget(box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Formats:"), formats)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("File name:"), self.pattern)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(kind)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def chosen_formats(self) -> list[str]:
        return [name for name, box in self.formats.items() if box.isChecked()]

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
