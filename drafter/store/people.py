"""The people of a workspace and their roles.

The first person ever recorded in a workspace gets every role (admin,
drafter, reviewer): someone must be able to set the workspace up. Later
people are drafters unless told otherwise. Adding people, renaming them,
and granting or removing roles is recorded in the audit log. The last
administrator cannot lose the admin role, so somebody can always manage
people.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.records import Person
from drafter.store.schema import LOGIN_MAX, inserted_id, people, person_roles

if TYPE_CHECKING:
    from drafter.store.database import Workspace

ADMIN = "admin"
DRAFTER = "drafter"
REVIEWER = "reviewer"

#: Every role a person can have.
ROLES: tuple[str, ...] = (ADMIN, DRAFTER, REVIEWER)

#: The roles of the first person of a workspace, and of later ones by default.
FIRST_PERSON_ROLES = frozenset(ROLES)
DEFAULT_ROLES = frozenset({DRAFTER})


def clean_login(login: str) -> str:
    cleaned = login.strip()
    if not cleaned:
        raise DrafterError("A login name cannot be empty.")
    if len(cleaned) > LOGIN_MAX:
        raise DrafterError(f"{login!r} cannot be a login name: keep it under {LOGIN_MAX + 1} characters.")
    return cleaned


def check_role(role: str) -> str:
    if role not in ROLES:
        raise DrafterError(f"There is no role {role!r}: choose one of {', '.join(ROLES)}.")
    return role


def _mirror_on_server(conn: Connection, login: str, *, grant: frozenset[str] = frozenset(),
                      revoke: str | None = None) -> None:
    """On a team server, a person's roles are also server roles: what the server enforces.

    The person's login role is created (without a password: an administrator
    sets one, ``drafter users password``, or the server's own sign-in lets
    them in) and given the group of each Drafter role, in the same
    transaction as the change in ``people``. On SQLite: nothing.
    """
    if conn.dialect.name != "postgresql":
        return
    from drafter.store import team_roles

    if grant:
        team_roles.create_login(conn, login, None)
        team_roles.grant_roles(conn, login, sorted(grant))
    if revoke is not None:
        team_roles.revoke_role(conn, login, revoke)


def _fetch(conn: Connection, login: str) -> Person | None:
    row = conn.execute(sa.select(people).where(people.c.login == login)).one_or_none()
    if row is None:
        return None
    roles = conn.execute(
        sa.select(person_roles.c.role).where(person_roles.c.person_id == row.id)
    ).scalars()
    return Person(row.login, row.display_name, frozenset(roles), row.created_at)


class PeopleStore:
    """Look up and add the people of a workspace, rename them, and grant or remove their roles.

    Who may do so is the caller's to check (the People dialog lets only
    administrators change anything); every change is recorded with its actor.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def ensure(
        self,
        login: str,
        *,
        display_name: str | None = None,
        roles: Iterable[str] | None = None,
        actor: str | None = None,
    ) -> Person:
        """The person with this login, added first if they are new.

        A person who exists already is returned as they are. ``actor`` is
        who adds them (by default, the person themselves).
        """
        login = clean_login(login)
        wanted = None if roles is None else frozenset(check_role(r) for r in roles)
        with self._workspace.read() as conn:
            existing = _fetch(conn, login)
        if existing is not None:
            return existing
        try:
            return self._add(login, display_name, wanted, actor or login)
        except IntegrityError:
            # Added by another Drafter between our read and our write.
            return self.get(login)

    def _add(
        self, login: str, display_name: str | None, wanted: frozenset[str] | None, actor: str
    ) -> Person:
        name = " ".join((display_name or "").split()) or login
        with self._workspace.write() as conn:
            existing = _fetch(conn, login)
            if existing is not None:
                return existing
            first = not conn.scalar(sa.select(sa.func.count()).select_from(people))
            if first:
                granted = FIRST_PERSON_ROLES | (wanted or frozenset())
            else:
                granted = DEFAULT_ROLES if wanted is None else wanted
            now = self._workspace.now()
            result = conn.execute(
                people.insert().values(login=login, display_name=name[:LOGIN_MAX], created_at=now)
            )
            person_id = inserted_id(result)
            for role in sorted(granted):
                conn.execute(person_roles.insert().values(person_id=person_id, role=role))
            _mirror_on_server(conn, login, grant=granted)
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="person_added",
                statement_id=None,
                details={"login": login, "display_name": name, "roles": sorted(granted)},
            )
            person = _fetch(conn, login)
            assert person is not None
            return person

    def get(self, login: str) -> Person:
        """The person with this login; NotFoundError if there is none."""
        with self._workspace.read() as conn:
            person = _fetch(conn, login.strip())
        if person is None:
            raise NotFoundError(f"There is no person with the login {login.strip()!r}.")
        return person

    def add_role(self, login: str, role: str, *, actor: str) -> Person:
        """Grant a role (doing nothing if the person has it already)."""
        return self._change_role(login, role, actor=actor, grant=True)

    def remove_role(self, login: str, role: str, *, actor: str) -> Person:
        """Take a role away (doing nothing if the person does not have it).

        The last administrator keeps the admin role: without one, nobody
        could manage people or roles again.
        """
        return self._change_role(login, role, actor=actor, grant=False)

    def _change_role(self, login: str, role: str, *, actor: str, grant: bool) -> Person:
        check_role(role)
        actor = clean_login(actor)
        login = login.strip()
        with self._workspace.write() as conn:
            person_id = conn.scalar(sa.select(people.c.id).where(people.c.login == login))
            person = _fetch(conn, login)
            if person_id is None or person is None:
                raise NotFoundError(f"There is no person with the login {login!r}.")
            if person.has_role(role) == grant:
                return person
            if grant:
                conn.execute(person_roles.insert().values(person_id=person_id, role=role))
                _mirror_on_server(conn, login, grant=frozenset({role}))
            else:
                if role == ADMIN:
                    self._keep_an_administrator(conn, person)
                conn.execute(person_roles.delete().where(
                    person_roles.c.person_id == person_id, person_roles.c.role == role))
                _mirror_on_server(conn, login, revoke=role)
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="role_added" if grant else "role_removed",
                statement_id=None,
                details={"login": login, "role": role},
            )
            updated = _fetch(conn, login)
            assert updated is not None
            return updated

    @staticmethod
    def _keep_an_administrator(conn: Connection, person: Person) -> None:
        # Locked on a server, so two administrators removing each other at once
        # cannot leave the workspace with none.
        admins = conn.execute(sa.select(person_roles.c.person_id)
                              .where(person_roles.c.role == ADMIN).with_for_update()).all()
        if len(admins) <= 1:
            raise DrafterError(
                f"{person.display_name} ({person.login}) is the only administrator, so they keep the "
                "admin role: make someone else an administrator first, so that somebody can "
                "still manage people and roles.")

    def set_display_name(self, login: str, name: str, *, actor: str) -> Person:
        """Change the name shown for a person (doing nothing if it is the same)."""
        actor = clean_login(actor)
        login = login.strip()
        cleaned = " ".join(name.split())
        if not cleaned:
            raise DrafterError(f"Give {login} a name to show, such as “Ana Ruiz”: it cannot be empty.")
        if len(cleaned) > LOGIN_MAX:
            raise DrafterError(f"The name shown for {login} is too long: keep it under {LOGIN_MAX + 1} "
                               "characters.")
        with self._workspace.write() as conn:
            person = _fetch(conn, login)
            if person is None:
                raise NotFoundError(f"There is no person with the login {login!r}.")
            if person.display_name == cleaned:
                return person
            conn.execute(people.update().where(people.c.login == login).values(display_name=cleaned))
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="person_renamed",
                statement_id=None,
                details={"login": login, "old": person.display_name, "new": cleaned},
            )
            updated = _fetch(conn, login)
            assert updated is not None
            return updated

    def list(self) -> builtins.list[Person]:
        """Everyone, by login (ignoring case)."""
        with self._workspace.read() as conn:
            rows = conn.execute(sa.select(people)).all()
            roles: dict[int, set[str]] = {row.id: set() for row in rows}
            for person_id, role in conn.execute(sa.select(person_roles)):
                roles.setdefault(person_id, set()).add(role)
        found = [
            Person(row.login, row.display_name, frozenset(roles[row.id]), row.created_at)
            for row in rows
        ]
        return sorted(found, key=lambda person: (person.login.casefold(), person.login))
