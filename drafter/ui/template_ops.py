"""Templates in the window: new from template, placeholders (F8), the
organisation profile, save as template, import, and snippets.

Each operation asks through ``Prompts``, calls the services, and leaves the
window to refresh itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from drafter.core.errors import DrafterError
from drafter.core.templates import fill_template, find_leftovers
from drafter.core.templates.model import Template
from drafter.core.templates.snapshot import template_snapshot
from drafter.ui.actions import ActionId
from drafter.ui.editor import qt_offset
from drafter.ui.profile_dialog import ProfileDialog
from drafter.ui.snippets_dialog import SnippetsDialog
from drafter.ui.template_dialog import NewFromTemplateDialog, TemplateChoice
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

# Where a template is kept; the English names are the values, shown translated.
MY_TEMPLATES = QT_TRANSLATE_NOOP("TemplateOps", "My Templates")
TEAM_TEMPLATES = QT_TRANSLATE_NOOP("TemplateOps", "Team Templates")


class TemplateOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {
            ActionId.NEW_FROM_TEMPLATE: self.new_from_template,
            ActionId.ORGANISATION_PROFILE: self.edit_profile,
            ActionId.MANAGE_SNIPPETS: self.manage_snippets,
            ActionId.NEXT_PLACEHOLDER: self.next_placeholder,
            ActionId.PREVIOUS_PLACEHOLDER: self.previous_placeholder,
            ActionId.SAVE_AS_TEMPLATE: self.save_as_template,
            ActionId.IMPORT_TEMPLATE: self.import_template,
        })
        window.editor.trigger_expander = self.snippet_for_trigger
        window.menus["Insert"].aboutToShow.connect(self._fill_insert_menu)

    # -- new from template -------------------------------------------------------------
    def new_from_template(self, template_id: str | None = None) -> int | None:
        window = self.window
        library = self._services.template_library()
        if not library.templates:
            window.prompts.error(window, self.tr("No templates"), self.tr("No template could be loaded.")
                                 + " " + "; ".join(str(p) for p in library.problems[:3]))
            return None
        people = [p.display_name or p.login for p in self._services.people.list()]
        dialog = NewFromTemplateDialog(library, self._services.organisation_profile(),
                                       window.preview.document().defaultStyleSheet(), window,
                                       people=people)
        dialog.exportRequested.connect(self.export_template)
        if template_id:
            dialog.select_template(template_id)
        if not window.prompts.run_dialog(dialog) or dialog.choice is None:
            return None
        return self.create_from_choice(dialog.choice)

    def create_from_choice(self, choice: TemplateChoice) -> int | None:
        window = self.window
        template = choice.template
        text = fill_template(template, choice.values, self._services.organisation_profile())
        try:
            created = self._services.statements.create(
                title=choice.title, text=text, actor=self._services.actor_login,
                language=template.language, template_id=template.id, fields=dict(choice.values),
                template_snapshot=template_snapshot(template, text))
        except DrafterError as error:
            window.prompts.error(window, self.tr("Cannot create the statement"), str(error))
            return None
        assert window.ops is not None
        window.ops.show_in_list(created.id)
        self.next_placeholder(from_start=True)
        window.editor.setFocus()
        return int(created.id)

    # -- placeholders ----------------------------------------------------------------
    def next_placeholder(self, *, from_start: bool = False) -> bool:
        return self._jump(backward=False, from_start=from_start)

    def previous_placeholder(self) -> bool:
        return self._jump(backward=True)

    def _jump(self, *, backward: bool, from_start: bool = False) -> bool:
        """Select the next (or previous) leftover, wrapping around; False when none is left."""
        editor = self.window.editor
        text = editor.toPlainText()
        leftovers = find_leftovers(text)
        if not leftovers:
            self.window.status.showMessage(self.tr("No placeholders left to fill."), 4000)
            return False
        cursor = editor.textCursor()
        selection_start, selection_end = cursor.selectionStart(), cursor.selectionEnd()
        if backward:
            before = [item for item in leftovers if qt_offset(text, item.start) < selection_start]
            target = before[-1] if before else leftovers[-1]
        else:
            after = leftovers if from_start else [
                item for item in leftovers if qt_offset(text, item.start) >= selection_end]
            target = after[0] if after else leftovers[0]
        editor.select_text_range(target.start, target.end)
        editor.ensureCursorVisible()
        return True

    # -- profile and snippets --------------------------------------------------------------
    def edit_profile(self) -> None:
        window = self.window
        dialog = ProfileDialog(self._services.organisation_profile(), window.prompts, window)
        if window.prompts.run_dialog(dialog):
            self._services.save_organisation_profile(dialog.profile())

    def manage_snippets(self) -> None:
        dialog = SnippetsDialog(self._services.workspace.snippets, self._services.actor_login,
                                self.window)
        self.window.prompts.run_dialog(dialog)

    def snippet_for_trigger(self, word: str) -> str | None:
        if self.window.services is None or self.window.editor.isReadOnly():
            return None
        snippet = self._services.workspace.snippets.by_trigger(word)
        return snippet.body if snippet is not None else None

    def _fill_insert_menu(self) -> None:
        menu = self.window.menus["Insert"]
        for action in menu.actions():
            if action.property("snippet_id") is not None:
                menu.removeAction(action)
                action.deleteLater()
        if self.window.services is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        for snippet in self._services.workspace.snippets.list():
            label = snippet.name + (f"\t{snippet.trigger}" if snippet.trigger else "")
            action = QAction(label, menu)
            action.setProperty("snippet_id", snippet.id)
            action.setEnabled(self.window.current_id is not None)
            action.triggered.connect(self._insert_snippet_from_action)
            menu.insertAction(first, action)
        if first is not None and self._services.workspace.snippets.list():
            menu.insertSeparator(first)

    def _insert_snippet_from_action(self) -> None:
        action = self.window.sender()
        if isinstance(action, QAction):
            self.insert_snippet(int(action.property("snippet_id")))

    def insert_snippet(self, snippet_id: int) -> None:
        if self.window.current_id is None or self.window.editor.isReadOnly():
            return
        self.window.editor.insertPlainText(self._services.workspace.snippets.get(snippet_id).body)

    # -- your own templates ------------------------------------------------------------------
    def save_as_template(self) -> None:
        from drafter.ui.save_template_dialog import SaveTemplateDialog

        window = self.window
        if window.current_id is None or not window.save_now():
            return
        statement = self._services.statements.get(window.current_id)
        snapshot = self._services.statements.template_snapshot(statement.id) or {}
        library = self._services.template_library()
        dialog = SaveTemplateDialog(statement, snapshot, library.categories(),
                                    [MY_TEMPLATES, TEAM_TEMPLATES], window)
        if not window.prompts.run_dialog(dialog):
            return
        self._store_template(dialog.template_text(), dialog.template_id(), dialog.destination())

    def import_template(self) -> None:
        from drafter.core.templates import parse_template
        from drafter.core.textfile import read_text_file

        window = self.window
        path = window.prompts.open_file(window, self.tr("Import a Template"),
                                        self.tr("Templates (*.md);;All files (*)"))
        if path is None:
            return
        try:
            source = read_text_file(path).text
        except DrafterError as error:
            window.prompts.error(window, self.tr("Cannot import the template"), str(error))
            return
        template, problems = parse_template(source, source=path.name, origin="user", path=path)
        errors = [p for p in problems if p.severity == "error"]
        if template is None or errors:
            window.prompts.error(window, self.tr("This template has problems"),
                                 "\n".join(str(p) for p in errors or problems))
            return
        shown = {self.tr(where): where for where in (MY_TEMPLATES, TEAM_TEMPLATES)}
        chosen = window.prompts.choose(window, self.tr("Import Template"),
                                       self.tr("Add “{name}” to your own templates, or share it "
                                               "with everyone in this workspace?").format(name=template.name),
                                       list(shown))
        self._store_template(source, template.id, shown.get(chosen, chosen))

    def export_template(self, template: Template) -> bool:
        """Write a template to a file of the person's choosing, as its source reads."""
        from drafter.core.atomic_write import write_text_atomic
        from drafter.core.templates import template_to_text

        window = self.window
        path = window.prompts.save_file(window, self.tr("Export Template File"), f"{template.id}.md",
                                        self.tr("Templates (*.md)"))
        if path is None:
            return False
        try:
            if template.origin == "team":
                source = self._services.workspace.team_templates.get(template.id).source
            elif template.path is not None:
                source = template.path.read_text(encoding="utf-8")
            else:
                source = template_to_text(template)
            write_text_atomic(path, source)
        except (DrafterError, OSError) as error:
            window.prompts.error(window, self.tr("Cannot export the template"), str(error))
            return False
        return True

    def _store_template(self, source: str, template_id: str, destination: str) -> bool:
        from drafter.core.atomic_write import write_text_atomic
        from drafter.core.templates import parse_template
        from drafter.paths import user_templates_dir

        window = self.window
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", template_id):
            window.prompts.error(window, self.tr("Cannot save the template"),
                                 self.tr("“{id}” is not a usable template id.").format(id=template_id))
            return False
        _, problems = parse_template(source, source=f"{template_id}.md", origin="user")
        errors = [p for p in problems if p.severity == "error"]
        if errors:  # a template that would not load must not be saved as if it would
            window.prompts.error(window, self.tr("This template has problems"),
                                 self.tr("Fix these in the statement, then save it as a template again:")
                                 + "\n" + "\n".join(str(p) for p in errors))
            return False
        try:
            if destination == TEAM_TEMPLATES:
                self._services.workspace.team_templates.save(template_id, source,
                                                              actor=self._services.actor_login)
            else:
                folder = user_templates_dir()
                folder.mkdir(parents=True, exist_ok=True)
                write_text_atomic(folder / f"{template_id}.md", source)
        except (DrafterError, OSError) as error:
            window.prompts.error(window, self.tr("Cannot save the template"), str(error))
            return False
        window.status.showMessage(self.tr("Template “{id}” saved to {where}.").format(
            id=template_id, where=self.tr(destination)), 5000)
        return True
