"""The interface in Spanish: menus, actions and every dialog, switched at start or from Preferences.

Spanish is compiled from ``resources/translations/drafter_es.ts`` into a
temporary cache folder by the code Drafter itself uses (``drafter.i18n``), and
removed again after each test, so every other test sees English.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from drafter import i18n
from drafter.core.checks.settings import CheckSettings
from drafter.core.templates.profile import OrganisationProfile
from drafter.preferences import Preferences
from drafter.services import Services
from drafter.ui.actions import SPECS, ActionId
from drafter.ui.main_window import MainWindow
from drafter.ui.menus import MENUS
from drafter.ui.translation import current_language, install_translators
from tests.ui.helpers import ScriptedPrompts, make_window

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "drafter_es.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%n|%L?\d")
MNEMONIC = re.compile(r"&([^&\s])")
QT_SPANISH = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_es.qm").is_file()


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever the test installs, the next test starts in English (and no DRAFTER_LANGUAGE interferes)."""
    monkeypatch.delenv(i18n.ENVIRONMENT_VARIABLE, raising=False)
    yield
    monkeypatch.delenv(i18n.ENVIRONMENT_VARIABLE, raising=False)  # a test may have set it
    install_translators(_app(), i18n.SOURCE_LANGUAGE)
    assert current_language() == "en"


@pytest.fixture
def spanish(qapp: Any, tmp_path: Path, english_afterwards: None) -> str:
    """Spanish installed, its .qm compiled from the .ts into a temporary cache folder."""
    applied = install_translators(qapp, "es", cache=tmp_path / "translations-cache")
    assert applied == "es", "the Spanish translation could not be compiled or loaded (see the log)"
    return applied


# -- the main window --------------------------------------------------------------------------


def test_switching_to_spanish_translates_the_menus_and_back(window: MainWindow, qapp: Any, tmp_path: Path,
                                                            english_afterwards: None) -> None:
    assert window.menus["File"].title() == "&File"
    assert install_translators(qapp, "es", cache=tmp_path) == "es"
    window.retranslate()

    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Insertar", "&Revisión", "&Ver", "&Configuración", "Ay&uda"]
    assert window.menus["File"].title() == "&Archivo"
    assert window.actions[ActionId.NEW_STATEMENT].text() == "&Nueva declaración"
    assert window.actions[ActionId.SUBMIT_FOR_REVIEW].text() == "&Enviar a revisión…"
    assert window.actions[ActionId.APPROVE].statusTip() == "Aprobar la versión en revisión tal como está"
    for action_id, spec in SPECS.items():  # every action, its text and its tip
        assert window.actions[action_id].text() != spec.text, action_id
        assert window.actions[action_id].toolTip() != spec.tip, action_id
    assert window.problems_dock.windowTitle() == "Problemas"

    install_translators(qapp, "en")
    window.retranslate()
    assert [action.text() for action in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert window.actions[ActionId.NEW_STATEMENT].text() == "&New Statement"
    assert window.actions[ActionId.APPROVE].statusTip() == SPECS[ActionId.APPROVE].tip
    assert window.problems_dock.windowTitle() == "Problems"


def test_a_window_made_in_spanish_is_spanish_throughout(spanish: str, qtbot: Any, services: Services,
                                                        prompts: ScriptedPrompts, state_file: Path) -> None:
    window = make_window(qtbot, services, prompts, state_file)
    try:
        assert window.menus["Review"].title() == "&Revisión"
        assert window.empty_state.blank.text() == "Declaración en &blanco  (Ctrl+N)"
        assert window.list_panel.status_filter.itemText(0) == "Todas las declaraciones"
        assert window.list_panel.model.headerData(0, _horizontal(), _display()) == "Título"
        assert window.find_bar.replace_all_button.text() == "Reemplazar &todo"
        assert window.problems_panel.fix_button.text() == "Corregir"
        window.actions[ActionId.NEW_STATEMENT].trigger()
        assert window.windowTitle().startswith("Declaración sin título")
        assert window.status.position.text().startswith("Lín. 1")
        window.status.show_placeholders(3)
        assert window.status.placeholders.text() == "Quedan 3 marcadores de posición (F8)"
    finally:
        window.close()


def test_spanish_menus_have_no_accelerator_twice(spanish: str, qtbot: Any, services: Services,
                                                 prompts: ScriptedPrompts, state_file: Path) -> None:
    window = make_window(qtbot, services, prompts, state_file)
    try:
        menus = [window.menuBar(), *window.menus.values()]
        for menu in menus:
            letters = [match.group(1).casefold() for action in menu.actions()
                       if not action.isSeparator() and (match := MNEMONIC.search(action.text()))]
            doubled = {letter for letter in letters if letters.count(letter) > 1}
            assert not doubled, (menu.title(), doubled, [a.text() for a in menu.actions()])
    finally:
        window.close()


def test_choosing_spanish_in_preferences_switches_the_menus_at_once(
        window: MainWindow, prompts: ScriptedPrompts, english_afterwards: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def choose_spanish(dialog: Any) -> bool:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        return True

    prompts.dialog_handler = choose_spanish
    window.actions[ActionId.PREFERENCES].trigger()

    assert Preferences.load().language == "es"
    saved = json.loads((Path(os.environ["DRAFTER_CONFIG_DIR"]) / "preferences.json").read_text())
    assert saved["language"] == "es" and saved["team_server"] is None
    assert window.menus["Settings"].title() == "&Configuración"
    assert window.actions[ActionId.PREFERENCES].text() == "Pre&ferencias…"
    assert "menús" in window.status.currentMessage()
    assert prompts.titles("info") == []  # the workspace did not change: nothing to say about it

    # A dialog opened now is made afresh, in Spanish; "System default" on this (non-Spanish) system
    # brings English back.
    def back_to_system(dialog: Any) -> bool:
        assert dialog.windowTitle() == "Preferencias"
        assert dialog.language.itemText(0) == "Predeterminado del sistema"
        dialog.language.setCurrentIndex(0)
        dialog.accept()
        return True

    prompts.dialog_handler = back_to_system
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "en")  # "the system's", whatever this machine's locale
    window.actions[ActionId.PREFERENCES].trigger()
    assert Preferences.load().language is None
    assert window.menus["Settings"].title() == "&Settings"
    assert prompts.titles("dialog") == ["Preferences", "Preferencias"]


# -- every dialog --------------------------------------------------------------------------------


def _dialogs(services: Services, qtbot: Any, tmp_path: Path) -> dict[str, QDialog]:
    """One of each of Drafter's dialogs, made with as little as each needs."""
    from drafter.ui.about_dialog import AboutDialog
    from drafter.ui.check_settings_dialog import CheckSettingsDialog
    from drafter.ui.comment_dialog import CommentDialog
    from drafter.ui.conflict_dialog import ConflictDialog
    from drafter.ui.editor import MarkdownEditor
    from drafter.ui.export_dialog import ExportDialog
    from drafter.ui.history_dialog import HistoryDialog
    from drafter.ui.people_dialog import PeopleDialog
    from drafter.ui.preferences_dialog import PreferencesDialog
    from drafter.ui.profile_dialog import ProfileDialog
    from drafter.ui.save_template_dialog import SaveTemplateDialog
    from drafter.ui.snippets_dialog import SnippetsDialog
    from drafter.ui.spell_check_dialog import SpellCheckDialog
    from drafter.ui.submit_dialog import SubmitDialog
    from drafter.ui.template_dialog import NewFromTemplateDialog
    from drafter.ui.template_ops import MY_TEMPLATES, TEAM_TEMPLATES

    class NoUnknownWords:
        def unknown_words(self, text: str) -> list[Any]:
            return []

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    statement = services.statements.create(title="Cierre de calles", text="# Aviso", actor="mayor.office")
    made: dict[str, QDialog] = {
        "AboutDialog": AboutDialog(libraries=[]),
        "CheckSettingsDialog": CheckSettingsDialog(CheckSettings()),
        "CommentDialog": CommentDialog("estas palabras"),
        "ConflictDialog": ConflictDialog("Aviso", "ana", "uno dos", "uno tres"),
        "ExportDialog": ExportDialog("“Aviso”", False, tmp_path, "{date}-{slug}"),
        "HistoryDialog": HistoryDialog("Aviso", [], [], "texto"),
        "PeopleDialog": PeopleDialog(services.people, services.actor, ScriptedPrompts()),
        "PreferencesDialog": PreferencesDialog(Preferences(), str(tmp_path / "workspace.db")),
        "ProfileDialog": ProfileDialog(OrganisationProfile(), ScriptedPrompts()),
        "SaveTemplateDialog": SaveTemplateDialog(statement, {}, [], [MY_TEMPLATES, TEAM_TEMPLATES]),
        "SnippetsDialog": SnippetsDialog(services.workspace.snippets, "mayor.office"),
        "SpellCheckDialog": SpellCheckDialog(editor, NoUnknownWords()),  # type: ignore[arg-type]
        "SubmitDialog": SubmitDialog([]),
        "NewFromTemplateDialog": NewFromTemplateDialog(services.template_library(),
                                                       services.organisation_profile(), ""),
    }
    for dialog in made.values():
        qtbot.addWidget(dialog)
    return made


SPANISH_TITLES = {
    "AboutDialog": "Acerca de Drafter",
    "CheckSettingsDialog": "Comprobaciones de redacción",
    "CommentDialog": "Comentario",
    "ConflictDialog": "Modificada en otro lugar",
    "ExportDialog": "Exportar",
    "HistoryDialog": "Historial — Aviso",
    "PeopleDialog": "Personas",
    "PreferencesDialog": "Preferencias",
    "ProfileDialog": "Perfil de la organización",
    "SaveTemplateDialog": "Guardar como plantilla",
    "SnippetsDialog": "Fragmentos",
    "SpellCheckDialog": "Revisar ortografía",
    "SubmitDialog": "Enviar a revisión",
    "NewFromTemplateDialog": "Nueva declaración desde plantilla",
}


def test_every_dialog_opens_in_spanish(spanish: str, services: Services, qtbot: Any, tmp_path: Path) -> None:
    dialogs = _dialogs(services, qtbot, tmp_path)
    assert {name: dialog.windowTitle() for name, dialog in dialogs.items()} == SPANISH_TITLES
    english_buttons = {"OK", "Cancel", "Close", "Save"}
    for name, dialog in dialogs.items():
        texts = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
        if QT_SPANISH:  # Qt's own standard buttons come from PySide6's qtbase_es.qm
            assert not texts & english_buttons, (name, texts)
    preferences = dialogs["PreferencesDialog"]
    assert [preferences.tabs.tabText(i) for i in range(preferences.tabs.count())] == [  # type: ignore[attr-defined]
        "&Espacio de trabajo", "&Idioma"]
    save = dialogs["SaveTemplateDialog"]
    assert save.destination_box.itemText(1) == "Plantillas del equipo"  # type: ignore[attr-defined]
    assert save.destination() == "My Templates"  # type: ignore[attr-defined]


def test_every_dialog_is_in_the_list() -> None:
    """A new dialog joins ``SPANISH_TITLES`` (and ``_dialogs``) so that its translation is checked too."""
    found = set()
    for path in (ROOT / "drafter" / "ui").glob("*_dialog.py"):
        module = importlib.import_module(f"drafter.ui.{path.stem}")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and issubclass(getattr(module, node.name), QDialog):
                found.add(node.name)
    assert found == set(SPANISH_TITLES)


# -- the translation file ---------------------------------------------------------------------------


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def test_the_spanish_translation_is_complete() -> None:
    messages = _messages()
    assert len(messages) > 400
    contexts = {context for context, _source, _message in messages}
    assert {"Actions", "Menus", "MainWindow", "DrafterStatusBar", "PreferencesDialog"} <= contexts
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, text)
        assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), (context, source, text)
        assert text.count("\n") == source.count("\n"), (context, source, text)


def test_every_action_and_menu_title_is_in_the_translation() -> None:
    sources = {(context, source) for context, source, _message in _messages()}
    for spec in SPECS.values():
        assert ("Actions", spec.text) in sources and ("Actions", spec.tip) in sources, spec
    for title, _items in MENUS:
        assert ("Menus", title) in sources, title


# -- which language, and where the .qm comes from ------------------------------------------------------


def test_which_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENVIRONMENT_VARIABLE, raising=False)
    assert i18n.interface_language(None, "C") == "en"
    assert i18n.interface_language(None, "en_US") == "en"
    assert i18n.interface_language(None, "es_MX") == "es"
    assert i18n.interface_language(None, "fr_FR") == "en"  # not translated: English
    assert i18n.interface_language("en", "es_ES") == "en"  # the preference wins over the system
    assert i18n.interface_language("es", "en_US") == "es"
    assert i18n.interface_language("klingon", "es-419") == "es"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "en")
    assert i18n.interface_language("es", "es_ES") == "en"  # DRAFTER_LANGUAGE wins over both


def test_the_compiled_translation_is_kept_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "shipped_translation", lambda language: None)  # as in a pip install
    first = i18n.translation_file("es", folder=tmp_path)
    assert first is not None and first.is_file() and first.parent == tmp_path / "translations"

    def no_lrelease(*_args: Any, **_kwargs: Any) -> bool:
        raise AssertionError("compiled again although the .ts did not change")

    monkeypatch.setattr(i18n, "compile_translation", no_lrelease)
    assert i18n.translation_file("es", folder=tmp_path) == first
    assert i18n.translation_file("en", folder=tmp_path) is None  # English needs none


def test_without_lrelease_drafter_stays_in_english(qapp: Any, tmp_path: Path, english_afterwards: None,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(i18n, "shipped_translation", lambda language: None)
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert install_translators(qapp, "es", cache=tmp_path) == "en"
    assert current_language() == "en"
    assert "lrelease was not found" in caplog.text


def test_drafter_language_overrides_the_preference(qapp: Any, tmp_path: Path, english_afterwards: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "en")
    assert install_translators(qapp, "es", cache=tmp_path) == "en"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "es")
    assert install_translators(qapp, None, cache=tmp_path) == "es"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _display() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.DisplayRole
