"""Spelling in the window: underlines, the right-click menu, Check Spelling
(F7) and the statement's language in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QMenu

from drafter.core.errors import DrafterError
from drafter.core.statement import Statement
from drafter.ui.actions import ActionId
from drafter.ui.spell_check_dialog import SpellCheckDialog
from drafter.ui.spelling_controller import LANGUAGES, SpellingController
from drafter.ui.spelling_menu import add_spelling_actions
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


class SpellingOps(WindowOps):
    def __init__(self, window: MainWindow, controller: SpellingController) -> None:
        super().__init__(window, {ActionId.CHECK_SPELLING: self.check_spelling})
        # Shared by every window of the workspace, so an added word reaches them all.
        self.controller = controller
        self.controller.ready.connect(self._dictionary_ready)
        self.controller.wordsChanged.connect(self._recheck)
        self.controller.failed.connect(self._failed)
        caps = window.actions[ActionId.CHECK_ALL_CAPS]
        caps.setCheckable(True)
        caps.setChecked(self._services.check_all_caps())
        self.controller.skip_all_caps = not caps.isChecked()
        caps.toggled.connect(self._check_all_caps_toggled)
        window.editor.context_menu_extender = self.extend_context_menu
        self.language_box = QComboBox(window.status)
        self.language_box.setAccessibleName(self.tr("Statement language"))
        self.language_box.setToolTip(self.tr("The language this statement is written, and spell-checked, in"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setEnabled(False)
        self.language_box.activated.connect(self._language_chosen)
        window.status.addPermanentWidget(self.language_box)

    def statement_opened(self, statement: Statement | None) -> None:
        highlighter = self.window.editor.highlighter
        highlighter.spelling = None
        if statement is None:
            self.language_box.setEnabled(False)
            return
        self.language_box.setEnabled(not statement.trashed)
        index = self.language_box.findData(statement.language)
        self.language_box.setCurrentIndex(max(0, index))
        self.controller.use(statement.language, statement.id)
        if self.controller.checker() is not None:
            highlighter.spelling = self.controller
            highlighter.rehighlight_in_steps()

    def _dictionary_ready(self, language: str) -> None:
        if language == self.controller.language and self.window.current_id is not None:
            self.window.editor.highlighter.spelling = self.controller
            self.window.editor.highlighter.rehighlight_in_steps()

    def _recheck(self) -> None:
        self.window.editor.highlighter.rehighlight_in_steps()

    def _check_all_caps_toggled(self, checked: bool) -> None:
        self._services.set_check_all_caps(checked)
        self.controller.skip_all_caps = not checked
        self._recheck()

    def _failed(self, message: str) -> None:
        self.window.status.showMessage(message, 10000)

    def _language_chosen(self) -> None:
        statement_id = self.window.current_id
        language = str(self.language_box.currentData())
        if statement_id is None:
            return
        try:
            self._services.statements.set_language(statement_id, language,
                                                   actor=self._services.actor_login)
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Cannot change the language"), str(error))
            return
        self.statement_opened(self._services.statements.get(statement_id))

    def extend_context_menu(self, menu: QMenu, cursor: QTextCursor) -> bool:
        if self.window.editor.highlighter.spelling is None:
            return False
        return add_spelling_actions(menu, self.window.editor, cursor, self.controller)

    def check_spelling(self) -> None:
        window = self.window
        if window.current_id is None:
            return
        if self.controller.checker() is None:
            window.status.showMessage(self.tr("The dictionary is still loading; try again in a moment."),
                                      5000)
            return
        window.prompts.run_dialog(SpellCheckDialog(window.editor, self.controller, window))
