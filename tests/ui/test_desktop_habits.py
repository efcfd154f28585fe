"""Habits of a desktop application: recent statements in the File menu, files dropped on the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts


def _titles(window: MainWindow) -> list[str]:
    window.recent_menu.refill()
    return [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]


def test_recent_statements_are_in_the_file_menu_newest_first(window: MainWindow,
                                                             services: Any) -> None:
    ids = [services.statements.create(title=f"Statement {n}", text="x", actor="mayor.office").id
           for n in (1, 2, 3)]
    window.refresh_list()
    for statement_id in ids:
        window.open_statement(statement_id)
    window.open_statement(ids[0])

    assert _titles(window) == ["&1 Statement 1", "&2 Statement 3", "&3 Statement 2", "Clear Menu"]
    assert window.recent_menu.menuAction() in window.menus["File"].actions()
    window.recent_menu.actions()[1].trigger()
    assert window.current_id == ids[2]

    services.statements.trash(ids[1], actor="mayor.office")  # trashed: left out
    assert "&3 Statement 2" not in _titles(window)
    next(a for a in window.recent_menu.actions() if a.text() == "Clear Menu").trigger()
    assert _titles(window) == ["No Recent Statements"]


def _drop(window: MainWindow, target: Any, paths: list[Path]) -> bool:
    """Drag ``paths`` over ``target`` and drop them, as a file manager would; True when taken.

    Qt hands a drop only to the widget that took the drag's DragEnter, which a
    test cannot start without a real drag from the system, so the events go
    straight to the window's filter, in the order Qt sends them.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    if not window.file_drop.eventFilter(target, enter) or not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    return window.file_drop.eventFilter(target, drop) and drop.isAccepted()


def test_dropping_markdown_files_on_the_window_imports_them(window: MainWindow, services: Any,
                                                            tmp_path: Path) -> None:
    first = tmp_path / "curfew.md"
    first.write_text("# Curfew lifted\n\nThe curfew ends tonight.\n", encoding="utf-8")
    second = tmp_path / "thanks.txt"
    second.write_text("Thank you to every volunteer.\n", encoding="utf-8")

    assert _drop(window, window.editor.viewport(), [first, second])

    titles = {s.title for s in services.statements.list()}
    assert {"Curfew lifted", "Thank you to every volunteer."} <= titles
    assert window.editor.toPlainText() == "Thank you to every volunteer.\n"


def test_a_dropped_file_that_is_not_text_is_not_taken(window: MainWindow, services: Any,
                                                      prompts: ScriptedPrompts, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    before = len(services.statements.list())
    assert not _drop(window, window, [picture])  # not offered: the editor gets it as any drop
    assert len(services.statements.list()) == before
    # A .md file that is really binary is refused with the import's own message.
    fake = tmp_path / "fake.md"
    fake.write_bytes(bytes(range(256)) * 40)
    assert _drop(window, window, [fake])
    assert len(services.statements.list()) == before
    assert prompts.titles("error") == ["Cannot import the file"]


def _heading_colour(window: MainWindow) -> str:
    block = window.editor.document().firstBlock()
    layout = block.layout()
    ranges = layout.formats()
    colour = ranges[0].format.foreground().color()
    return str(colour.name())


def test_a_dark_desktop_gets_readable_colours_and_back(qapp: Any, window: MainWindow,
                                                       services: Any) -> None:
    from PySide6.QtGui import QColor, QPalette

    from drafter.ui.colour_scheme import DARK, LIGHT

    statement = services.statements.create(title="Dark", text="# Heading\n\nText", actor="mayor.office")
    window.refresh_list()
    window.open_statement(statement.id)
    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert _heading_colour(window) == DARK.heading
        window.review_banner.show_state("in_review", "In review")
        assert DARK.banners["in_review"] in window.review_banner.styleSheet()
        assert DARK.banner_text in window.review_banner.styleSheet()
    finally:
        qapp.setPalette(light)
        QApplication.processEvents()
    assert _heading_colour(window) == LIGHT.heading
    assert LIGHT.banners["in_review"] in window.review_banner.styleSheet()


def test_high_dpi_screens_are_scaled_by_their_exact_factor(qapp: Any) -> None:
    from PySide6.QtCore import Qt as QtNS

    assert (QApplication.highDpiScaleFactorRoundingPolicy()
            == QtNS.HighDpiScaleFactorRoundingPolicy.PassThrough)
