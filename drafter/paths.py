"""Where Drafter keeps its files on this computer.

The workspace database lives in the user's *local* data folder. On Windows
that is %LOCALAPPDATA%, never the roaming profile: roaming profiles are
often redirected to a network share, where SQLite's WAL mode breaks.
"""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from drafter.core.errors import DrafterError

APP_DIR_NAME = "Drafter"
DEFAULT_DB_FILENAME = "workspace.db"


def data_dir() -> Path:
    """The local (not roaming) data folder; DRAFTER_DATA_DIR overrides it."""
    override = os.environ.get("DRAFTER_DATA_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def config_dir() -> Path:
    """Settings and window state; DRAFTER_CONFIG_DIR (or --config-dir) overrides it."""
    override = os.environ.get("DRAFTER_CONFIG_DIR")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False, roaming=False)


def log_dir() -> Path:
    override = os.environ.get("DRAFTER_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return platformdirs.user_log_path(APP_DIR_NAME, appauthor=False)


def default_workspace_target(preferred: str | None = None) -> str:
    """The database to open when none is named: DRAFTER_DB, else ``preferred`` (the team
    server chosen in Preferences), else the local file."""
    return os.environ.get("DRAFTER_DB") or preferred or str(data_dir() / DEFAULT_DB_FILENAME)


def user_templates_dir() -> Path:
    """The drafter's own templates (File → Save as Template…, Import Template File…)."""
    return data_dir() / "templates"


def cache_dir() -> Path:
    """Things Drafter can rebuild (a spelling index): DRAFTER_CACHE_DIR, else under
    DRAFTER_DATA_DIR when that is set, else the system's cache folder."""
    if os.environ.get("DRAFTER_CACHE_DIR"):
        return Path(os.environ["DRAFTER_CACHE_DIR"])
    override = os.environ.get("DRAFTER_DATA_DIR")
    if override:
        return Path(override) / "cache"
    return platformdirs.user_cache_path(APP_DIR_NAME, appauthor=False)


class MissingResourceError(DrafterError):
    """A file Drafter ships (a word list, a style sheet, …) is missing or damaged."""


def resources_root() -> Traversable:
    """The folder of what Drafter ships: templates, style sheet, word lists, check rules.

    ``resources/`` in a checkout, the ``drafter.resources`` package once
    installed. If the package itself is gone, the place it should be (which
    does not exist), so that each reader reports the file it misses.
    """
    try:
        return resources.files("drafter.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent / "resources"


def resource(*parts: str) -> Traversable:
    """One file or folder of ``resources_root()``, such as ``resource("styles", "statement.css")``."""
    item = resources_root()
    for part in parts:
        item = item.joinpath(part)
    return item


def damaged_resource_message(what: str, parts: tuple[str, ...] | list[str], why: str) -> str:
    """One line for a person: which shipped file, what is wrong with it, and what to do."""
    return (f"Drafter's {what} ({'/'.join(parts)}) {why}: this installation of Drafter is incomplete "
            "or damaged. Reinstall Drafter to restore it.")
