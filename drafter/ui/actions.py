"""Every user-visible action, declared once and keyed by ``ActionId``.

Menus, tool bars and context menus refer to actions by id; the main window
connects them to slots and decides in one place what is enabled. Texts and
tips are English, marked for pyside6-lupdate (context "Actions") and
translated where the actions are made, and again by ``retranslate``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW_STATEMENT = "new_statement"
    NEW_FROM_TEMPLATE = "new_from_template"
    SAVE_AS_TEMPLATE = "save_as_template"
    IMPORT_TEMPLATE = "import_template"
    ORGANISATION_PROFILE = "organisation_profile"
    MANAGE_SNIPPETS = "manage_snippets"
    NEXT_PLACEHOLDER = "next_placeholder"
    PREVIOUS_PLACEHOLDER = "previous_placeholder"
    TOGGLE_FIELDS = "toggle_fields"
    CHECK_SPELLING = "check_spelling"
    CHECK_ALL_CAPS = "check_all_caps"
    MANAGE_PEOPLE = "manage_people"
    EXPORT = "export"
    EXPORT_APPROVED = "export_approved"
    ADD_COMMENT = "add_comment"
    TOGGLE_COMMENTS = "toggle_comments"
    SHOW_HISTORY = "show_history"
    SUBMIT_FOR_REVIEW = "submit_for_review"
    WITHDRAW_FROM_REVIEW = "withdraw_from_review"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    NEXT_PROBLEM = "next_problem"
    TOGGLE_PROBLEMS = "toggle_problems"
    CHECK_SETTINGS = "check_settings"
    IMPORT_FILE = "import_file"
    SAVE_AS_MARKDOWN = "save_as_markdown"
    SAVE_NOW = "save_now"
    RENAME = "rename"
    MOVE_TO_TRASH = "move_to_trash"
    RESTORE_FROM_TRASH = "restore_from_trash"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    SELECT_ALL = "select_all"
    FIND = "find"
    REPLACE = "replace"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    TOGGLE_PREVIEW = "toggle_preview"
    TOGGLE_LIST = "toggle_list"
    ABOUT = "about"
    PREFERENCES = "preferences"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_STATEMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Statement"),
        QT_TRANSLATE_NOOP("Actions", "Start a new blank statement"),
        Key.New),
    ActionId.NEW_FROM_TEMPLATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "New from Tem&plate…"),
        QT_TRANSLATE_NOOP("Actions", "Start a statement from a template and fill in its form"),
        "Ctrl+Shift+N"),
    ActionId.SAVE_AS_TEMPLATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save as Temp&late…"),
        QT_TRANSLATE_NOOP("Actions", "Make a template of this statement for yourself or the team")),
    ActionId.IMPORT_TEMPLATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Import Template &File…"),
        QT_TRANSLATE_NOOP("Actions", "Add a template from a .md file")),
    ActionId.ORGANISATION_PROFILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Organisation Profile…"),
        QT_TRANSLATE_NOOP("Actions", "The names and contacts that fill templates")),
    ActionId.MANAGE_SNIPPETS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Manage &Snippets…"),
        QT_TRANSLATE_NOOP("Actions", "Reusable blocks of text and their triggers")),
    ActionId.NEXT_PLACEHOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ne&xt Placeholder"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next placeholder left to fill"),
        "F8"),
    ActionId.PREVIOUS_PLACEHOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Previ&ous Placeholder"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous placeholder left to fill"),
        "Shift+F8"),
    ActionId.TOGGLE_FIELDS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Fields"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the statement's template fields"),
        "Ctrl+Shift+F"),
    ActionId.CHECK_SPELLING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Check &Spelling…"),
        QT_TRANSLATE_NOOP("Actions", "Walk through the unknown words"),
        "F7"),
    ActionId.ADD_COMMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Co&mment on Selection…"),
        QT_TRANSLATE_NOOP("Actions", "Comment on the selected words"),
        "Ctrl+Alt+M"),
    ActionId.TOGGLE_COMMENTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Comments"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the comments"),
        "Ctrl+Shift+K"),
    ActionId.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP("Actions", "PDF, Word, HTML, text or Markdown: final when approved, else marked"
                                     " as a draft"),
        "Ctrl+E"),
    ActionId.EXPORT_APPROVED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export All &Approved…"),
        QT_TRANSLATE_NOOP("Actions", "Export and release every approved statement")),
    ActionId.MANAGE_PEOPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&People…"),
        QT_TRANSLATE_NOOP("Actions", "Who works in this workspace, and their roles")),
    ActionId.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&references…"),
        QT_TRANSLATE_NOOP("Actions", "Your settings on this computer: which workspace opens (this "
                                     "computer's file or a team server) and the language"),
        Key.Preferences),
    ActionId.SHOW_HISTORY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        QT_TRANSLATE_NOOP("Actions", "Every event of the statement, and any two revisions compared"),
        "Ctrl+Shift+H"),
    ActionId.SUBMIT_FOR_REVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Submit for Review…"),
        QT_TRANSLATE_NOOP("Actions", "Take a revision of the text and ask for review"),
        "Ctrl+Return"),
    ActionId.WITHDRAW_FROM_REVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Withdraw from Review"),
        QT_TRANSLATE_NOOP("Actions", "Take the statement back from review to edit it")),
    ActionId.APPROVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Approve…"),
        QT_TRANSLATE_NOOP("Actions", "Approve the revision in review exactly as it reads")),
    ActionId.REQUEST_CHANGES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Request &Changes…"),
        QT_TRANSLATE_NOOP("Actions", "Send the statement back, saying what should change")),
    ActionId.NEXT_PROBLEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next Pro&blem"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next thing the drafting checks found"),
        "F4"),
    ActionId.TOGGLE_PROBLEMS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&roblems"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide what the drafting checks found"),
        "Ctrl+Shift+M"),
    ActionId.CHECK_SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Drafting &Checks…"),
        QT_TRANSLATE_NOOP("Actions", "Which checks run for this organisation, and how severe each is")),
    ActionId.CHECK_ALL_CAPS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Check Wor&ds in Capitals"),
        QT_TRANSLATE_NOOP("Actions", "Also spell-check words in capitals (acronyms are skipped "
                                     "otherwise); for everyone in this workspace")),
    ActionId.IMPORT_FILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import File…"),
        QT_TRANSLATE_NOOP("Actions", "Make a statement from a .md or .txt file"),
        Key.Open),
    ActionId.SAVE_AS_MARKDOWN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save a Copy as &Markdown…"),
        QT_TRANSLATE_NOOP("Actions", "Write the working copy to a .md file"),
        Key.SaveAs),
    ActionId.SAVE_NOW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QT_TRANSLATE_NOOP("Actions", "Save the working copy now (it is also saved automatically)"),
        Key.Save),
    ActionId.RENAME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Rename…"),
        QT_TRANSLATE_NOOP("Actions", "Change the statement's title"),
        "F2"),
    # No window-wide Delete shortcut: Delete belongs to the editor. The list
    # view has its own (see StatementListPanel).
    ActionId.MOVE_TO_TRASH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Move to &Trash"),
        QT_TRANSLATE_NOOP("Actions", "Move the statement to the trash")),
    ActionId.RESTORE_FROM_TRASH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Restore from Tras&h"),
        QT_TRANSLATE_NOOP("Actions", "Bring the statement back")),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Save and close Drafter"),
        Key.Quit),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        Key.Undo),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo what was undone"),
        Key.Redo),
    ActionId.CUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cu&t"),
        QT_TRANSLATE_NOOP("Actions", "Cut the selection"),
        Key.Cut),
    ActionId.COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        QT_TRANSLATE_NOOP("Actions", "Copy the selection"),
        Key.Copy),
    ActionId.PASTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        QT_TRANSLATE_NOOP("Actions", "Paste"),
        Key.Paste),
    ActionId.SELECT_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        QT_TRANSLATE_NOOP("Actions", "Select the whole text"),
        Key.SelectAll),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Find text in the statement"),
        Key.Find),
    ActionId.REPLACE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "R&eplace…"),
        QT_TRANSLATE_NOOP("Actions", "Find and replace text"),
        "Ctrl+H"),
    ActionId.FIND_NEXT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
        Key.FindNext),
    ActionId.FIND_PREVIOUS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous match"),
        Key.FindPrevious),
    ActionId.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        QT_TRANSLATE_NOOP("Actions", "Larger text"),
        Key.ZoomIn),
    ActionId.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        QT_TRANSLATE_NOOP("Actions", "Smaller text"),
        Key.ZoomOut),
    ActionId.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        QT_TRANSLATE_NOOP("Actions", "Reset the text size"),
        "Ctrl+0"),
    ActionId.TOGGLE_PREVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Preview"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the preview"),
        "Ctrl+Shift+P"),
    ActionId.TOGGLE_LIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Statement &List"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the statement list"),
        "Ctrl+Shift+L"),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About Drafter"),
        QT_TRANSLATE_NOOP("Actions", "Version and licences")),
}


class ActionRegistry:
    """Creates each action once, parented to the main window."""

    def __init__(self, owner: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(owner)
            action.setObjectName(action_id.value)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            self._actions[action_id] = action
        self.retranslate()

    def retranslate(self) -> None:
        """Give every action its text and tip in the language installed now."""
        for action_id, spec in SPECS.items():
            action = self._actions[action_id]
            tip = QCoreApplication.translate("Actions", spec.tip)
            action.setText(QCoreApplication.translate("Actions", spec.text))
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def set_enabled(self, enabled: bool, *action_ids: ActionId) -> None:
        for action_id in action_ids:
            self._actions[action_id].setEnabled(enabled)
