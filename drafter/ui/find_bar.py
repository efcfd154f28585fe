"""Find and replace, as a bar under the editor (Ctrl+F, Ctrl+H)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

Flag = QTextDocument.FindFlag


class FindReplaceBar(QWidget):
    """Searches the editor it is given; hides with Escape."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setObjectName("findBar")
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match &case"), self)
        self.whole_word = QCheckBox(self.tr("&Whole word"), self)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Find result"))
        previous_button = QPushButton(self.tr("&Previous"), self)
        next_button = QPushButton(self.tr("&Next"), self)
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAccessibleName(self.tr("Close find bar"))

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.find_field, 0, 0)
        layout.addWidget(previous_button, 0, 1)
        layout.addWidget(next_button, 0, 2)
        layout.addWidget(self.match_case, 0, 3)
        layout.addWidget(self.whole_word, 0, 4)
        layout.addWidget(close_button, 0, 5)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(self.replace_button, 1, 1)
        layout.addWidget(self.replace_all_button, 1, 2)
        layout.addWidget(self.status, 1, 3, 1, 3)
        layout.setColumnStretch(0, 1)

        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(self._search_as_you_type)
        self.replace_field.returnPressed.connect(self.replace_one)
        previous_button.clicked.connect(self.find_previous)
        next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)

    # -- showing ---------------------------------------------------------------
    def open_find(self) -> None:
        self._open(replace=False)

    def open_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- searching -------------------------------------------------------------
    def _flags(self, *, backward: bool = False) -> QTextDocument.FindFlag:
        flags = Flag(0)
        if self.match_case.isChecked():
            flags |= Flag.FindCaseSensitively
        if self.whole_word.isChecked():
            flags |= Flag.FindWholeWords
        if backward:
            flags |= Flag.FindBackward
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool, from_cursor: QTextCursor | None = None) -> bool:
        needle = self.find_field.text()
        if not needle:
            self.status.clear()
            return False
        document = self._editor.document()
        start = from_cursor or self._editor.textCursor()
        found = document.find(needle, start, self._flags(backward=backward))
        if found.isNull():  # wrap around, as word processors do
            wrap = QTextCursor(document)
            if backward:
                wrap.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, wrap, self._flags(backward=backward))
            if not found.isNull():
                self.status.setText(self.tr("Wrapped around"))
        else:
            self.status.clear()
        if found.isNull():
            self.status.setText(self.tr("No matches"))
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        return True

    def _search_as_you_type(self) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._find(backward=False, from_cursor=cursor)

    # -- replacing -----------------------------------------------------------------
    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_field.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_field.text() and self._selection_matches():
            self._editor.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in one undoable step; returns how many."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self._editor.document()
        cursor = QTextCursor(document)
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        while True:
            cursor = document.find(needle, cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_field.text())
            count += 1
        edit.endEditBlock()
        self.status.setText(self.tr("Replaced {count}").format(count=count) if count
                            else self.tr("No matches"))
        return count
