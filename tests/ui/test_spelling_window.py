"""Spelling as a drafter meets it: red underlines, the right-click menu, F7,
the organisation's dictionary, and the statement's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from drafter.ui.main_window import MainWindow
from drafter.ui.spell_check_dialog import SpellCheckDialog
from drafter.ui.spelling_controller import SpellingController
from drafter.ui.thread_pool import run_inline
from tests.ui.helpers import ScriptedPrompts, make_window

SPELL_UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined_words(window: MainWindow) -> list[str]:
    """The words the editor shows with a red wavy underline, in order."""
    window.editor.highlighter.rehighlight()
    words = []
    block = window.editor.document().firstBlock()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == SPELL_UNDERLINE:
                words.append(block.text()[part.start:part.start + part.length])
        block = block.next()
    return words


def open_text(window: MainWindow, text: str, language: str = "en") -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Spelling", text=text, actor="t",
                                                language=language)
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def test_misspelled_words_are_underlined_and_nothing_else(window: MainWindow, services: Any) -> None:
    services.workspace.dictionary.add("Burnside", language="en", actor="admin")
    open_text(window, "The comunity of {{org.town}} met on Burnside Avenue with the EHPD.\n"
                      "See https://eastharbor.example.gov/recieve or write to chief@eastharbor.gov.\n"
                      "`teh code` stays as it is.")
    assert underlined_words(window) == ["comunity"]


def test_right_click_offers_the_right_word_first_and_replaces_it(window: MainWindow) -> None:
    open_text(window, "We will recieve residents at the goverment building.")
    assert window.spelling_ops is not None
    for wrong, right in [("recieve", "receive"), ("goverment", "government")]:
        cursor = window.editor.document().find(wrong)
        menu = QMenu()
        assert window.spelling_ops.extend_context_menu(menu, cursor)
        labels = [a.text() for a in menu.actions()]
        assert labels[0] == right
        assert {"Add to Organisation Dictionary", "Add to My Dictionary",
                "Ignore in This Statement", "Ignore All"} <= set(labels)
        menu.actions()[0].trigger()
    assert window.editor.toPlainText() == "We will receive residents at the government building."
    assert underlined_words(window) == []


def test_a_word_added_to_the_organisation_dictionary_clears_in_every_window(
        qtbot: Any, services: Any, prompts: ScriptedPrompts, tmp_path: Path) -> None:
    shared = SpellingController(services, run=run_inline)
    first = make_window(qtbot, services, prompts, tmp_path / "one.ini", spelling=shared)
    second = make_window(qtbot, services, prompts, tmp_path / "two.ini", spelling=shared)
    try:
        open_text(first, "Officer Okafor patrols Zeldaville.")
        open_text(second, "Zeldaville thanks its officers.")
        assert "Zeldaville" in underlined_words(second)
        cursor = first.editor.document().find("Zeldaville")
        menu = QMenu()
        assert first.spelling_ops is not None
        first.spelling_ops.extend_context_menu(menu, cursor)
        next(a for a in menu.actions() if a.text() == "Add to Organisation Dictionary").trigger()
        assert "Zeldaville" not in underlined_words(second)
        assert "Zeldaville" in services.workspace.dictionary.words("en")
    finally:
        first.close()
        second.close()


def test_ignore_in_this_statement_is_remembered_with_it(window: MainWindow, services: Any) -> None:
    statement_id = open_text(window, "The Okafor family thanks you.")
    assert window.spelling_ops is not None
    window.spelling_ops.controller.ignore_in_statement("Okafor")
    assert underlined_words(window) == []
    assert services.statements.ignored_words(statement_id) == ["Okafor"]


def test_f7_walks_the_unknown_words_with_change_and_ignore(window: MainWindow,
                                                            prompts: ScriptedPrompts) -> None:
    open_text(window, "The comunity will recieve help. The comunity thanks the Okafor family.")
    steps: list[str] = []

    def person(dialog: SpellCheckDialog) -> bool:
        steps.append(dialog.current.word)
        assert dialog.change_to.text() == "community"
        dialog.change_all()
        steps.append(dialog.current.word)
        dialog.change()  # "receive", the first suggestion
        steps.append(dialog.current.word)
        dialog.ignore()
        assert dialog.current is None
        dialog.accept()
        return True

    prompts.dialog_handler = person
    assert window.spelling_ops is not None
    window.spelling_ops.check_spelling()
    assert steps == ["comunity", "recieve", "Okafor"]
    assert window.editor.toPlainText() == (
        "The community will receive help. The community thanks the Okafor family.")


def test_the_spanish_dictionary_checks_a_spanish_statement(window: MainWindow, services: Any) -> None:
    statement_id = open_text(window, "La comunidad agradece el apoyo de los vecinos.")
    assert len(underlined_words(window)) >= 3  # English does not know these words
    assert window.spelling_ops is not None
    box = window.spelling_ops.language_box
    box.setCurrentIndex(box.findData("es"))
    box.activated.emit(box.currentIndex())
    assert services.statements.get(statement_id).language == "es"
    assert underlined_words(window) == []


@pytest.mark.parametrize("setting, flagged", [(True, []), (False, ["EHPDX"])])
def test_all_caps_words_are_skipped_unless_the_setting_says_otherwise(
        window: MainWindow, setting: bool, flagged: list[str]) -> None:
    assert window.spelling_ops is not None
    window.spelling_ops.controller.skip_all_caps = setting
    open_text(window, "The EHPDX answered.")
    assert underlined_words(window) == flagged


def test_the_cursor_word_is_found_after_an_emoji(window: MainWindow) -> None:
    open_text(window, "Thanks 🙂 to the comunity.")
    cursor = window.editor.document().find("comunity")
    cursor.setPosition(cursor.selectionStart() + 2)
    menu = QMenu()
    assert window.spelling_ops is not None
    assert window.spelling_ops.extend_context_menu(menu, QTextCursor(cursor))
    menu.actions()[0].trigger()
    assert window.editor.toPlainText() == "Thanks 🙂 to the community."


def test_the_capitals_setting_is_kept_for_the_workspace(window: MainWindow, services: Any) -> None:
    from drafter.ui.actions import ActionId

    open_text(window, "The EHPDX answered.")
    assert underlined_words(window) == []
    window.actions[ActionId.CHECK_ALL_CAPS].setChecked(True)
    assert underlined_words(window) == ["EHPDX"]
    assert services.workspace.settings.get("spelling.check_all_caps") is True
