"""Find and replace, the statement list, trash, import and links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from drafter.core.statement import Status
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts


def open_text(window: MainWindow, text: str) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Notice", text=text, actor="tester")
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def test_replace_all_respects_match_case_and_whole_word_and_undoes_in_one_step(
        window: MainWindow) -> None:
    open_text(window, "Police and police officers. Policeman. POLICE.")
    bar = window.find_bar
    bar.open_replace()
    bar.find_field.setText("police")
    bar.replace_field.setText("the department")
    bar.match_case.setChecked(True)
    bar.whole_word.setChecked(True)
    assert bar.replace_all() == 1
    assert window.editor.toPlainText() == "Police and the department officers. Policeman. POLICE."
    window.editor.undo()
    assert window.editor.toPlainText() == "Police and police officers. Policeman. POLICE."
    bar.match_case.setChecked(False)
    assert bar.replace_all() == 3  # Police, police, POLICE — not Policeman


def test_find_wraps_around_and_says_so(window: MainWindow) -> None:
    open_text(window, "chief Bell met the chief of Riverton")
    window.editor.set_cursor_position(10)
    bar = window.find_bar
    bar.open_find()
    bar.find_field.setText("chief")  # searches as you type, from the cursor on
    assert window.editor.textCursor().selectionStart() == 19
    assert bar.find_next()
    assert window.editor.textCursor().selectionStart() == 0
    assert bar.status.text() == "Wrapped around"
    bar.find_field.setText("sheriff")
    assert not bar.find_next()
    assert bar.status.text() == "No matches"


def test_list_filters_by_status_and_search(window: MainWindow, services: Any) -> None:
    services.statements.create(title="Proclamation: Police Week", text="x", actor="a")
    services.statements.create(title="Road closure notice", text="y", actor="a")
    window.refresh_list()
    panel = window.list_panel
    assert panel.model.rowCount() == 2
    panel.search_field.setText("police")
    window.refresh_list()
    assert [panel.model.item(r).title for r in range(panel.model.rowCount())] == [
        "Proclamation: Police Week"]
    panel.search_field.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.APPROVED.value))
    window.refresh_list()
    assert panel.model.rowCount() == 0


def test_trash_and_restore(window: MainWindow, services: Any, prompts: ScriptedPrompts) -> None:
    statement_id = open_text(window, "Going away")
    assert window.ops is not None
    window.ops.move_to_trash()
    assert prompts.titles("confirm") == ["Move to Trash?"]
    assert window.current_id is None
    assert [s.id for s in services.statements.list()] == []
    panel = window.list_panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("trash"))
    window.refresh_list()
    panel.select(statement_id)
    assert window.current_id == statement_id
    assert window.editor.isReadOnly()
    window.ops.restore()
    assert [s.id for s in services.statements.list()] == [statement_id]
    assert not window.editor.isReadOnly()


def test_rename_changes_list_and_title(window: MainWindow, services: Any,
                                       prompts: ScriptedPrompts) -> None:
    statement_id = open_text(window, "text")
    prompts.text_answer = "Statement on the Riverton attack"
    assert window.ops is not None
    window.ops.rename()
    assert services.statements.get(statement_id).title == "Statement on the Riverton attack"
    assert window.windowTitle().startswith("Statement on the Riverton attack")


def test_import_refuses_a_binary_file_and_changes_nothing(window: MainWindow, services: Any,
                                                         prompts: ScriptedPrompts,
                                                         tmp_path: Path) -> None:
    binary = tmp_path / "photo.md"
    binary.write_bytes(bytes(range(256)) * 8)
    prompts.open_answer = binary
    assert window.ops is not None
    assert window.ops.import_file() is None
    assert prompts.titles("error") == ["Cannot import the file"]
    assert services.statements.list() == []


def test_import_makes_a_statement_titled_from_its_heading(window: MainWindow,
                                                          prompts: ScriptedPrompts,
                                                          tmp_path: Path) -> None:
    source = tmp_path / "statement.md"
    source.write_bytes("# Condolences to the Price family\n\nCafé owners…".encode("cp1252"))
    prompts.open_answer = source
    assert window.ops is not None
    statement_id = window.ops.import_file()
    assert statement_id == window.current_id
    assert window.editor.toPlainText().endswith("Café owners…")
    assert window.windowTitle().startswith("Condolences to the Price family")


def test_save_a_copy_as_markdown(window: MainWindow, prompts: ScriptedPrompts,
                                 tmp_path: Path) -> None:
    open_text(window, "# Title\n\nBody ünïcode")
    prompts.save_answer = tmp_path / "out.md"
    assert window.ops is not None
    window.ops.save_as_markdown()
    assert (tmp_path / "out.md").read_text(encoding="utf-8") == "# Title\n\nBody ünïcode"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_a_link_opens_in_the_browser_only_after_confirmation(window: MainWindow,
                                                             prompts: ScriptedPrompts) -> None:
    open_text(window, "See [the town site](https://example.org/news).")
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        prompts.confirm_answer = False
        window.preview.anchorClicked.emit(QUrl("https://example.org/news"))
        assert catcher.urls == []
        prompts.confirm_answer = True
        window.preview.anchorClicked.emit(QUrl("https://example.org/news"))
        assert catcher.urls == ["https://example.org/news"]
        assert "the town site" in window.preview.toPlainText()  # the preview stayed put
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_the_preview_loads_nothing_a_statement_names(window: MainWindow, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not show")
    assert window.preview.loadResource(0, QUrl.fromLocalFile(str(secret))) is None
    assert window.preview.loadResource(2, QUrl("https://tracker.example/pixel.png")) is None
