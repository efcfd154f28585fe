"""Keeps the editor and the preview on the same part of the statement.

Both sides speak in source lines: the editor knows which line is at its top,
the preview maps its blocks to the lines they came from. Scrolling either
side moves the other; moving the cursor off screen in the editor brings the
preview along. A guard stops the two from echoing each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from drafter.ui.editor import MarkdownEditor
from drafter.ui.preview import PreviewPane

CURSOR_SLACK_LINES = 3  # cursor moves within this many lines of the top do not scroll the preview


class ScrollSync(QObject):
    def __init__(self, editor: MarkdownEditor, preview: PreviewPane) -> None:
        super().__init__(editor)
        self._editor = editor
        self._preview = preview
        self._busy = False
        editor.topLineChanged.connect(self.preview_follows_editor)
        editor.cursorLineChanged.connect(self.preview_follows_cursor)
        preview.topLineChanged.connect(self.editor_follows_preview)
        preview.indexed.connect(self.after_render)

    def after_render(self) -> None:
        self.preview_follows_editor(self._editor.top_source_line())

    def preview_follows_editor(self, line: float) -> None:
        if not self._busy:
            self._busy = True
            self._preview.scroll_to_source_line(line)
            self._busy = False

    def preview_follows_cursor(self, line: int) -> None:
        top = self._editor.top_source_line()
        if not self._busy and not (top <= line <= top + CURSOR_SLACK_LINES):
            self.preview_follows_editor(float(line))

    def editor_follows_preview(self, line: float) -> None:
        if not self._busy:
            self._busy = True
            self._editor.scroll_to_source_line(line)
            self._busy = False
