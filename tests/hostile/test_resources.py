"""A missing or damaged resources folder: Drafter still starts, and says what is missing and what to do.

What Drafter ships (``resources/``, installed as ``drafter.resources``) can
go missing or get damaged with a broken installation. Every reader of it
goes through ``drafter.paths.resources_root()``; here it points at a damaged
copy, or the package is gone altogether. Nothing may end in a traceback:
the window starts, the commands still work or refuse in one line, and the
message names the file and says to reinstall.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drafter import paths
from drafter.core.checks.rules import bundled_rules
from drafter.core.render import FALLBACK_CSS, statement_css
from drafter.core.spelling.checker import SpellingService
from drafter.core.spelling.dictionaries import civic_words, common_forms
from drafter.ui.actions import ActionId
from drafter.ui.spelling_controller import SpellingController
from tests.cli_runner import run
from tests.hostile.inputs import RAW_HTML, active_parts, body_of
from tests.ui.helpers import ScriptedPrompts, make_window

REINSTALL = "Reinstall Drafter"


def clear_caches() -> None:
    for cached in (statement_css, bundled_rules, civic_words, common_forms):
        cached.cache_clear()


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of what Drafter ships, which the test damages; Drafter reads it instead."""
    original = paths.resources_root()
    copy = tmp_path / "resources"
    shutil.copytree(str(original), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, "resources_root", lambda: copy)
    clear_caches()
    yield copy
    clear_caches()


@pytest.fixture
def package_gone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``drafter.resources`` cannot be imported at all (a broken installation)."""
    monkeypatch.setitem(sys.modules, "drafter.resources", None)
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(autouse=True)
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("DRAFTER_USER", "press.office")
    # A spelling index built from a damaged word list must not replace the shared one.
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def statement_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "statement.md"
    path.write_text(text, encoding="utf-8")
    return path


# -- the whole package gone ----------------------------------------------------------------


def test_without_the_resources_package_the_commands_say_to_reinstall(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, tmp_path: Path,
        package_gone: None) -> None:
    code, out, err = run(capsys, "templates", "check")
    assert code == 1
    assert "Drafter's bundled templates folder is missing" in out and "reinstall Drafter" in out

    code, out, err = run(capsys, "templates", "list")
    assert code == 0 and "is missing" in out and "reinstall Drafter" in out

    source = statement_file(tmp_path, "# Update\n\nThe crews cleared the roads.\n")
    code, out, err = run(capsys, "import", str(source))
    assert code == 0, err
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "export", out.strip(), "--draft", "--format", "html", "--out", str(out_dir))
    assert code == 0, err
    page = next(out_dir.glob("*.html")).read_text(encoding="utf-8")
    assert FALLBACK_CSS in page and "The crews cleared the roads." in page

    code, out, err = run(capsys, "--json", "check", str(source))
    assert code == 0, err
    assert not any("could not run" in f["message"] for f in json.loads(out)["findings"])

    said = warnings(caplog)
    for file in ("styles/statement.css", "checks/style.yaml", "checks/inclusive.yaml",
                 "dictionaries/civic-en.txt"):
        assert any(file in line and "is missing" in line and REINSTALL in line for line in said), (file, said)


def test_without_the_resources_package_a_script_sees_no_traceback(tmp_path: Path) -> None:
    """The real command, in a process of its own, with ``drafter.resources`` unimportable."""
    source = statement_file(tmp_path, "# Update\n\n<script>alert(1)</script>Roads are open.\n")
    script = (
        "import sys\n"
        "sys.modules['drafter.resources'] = None\n"
        "from drafter.cli import main\n"
        f"codes = [main(['templates', 'check']), main(['render', {str(source)!r}, '--html'])]\n"
        "print('codes', codes)\n"
    )
    env = {**__import__("os").environ, "DRAFTER_DB": str(tmp_path / "sub.db")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0
    assert "codes [1, 0]" in result.stdout
    assert "bundled templates folder is missing" in result.stdout and "reinstall Drafter" in result.stdout
    assert "Roads are open." in result.stdout and "<script" not in result.stdout


def test_without_the_resources_package_the_window_starts_and_explains(
        qtbot: Any, services: Any, prompts: ScriptedPrompts, state_file: Path,
        package_gone: None) -> None:
    # Spelling stays "still loading" (its word lists are tested below, without a window).
    spelling = SpellingController(services, run=lambda job, done: None)
    window = make_window(qtbot, services, prompts, state_file, spelling=spelling)
    try:
        assert window.preview.document().defaultStyleSheet() == FALLBACK_CSS
        assert window.ops is not None and window.ops.new_statement() is not None
        window.editor.setPlainText("# Open\n\nThe *preview* still works.")
        qtbot.waitUntil(lambda: "still works" in window.preview.toPlainText(), timeout=5000)

        window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()

        errors = [(title, text) for kind, title, text in prompts.asked if kind == "error"]
        assert [title for title, _ in errors] == ["No templates"]
        assert "bundled templates folder is missing" in errors[0][1]
        assert "reinstall Drafter" in errors[0][1]
    finally:
        window.close()


# -- one part missing or damaged -----------------------------------------------------------


def test_a_missing_templates_folder_is_named_and_the_others_still_load(
        capsys: pytest.CaptureFixture[str], shipped: Path) -> None:
    shutil.rmtree(shipped / "templates")
    own = paths.user_templates_dir()
    own.mkdir(parents=True)
    from tests.core.templates.samples import good_template

    (own / "mine.md").write_text(good_template("mine"), encoding="utf-8")

    code, out, _ = run(capsys, "templates", "list")

    assert code == 0
    assert out.splitlines()[0].startswith("mine ")
    assert f"{shipped / 'templates'}: Drafter's bundled templates folder is missing" in out
    assert "reinstall Drafter" in out


def test_a_damaged_bundled_template_says_to_reinstall(capsys: pytest.CaptureFixture[str],
                                                      shipped: Path) -> None:
    (shipped / "templates" / "condolence.md").write_bytes(b"\x00\x01garbage")
    code, out, _ = run(capsys, "templates", "check")
    assert code == 1
    line = next(line for line in out.splitlines() if "condolence.md" in line)
    assert "is not a text file" in line and "reinstall Drafter" in line
    assert "0 warning(s)" in out.splitlines()[-1] and "1 error(s)" in out.splitlines()[-1]


@pytest.mark.parametrize(("damage", "why"), [
    (None, "is missing"),
    (b"\xff\xfe\x00garbage\x89PNG", "cannot be read as text"),
    (b"</style><script>alert(1)</script>", "is damaged"),
    (b"   \n", "is empty"),
])
def test_a_missing_or_damaged_style_sheet_falls_back_to_a_plain_one(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, tmp_path: Path,
        shipped: Path, damage: bytes | None, why: str) -> None:
    sheet = shipped / "styles" / "statement.css"
    if damage is None:
        sheet.unlink()
    else:
        sheet.write_bytes(damage)

    source = statement_file(tmp_path, RAW_HTML)
    statement_id = run(capsys, "import", str(source))[1].strip()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(capsys, "export", statement_id, "--draft", "--format", "html,txt",
                       "--out", str(out_dir))

    assert code == 0, err
    page = next(out_dir.glob("*.html")).read_text(encoding="utf-8")
    assert FALLBACK_CSS in page and "SAFEEND" in page
    assert active_parts(body_of(page)) == [] and "alert" not in page
    said = [line for line in warnings(caplog) if "styles/statement.css" in line]
    assert len(said) == 1, warnings(caplog)  # once, however many pages are made
    assert why in said[0] and REINSTALL in said[0]


def test_a_truncated_or_garbled_word_list_keeps_the_words_that_read(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, tmp_path: Path,
        shipped: Path) -> None:
    word_list = shipped / "dictionaries" / "civic-en.txt"
    lines = word_list.read_bytes().splitlines(keepends=True)
    words = [line.split(b"#")[0].strip().decode() for line in lines]
    words = [word for word in words if word.isalpha() and word.islower()]
    kept_word, lost_word = words[0], words[-1]
    word_list.write_bytes(b"".join(lines[: len(lines) // 2]) + b"\x00\x01\xff\xfe garbage\n\x89PNG\r\n")
    source = statement_file(tmp_path, f"The {kept_word} thanked the crews.\n")

    code, out, err = run(capsys, "--json", "check", "--only", "spelling", str(source))

    assert code == 0, err
    assert json.loads(out)["findings"] == []  # the words before the damage still count
    said = [line for line in warnings(caplog) if "dictionaries/civic-en.txt" in line]
    assert len(said) == 1 and "is damaged (2 line(s) are not text)" in said[0] and REINSTALL in said[0]
    service = SpellingService.load("en", cache_dir=tmp_path / "cache")
    assert service.is_correct(kept_word) and not service.is_correct(lost_word)


@pytest.mark.parametrize(("damage", "why"), [
    (b"rules:\n  - avoid: [cop, cops\n    prefer: police officer\n", "is damaged"),
    (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "cannot be read as text"),
    (None, "is missing"),
])
def test_a_broken_rule_file_is_named_and_the_other_checks_still_run(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, tmp_path: Path,
        shipped: Path, damage: bytes | None, why: str) -> None:
    rule_file = shipped / "checks" / "style.yaml"
    if damage is None:
        rule_file.unlink()
    else:
        rule_file.write_bytes(damage)
    inclusive = bundled_rules("inclusive")
    assert inclusive  # the other rule file still reads
    source = statement_file(tmp_path, f"The mayor spoke about the {inclusive[0].forms[0]} today.\n")

    code, out, err = run(capsys, "--json", "check", "--only", "inclusive-language,style", str(source))

    assert code == 0, err
    findings = json.loads(out)["findings"]
    assert any(f["check"] == "inclusive-language" for f in findings)
    assert not any("could not run" in f["message"] for f in findings)
    said = [line for line in warnings(caplog) if "checks/style.yaml" in line]
    assert len(said) == 1 and why in said[0] and REINSTALL in said[0]


def test_a_damaged_base_word_list_is_refused_in_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pyspellchecker's own list (a dependency's file): `drafter spell` says what to reinstall."""
    from drafter.core.spelling import dictionaries

    broken = tmp_path / "spellchecker"
    (broken / "resources").mkdir(parents=True)
    (broken / "resources" / "en.json.gz").write_bytes(b"\x1f\x8b\x08\x00truncated")
    monkeypatch.setattr(dictionaries, "files", lambda package: broken)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "empty-cache"))
    source = statement_file(tmp_path, "Words.\n")

    code, out, err = run(capsys, "spell", str(source))

    assert code == 1 and out == ""
    assert err.startswith("drafter: The English word list of pyspellchecker") and err.count("\n") == 1
    assert "missing or damaged" in err and "reinstall" in err
