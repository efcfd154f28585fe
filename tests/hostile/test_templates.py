"""A template whose front matter is malformed: named with its file and the reason, the others load.

Through `drafter templates check FOLDER`, `drafter templates list` (one's own
templates folder), the New from Template dialog and File ▸ Import Template
File…, as a person meets each.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from drafter.paths import user_templates_dir
from drafter.ui.actions import ActionId
from drafter.ui.main_window import MainWindow
from drafter.ui.template_dialog import NewFromTemplateDialog
from tests.cli_runner import run
from tests.core.templates.samples import good_template
from tests.ui.helpers import ScriptedPrompts

HEAD = "---\nid: broken\nname: Broken\ndescription: A template with a mistake.\ncategory: Weather\n"
BODY = "---\n# A body\n\nText.\n"

BROKEN: dict[str, tuple[bytes, str]] = {  # case -> (the file, what the reason says)
    "unclosed ---": ((HEAD + "language: en\n\n# Body with no closing line\n").encode(), "is never closed"),
    "YAML syntax error": ((HEAD + "language: [en\n" + BODY).encode(), "is not valid YAML"),
    "a list, not a mapping": (("---\n- id: broken\n- name: Broken\n" + BODY).encode(), "not a list"),
    "binary garbage": (b"---\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff" + bytes(range(256)),
                       "not a text file"),
    "invalid UTF-8": ((HEAD + "language: en\n").encode() + b"fields: []\nnote: caf\xe9\n" + BODY.encode(),
                      "is not UTF-8 text"),
    "nested 5,000 deep": ((HEAD + "language: " + "[" * 5000 + "]" * 5000 + "\n" + BODY).encode(),
                          "nested too deeply"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "templates"
    made.mkdir()
    (made / "good-one.md").write_text(good_template(), encoding="utf-8")
    return made


@pytest.mark.parametrize("case", list(BROKEN))
def test_templates_check_names_the_broken_file_and_why(capsys: pytest.CaptureFixture[str], folder: Path,
                                                       case: str) -> None:
    data, reason = BROKEN[case]
    broken = folder / "broken.md"
    broken.write_bytes(data)

    started = time.perf_counter()
    code, out, err = run(capsys, "templates", "check", str(folder))
    elapsed = time.perf_counter() - started

    assert code == 1 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2, out
    assert lines[0].startswith(f"{broken}") and reason in lines[0]
    assert lines[1] == "2 template file(s) checked: 1 error(s), 0 warning(s)."
    assert elapsed < 5
    code, out, _ = run(capsys, "--json", "templates", "check", str(folder))
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [(p["source"], p["severity"]) for p in report["problems"]] == [(str(broken), "error")]


@pytest.mark.parametrize("case", ["YAML syntax error", "binary garbage", "nested 5,000 deep"])
def test_templates_list_skips_only_the_broken_one(capsys: pytest.CaptureFixture[str], folder: Path,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  case: str) -> None:
    own = user_templates_dir()
    own.parent.mkdir(parents=True, exist_ok=True)
    folder.rename(own)
    (own / "broken.md").write_bytes(BROKEN[case][0])
    monkeypatch.setenv("DRAFTER_DB", str(tmp_path / "workspace.db"))

    code, out, err = run(capsys, "templates", "list")

    assert code == 0, err
    listed = [line.split()[0] for line in out.splitlines() if not line.startswith("skipped")]
    assert "good-one" in listed and "press-release" in listed and "broken" not in listed
    skipped = [line for line in out.splitlines() if line.startswith("skipped or flagged:")]
    assert len(skipped) == 1 and str(own / "broken.md") in skipped[0] and BROKEN[case][1] in skipped[0]


@pytest.mark.parametrize("case", ["unclosed ---", "a list, not a mapping", "invalid UTF-8"])
def test_the_new_from_template_dialog_names_the_broken_file(
        qtbot: Any, window: MainWindow, prompts: ScriptedPrompts, folder: Path, case: str) -> None:
    own = user_templates_dir()
    own.parent.mkdir(parents=True, exist_ok=True)
    folder.rename(own)
    (own / "broken.md").write_bytes(BROKEN[case][0])
    seen: dict[str, Any] = {}

    def person(dialog: NewFromTemplateDialog) -> bool:
        seen["problems"] = dialog.problems.text()
        seen["good"] = dialog.select_template("good-one")
        seen["bundled"] = dialog.select_template("press-release")
        seen["broken"] = dialog.select_template("broken")
        return False  # Cancel

    prompts.dialog_handler = person
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()

    assert seen["good"] and seen["bundled"] and not seen["broken"]
    assert "1 template file(s) could not be loaded" in seen["problems"]
    assert str(own / "broken.md") in seen["problems"] and BROKEN[case][1] in seen["problems"]


@pytest.mark.parametrize("case", ["unclosed ---", "YAML syntax error", "binary garbage"])
def test_importing_a_broken_template_file_says_why(window: MainWindow, prompts: ScriptedPrompts,
                                                   tmp_path: Path, case: str) -> None:
    path = tmp_path / "from-a-colleague.md"
    path.write_bytes(BROKEN[case][0])
    prompts.open_answer = path

    window.actions[ActionId.IMPORT_TEMPLATE].trigger()

    errors = [(title, text) for kind, title, text in prompts.asked if kind == "error"]
    assert len(errors) == 1, prompts.asked
    title, text = errors[0]
    binary = case == "binary garbage"
    assert title == ("Cannot import the template" if binary else "This template has problems")
    assert path.name in text
    reason = "does not look like a text file" if binary else BROKEN[case][1]
    assert reason in text
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())
