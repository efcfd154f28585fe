"""Settings ▸ Preferences…: choosing a team server for the next start."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from drafter.preferences import Preferences
from drafter.ui.actions import ActionId
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts


def test_choosing_a_team_server_is_kept_for_the_next_start(
        window: MainWindow, prompts: ScriptedPrompts) -> None:
    refused: list[str] = []

    def fill(dialog: Any) -> bool:
        dialog.team.setChecked(True)
        dialog.address.setText("db.town.example/statements")  # not an address Drafter understands
        dialog.accept()
        refused.append(dialog.problem.text())
        assert dialog.isVisible() or dialog.result() != 1
        dialog.address.setText("postgresql://db.town.example/statements")
        dialog.accept()
        return True

    prompts.dialog_handler = fill
    window.actions[ActionId.PREFERENCES].trigger()

    assert "starts with postgresql://" in refused[0]
    saved = Path(os.environ["DRAFTER_CONFIG_DIR"]) / "preferences.json"
    assert json.loads(saved.read_text())["team_server"] == "postgresql://db.town.example/statements"
    assert Preferences.load().team_server == "postgresql://db.town.example/statements"
    assert prompts.titles("info") == ["Preferences"]


def test_a_damaged_preferences_file_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "preferences.json").write_bytes(b"\xff{not json")
    assert Preferences.load(tmp_path) == Preferences()


def test_the_chosen_workspace_opens_when_none_is_named(tmp_path: Path, monkeypatch: Any) -> None:
    from drafter.services import open_services

    chosen = tmp_path / "chosen.db"  # any address Workspace.open takes; a team server in real use
    Preferences(team_server=str(chosen)).save()
    services = open_services()
    try:
        assert services.workspace.path == chosen
    finally:
        services.close()
    monkeypatch.setenv("DRAFTER_DB", str(tmp_path / "named.db"))  # DRAFTER_DB still wins
    services = open_services()
    try:
        assert services.workspace.path == tmp_path / "named.db"
    finally:
        services.close()
