"""Fixtures for the workspace database tests: real SQLite files, and real PostgreSQL databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drafter.store import Workspace


class StepClock:
    """A clock that moves one second forward each time it is read."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2024, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def workspace(workspace_target: str, clock: StepClock) -> Iterator[Workspace]:
    """A new, empty workspace: a SQLite file, then (a second run) a PostgreSQL database."""
    ws = Workspace.open(workspace_target, clock=clock)
    try:
        yield ws
    finally:
        ws.close()
