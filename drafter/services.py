"""The services Drafter's window and command line work with, built in one place.

Nothing here runs at import time; ``open_services`` opens the workspace
(creating and migrating its database when needed) and hands back the
stores, so callers never reach for globals.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.identity import current_login
from drafter.paths import default_workspace_target
from drafter.store.database import Workspace
from drafter.store.people import PeopleStore, Person
from drafter.store.statements import StatementStore


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


def open_services(db: str | None = None, acting_as: str | None = None) -> Services:
    """Open the workspace named by ``db`` (else the default) for the person acting."""
    workspace = Workspace.open(db or default_workspace_target())
    try:
        people = PeopleStore(workspace)
        actor = people.ensure(current_login(acting_as))
        return Services(workspace, StatementStore(workspace), people, actor)
    except BaseException:
        workspace.close()
        raise
