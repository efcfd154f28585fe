"""Test set-up shared by every test: Qt offscreen, no real user profile touched."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English, whatever this machine's locale: the tests read the interface's English words
# (tests/ui/test_translation.py switches to Spanish on purpose).
os.environ.setdefault("DRAFTER_LANGUAGE", "en")


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the whole run: a spelling index is rebuildable, and slow to build."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    """Every test gets its own data and config folders, never the person's real ones."""
    home = tmp_path / "profile"
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DRAFTER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(shared_cache))
    monkeypatch.delenv("DRAFTER_DB", raising=False)
    monkeypatch.delenv("DRAFTER_USER", raising=False)
    return home


# -- PostgreSQL (team mode) -----------------------------------------------------------
#
# Store, workflow and command-line tests run against both databases: a test
# that takes the ``backend`` fixture runs once on a SQLite file and once on a
# fresh PostgreSQL database, unless it is marked ``sqlite_only`` (it reads the
# file itself: backups, opening damaged files). The server is the one
# DRAFTER_TEST_POSTGRES names (CI starts one with tests/pgserver.py), else a
# throw-away one started here. Without server binaries the PostgreSQL runs are
# skipped, saying why; with DRAFTER_REQUIRE_POSTGRES=1 (CI) that is a failure.

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on the SQLite backend only")
    config.addinivalue_line("markers", "postgres: needs the PostgreSQL test server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if sqlite_only else BACKENDS)


@pytest.fixture(scope="session")
def postgres_admin_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The superuser's address on the test server."""
    from tests import pgserver

    given = os.environ.get("DRAFTER_TEST_POSTGRES")
    if given:
        yield given
        return
    if pgserver.server_binaries() is None:
        reason = ("no PostgreSQL server binaries (initdb, pg_ctl) are installed: the team-mode "
                  "tests did not run. Install PostgreSQL, or set DRAFTER_TEST_POSTGRES.")
        if os.environ.get("DRAFTER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="drafter-pg-"))
    try:
        yield pgserver.start(folder)
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str) -> str:
    """A database holding an empty, migrated workspace, copied for each test."""
    from drafter.store import Workspace

    name = f"drafter_template_{os.getpid()}"
    _admin_sql(postgres_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
               f'CREATE DATABASE "{name}"')
    Workspace.open(_database_url(postgres_admin_url, name)).close()
    return name


@pytest.fixture
def postgres_url(postgres_admin_url: str, postgres_template: str) -> Iterator[str]:
    """A fresh PostgreSQL workspace of its own (empty, migrated); dropped afterwards."""
    name = f"drafter_test_{os.getpid()}_{next(_DATABASE_NUMBERS)}"
    _admin_sql(postgres_admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"')
    try:
        yield _database_url(postgres_admin_url, name)
    finally:
        _admin_sql(postgres_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def workspace_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the test's workspace lives: a SQLite file path or a PostgreSQL address."""
    if backend == "sqlite":
        return str(tmp_path / "workspace.db")
    return str(request.getfixturevalue("postgres_url"))


_DATABASE_NUMBERS = itertools.count(1)


def _database_url(admin_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


def _admin_sql(admin_url: str, *statements: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin_url)
    query = dict(url.query)
    with psycopg.connect(host=str(query.get("host", url.host or "")), port=str(query.get("port", url.port)),
                         user=url.username, password=url.password, dbname=url.database or "postgres",
                         autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)
