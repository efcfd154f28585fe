"""Settings → People…: everyone in the workspace, their names and roles, and adding people.

Only an administrator changes anything here; anyone else sees the list
read-only, with the administrators named, so they know whom to ask. Changes
wait in the dialog until OK, and then go through the store one by one (each
its own step in the audit log): new people first, then names and granted
roles, then roles taken away, so an administrator can hand the admin role
over in one go. A step the store refuses (such as taking the admin role from
the last administrator) is reported, and the dialog stays open with the
changes as they were typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.errors import DrafterError
from drafter.store.people import ADMIN, DRAFTER, REVIEWER, ROLES, PeopleStore, clean_login
from drafter.store.records import Person
from drafter.ui.colour_scheme import text_style
from drafter.ui.prompts import Prompts

NAME_COLUMN, LOGIN_COLUMN = 0, 1
#: The column of each role, after name and login.
ROLE_COLUMNS = {role: 2 + number for number, role in enumerate(ROLES)}
ROLE_LABELS = {ADMIN: QT_TRANSLATE_NOOP("PeopleDialog", "Admin"),
               DRAFTER: QT_TRANSLATE_NOOP("PeopleDialog", "Drafter"),
               REVIEWER: QT_TRANSLATE_NOOP("PeopleDialog", "Reviewer")}
ROLE_HELP = {
    ADMIN: QT_TRANSLATE_NOOP("PeopleDialog", "Manages people, roles and the workspace's settings"),
    DRAFTER: QT_TRANSLATE_NOOP("PeopleDialog", "Writes statements and submits them for review"),
    REVIEWER: QT_TRANSLATE_NOOP("PeopleDialog", "Approves statements or asks for changes"),
}
NEW_ROLE = Qt.ItemDataRole.UserRole  # on the login item: True for someone not yet in the workspace


@dataclass(frozen=True)
class PersonRow:
    """One row of the dialog as it now reads."""

    login: str
    name: str
    roles: frozenset[str]
    new: bool


class PeopleDialog(QDialog):
    def __init__(self, people: PeopleStore, actor: Person, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.setObjectName("peopleDialog")
        self.resize(720, 480)
        self._people = people
        self._actor = actor
        self._prompts = prompts
        self.can_edit = actor.has_role(ADMIN)
        #: Whether anything was changed in the workspace (even if a later step was refused).
        self.changed = False

        self.table = QTableWidget(0, 2 + len(ROLES), self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People and their roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"),
                                              *(self.tr(ROLE_LABELS[r]) for r in ROLES)])
        for role, column in ROLE_COLUMNS.items():
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setToolTip(self.tr(ROLE_HELP[role]))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOGIN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for column in ROLE_COLUMNS.values():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.add_box = self._build_add_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        layout.addWidget(self.add_box)
        if self.can_edit:
            self.notice.setText(self.tr("Tick a box to give someone a role, untick it to take the role away, "
                                        "and double-click a name to change it. Nothing changes until you "
                                        "press OK."))
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                            | QDialogButtonBox.StandardButton.Cancel, self)
            self.buttons.accepted.connect(self.accept)
        else:
            self.add_box.hide()
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    def _build_add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add Person…"), self)
        self.new_login = QLineEdit(box)
        self.new_login.setPlaceholderText(self.tr("Login name, e.g. jsmith"))
        self.new_login.setAccessibleName(self.tr("Login name of the new person"))
        self.new_name = QLineEdit(box)
        self.new_name.setPlaceholderText(self.tr("Name shown, e.g. Jo Smith"))
        self.new_name.setAccessibleName(self.tr("Name shown for the new person"))
        self.new_roles: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.addWidget(self.new_login, 2)
        row.addWidget(self.new_name, 3)
        for role in ROLES:
            check = QCheckBox(self.tr(ROLE_LABELS[role]), box)
            check.setToolTip(self.tr(ROLE_HELP[role]))
            check.setChecked(role == DRAFTER)
            self.new_roles[role] = check
            row.addWidget(check)
        self.add_button = QPushButton(self.tr("&Add"), box)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        row.addWidget(self.add_button)
        self.add_message = QLabel(box)
        self.add_message.setStyleSheet(text_style("error"))
        self.add_message.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.add_message)
        return box

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        """Show everyone as the workspace has them now (pending changes are dropped)."""
        everyone = self._people.list()
        self.table.setRowCount(0)
        for person in everyone:
            self._append_row(person.login, person.display_name, person.roles, new=False)
        if not self.can_edit:
            admins = [f"{p.display_name} ({p.login})" if p.display_name != p.login else p.login
                      for p in everyone if p.has_role(ADMIN)]
            self.notice.setText(self.tr("Only an administrator can add people or change roles. Ask {whom} "
                                        "if something here should change.").format(whom=_listed(admins)))

    def _append_row(self, login: str, name: str, roles: frozenset[str], *, new: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name_item = QTableWidgetItem(name)
        name_item.setFlags(editable | Qt.ItemFlag.ItemIsEditable if self.can_edit else editable)
        login_item = QTableWidgetItem(login)
        login_item.setData(NEW_ROLE, new)
        login_item.setFlags(editable | Qt.ItemFlag.ItemIsEditable if new else editable)
        if new:
            login_item.setToolTip(self.tr("New: added to the workspace when you press OK"))
            font = login_item.font()
            font.setItalic(True)
            login_item.setFont(font)
        self.table.setItem(row, NAME_COLUMN, name_item)
        self.table.setItem(row, LOGIN_COLUMN, login_item)
        for role, column in ROLE_COLUMNS.items():
            item = QTableWidgetItem()
            item.setFlags(editable | Qt.ItemFlag.ItemIsUserCheckable if self.can_edit else editable)
            item.setCheckState(Qt.CheckState.Checked if role in roles else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(ROLE_LABELS[role]))
            item.setToolTip(self.tr(ROLE_HELP[role]))
            self.table.setItem(row, column, item)

    def rows(self) -> list[PersonRow]:
        """The table as it now reads, changes included."""
        found = []
        for row in range(self.table.rowCount()):
            name_item, login_item = self.table.item(row, NAME_COLUMN), self.table.item(row, LOGIN_COLUMN)
            assert name_item is not None and login_item is not None
            roles = frozenset(role for role, column in ROLE_COLUMNS.items()
                              if _checked(self.table.item(row, column)))
            found.append(PersonRow(login_item.text().strip(), " ".join(name_item.text().split()), roles,
                                   bool(login_item.data(NEW_ROLE))))
        return found

    # -- changing ----------------------------------------------------------------------
    def add_person(self) -> bool:
        """Put the person typed in the "Add Person…" row into the list (added on OK)."""
        try:
            login = clean_login(self.new_login.text())
        except DrafterError as error:
            self.add_message.setText(str(error))
            return False
        if any(row.login.casefold() == login.casefold() for row in self.rows()):
            self.add_message.setText(self.tr("{login} is in the list already: change their roles there.")
                                     .format(login=login))
            return False
        roles = frozenset(role for role, check in self.new_roles.items() if check.isChecked())
        self._append_row(login, " ".join(self.new_name.text().split()) or login, roles, new=True)
        self.add_message.clear()
        self.new_login.clear()
        self.new_name.clear()
        for role, check in self.new_roles.items():
            check.setChecked(role == DRAFTER)
        self.new_login.setFocus()
        return True

    def accept(self) -> None:
        """Apply the changes (an administrator's); stay open if any was refused."""
        if not self.can_edit:
            super().accept()
            return
        if self.new_login.text().strip() and not self.add_person():
            return  # typed in the add row but not added: say why first
        refusals = self.apply()
        if refusals:
            listed = "\n".join(f"• {refusal}" for refusal in refusals)
            self._prompts.error(self, self.tr("Some changes were not made"),
                                f"{listed}\n\n" + self.tr("Everything else was saved. Your changes are still "
                                                          "in the list: correct them and press OK again, or "
                                                          "press Cancel."))
            return
        super().accept()

    def apply(self) -> list[str]:
        """Make the table's changes in the workspace, one audited step each; the refusals, in words."""
        people, actor = self._people, self._actor.login
        wanted = self.rows()
        refusals: list[str] = []
        seen: set[str] = set()
        for row in wanted:
            if row.login.casefold() in seen:
                refusals.append(self.tr("{login} is in the list twice: keep one of the two rows.")
                                .format(login=row.login))
            seen.add(row.login.casefold())
        if refusals:
            return refusals
        known = {person.login for person in people.list()}
        for row in wanted:
            if row.login not in known:
                refusals += self._step(partial(people.ensure, row.login, display_name=row.name or None,
                                               roles=row.roles, actor=actor))
        current = {person.login: person for person in people.list()}
        for row in wanted:
            person = current.get(row.login)
            if person is None:
                continue
            if row.name != person.display_name:
                refusals += self._step(partial(people.set_display_name, row.login, row.name, actor=actor))
            for role in sorted(row.roles - person.roles):
                refusals += self._step(partial(people.add_role, row.login, role, actor=actor))
        for row in wanted:
            person = current.get(row.login)
            for role in sorted(person.roles - row.roles) if person is not None else ():
                refusals += self._step(partial(people.remove_role, row.login, role, actor=actor))
        self._mark_added(set(current))
        return refusals

    def _step(self, change: Callable[[], object]) -> list[str]:
        """Make one change; its refusal in words, if any."""
        try:
            change()
        except DrafterError as error:
            return [str(error)]
        self.changed = True
        return []

    def _mark_added(self, known: set[str]) -> None:
        """Rows of people now in the workspace are no longer new (their login is fixed)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, LOGIN_COLUMN)
            if item is not None and item.data(NEW_ROLE) and item.text().strip() in known:
                item.setData(NEW_ROLE, False)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip("")
                font = item.font()
                font.setItalic(False)
                item.setFont(font)


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _listed(names: list[str]) -> str:
    if not names:
        return QCoreApplication.translate("PeopleDialog", "whoever set up this workspace")
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("PeopleDialog", "{names} or {last}").format(
        names=", ".join(names[:-1]), last=names[-1])
