"""The Markdown editor: a plain-text editor tuned for writing statements.

QPlainTextEdit lays out only what is visible, so typing stays instant in
long statements. The text column is kept to a readable width and centred.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontDatabase, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from drafter.ui.highlighter import MarkdownHighlighter

DEFAULT_POINT_SIZE = 12
READABLE_COLUMNS = 80  # characters per line before the column stops widening
MIN_ZOOM, MAX_ZOOM = -6, 16


def qt_offset(text: str, index: int) -> int:
    """A Python string index as a Qt text position.

    Qt counts UTF-16 code units: each character beyond the Basic
    Multilingual Plane (an emoji, say) takes two, where Python counts one.
    """
    prefix = text[:index]
    if prefix.isascii():
        return index
    return index + sum(1 for char in prefix if ord(char) > 0xFFFF)


def python_offset(text: str, position: int) -> int:
    """A Qt text position as a Python string index (the inverse of ``qt_offset``)."""
    if text.isascii():
        return position
    index = units = 0
    for char in text:
        if units >= position:
            break
        units += 2 if ord(char) > 0xFFFF else 1
        index += 1
    return index


class MarkdownEditor(QPlainTextEdit):
    """Emits ``topLineChanged`` when scrolled, ``cursorLineChanged`` when the cursor moves lines."""

    topLineChanged = Signal(float)  # 1-based source line at the top, with a fraction
    cursorLineChanged = Signal(int)
    zoomChanged = Signal(int)
    # The text itself changed. QPlainTextEdit's textChanged also fires when the
    # highlighter re-formats a paragraph (an underline, a shaded block), which
    # must not count as an edit: no autosave, no new preview.
    textEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAccessibleName(self.tr("Statement text"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSize(DEFAULT_POINT_SIZE)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document())
        self._zoom = 0
        self._last_cursor_line = 0
        # Returns a snippet's text for a trigger word, or None (set by the window).
        self.trigger_expander: Callable[[str], str | None] | None = None
        # Adds choices (spelling) to the right-click menu for the text under the mouse.
        self.context_menu_extender: Callable[[QMenu, QTextCursor], object] | None = None
        self._last_text = ""
        self.textChanged.connect(self._emit_if_edited)
        self.verticalScrollBar().valueChanged.connect(self._emit_top_line)
        self.cursorPositionChanged.connect(self._emit_cursor_line)

    # -- zoom ---------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        if steps != self._zoom:
            self.zoomIn(steps - self._zoom)
            self._zoom = steps
            self._fit_text_column()
            self.zoomChanged.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    # -- positions -------------------------------------------------------------
    def cursor_position(self) -> int:
        return self.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.centerCursor()

    def top_source_line(self) -> float:
        """The 1-based line at the top of the view, plus how far into it the view is."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 1.0
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        height = max(1.0, geometry.height())
        into = min(1.0, max(0.0, -geometry.top() / height))
        return block.blockNumber() + 1 + into

    def scroll_to_source_line(self, line: float) -> None:
        """Scroll so that ``line`` (1-based, fractional) is at the top of the view."""
        number = max(0, int(line) - 1)
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        # QPlainTextEdit scrolls by blocks (lines of the scroll bar = blocks);
        # a block that wraps over several lines counts its lines.
        bar = self.verticalScrollBar()
        first_line = block.firstLineNumber()
        into = (line - int(line)) * max(1, block.lineCount())
        bar.setValue(int(first_line + into))

    def select_text_range(self, start: int, end: int) -> None:
        """Select ``start:end`` given as Python indices into ``toPlainText()``."""
        text = self.toPlainText()
        self.select_range(qt_offset(text, start), qt_offset(text, end))

    def selected_text_range(self) -> tuple[int, int] | None:
        """The selection as Python indices into ``toPlainText()``, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.toPlainText()
        return python_offset(text, cursor.selectionStart()), python_offset(text, cursor.selectionEnd())

    def replace_text_range(self, start: int, end: int, replacement: str, text: str | None = None) -> None:
        """Replace ``start:end``, Python indices into ``text`` (default: the current
        text), as one undoable edit."""
        text = self.toPlainText() if text is None else text
        self.replace_range(qt_offset(text, start), qt_offset(text, end), replacement)

    def replace_range(self, start: int, end: int, replacement: str) -> None:
        """Replace between two Qt positions, as one undoable edit."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def select_range(self, start: int, end: int) -> None:
        """Select between two Qt positions."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- layout --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text_column()

    def _fit_text_column(self) -> None:
        """Centre a column of about READABLE_COLUMNS characters in a wide window."""
        column = self.fontMetrics().averageCharWidth() * READABLE_COLUMNS
        spare = self.width() - column - self.verticalScrollBar().sizeHint().width()
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)

    def _emit_if_edited(self) -> None:
        text = self.toPlainText()
        if text != self._last_text:
            self._last_text = text
            self.textEdited.emit()

    def _emit_top_line(self) -> None:
        self.topLineChanged.emit(self.top_source_line())

    def _emit_cursor_line(self) -> None:
        line = self.textCursor().blockNumber() + 1
        if line != self._last_cursor_line:
            self._last_cursor_line = line
            self.cursorLineChanged.emit(line)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_menu_extender is not None:
            self.context_menu_extender(menu, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Tab / Ctrl+Shift+Tab leave the editor (Tab itself indents), so
        # the keyboard alone reaches the preview and the panels.
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            # QPlainTextEdit's own focusNextPrevChild refuses while editable: QWidget's moves on.
            QWidget.focusNextPrevChild(self, forward)
            return
        # Tab after a snippet's trigger expands it; otherwise it inserts
        # spaces, so lists indent the Markdown way.
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            if not self.expand_trigger_before_cursor():
                self.insertPlainText("    ")
            return
        super().keyPressEvent(event)

    def expand_trigger_before_cursor(self) -> bool:
        """Replace the word just typed by its snippet, if it is a snippet's trigger."""
        if self.trigger_expander is None:
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        line = cursor.block().text()[: cursor.positionInBlock()]
        word = line.split()[-1] if line.strip() and not line[-1].isspace() else ""
        body = self.trigger_expander(word) if word else None
        if body is None:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(word))
        cursor.insertText(body)
        cursor.endEditBlock()
        return True
