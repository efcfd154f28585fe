"""Logging in to a team workspace on a PostgreSQL server.

Each person logs in with their own PostgreSQL role: ``drafter --db
postgresql://HOST/DB`` connects as ``--as`` / DRAFTER_USER / the system
account unless the address names a user. The server proves who acts; the
rules it enforces (who may approve, an insert-only audit log) come with the
workspace's migrations.

A password is never stored in plain text. It comes from the address, from
libpq's own PGPASSWORD or password file, from the system keyring if one is
available (``keyring``), or it is asked for (``ask_password``: a terminal
prompt or a dialog). A password that worked is kept in the keyring, when
there is one, and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.engine import URL, make_url

from drafter.core.errors import WorkspaceError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Drafter team server"
PASSWORD_ATTEMPTS = 3

Opened = TypeVar("Opened")  # what ``open_url`` gives: a Workspace
AskPassword = Callable[[str, str], "str | None"]  # (where, failure reason) -> password or None


def is_server_address(target: str) -> bool:
    return target.startswith(("postgresql:", "postgresql+", "postgres:"))


def team_url(target: str, login: str) -> URL:
    """The address with Drafter's driver (psycopg 3) and the person's login filled in."""
    url = make_url(target.replace("postgres://", "postgresql://", 1))
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if not url.username:
        url = url.set(username=login)
    return url


def keyring_key(url: URL) -> str:
    return f"{url.username}@{url.host or url.query.get('host', 'localhost')}:{url.port or ''}/{url.database}"


def stored_password(url: URL) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception:  # no keyring on this system, or it is locked: ask instead
        log.debug("No password from the keyring", exc_info=True)
        return None


def store_password(url: URL, password: str) -> bool:
    """Keep a password that worked in the system keyring; False when there is none."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        if isinstance(keyring.get_keyring(), NoKeyring):
            return False
        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
        return True
    except Exception:
        log.debug("The password was not kept in the keyring", exc_info=True)
        return False


def needs_password(error: BaseException) -> bool:
    text = str(error).lower()
    return "password" in text and ("no password" in text or "authentication failed" in text)


def open_team_workspace(target: str, login: str, ask_password: AskPassword | None,
                        open_url: Callable[[str], Opened]) -> Opened:
    """Open ``target`` with ``open_url`` as ``login``, asking for the password as often as needed.

    Returns what ``open_url`` returns (a Workspace). Raises WorkspaceError with
    a clear message when no password is given or the server refuses it.
    """
    url = team_url(target, login)
    where = url.render_as_string(hide_password=True)
    password = url.password or stored_password(url)
    typed = False
    reason = ""
    for _attempt in range(PASSWORD_ATTEMPTS + 1):
        attempt = url.set(password=password) if password else url
        try:
            opened = open_url(attempt.render_as_string(hide_password=False))
        except WorkspaceError as error:
            if not needs_password(error):
                raise
            reason = "The server did not accept the password." if password else ""
            if ask_password is None:
                raise WorkspaceError(
                    f"The team server {where} asks for {url.username}'s password. Run Drafter in "
                    "a terminal to type it, or set PGPASSWORD for scripts.") from None
            password = ask_password(where, reason)
            typed = True
            if not password:
                raise WorkspaceError(f"Not connected to {where}: no password was given.") from None
            continue
        if typed and password:
            store_password(url, password)
        return opened
    raise WorkspaceError(f"Not connected to {where}: {reason or 'the password was refused'}")


def terminal_password(where: str, reason: str) -> str | None:
    """Ask on the terminal (the command line), when there is one."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        return None
    if reason:
        print(reason, file=sys.stderr)
    try:
        return getpass.getpass(f"Password for {where}: ")
    except (EOFError, KeyboardInterrupt):
        return None
