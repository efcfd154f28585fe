"""The drafting checks in the window: they follow typing, fill the Problems panel and the status bar.

A check runs after a pause in typing (``CHECK_DELAY_MS``), off the GUI
thread, on the text of that moment; one run at a time, and a run whose text
has changed since is thrown away and followed by one on the newest text, so
typing never waits and stale findings never show. What the checks need
from the workspace (settings, rules, the statement's date and template) is
read once when a statement opens, not on every keystroke.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from drafter.core.checks.findings import Finding
from drafter.core.errors import DrafterError
from drafter.core.statement import Statement
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.checking import CheckInputs
    from drafter.ui.main_window import MainWindow
    from drafter.ui.spelling_controller import SpellingController

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 400


class CheckOps(WindowOps):
    def __init__(self, window: MainWindow, spelling: SpellingController) -> None:
        super().__init__(window, {ActionId.NEXT_PROBLEM: self.next_problem,
                                  ActionId.CHECK_SETTINGS: self.edit_settings})
        self.spelling = spelling
        self.panel = window.problems_panel
        self.inputs: CheckInputs | None = None
        self.findings: list[Finding] = []
        self._text_checked = ""
        self._running = False
        self._pending = False
        self.runs = 0  # finished runs, shown or dropped (for the benchmarks)
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.panel.findingChosen.connect(self.select_finding)
        self.panel.fixRequested.connect(self.apply_fix)
        self.panel.confirmRequested.connect(self.confirm)
        self.panel.settingsRequested.connect(self.edit_settings)
        self.panel.set_suggestion_source(self._suggestions)
        spelling.ready.connect(self._spelling_ready)
        spelling.wordsChanged.connect(self.check_soon)
        if window.check_worker is not None:
            window.check_worker.warm_up()  # dictionaries loaded before the first statement opens

    # -- when to check -------------------------------------------------------------
    def statement_opened(self, statement: Statement | None) -> None:
        self._timer.stop()
        self.findings = []
        if statement is None:
            self.inputs = None
            self.panel.clear()
            self.window.status.show_problems(None)
            return
        from drafter.checking import statement_inputs

        try:
            self.inputs = statement_inputs(self._services, statement)
        except DrafterError as error:
            self.inputs = None
            self._not_checked(str(error))
            return
        self.check_now()

    def _not_checked(self, why: str) -> None:
        """No findings to trust: clear the panel, the counts and Next Problem, and say why."""
        self.findings = []
        self.panel.clear()
        self.panel.summary.setText(self.tr("Not checked: {why}").format(why=why))
        self.window.status.show_problems(None)

    def check_soon(self) -> None:
        if self.inputs is not None:
            self._timer.start()

    def check_now(self) -> None:
        """Check the editor's text now (or as soon as the run under way ends)."""
        self._timer.stop()
        if self.inputs is None:
            return
        if self._running:
            self._pending = True
            return
        text = self.window.editor.toPlainText()
        inputs = self._inputs_now()
        checker = self.spelling.checker(inputs.language)
        worker = self.window.check_worker
        self._running = True
        if worker is not None:  # a process of its own: typing never waits for the checks
            from drafter.checking import SpellingWords
            from drafter.paths import cache_dir

            words = (SpellingWords(inputs.language, checker.added_words, str(cache_dir()))
                     if checker is not None else None)
            self.window._run(lambda: worker.check(inputs, text, words), lambda r: self._done(text, r))
        else:
            from drafter.checking import check_text

            self.window._run(lambda: check_text(inputs, text, checker), lambda r: self._done(text, r))

    def _inputs_now(self) -> CheckInputs:
        """The statement's inputs with the spelling choices of the moment (ignored words, capitals)."""
        assert self.inputs is not None
        from dataclasses import replace

        return replace(self.inputs, ignored_words=self.inputs.ignored_words | self.spelling.ignored_words(),
                       skip_all_caps=self.spelling.skip_all_caps)

    def _done(self, text: str, result: object) -> None:
        from drafter.checking import CheckResult

        self._running = False
        self.runs += 1
        if self._pending:
            self._pending = False
            if self.inputs is not None:
                self.check_now()  # the text moved on while this ran: check the newest
            return
        if text != self.window.editor.toPlainText():
            return  # typing goes on: the pause timer checks the newest text when it stops
        if not isinstance(result, CheckResult):
            log.error("The drafting checks failed: %s", result)
            self._not_checked(str(result) if isinstance(result, DrafterError) else
                              self.tr("the checks failed (see the log)"))
            return
        self.findings = result.findings
        self._text_checked = text
        self.panel.show_findings(result.findings, text)
        self.panel.show_readability(result.readability)
        self.window.status.show_problems(result.findings)

    def _spelling_ready(self, language: str) -> None:
        if self.inputs is not None and language == self.inputs.language:
            self.check_now()

    # -- acting on a finding ---------------------------------------------------------
    def _still_there(self, finding: Finding) -> bool:
        return self.window.editor.toPlainText()[finding.start:finding.end] == finding.text

    def select_finding(self, finding: Finding) -> None:
        if not self._still_there(finding):
            self.window.status.showMessage(self.tr("The text has changed since: checking again…"), 3000)
            self.check_now()
            return
        self.window.editor.select_text_range(finding.start, finding.end)
        self.window.editor.setFocus()

    def apply_fix(self, finding: Finding, replacement: str) -> None:
        if self.window.editor.isReadOnly():
            self.window.status.showMessage(self.tr("The text is read-only now: nothing was changed."), 4000)
            return
        if not self._still_there(finding):
            self.window.status.showMessage(self.tr("The text has changed since: checking again…"), 3000)
            self.check_now()
            return
        self.window.editor.replace_text_range(finding.start, finding.end, replacement)
        self.check_now()

    def confirm(self, finding: Finding) -> None:
        statement_id = self.window.current_id
        if statement_id is None or self.inputs is None:
            return
        if self._services.statements.get(statement_id).trashed:
            self.window.status.showMessage(self.tr("The statement is in the trash: restore it first."), 4000)
            return
        reason = self.window.prompts.text(
            self.window, self.tr("Confirm Personal Data"),
            f"{finding.message}\n\n" + self.tr("Why does this statement name “{words}”? The reason is kept "
                                               "with the statement and shown to reviewers.")
            .format(words=finding.text))
        if reason is None or not reason.strip():
            return
        try:
            self._services.workspace.confirmations.confirm(
                statement_id, key=finding.key, check=finding.check, text=finding.text,
                reason=reason, actor=self._services.actor_login)
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Not confirmed"), str(error))
            return
        self.inputs = self.inputs.with_confirmed(finding.key)
        self.check_now()

    def next_problem(self) -> None:
        """Go to the next finding: after the one chosen in the panel, else the first after the cursor."""
        if not self.findings:
            self.window.status.showMessage(self.tr("No problems found."), 3000)
            return
        self.window.problems_dock.show()
        row = self.panel.tree.indexOfTopLevelItem(self.panel.tree.currentItem())
        if row < 0:
            from drafter.ui.editor import python_offset

            text = self.window.editor.toPlainText()
            cursor = python_offset(text, self.window.editor.textCursor().selectionStart())
            row = next((i for i, f in enumerate(self.findings) if f.start >= cursor), 0)
        else:
            row = (row + 1) % len(self.findings)
        self.panel.choose(row)

    def _suggestions(self, finding: Finding) -> list[str]:
        if finding.check == "spelling":
            return self.spelling.suggestions(finding.text)
        return []

    # -- settings ------------------------------------------------------------------
    def edit_settings(self) -> None:
        from drafter.checking import check_settings, save_check_settings
        from drafter.ui.check_settings_dialog import CheckSettingsDialog

        dialog = CheckSettingsDialog(check_settings(self._services), self.window)
        if not self.window.prompts.run_dialog(dialog):
            return
        try:
            save_check_settings(self._services, dialog.settings())
        except DrafterError as error:
            self.window.prompts.error(self.window, self.tr("Settings not saved"), str(error))
            return
        if self.window.current_id is not None:
            self.statement_opened(self._services.statements.get(self.window.current_id))
