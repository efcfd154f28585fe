"""Export from the window: a draft is marked, an approved statement is released, a failure is named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.core.statement import Status
from drafter.core.workflow import APPROVE
from drafter.ui.export_dialog import ExportDialog
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


def export_with(prompts: ScriptedPrompts, folder: Path, formats: tuple[str, ...]) -> None:
    def fill(dialog: ExportDialog) -> bool:
        for name, box in dialog.formats.items():
            box.setChecked(name in formats)
        dialog.folder.setText(str(folder))
        dialog.pattern.setText("{id}-{slug}")
        dialog.accept()
        return True

    prompts.dialog_handler = fill


def open_text(window: MainWindow) -> int:
    assert window.services is not None
    created = window.services.statements.create(title="Statement on Riverton", text=TEXT,
                                                actor="mayor.office")
    window.refresh_list()
    assert window.open_statement(created.id)
    return created.id


def test_a_draft_is_exported_marked_and_nothing_is_released(window: MainWindow, prompts: ScriptedPrompts,
                                                            services: Any, tmp_path: Path) -> None:
    sid = open_text(window)
    export_with(prompts, tmp_path, ("txt", "md"))
    opened: list[Any] = []
    assert window.export_ops is not None
    window.export_ops.open_folder = opened.append
    window.export_ops.export_current()
    text = (tmp_path / f"{sid}-statement-on-riverton.txt").read_text("utf-8")
    assert text.startswith("DRAFT — NOT APPROVED\n")
    assert (tmp_path / f"{sid}-statement-on-riverton.md").exists()
    assert services.statements.get(sid).status is Status.DRAFT
    assert len(opened) == 1 and opened[0].toLocalFile() == str(tmp_path)


def test_an_approved_statement_is_released_and_its_state_shown(window: MainWindow, prompts: ScriptedPrompts,
                                                               services: Any, tmp_path: Path) -> None:
    services.people.ensure("bo", roles=["reviewer"])
    sid = open_text(window)
    revision = services.workspace.reviews.submit(sid, actor="mayor.office", expected_version=1, errors=[])
    services.workspace.reviews.decide(sid, actor="bo", decision=APPROVE, revision=1, sha256=revision.sha256)
    window.show_statement_state(services.statements.get(sid))
    export_with(prompts, tmp_path, ("md",))
    assert window.export_ops is not None
    window.export_ops.open_folder = lambda url: None
    window.export_ops.export_current()
    assert (tmp_path / f"{sid}-statement-on-riverton.md").read_text("utf-8") == TEXT
    assert services.statements.get(sid).status is Status.RELEASED
    assert window.review_banner.message.text().startswith("Released (revision 1)")
    assert window.editor.isReadOnly()


def test_a_missing_folder_is_named_and_nothing_is_written(window: MainWindow, prompts: ScriptedPrompts,
                                                          tmp_path: Path) -> None:
    open_text(window)
    export_with(prompts, tmp_path / "no-such-folder", ("md",))
    assert window.export_ops is not None
    window.export_ops.export_current()
    [(_kind, title, text)] = [a for a in prompts.asked if a[0] == "error"]
    assert title == "Not everything was exported" and "There is no folder" in text
