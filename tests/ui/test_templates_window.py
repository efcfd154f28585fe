"""Templates in the window: the new-from-template dialog, placeholders, fields,
snippets, the profile and saving a statement as a template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from drafter.core.templates import OrganisationProfile
from drafter.services import open_services
from drafter.ui.main_window import MainWindow
from drafter.ui.template_dialog import NewFromTemplateDialog
from tests.ui.helpers import ScriptedPrompts, type_text

PROFILE = OrganisationProfile({
    "org.name": "Town of East Harbor", "org.town": "East Harbor", "org.state": "Ohio",
    "speaker.name": "Elena Ruiz", "speaker.title": "Mayor", "police.chief": "Marcus Bell",
    "police.department": "East Harbor Police Department", "media.name": "Sam Okafor",
    "media.phone": "(555) 010-0199", "media.email": "press@eastharbor.example.gov",
    "org.website": "www.eastharbor.example.gov", "org.address": "1 Main Street",
})


@pytest.fixture(autouse=True)
def own_templates_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "templates"


def fill_required_and_create(qtbot: Any, dialog: NewFromTemplateDialog) -> bool:
    """Type something into every empty required field, then press Create."""
    template = dialog.current_template()
    assert template is not None
    for field in template.fields:
        if not field.required:
            continue
        editor = dialog.form.editor(field.key)
        if isinstance(editor, QLineEdit) and not editor.text():
            qtbot.keyClicks(editor, f"Sample {field.key}")
        elif isinstance(editor, QPlainTextEdit) and not editor.toPlainText():
            qtbot.keyClicks(editor, f"Sample {field.key} paragraph.")
        elif isinstance(editor, QComboBox | QDateEdit):
            pass  # a choice and a date always have a value
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog.result() == 1


def create_from(qtbot: Any, window: MainWindow, prompts: ScriptedPrompts, template_id: str) -> int:
    """Go through the new-from-template dialog as a person would, for ``template_id``."""
    def person(dialog: NewFromTemplateDialog) -> bool:
        assert dialog.select_template(template_id)
        return fill_required_and_create(qtbot, dialog)

    prompts.dialog_handler = person
    assert window.template_ops is not None
    created = window.template_ops.new_from_template()
    assert created is not None
    return created


def test_new_from_template_creates_a_filled_statement(qtbot: Any, window: MainWindow,
                                                      services: Any,
                                                      prompts: ScriptedPrompts) -> None:
    services.save_organisation_profile(PROFILE)
    seen: dict[str, Any] = {}

    def person(dialog: NewFromTemplateDialog) -> bool:
        assert dialog.select_template("violent-event-response")
        seen["categories"] = [dialog.tree.topLevelItem(i).text(0)
                              for i in range(dialog.tree.topLevelItemCount())]
        seen["preview"] = dialog.preview.toPlainText()
        return fill_required_and_create(qtbot, dialog)

    prompts.dialog_handler = person
    assert window.template_ops is not None
    statement_id = window.template_ops.new_from_template()

    assert statement_id is not None and window.current_id == statement_id
    statement = services.statements.get(statement_id)
    assert statement.template_id == "violent-event-response"
    assert "Community safety" in seen["categories"]
    assert "Marcus Bell" in seen["preview"]  # the profile fills the preview too
    assert "Marcus Bell" in statement.text and "{{police.chief}}" not in statement.text
    assert "{{" not in statement.text
    assert statement.fields  # the values are kept with the statement
    assert window.fields_dock.isVisible()


def test_required_fields_are_checked_before_creating(qtbot: Any, window: MainWindow,
                                                     services: Any,
                                                     prompts: ScriptedPrompts) -> None:
    def impatient(dialog: NewFromTemplateDialog) -> bool:
        dialog.select_template("condolence")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != 1
        assert dialog.missing.text().startswith("Please fill in:")
        return False

    prompts.dialog_handler = impatient
    assert window.template_ops is not None
    assert window.template_ops.new_from_template() is None
    assert services.statements.list() == []


def test_placeholders_are_counted_and_f8_walks_them(qtbot: Any, window: MainWindow) -> None:
    assert window.services is not None and window.ops is not None
    window.ops.new_statement()
    window.editor.setPlainText("Dear {{name}} 🙂,\nsee TK and [insert quote here].")  # emoji: 2 Qt units
    window._update_stats()
    assert window.status.placeholders.text() == "3 placeholders left (F8)"
    window.editor.set_cursor_position(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectedText() == "{{name}}"
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectedText() == "TK"
    qtbot.keyClick(window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectedText() == "{{name}}"


def test_changing_a_field_updates_the_text_where_the_old_value_stood(
        qtbot: Any, window: MainWindow, services: Any, prompts: ScriptedPrompts) -> None:
    services.save_organisation_profile(PROFILE)
    statement_id = create_from(qtbot, window, prompts, "condolence")
    statement = services.statements.get(statement_id)
    key, old = next((k, v) for k, v in statement.fields.items() if v == f"Sample {k}")
    editor = window.fields_panel.form.editor(key)
    assert isinstance(editor, QLineEdit)
    editor.setText("Officer Daniel Price")
    assert window.fields_panel.apply_changes()
    assert "Officer Daniel Price" in window.editor.toPlainText()
    assert old not in window.editor.toPlainText()
    assert services.statements.get(statement_id).fields[key] == "Officer Daniel Price"
    window.editor.undo()  # one step undoes the whole change
    assert old in window.editor.toPlainText()


def test_a_snippet_trigger_expands_with_tab(qtbot: Any, window: MainWindow, services: Any) -> None:
    services.workspace.snippets.create("Media contact", "Media contact: Sam Okafor",
                                       trigger=";media", actor="admin")
    assert window.ops is not None
    window.ops.new_statement()
    type_text(qtbot, window.editor, "Questions? ;media")
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.toPlainText() == "Questions? Media contact: Sam Okafor"
    type_text(qtbot, window.editor, " ;none")
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.toPlainText().endswith(";none    ")


def test_protected_blocks_are_shaded(qtbot: Any, window: MainWindow) -> None:
    assert window.ops is not None
    window.ops.new_statement()
    window.editor.setPlainText("Open text\n<!-- fixed: about -->\nAbout the town.\n<!-- /fixed -->\nAfter")
    document = window.editor.document()
    window.editor.highlighter.rehighlight()

    def shaded(number: int) -> bool:
        return any(r.format.background().color().name() == "#eceff1"
                   for r in document.findBlockByNumber(number).layout().formats())

    assert [shaded(n) for n in range(5)] == [False, True, True, True, False]


def test_the_profile_dialog_saves_the_profile(qtbot: Any, window: MainWindow, services: Any,
                                              prompts: ScriptedPrompts) -> None:
    def person(dialog: Any) -> bool:
        dialog.fields["org.name"].setText("Town of East Harbor")
        dialog.fields["police.chief"].setText("Marcus Bell")
        dialog.accept()
        return True

    prompts.dialog_handler = person
    assert window.template_ops is not None
    window.template_ops.edit_profile()
    profile = services.organisation_profile()
    assert profile.get("org.name") == "Town of East Harbor"
    assert profile.get("police.chief") == "Marcus Bell"


def test_save_as_template_for_me_and_for_the_team(qtbot: Any, window: MainWindow, services: Any,
                                                  prompts: ScriptedPrompts, db_path: Path,
                                                  own_templates_folder: Path) -> None:
    assert window.ops is not None
    window.ops.new_statement()
    type_text(qtbot, window.editor, "# Road closure\n\nBurnside Avenue closes on {{date}}.")
    prompts.dialog_handler = lambda dialog: dialog.accept() or True
    assert window.template_ops is not None
    window.template_ops.save_as_template()  # {{date}} is not a field: refused, with the reason
    assert prompts.titles("error") == ["This template has problems"]
    assert "date" in prompts.asked[-1][2]
    window.editor.setPlainText("# Road closure\n\nBurnside Avenue closes on Monday.")

    def save_for(destination: str) -> Any:
        def person(dialog: Any) -> bool:
            dialog.name.setText(f"Road closure {destination}")
            dialog.destination_box.setCurrentText(destination)
            dialog.accept()
            return True
        return person

    prompts.dialog_handler = save_for("My Templates")
    window.template_ops.save_as_template()
    assert (own_templates_folder / "road-closure-my-templates.md").exists()
    prompts.dialog_handler = save_for("Team Templates")
    window.template_ops.save_as_template()

    colleague = open_services(str(db_path), "colleague")  # another desk, same workspace
    try:
        library = colleague.template_library()
        assert library.get("road-closure-team-templates") is not None
    finally:
        colleague.close()
    assert services.template_library().get("road-closure-my-templates") is not None


def test_changing_protected_boilerplate_is_reported(qtbot: Any, window: MainWindow, services: Any,
                                                   prompts: ScriptedPrompts) -> None:
    services.save_organisation_profile(PROFILE)
    create_from(qtbot, window, prompts, "press-release")
    window._update_stats()
    assert window.status.protected.text() == ""
    text = window.editor.toPlainText()
    assert "About the Town of East Harbor" in text or "Town of East Harbor" in text
    window.editor.setPlainText(text.replace("Town of East Harbor", "Town of Elsewhere"))
    window._update_stats()
    assert window.status.protected.text().startswith("Protected text changed: about")


def test_export_a_template_file_as_it_reads(qtbot: Any, window: MainWindow, services: Any,
                                            prompts: ScriptedPrompts, tmp_path: Path) -> None:
    prompts.save_answer = tmp_path / "exported.md"
    library = services.template_library()
    proclamation = library.get("proclamation")
    assert window.template_ops is not None
    assert window.template_ops.export_template(proclamation)
    assert prompts.save_answer.read_text(encoding="utf-8") == proclamation.path.read_text(encoding="utf-8")
