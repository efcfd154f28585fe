"""Drop .md and .txt files on the window to import them, as File ▸ Import File… does.

An event filter on the main window and on the editor (which would otherwise
paste a dropped file's address as text). Anything else dropped on the
editor (text from another program) is left to the editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

IMPORTABLE_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})


def importable_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files among what is dragged; empty unless every one is a .md or .txt file."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(mime.urls()):
        return []
    return paths if all(p.suffix.lower() in IMPORTABLE_SUFFIXES for p in paths) else []


class FileDrop(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.setAcceptDrops(True)
        for watched in (window, window.editor, window.editor.viewport()):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if importable_paths(event) and self._window.ops is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = importable_paths(event)
            if paths and self._window.ops is not None:
                event.acceptProposedAction()
                self.import_all(paths)
                return True
        return False

    def import_all(self, paths: list[Path]) -> list[int]:
        """Import each file; the last one imported is shown. Refused files say why, one by one."""
        assert self._window.ops is not None
        imported = [found for path in paths
                    if (found := self._window.ops.import_path(path)) is not None]
        if imported:
            self._window.open_statement(imported[-1])
            self._window.status.showMessage(
                f"Imported {len(imported)} file{'s' * (len(imported) != 1)}.", 5000)
        return imported
