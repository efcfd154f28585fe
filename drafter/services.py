"""The services Drafter's window and command line work with, built in one place.

Nothing here runs at import time; ``open_services`` opens the workspace
(creating and migrating its database when needed) and hands back the
stores, so callers never reach for globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.identity import current_login
from drafter.paths import default_workspace_target, user_templates_dir
from drafter.preferences import Preferences
from drafter.store.database import Workspace
from drafter.store.people import PeopleStore
from drafter.store.records import Person
from drafter.store.statements import StatementStore
from drafter.team_login import AskPassword, is_server_address, open_team_workspace

if TYPE_CHECKING:
    from drafter.core.templates import OrganisationProfile, TemplateLibrary


CHECK_ALL_CAPS_SETTING = "spelling.check_all_caps"


@dataclass
class Services:
    workspace: Workspace
    statements: StatementStore
    people: PeopleStore
    actor: Person

    @property
    def actor_login(self) -> str:
        return self.actor.login

    def close(self) -> None:
        self.workspace.close()

    def organisation_profile(self) -> OrganisationProfile:
        from drafter.core.templates import OrganisationProfile

        return OrganisationProfile.from_dict(self.workspace.settings.organisation_profile())

    def save_organisation_profile(self, profile: OrganisationProfile) -> None:
        self.workspace.settings.save_organisation_profile(profile.to_dict(), actor=self.actor_login)

    def check_all_caps(self) -> bool:
        """The workspace's choice: spell-check words in capitals too (default: skip them
        as acronyms, such as EHPD)."""
        return bool(self.workspace.settings.get(CHECK_ALL_CAPS_SETTING, False))

    def set_check_all_caps(self, checked: bool) -> None:
        self.workspace.settings.put(CHECK_ALL_CAPS_SETTING, checked, actor=self.actor_login)

    def template_library(self) -> TemplateLibrary:
        """Bundled templates, the workspace's team templates, and this person's own."""
        from drafter.core.templates import load_library

        team = [(record.id, record.source) for record in self.workspace.team_templates.list()]
        own = user_templates_dir()
        return load_library(own if own.is_dir() else None, team)  # no folder yet: none of one's own


def open_services(db: str | None = None, acting_as: str | None = None,
                  ask_password: AskPassword | None = None) -> Services:
    """Open the workspace named by ``db`` (else the default) for the person acting.

    On a team server the person logs in with their own role (``ask_password``
    asks for its password when needed), and the server's word on who they are
    is the one that counts.
    """
    target = db or default_workspace_target(Preferences.load().team_server)
    login = current_login(acting_as)
    if is_server_address(target):
        workspace = open_team_workspace(target, login, ask_password, Workspace.open)
        login = workspace.acting_login(default=login)
    else:
        workspace = Workspace.open(target)
    try:
        people = PeopleStore(workspace)
        actor = _person_acting(workspace, people, login)
        return Services(workspace, StatementStore(workspace), people, actor)
    except BaseException:
        workspace.close()
        raise


def _person_acting(workspace: Workspace, people: PeopleStore, login: str) -> Person:
    """The person acting; on a team server only an administrator adds people."""
    from drafter.core.errors import NotFoundError, WorkspaceError
    from drafter.core.workflow import NotAllowedError

    if workspace.read_only:  # nothing may be written: someone not recorded yet still reads
        try:
            return people.get(login)
        except NotFoundError:
            return Person(login=login, display_name=login, roles=frozenset(), created_at=workspace.now())
    if workspace.dialect != "postgresql":
        return people.ensure(login)
    try:
        return people.get(login)
    except NotFoundError:
        pass
    try:
        return people.ensure(login)  # the workspace's first person, or its owner's own login
    except NotAllowedError:
        raise WorkspaceError(
            f"{login} may log in to {workspace.where}, but is not one of the people of this "
            f"workspace yet. Ask an administrator to add you (drafter users add {login} "
            "--role drafter).") from None
