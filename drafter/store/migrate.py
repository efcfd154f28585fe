"""Running the Alembic migrations (imported only when a workspace needs them).

Importing Alembic costs a few hundred milliseconds, so nothing that Drafter
imports at start-up imports this module at its top: ``Workspace.open`` calls
it only when the database is empty or behind ``SCHEMA_HEAD``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from drafter.store.schema import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The folder holding ``env.py`` and ``versions/``.
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (there is no alembic.ini)."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%": a folder name may hold one.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """Alembic's view of the migration scripts (for checks and tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def upgrade_to_head(connection: Connection) -> None:
    """Bring the schema up to ``SCHEMA_HEAD`` inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), SCHEMA_HEAD)
