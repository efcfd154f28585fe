"""Settings → People… (administrators add people and change roles; others only look) and the
statement list's stage column and "Waiting for me" filter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from drafter.core.workflow import APPROVE, ReviewPolicy, Stage
from drafter.services import Services, open_services
from drafter.ui.main_window import MainWindow
from drafter.ui.people_dialog import LOGIN_COLUMN, NAME_COLUMN, ROLE_COLUMNS, PeopleDialog
from drafter.ui.people_ops import PeopleOps
from drafter.ui.statement_list import StatementListPanel
from drafter.waiting import find_waiting
from tests.ui.helpers import ScriptedPrompts

ADMIN = "mayor.office"  # the workspace's first person: every role (see conftest)


def make_dialog(qtbot: Any, services: Services, prompts: ScriptedPrompts, login: str = ADMIN
                ) -> PeopleDialog:
    dialog = PeopleDialog(services.people, services.people.get(login), prompts)
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog: PeopleDialog, login: str) -> int:
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, LOGIN_COLUMN)
        if item is not None and item.text() == login:
            return row
    raise AssertionError(f"{login} is not listed")


def set_role(dialog: PeopleDialog, login: str, role: str, on: bool) -> None:
    item = dialog.table.item(row_of(dialog, login), ROLE_COLUMNS[role])
    assert item is not None
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_an_admin_adds_a_person_with_roles(qtbot: Any, services: Services, prompts: ScriptedPrompts
                                           ) -> None:
    dialog = make_dialog(qtbot, services, prompts)

    def fill(shown: PeopleDialog) -> bool:
        qtbot.keyClicks(shown.new_login, "counsel")
        qtbot.keyClicks(shown.new_name, "Legal  Counsel")
        shown.new_roles["drafter"].setChecked(False)
        shown.new_roles["reviewer"].setChecked(True)
        qtbot.mouseClick(shown.add_button, Qt.MouseButton.LeftButton)
        assert [p.login for p in services.people.list()] == [ADMIN]  # nothing changes before OK
        shown.accept()
        return True

    prompts.dialog_handler = fill
    assert prompts.run_dialog(dialog)
    counsel = services.people.get("counsel")
    assert (counsel.display_name, counsel.roles) == ("Legal Counsel", {"reviewer"})
    event = services.workspace.audit.events()[-1]
    assert (event.action, event.actor) == ("person_added", ADMIN)
    assert dialog.changed and prompts.titles("error") == []


def test_an_admin_renames_and_changes_roles_each_a_step_of_its_own(qtbot: Any, services: Services,
                                                                   prompts: ScriptedPrompts) -> None:
    services.people.ensure("bo", roles=["drafter"], actor=ADMIN)
    dialog = make_dialog(qtbot, services, prompts)
    name = dialog.table.item(row_of(dialog, "bo"), NAME_COLUMN)
    assert name is not None
    name.setText("Bo Li")
    set_role(dialog, "bo", "reviewer", True)
    set_role(dialog, "bo", "drafter", False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    bo = services.people.get("bo")
    assert (bo.display_name, bo.roles) == ("Bo Li", {"reviewer"})
    assert [e.action for e in services.workspace.audit.events()[-3:]] == [
        "person_renamed", "role_added", "role_removed"]


def test_someone_else_sees_the_people_read_only_and_whom_to_ask(qtbot: Any, services: Services,
                                                                prompts: ScriptedPrompts) -> None:
    services.people.ensure("dee", roles=["drafter"], actor=ADMIN)
    dialog = make_dialog(qtbot, services, prompts, login="dee")
    assert not dialog.can_edit and dialog.add_box.isHidden()
    assert "Only an administrator" in dialog.notice.text() and ADMIN in dialog.notice.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    for column in (NAME_COLUMN, *ROLE_COLUMNS.values()):
        item = dialog.table.item(row_of(dialog, "dee"), column)
        assert item is not None
        assert not item.flags() & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
    dialog.accept()
    assert services.people.get("dee").roles == {"drafter"} and not dialog.changed


def test_taking_the_admin_role_from_the_last_admin_is_refused_and_the_dialog_keeps_its_data(
        qtbot: Any, services: Services, prompts: ScriptedPrompts) -> None:
    services.people.ensure("bo", roles=["drafter"], actor=ADMIN)
    dialog = make_dialog(qtbot, services, prompts)
    set_role(dialog, ADMIN, "admin", False)
    set_role(dialog, "bo", "reviewer", True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open
    [(_kind, title, text)] = [asked for asked in prompts.asked if asked[0] == "error"]
    assert title == "Some changes were not made" and "only administrator" in text
    assert services.people.get(ADMIN).has_role("admin")
    assert services.people.get("bo").roles == {"drafter", "reviewer"}  # the other change was made
    assert dialog.changed
    item = dialog.table.item(row_of(dialog, ADMIN), ROLE_COLUMNS["admin"])
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked  # as the admin left it


def test_a_login_typed_twice_is_refused_in_the_add_row(qtbot: Any, services: Services,
                                                       prompts: ScriptedPrompts) -> None:
    dialog = make_dialog(qtbot, services, prompts)
    dialog.new_login.setText("MAYOR.office")
    assert not dialog.add_person()
    assert "in the list already" in dialog.add_message.text()
    assert dialog.table.rowCount() == 1


def test_changing_ones_own_roles_reloads_who_acts(window: MainWindow, services: Services,
                                                  prompts: ScriptedPrompts) -> None:
    ops = PeopleOps(window)

    def stop_reviewing(shown: PeopleDialog) -> bool:
        set_role(shown, ADMIN, "reviewer", False)
        shown.accept()
        return True

    prompts.dialog_handler = stop_reviewing
    ops.manage_people()
    assert services.actor.roles == {"admin", "drafter"}
    assert window.services is services and not ops.reload_actor()


# -- the statement list ------------------------------------------------------------------
@pytest.fixture
def reviewer(services: Services) -> Iterator[Services]:
    """The same workspace, as "legal": a reviewer named by the policy's second stage."""
    people = services.people
    people.ensure("dee", roles=["drafter"], actor=ADMIN)
    people.ensure("bo", roles=["reviewer"], actor=ADMIN)
    people.ensure("legal", roles=["reviewer"], actor=ADMIN)
    services.workspace.settings.put("review_policy", ReviewPolicy(
        (Stage("Communications"), Stage("Legal counsel", frozenset({"legal"})))).to_dict(), actor=ADMIN)
    opened = open_services(str(services.workspace.path), "legal")
    yield opened
    opened.close()


def submitted(services: Services, title: str, *, approved_by: str | None = None,
              asked: tuple[str, ...] = ()) -> int:
    sid = services.statements.create(title=title, text=f"# {title}\n\nText.\n", actor="dee").id
    services.workspace.reviews.submit(sid, actor="dee", expected_version=1, errors=[], reviewers=asked)
    if approved_by is not None:
        revision = services.workspace.reviews.revision(sid)
        services.workspace.reviews.decide(sid, actor=approved_by, decision=APPROVE, revision=revision.number,
                                          sha256=revision.sha256)
    return sid


def shown_ids(panel: StatementListPanel) -> set[int]:
    return {panel.model.item(row).id for row in range(panel.model.rowCount())}


def test_waiting_for_me_shows_exactly_the_statements_waiting_and_counts_them(
        qtbot: Any, services: Services, reviewer: Services) -> None:
    at_legal = submitted(services, "Road closure", approved_by="bo")
    also_at_legal = submitted(services, "Water notice", approved_by="bo")
    asked_bo = submitted(services, "Police Week", asked=("bo",))  # waits for bo, not for legal
    draft = services.statements.create(title="Not yet", text="x", actor="dee").id
    panel = StatementListPanel()
    qtbot.addWidget(panel)
    everything = reviewer.statements.list()
    waiting = find_waiting(reviewer, reviewer.actor)
    panel.set_items(everything, None)
    panel.set_waiting(waiting.waiting_for, waiting.mine, waiting.stages)
    assert shown_ids(panel) == {at_legal, also_at_legal, asked_bo, draft}
    combo = panel.status_filter
    assert combo.itemText(0) == "All statements" and combo.itemText(1) == "Waiting for me (2)"

    combo.setCurrentIndex(1)  # the window then lists again, as it does for every filter
    assert panel.showing_waiting_for_me() and panel.status() is None and not panel.showing_trash()
    panel.set_items(reviewer.statements.list(status=panel.status()), None)
    assert shown_ids(panel) == {at_legal, also_at_legal}

    row = panel.model.row_of(at_legal)
    assert row is not None
    status = panel.model.index(row, 1)
    assert status.data() == "In review — Legal counsel"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Waiting for Legal counsel: legal (0 of 1 approvals)"

    revision = reviewer.workspace.reviews.revision(at_legal)
    reviewer.workspace.reviews.decide(at_legal, actor="legal", decision=APPROVE, revision=revision.number,
                                      sha256=revision.sha256)
    waiting = find_waiting(reviewer, reviewer.actor)
    panel.set_waiting(waiting.waiting_for, waiting.mine)  # without stages: read from the waiting text
    assert combo.itemText(1) == "Waiting for me (1)" and shown_ids(panel) == {also_at_legal}
    row = panel.model.row_of(also_at_legal)
    assert row is not None and panel.model.index(row, 1).data() == "In review — Legal counsel"


def test_the_stage_shows_for_every_statement_in_review_under_all_statements(
        qtbot: Any, services: Services, reviewer: Services) -> None:
    sid = submitted(services, "Police Week")
    panel = StatementListPanel()
    qtbot.addWidget(panel)
    waiting = find_waiting(services, services.actor)
    panel.set_waiting(waiting.waiting_for, waiting.mine, waiting.stages)
    panel.set_items(services.statements.list(), sid)
    row = panel.model.row_of(sid)
    assert row is not None
    assert panel.model.index(row, 1).data() == "In review — Communications"
    assert panel.current_id() == sid
