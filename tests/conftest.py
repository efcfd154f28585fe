"""Test set-up shared by every test: Qt offscreen, no real user profile touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders, never the person's real ones."""
    home = tmp_path / "profile"
    monkeypatch.setenv("DRAFTER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DRAFTER_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("DRAFTER_DB", raising=False)
    monkeypatch.delenv("DRAFTER_USER", raising=False)
    return home
