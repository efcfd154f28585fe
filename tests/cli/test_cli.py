"""The command line as scripts use it: exit codes, JSON shapes, one-line reasons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main
from tests.cli_runner import run

SAMPLE = "# Statement on Riverton\n\nWe stand with our officers. <script>alert(1)</script>\n"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str,
             request: pytest.FixtureRequest) -> Path:
    """Each test's own workspace: a SQLite file, then (a second run) a PostgreSQL database."""
    db = tmp_path / "cli.db"
    target = str(db) if backend == "sqlite" else str(request.getfixturevalue("postgres_url"))
    monkeypatch.setenv("DRAFTER_DB", target)
    monkeypatch.setenv("DRAFTER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DRAFTER_USER", "press.office")
    return db


def sample_file(tmp_path: Path, text: str = SAMPLE, name: str = "s.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_prints_the_id_alone_and_show_gives_the_text(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "import", str(sample_file(tmp_path)))
    assert code == 0 and err == ""
    statement_id = int(out.strip())
    code, out, _ = run(capsys, "show", str(statement_id), "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["title"] == "Statement on Riverton"
    assert shown["text"] == SAMPLE
    assert shown["status"] == "draft" and shown["version"] >= 1
    assert {"id", "title", "status", "updated", "text", "version"} <= set(shown)


def test_global_options_stand_before_or_after_the_command(capsys, tmp_path) -> None:
    other_db = tmp_path / "other.db"
    source = str(sample_file(tmp_path))
    code, out, _ = run(capsys, "--db", str(other_db), "--json", "import", source)
    assert code == 0 and json.loads(out) == {"id": 1}
    code, out, _ = run(capsys, "list", "--db", str(other_db), "--json")
    assert code == 0 and [item["id"] for item in json.loads(out)] == [1]
    code, out, _ = run(capsys, "list", "--json")  # the DRAFTER_DB workspace is still empty
    assert json.loads(out) == []


def test_list_gives_id_title_status_updated(capsys, tmp_path) -> None:
    run(capsys, "import", str(sample_file(tmp_path)), "--title", "First")
    run(capsys, "import", str(sample_file(tmp_path)), "--title", "Second")
    code, out, _ = run(capsys, "--json", "list")
    items = json.loads(out)
    assert code == 0
    assert [item["title"] for item in items] == ["Second", "First"]  # newest first
    assert all(set(item) == {"id", "title", "status", "updated"} for item in items)
    assert all(item["updated"].endswith("Z") for item in items)
    code, out, _ = run(capsys, "--json", "list", "--status", "approved")
    assert json.loads(out) == []


def test_edit_replaces_the_working_copy(capsys, tmp_path) -> None:
    _, out, _ = run(capsys, "import", str(sample_file(tmp_path)))
    statement_id = out.strip()
    new_text = sample_file(tmp_path, "# Revised\n\nNew wording.\n", "new.md")
    code, out, _ = run(capsys, "--json", "edit", statement_id, "--file", str(new_text))
    assert code == 0 and json.loads(out)["version"] >= 2
    _, out, _ = run(capsys, "--json", "show", statement_id)
    assert json.loads(out)["text"] == "# Revised\n\nNew wording.\n"


def test_render_gives_sanitised_html_from_a_file_or_an_id(capsys, tmp_path) -> None:
    path = sample_file(tmp_path)
    code, out, _ = run(capsys, "render", str(path), "--html")
    assert code == 0
    assert "<h1" in out and "We stand with our officers." in out
    assert "<script" not in out
    _, out_id, _ = run(capsys, "import", str(path))
    _, by_id, _ = run(capsys, "render", out_id.strip(), "--html")
    assert by_id == out


@pytest.mark.parametrize("argv", [["show", "4242"], ["edit", "4242", "--file", "missing.md"]])
def test_refusals_exit_1_with_one_line_on_stderr(capsys, argv) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""
    assert err.startswith("drafter: ") and err.count("\n") == 1


def test_refusal_with_json_is_still_one_json_document(capsys) -> None:
    code, out, err = run(capsys, "--json", "show", "4242")
    assert code == 1
    assert "4242" in json.loads(out)["error"]
    assert "4242" in err


def test_binary_and_missing_files_are_refused(capsys, tmp_path) -> None:
    binary = tmp_path / "b.md"
    binary.write_bytes(os.urandom(4096) + b"\x00")
    assert run(capsys, "import", str(binary))[0] == 1
    assert run(capsys, "import", str(tmp_path / "nope.md"))[0] == 1
    assert json.loads(run(capsys, "--json", "list")[1]) == []


def test_usage_errors_exit_2(capsys) -> None:
    assert run(capsys, "no-such-command")[0] == 2
    assert run(capsys, "show")[0] == 2
    assert run(capsys, "show", "not-a-number")[0] == 2


def test_version_and_no_display_message(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DRAFTER_DB=str(tmp_path / "x.db"), DRAFTER_CONFIG_DIR=str(tmp_path / "c"))
    version = subprocess.run([sys.executable, "-m", "drafter", "--version"], env=env,
                             capture_output=True, text=True, check=True)
    assert version.stdout.startswith("drafter ")
    if sys.platform.startswith("linux"):
        window = subprocess.run([sys.executable, "-m", "drafter"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert window.returncode == 1
        assert window.stderr.count("\n") == 1 and "no display" in window.stderr


def test_naming_files_without_a_command_opens_them_in_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``drafter notes.md`` (and the desktop's "Open with Drafter") imports the files in the window."""
    import drafter.app

    notes = sample_file(tmp_path, name="notes.md")
    opened: list[object] = []
    monkeypatch.setattr(drafter.app, "run_window", lambda args: opened.append(args.open_files) or 0)
    assert main([str(notes), "--as", "press.office"]) == 0
    assert opened == [[notes.resolve()]]
    # With a command, a file is the command's: import still imports it.
    code, out, _ = run(capsys, "import", str(notes))
    assert code == 0 and out.strip().isdigit()
