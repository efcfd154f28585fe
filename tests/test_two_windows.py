"""Two Drafter processes edit the same statement: the later save sees it, nothing is overwritten.

One window is the test's own (real widgets, qtbot); the other is a second
real Drafter process on the same workspace file (tests/stress/edit_in_window.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from drafter.services import open_services
from tests.ui.helpers import ScriptedPrompts, make_window, type_text

ROOT = Path(__file__).resolve().parents[1]
OTHER_WINDOW = ROOT / "tests" / "stress" / "edit_in_window.py"


def _other_window_types(db_path: Path, folder: Path, statement_id: int, text: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DRAFTER_DB=str(db_path),
               DRAFTER_USER="legal.counsel", DRAFTER_CONFIG_DIR=str(folder / "other-config"),
               DRAFTER_DATA_DIR=str(folder / "other-data"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, str(OTHER_WINDOW), str(statement_id), text], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "saved" in done.stdout, done.stderr[-2000:]


def test_the_later_save_sees_the_other_process_and_the_person_chooses(
        qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "shared.db"
    services = open_services(str(db_path), "mayor.office")
    prompts = ScriptedPrompts()
    window = make_window(qtbot, services, prompts, tmp_path / "state.ini")
    try:
        statement = services.statements.create(title="Statement on the attack",
                                               text="We stand with our officers.",
                                               actor="mayor.office")
        window.refresh_list()
        window.open_statement(statement.id)
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        type_text(qtbot, window.editor, " Mine.")  # not saved yet

        _other_window_types(db_path, tmp_path, statement.id, " Counsel's.")
        saved_by_them = services.statements.get(statement.id)
        assert saved_by_them.text == "We stand with our officers. Counsel's."

        choices: list[str] = []

        def compare_then_keep_mine(dialog: Any) -> bool:
            dialog.compare_button.click()
            choices.append(dialog.view.toPlainText())
            dialog.keep_mine_button.click()
            return True

        prompts.dialog_handler = compare_then_keep_mine
        assert not window.save_now()  # refused as it stood: the person was asked

        assert prompts.titles("dialog") == ["Changed Elsewhere"]
        assert "Counsel's" in choices[0] and "Mine" in choices[0]
        kept = services.statements.get(statement.id)
        assert kept.text == "We stand with our officers. Mine."
        assert kept.version == saved_by_them.version + 1
        [event] = [e for e in services.workspace.audit.events(statement.id)
                   if e.action == "conflict_resolved"]
        assert event.details["their_author"] == "legal.counsel"
        assert event.details["set_aside_text"] == "We stand with our officers. Counsel's."
        assert services.workspace.audit.verify().ok
    finally:
        window.close()
        services.close()
