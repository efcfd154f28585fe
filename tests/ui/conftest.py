"""Fixtures for window tests: a real workspace file, real widgets, prompts answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drafter.services import Services, open_services
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts, make_window


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = open_services(str(db_path), "mayor.office")
    yield opened
    opened.close()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "window-state.ini"


@pytest.fixture
def window(qtbot: Any, services: Services, prompts: ScriptedPrompts, state_file: Path
           ) -> Iterator[MainWindow]:
    made = make_window(qtbot, services, prompts, state_file)
    yield made
    made.close()  # saves, stops timers and the render worker, before the workspace closes
