"""File ▸ Export…: the formats, the folder, the file-name pattern, and whether to open the folder after.

Whether the export is final is not a choice here: an approved statement is
exported (and released) as final; anything else only as a draft, and the
dialog says so before anything is written.
"""

from __future__ import annotations

from pathlib import Path

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

FORMAT_LABELS = {"pdf": "PDF (letterhead)", "docx": "Word (.docx)", "html": "HTML (website)",
                 "txt": "Plain text (e-mail)", "md": "Markdown"}


class ExportDialog(QDialog):
    def __init__(self, what: str, final: bool, folder: Path, pattern: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.formats = {name: QCheckBox(label, self) for name, label in FORMAT_LABELS.items()}
        self.formats["pdf"].setChecked(True)
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName("Folder")
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._choose_folder)
        self.pattern = QLineEdit(pattern, self)
        self.pattern.setAccessibleName("File name")
        self.pattern.setToolTip("{date}, {slug}, {id} and {title} are filled in, e.g. {date}-{slug}")
        self.open_after = QCheckBox("Open the folder afterwards", self)
        self.open_after.setChecked(True)
        kind = QLabel(
            f"{what} is approved: it is exported as final, with its approval line, and recorded as "
            "released." if final else
            f"{what} is not approved: it is exported as a draft, marked “DRAFT — NOT APPROVED” on "
            "every page.", self)
        kind.setWordWrap(True)
        formats = QVBoxLayout()
        for box in self.formats.values():
            formats.addWidget(box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Formats:", formats)
        form.addRow("Folder:", folder_row)
        form.addRow("File name:", self.pattern)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
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
        chosen = QFileDialog.getExistingDirectory(self, "Export to", self.folder.text())
        if chosen:
            self.folder.setText(chosen)
