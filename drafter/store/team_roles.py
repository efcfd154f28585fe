"""Team mode: each person's PostgreSQL login, and the server groups that give it its rights.

A person logs in to a team workspace with a server role of the same name as
their Drafter login (``people.login``). What that login may do is decided by
the server itself (migration 0006): every login is a member of
``drafter_person`` (it reads the workspace), and of ``drafter_drafter``,
``drafter_reviewer`` and ``drafter_admin`` as the person's Drafter roles say.
The functions here keep those memberships in step with the People store;
they run in the caller's transaction (``workspace.write()``), as a login
that may manage roles: a superuser, or one with CREATEROLE (from PostgreSQL 16
on, also ADMIN OPTION on the ``drafter_*`` groups, which the login that
created them has).

``refusal_message`` turns the server's refusal (a rule of migration 0006, or
a missing GRANT) into a sentence the window can show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from drafter.core.errors import DrafterError

#: The group every person's login belongs to: it may read the workspace.
PERSON_GROUP = "drafter_person"

#: The server group of each Drafter role (``drafter_admin`` includes the other two).
ROLE_GROUPS: dict[str, str] = {
    "drafter": "drafter_drafter",
    "reviewer": "drafter_reviewer",
    "admin": "drafter_admin",
}

#: What the SQLSTATEs of the server's own refusals (class ``DR``) mean.
RULE_STATES: dict[str, str] = {
    "DR001": "a record that is never changed (the audit log, a revision, a review)",
    "DR002": "an author approving their own revision",
    "DR003": "acting under another person's name",
    "DR004": "a step the login's roles do not allow",
    "DR005": "a step the statement's life does not allow now",
}

#: PostgreSQL keeps role names to 63 bytes (and would cut a longer one short, silently).
ROLE_NAME_MAX_BYTES = 63

_INSUFFICIENT_PRIVILEGE = "42501"


def check_login_name(login: str) -> str:
    """The login as a server role name; DrafterError, saying why, when it cannot be one."""
    name = login.strip()
    if not name:
        raise DrafterError("A login name cannot be empty.")
    if len(name.encode("utf-8")) > ROLE_NAME_MAX_BYTES:
        raise DrafterError(f"{name!r} is too long for a login on the team server: keep it under "
                           f"{ROLE_NAME_MAX_BYTES + 1} bytes.")
    if name.lower().startswith("pg_") or name in {PERSON_GROUP, *ROLE_GROUPS.values()}:
        raise DrafterError(f"{name!r} is a name the server keeps for itself: choose another login.")
    if "\x00" in name:
        raise DrafterError("A login name cannot hold a NUL character.")
    return name


def _group(role: str) -> str:
    try:
        return ROLE_GROUPS[role]
    except KeyError:
        raise DrafterError(f"There is no role {role!r}: choose one of {', '.join(ROLE_GROUPS)}.") from None


def _require_postgresql(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise DrafterError("Logins and their roles belong to a team workspace on a PostgreSQL server; "
                           "this workspace is a file on this computer.")


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _literal(text: str) -> str:
    """A SQL string literal (standard_conforming_strings is on by default since PostgreSQL 9.1)."""
    return "'" + text.replace("'", "''") + "'"


def _run(conn: Connection, statement: str) -> None:
    """Run DDL that takes no parameters, as the server gets it (no '%' or ':' processing)."""
    driver: Any = conn.connection.driver_connection
    cursor = driver.cursor()
    try:
        cursor.execute(statement.encode("utf-8"))
    except Exception as exc:  # the driver's own error: say what Drafter was doing
        if getattr(exc, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            raise DrafterError(
                "The server did not let this login manage logins and roles (it needs CREATEROLE, or "
                f"to be the server's administrator): {_first_line(exc)}") from exc
        raise
    finally:
        cursor.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name})
    return found is not None


def _password_verifier(conn: Connection, name: str, password: str) -> str:
    """The SCRAM verifier of ``password``, computed here so the password never reaches the server."""
    driver: Any = conn.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:  # another driver: let the server hash it
        return password
    verifier = pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256")
    return bytes(verifier).decode("ascii")


def create_login(conn: Connection, login: str, password: str | None) -> bool:
    """Make ``login`` a server login in ``drafter_person``; True if the role was created.

    A role of that name that exists already is kept (it may log in with the
    password it has) and joins the group; ``password``, when given, becomes
    its password. None leaves it without one: the server's own sign-in
    (Kerberos, certificates, a local socket) must then let the person in.
    """
    _require_postgresql(conn)
    name = check_login_name(login)
    role = _quote(conn, name)
    created = not _role_exists(conn, name)
    if created:
        _run(conn, f"CREATE ROLE {role} LOGIN")
    if password is not None:
        if not password or "\x00" in password:
            raise DrafterError("Give a password of at least one character (and no NUL character).")
        _run(conn, f"ALTER ROLE {role} PASSWORD {_literal(_password_verifier(conn, name, password))}")
    _grant(conn, PERSON_GROUP, name)
    return created


def grant_roles(conn: Connection, login: str, roles: Iterable[str]) -> None:
    """Give the login the server groups of these Drafter roles (and ``drafter_person``)."""
    _require_postgresql(conn)
    name = check_login_name(login)
    groups = [_group(role) for role in roles]
    if not _role_exists(conn, name):
        raise DrafterError(f"There is no login {name!r} on the server yet: create it first.")
    for group in [PERSON_GROUP, *groups]:
        _grant(conn, group, name)
    if "admin" in roles:
        _let_manage_people(conn, name, True)


def _let_manage_people(conn: Connection, name: str, allowed: bool) -> None:
    """An administrator adds people, so their login makes logins and gives the groups.

    CREATEROLE for the logins, and ADMIN OPTION on each group (which
    PostgreSQL 16 and later also ask of a CREATEROLE login that grants it).
    """
    role = _quote(conn, name)
    _run(conn, f"ALTER ROLE {role} {'CREATEROLE' if allowed else 'NOCREATEROLE'}")
    for group in [PERSON_GROUP, *ROLE_GROUPS.values()]:
        if allowed:
            _run(conn, f"GRANT {_quote(conn, group)} TO {role} WITH ADMIN OPTION")
        elif group == ROLE_GROUPS["admin"] or group in _direct_groups(conn, name):
            _run(conn, f"REVOKE ADMIN OPTION FOR {_quote(conn, group)} FROM {role}")


def revoke_role(conn: Connection, login: str, role: str) -> None:
    """Take the server group of one Drafter role from the login (nothing if it does not have it).

    Only the direct grant goes: an ``admin`` still reviews and drafts through
    ``drafter_admin`` until that role goes too.
    """
    _require_postgresql(conn)
    name = check_login_name(login)
    group = _group(role)
    if role == "admin":
        _let_manage_people(conn, name, False)
    if group in _direct_groups(conn, name):
        _run(conn, f"REVOKE {_quote(conn, group)} FROM {_quote(conn, name)}")


def server_roles(conn: Connection, login: str) -> set[str]:
    """The Drafter roles the server has given this login directly ("drafter", "reviewer", "admin")."""
    _require_postgresql(conn)
    groups = _direct_groups(conn, login.strip())
    return {role for role, group in ROLE_GROUPS.items() if group in groups}


def _direct_groups(conn: Connection, name: str) -> set[str]:
    query = sa.text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name")
    return set(conn.execute(query, {"name": name}).scalars())


def _grant(conn: Connection, group: str, name: str) -> None:
    if group not in _direct_groups(conn, name):
        _run(conn, f"GRANT {_quote(conn, group)} TO {_quote(conn, name)}")


def refusal_message(exc: BaseException) -> str | None:
    """What the server refused, in words, when ``exc`` is its refusal; None for any other error.

    The server's own rules (SQLSTATE class ``DR``) say it themselves ("Drafter:
    an author of revision 2 cannot approve it (workspace policy)."); a missing
    GRANT is "permission denied for table reviews".
    """
    error: object = exc.orig if isinstance(exc, DBAPIError) else exc
    state = getattr(error, "sqlstate", None)
    if not isinstance(state, str):
        return None
    detail = _first_line(error) if isinstance(error, BaseException) else str(error)
    if state in RULE_STATES:
        return detail.removeprefix("Drafter: ")
    if state == _INSUFFICIENT_PRIVILEGE:
        return (f"The team server did not allow it: your login may not do this ({detail}). "
                "Ask an administrator for the role it needs.")
    return None
