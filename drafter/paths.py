"""Where Drafter keeps its files on this computer.

The workspace database lives in the user's *local* data folder. On Windows
that is %LOCALAPPDATA%, never the roaming profile: roaming profiles are
often redirected to a network share, where SQLite's WAL mode breaks.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def default_workspace_target() -> str:
    """The database to open when none is named: DRAFTER_DB, else the local file."""
    return os.environ.get("DRAFTER_DB") or str(data_dir() / DEFAULT_DB_FILENAME)


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
