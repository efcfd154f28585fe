"""Commands for running a workspace: ``users list``, ``users add`` and ``audit verify``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from drafter.cli.output import emit_json, emit_line, iso_utc, local_time
from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.people import ADMIN, ROLES, clean_login

if TYPE_CHECKING:
    from drafter.services import Services
    from drafter.store.records import Person


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("users", parents=[common], help="the people of the workspace and their roles")
    actions = group.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[common], help="everyone: login, name, roles, when added")
    p.set_defaults(handler=list_users)
    p = actions.add_parser("add", parents=[common],
                           help="add a person, or give roles to someone already there (administrators only)")
    p.add_argument("login", metavar="NAME", help="the person's login name")
    p.add_argument("--role", action="append", required=True, dest="roles", metavar="R",
                   help=f"a role to give ({', '.join(ROLES)}); repeat for more than one")
    p.add_argument("--display-name", metavar="NAME", help="the person's full name (default: the login)")
    p.set_defaults(handler=add_user)
    p = actions.add_parser("password", parents=[common],
                           help="set a person's password on the team server (administrators, or the "
                                "person themselves); read from the terminal, or one line of stdin")
    p.add_argument("login", metavar="NAME", help="the person's login name")
    p.set_defaults(handler=set_password)

    group = commands.add_parser("audit", parents=[common], help="check the audit log")
    actions = group.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = actions.add_parser("verify", parents=[common],
                           help="recompute the audit log's chain of hashes; exit 1 if it is broken")
    p.set_defaults(handler=verify_audit)


def person_json(person: Person) -> dict[str, Any]:
    return {
        "login": person.login,
        "display_name": person.display_name,
        "roles": sorted(person.roles),
        "created": iso_utc(person.created_at),
    }


def _person_line(person: Person) -> str:
    roles = ", ".join(sorted(person.roles)) or "no roles"
    return f"{person.login:<24} {person.display_name:<28} {roles:<26} added {local_time(person.created_at)}"


def list_users(args: argparse.Namespace, services: Services) -> int:
    everyone = services.people.list()
    if args.json:
        emit_json([person_json(person) for person in everyone])
        return 0
    for person in everyone:
        emit_line(_person_line(person))
    return 0


def add_user(args: argparse.Namespace, services: Services) -> int:
    actor = services.actor
    if not actor.has_role(ADMIN):
        admins = [p.login for p in services.people.list() if p.has_role(ADMIN)]
        ask = f" Ask an administrator ({', '.join(admins)})." if admins else ""
        raise DrafterError(f"Only an administrator can add people or give roles, and "
                           f"{actor.login} is not one.{ask}")
    login = clean_login(args.login)
    wanted = _check_roles(args.roles)
    try:
        before: Person | None = services.people.get(login)
    except NotFoundError:
        before = None
    changes: list[str] = []
    if before is None:
        person = services.people.ensure(login, display_name=args.display_name, roles=wanted,
                                        actor=actor.login)
        changes.append(f"Added {person.login} ({person.display_name}).")
    else:
        person = before
        if args.display_name and " ".join(args.display_name.split()) != before.display_name:
            changes.append(f"{before.login} is already here as “{before.display_name}”: "
                           "the display name was left as it is.")
    # Give what is still missing (also when someone else added the person a moment ago).
    granted = sorted(wanted - person.roles)
    for role in granted:
        person = services.people.add_role(login, role, actor=actor.login)
    if granted:
        changes.append(f"Gave {person.login} the role{'s' if len(granted) > 1 else ''} "
                       f"{', '.join(granted)}.")
    elif before is not None:
        changes.append(f"{person.login} already has every role asked for: nothing changed.")
    if args.json:
        emit_json(person_json(person))
        return 0
    for change in changes:
        emit_line(change)
    emit_line(_person_line(person))
    return 0


def _check_roles(roles: list[str]) -> frozenset[str]:
    cleaned = [role.strip().casefold() for role in roles]
    unknown = [role for role in cleaned if role not in ROLES]
    if unknown:
        raise DrafterError(f"There is no role “{unknown[0]}”: the roles are {', '.join(ROLES)}.")
    return frozenset(cleaned)


def verify_audit(args: argparse.Namespace, services: Services) -> int:
    result = services.workspace.audit.verify()
    if args.json:
        emit_json({"ok": result.ok, "checked": result.checked,
                   "first_bad_sequence": result.first_bad_sequence, "reason": result.reason})
    if result.ok:
        if not args.json:
            emit_line(f"Audit log intact: {result.checked} events checked.")
        return 0
    # Refused like any other failure (one line on stderr), but the JSON above is the
    # verification itself rather than {"error": …}, so scripts can read where it broke.
    reason = " ".join(result.reason.split())
    print(f"drafter: Audit log broken at event {result.first_bad_sequence}: {reason}", file=sys.stderr)
    return 1


def set_password(args: argparse.Namespace, services: Services) -> int:
    """Team mode: the login's password, kept by the server only as a SCRAM hash."""
    import getpass
    import sys

    from drafter.store import team_roles

    workspace = services.workspace
    if workspace.dialect != "postgresql":
        raise DrafterError("Passwords belong to team workspaces on a server; a workspace file on this "
                           "computer has none.")
    login = clean_login(args.login)
    actor = services.actor
    if login != actor.login and not actor.has_role(ADMIN):
        raise DrafterError(f"Only an administrator can set another person's password, and "
                           f"{actor.login} is not one.")
    services.people.get(login)  # NotFoundError when there is no such person
    if sys.stdin.isatty():
        password = getpass.getpass(f"New password for {login}: ")
        if getpass.getpass("Once more: ") != password:
            raise DrafterError("The two passwords differ: nothing was changed.")
    else:
        password = sys.stdin.readline().rstrip("\n")
    with workspace.write() as conn:
        team_roles.create_login(conn, login, password)
    emit_line(f"The password of {login} is set on the team server.")
    return 0
