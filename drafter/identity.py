"""Who is acting.

In local mode (an SQLite file on this computer) Drafter trusts the operating
system's account name, or the name given with ``--as`` / ``DRAFTER_USER``.
That is a convenience, not a proof of identity: anyone who can run Drafter as
this account can act under any name. Team mode (PostgreSQL) logs each person
in with their own server role.
"""

from __future__ import annotations

import getpass
import os


def current_login(explicit: str | None = None) -> str:
    """The login name that acts: ``--as`` first, then DRAFTER_USER, then the OS account."""
    if explicit:
        return explicit.strip()
    from_env = os.environ.get("DRAFTER_USER", "").strip()
    if from_env:
        return from_env
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no account name (some containers): still usable
        return "drafter"
