"""Test set-up shared by every test: Qt offscreen, no real user profile touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
