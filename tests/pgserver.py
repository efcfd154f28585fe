"""A throw-away PostgreSQL server for the team-mode tests, on a free local port.

``python tests/pgserver.py start DIR`` makes a new cluster in DIR with
``initdb``, starts it with ``pg_ctl`` (listening on 127.0.0.1 and a Unix
socket in DIR, never touching the system's own server) and prints shell
``export`` lines for ``DRAFTER_TEST_POSTGRES``, the superuser's address;
``python tests/pgserver.py stop DIR`` stops it. The tests' session fixture
uses the same code to start one of its own when no address is given.

PostgreSQL refuses to run as root, so as root the server runs as the
``postgres`` system user (which the Debian package creates).

Logins: on the socket, any role without a password (trust), so tests can
log in as each person's role; over TCP, passwords (scram-sha-256), so the
password path is real too.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "postgres"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None if not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_server_user(command), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


def url(folder: Path, user: str = SUPERUSER, database: str = "postgres") -> str:
    """The address of a database on the server in ``folder``, over its Unix socket."""
    port = (folder / "port").read_text().strip()
    return f"postgresql+psycopg://{user}@/{database}?host={folder}&port={port}"


def start(folder: Path) -> str:
    """Create and start a cluster in ``folder`` (empty or missing); return the superuser's URL."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) are installed")
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        os.chmod(folder, 0o755)
        parent = folder.parent
        while parent != parent.parent:  # the server must be able to reach its folder
            os.chmod(parent, os.stat(parent).st_mode | 0o011)
            parent = parent.parent
    port = _free_port()
    _run([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
          "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"])
    options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200")
    _run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
          "-w", "start"])
    (folder / "port").write_text(str(port))
    return url(folder)


def stop(folder: Path) -> None:
    binaries = server_binaries()
    if binaries is None or not (folder / "data").is_dir():
        return
    _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"])


def restart(folder: Path) -> str:
    """Start again the server ``stop`` stopped in ``folder``: same data, same port, same address."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) are installed")
    port = (folder / "port").read_text().strip()
    options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200")
    _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-o", options, "-l",
          str(folder / "server.log"), "-w", "start"])
    return url(folder)


def main(argv: list[str]) -> int:
    if argv == ["binaries"]:  # where initdb is; exit 1 when PostgreSQL is not installed
        found = server_binaries()
        print(found or "no PostgreSQL server binaries found")
        return 0 if found else 1
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pgserver.py binaries | start DIR | stop DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        print(f"export DRAFTER_TEST_POSTGRES='{start(folder)}'")
    else:
        stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
