"""Every user-visible action, declared once and keyed by ``ActionId``.

Menus, tool bars and context menus refer to actions by id; the main window
connects them to slots and decides in one place what is enabled.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

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
    ActionId.NEW_STATEMENT: ActionSpec("&New Statement", "Start a new blank statement", Key.New),
    ActionId.NEW_FROM_TEMPLATE: ActionSpec("New from &Template…",
                                           "Start a statement from a template and fill in its form",
                                           "Ctrl+Shift+N"),
    ActionId.SAVE_AS_TEMPLATE: ActionSpec("Save as Te&mplate…",
                                          "Make a template of this statement for yourself or the team"),
    ActionId.IMPORT_TEMPLATE: ActionSpec("Import Template File…", "Add a template from a .md file"),
    ActionId.ORGANISATION_PROFILE: ActionSpec("&Organisation Profile…",
                                              "The names and contacts that fill templates"),
    ActionId.MANAGE_SNIPPETS: ActionSpec("Manage &Snippets…", "Reusable blocks of text and their triggers"),
    ActionId.NEXT_PLACEHOLDER: ActionSpec("Next &Placeholder", "Go to the next placeholder left to fill",
                                          "F8"),
    ActionId.PREVIOUS_PLACEHOLDER: ActionSpec("Previous Placeholder",
                                              "Go to the previous placeholder left to fill", "Shift+F8"),
    ActionId.TOGGLE_FIELDS: ActionSpec("&Fields", "Show or hide the statement's template fields",
                                       "Ctrl+Shift+F"),
    ActionId.CHECK_SPELLING: ActionSpec("Check &Spelling…", "Walk through the unknown words", "F7"),
    ActionId.ADD_COMMENT: ActionSpec("&Comment on Selection…", "Comment on the selected words", "Ctrl+Alt+M"),
    ActionId.TOGGLE_COMMENTS: ActionSpec("&Comments", "Show or hide the comments", "Ctrl+Shift+K"),
    ActionId.EXPORT: ActionSpec("&Export…", "PDF, Word, HTML, text or Markdown: final when approved, "
                                "else marked as a draft", "Ctrl+E"),
    ActionId.EXPORT_APPROVED: ActionSpec("Export All &Approved…",
                                         "Export and release every approved statement"),
    ActionId.MANAGE_PEOPLE: ActionSpec("&People…", "Who works in this workspace, and their roles"),
    ActionId.PREFERENCES: ActionSpec("P&references…", "Your settings on this computer: which workspace "
                                     "opens (this computer's file or a team server)", Key.Preferences),
    ActionId.SHOW_HISTORY: ActionSpec("&History…",
                                      "Every event of the statement, and any two revisions compared",
                                      "Ctrl+Shift+H"),
    ActionId.SUBMIT_FOR_REVIEW: ActionSpec("&Submit for Review…",
                                           "Take a revision of the text and ask for review", "Ctrl+Return"),
    ActionId.WITHDRAW_FROM_REVIEW: ActionSpec("&Withdraw from Review",
                                              "Take the statement back from review to edit it"),
    ActionId.APPROVE: ActionSpec("&Approve…", "Approve the revision in review exactly as it reads"),
    ActionId.REQUEST_CHANGES: ActionSpec("Request &Changes…",
                                         "Send the statement back, saying what should change"),
    ActionId.NEXT_PROBLEM: ActionSpec("Next Pro&blem", "Go to the next thing the drafting checks found",
                                      "F4"),
    ActionId.TOGGLE_PROBLEMS: ActionSpec("P&roblems", "Show or hide what the drafting checks found",
                                         "Ctrl+Shift+M"),
    ActionId.CHECK_SETTINGS: ActionSpec("Drafting &Checks…",
                                        "Which checks run for this organisation, and how severe each is"),
    ActionId.CHECK_ALL_CAPS: ActionSpec("Check Words in &Capitals",
                                        "Also spell-check words in capitals (acronyms are skipped "
                                        "otherwise); for everyone in this workspace"),
    ActionId.IMPORT_FILE: ActionSpec("&Import File…", "Make a statement from a .md or .txt file",
                                     Key.Open),
    ActionId.SAVE_AS_MARKDOWN: ActionSpec("Save a Copy as &Markdown…",
                                          "Write the working copy to a .md file", Key.SaveAs),
    ActionId.SAVE_NOW: ActionSpec("&Save", "Save the working copy now (it is also saved "
                                  "automatically)", Key.Save),
    ActionId.RENAME: ActionSpec("&Rename…", "Change the statement's title", "F2"),
    # No window-wide Delete shortcut: Delete belongs to the editor. The list
    # view has its own (see StatementListPanel).
    ActionId.MOVE_TO_TRASH: ActionSpec("Move to &Trash", "Move the statement to the trash"),
    ActionId.RESTORE_FROM_TRASH: ActionSpec("Restore from Trash", "Bring the statement back"),
    ActionId.QUIT: ActionSpec("&Quit", "Save and close Drafter", Key.Quit),
    ActionId.UNDO: ActionSpec("&Undo", "Undo the last change", Key.Undo),
    ActionId.REDO: ActionSpec("&Redo", "Redo what was undone", Key.Redo),
    ActionId.CUT: ActionSpec("Cu&t", "Cut the selection", Key.Cut),
    ActionId.COPY: ActionSpec("&Copy", "Copy the selection", Key.Copy),
    ActionId.PASTE: ActionSpec("&Paste", "Paste", Key.Paste),
    ActionId.SELECT_ALL: ActionSpec("Select &All", "Select the whole text", Key.SelectAll),
    ActionId.FIND: ActionSpec("&Find…", "Find text in the statement", Key.Find),
    ActionId.REPLACE: ActionSpec("R&eplace…", "Find and replace text", "Ctrl+H"),
    ActionId.FIND_NEXT: ActionSpec("Find &Next", "Go to the next match", Key.FindNext),
    ActionId.FIND_PREVIOUS: ActionSpec("Find Pre&vious", "Go to the previous match",
                                       Key.FindPrevious),
    ActionId.ZOOM_IN: ActionSpec("Zoom &In", "Larger text", Key.ZoomIn),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", "Smaller text", Key.ZoomOut),
    ActionId.ZOOM_RESET: ActionSpec("&Actual Size", "Reset the text size", "Ctrl+0"),
    ActionId.TOGGLE_PREVIEW: ActionSpec("&Preview", "Show or hide the preview", "Ctrl+Shift+P"),
    ActionId.TOGGLE_LIST: ActionSpec("Statement &List", "Show or hide the statement list",
                                     "Ctrl+Shift+L"),
    ActionId.ABOUT: ActionSpec("&About Drafter", "Version and licences"),
}


class ActionRegistry:
    """Creates each action once, parented to the main window."""

    def __init__(self, owner: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(spec.text, owner)
            action.setObjectName(action_id.value)
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            self._actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def set_enabled(self, enabled: bool, *action_ids: ActionId) -> None:
        for action_id in action_ids:
            self._actions[action_id].setEnabled(enabled)
