"""Logging in to a team server: each person's own role, the password asked for and never stored."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from drafter.core.errors import WorkspaceError
from drafter.services import open_services
from drafter.store import Workspace, team_roles
from drafter.team_login import team_url

_NUMBERS = itertools.count(1)


@pytest.fixture
def login_role(postgres_admin_url: str, postgres_url: str) -> tuple[str, str]:
    """A drafter added by the workspace's owner, with a password; the workspace's address over TCP."""
    name = f"pat_{next(_NUMBERS)}_{abs(hash(postgres_url)) % 10_000}"
    with Workspace.open(postgres_url) as owner:
        owner.people.ensure("ada.admin", roles=frozenset({"admin"}))
        owner.people.ensure(name, roles=frozenset({"drafter"}), actor="ada.admin")
        with owner.write() as conn:
            team_roles.create_login(conn, name, "open sesame")
    port = make_url(postgres_admin_url).query["port"]
    return name, f"postgresql://127.0.0.1:{port}/{make_url(postgres_url).database}"


def test_the_password_is_asked_for_and_the_server_says_who_acts(
        login_role: tuple[str, str], tmp_path: Path) -> None:
    name, address = login_role
    asked: list[tuple[str, str]] = []

    def ask(where: str, reason: str) -> str:
        asked.append((where, reason))
        return "wrong" if len(asked) == 1 else "open sesame"

    services = open_services(address, acting_as=name, ask_password=ask)
    try:
        assert services.actor_login == name
        assert services.workspace.dialect == "postgresql"
        created = services.statements.create(title="Team", text="Hello", actor=services.actor_login)
        assert services.statements.get(created.id).created_by == name
    finally:
        services.close()
    assert [reason for _, reason in asked] == ["", "The server did not accept the password."]
    assert all("open sesame" not in where for where, _ in asked)
    # Never written down by Drafter: not in its config or data folders.
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert b"open sesame" not in file.read_bytes(), file


def test_the_server_login_acts_whatever_as_says(login_role: tuple[str, str]) -> None:
    name, address = login_role
    named = address.replace("postgresql://", f"postgresql://{name}@")
    services = open_services(named, acting_as="ada.admin", ask_password=lambda w, r: "open sesame")
    try:
        assert services.actor_login == name  # not ada.admin: the server says who logged in
        assert not services.actor.has_role("admin")
    finally:
        services.close()


def test_without_a_way_to_ask_the_message_says_what_to_do(login_role: tuple[str, str]) -> None:
    name, address = login_role
    with pytest.raises(WorkspaceError, match=r"asks for .*password.*PGPASSWORD"):
        open_services(address, acting_as=name)


def test_giving_no_password_connects_nothing(login_role: tuple[str, str]) -> None:
    name, address = login_role
    with pytest.raises(WorkspaceError, match="no password was given"):
        open_services(address, acting_as=name, ask_password=lambda where, reason: None)


def test_the_address_gets_drafters_driver_and_the_login() -> None:
    url = team_url("postgresql://db.town.example/statements", "ana")
    assert url.drivername == "postgresql+psycopg" and url.username == "ana"
    assert team_url("postgresql://ben@db/x", "ana").username == "ben"


def test_a_person_sets_their_own_password_with_the_command_line(
        login_role: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from drafter.cli import main

    name, address = login_role
    monkeypatch.setenv("PGPASSWORD", "open sesame")  # libpq's own variable, for scripts
    monkeypatch.setattr("sys.stdin", io.StringIO("a longer passphrase\n"))
    assert main(["--db", address, "--as", name, "users", "password", name]) == 0
    assert f"password of {name} is set" in capsys.readouterr().out
    monkeypatch.delenv("PGPASSWORD")
    services = open_services(address, acting_as=name, ask_password=lambda w, r: "a longer passphrase")
    services.close()
    with pytest.raises(WorkspaceError, match="did not accept"):
        open_services(address, acting_as=name, ask_password=lambda w, r: "open sesame")
