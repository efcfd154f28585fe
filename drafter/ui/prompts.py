"""Every message box and file chooser in one place, returning plain values.

Widgets receive a ``Prompts`` object and ask it; tests pass a subclass that
answers without showing anything. Nothing else in the UI opens a dialog of
this kind directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

MARKDOWN_FILTER = QT_TRANSLATE_NOOP("Prompts", "Markdown or text (*.md *.markdown *.txt);;All files (*)")


def _tr(text: str) -> str:
    """A string of this module (marked with ``QT_TRANSLATE_NOOP("Prompts", …)``) in the interface's
    language; anything else unchanged."""
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show one of Drafter's own dialogs modally; True when it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def report(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """An error with a long report the person can show and copy (Show Details)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                yes: str = QT_TRANSLATE_NOOP("Prompts", "OK")) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                          parent)
        ok = box.addButton(_tr(yes), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def choose(self, parent: QWidget | None, title: str, text: str, choices: list[str]) -> str:
        """Ask to pick one of ``choices`` (the first is the default); returns the one picked."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                          parent)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        for choice, button in zip(choices, buttons, strict=True):
            if clicked is button:
                return choice
        return choices[0]

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return answer if ok else None

    def password(self, parent: QWidget | None, where: str, reason: str = "") -> str | None:
        """Ask for the team server's password (typed hidden; never stored by Drafter itself)."""
        label = (f"{reason}\n\n" if reason else "") + QCoreApplication.translate(
            "Prompts", "Password for the team server\n{where}:").format(where=where)
        answer, ok = QInputDialog.getText(parent, QCoreApplication.translate("Prompts", "Team Server Login"),
                                          label, QLineEdit.EchoMode.Password)
        return answer if ok and answer else None

    def open_file(self, parent: QWidget | None, title: str, file_filter: str = MARKDOWN_FILTER
                  ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", _tr(file_filter))
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  file_filter: str = MARKDOWN_FILTER) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, _tr(file_filter))
        return Path(name) if name else None
