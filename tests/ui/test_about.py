"""Help ▸ About: the version, Qt's LGPL notice and every bundled library; the window's icon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import qVersion

import drafter
from drafter.licences import QT_NOTICE, bundled_libraries, canonical
from drafter.ui.about_dialog import AboutDialog
from drafter.ui.actions import ActionId
from drafter.ui.app_icon import ICON_SIZES, app_icon
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = ["PySide6-Essentials", "shiboken6", "Markdown", "nh3", "SQLAlchemy", "alembic",
             "platformdirs", "PyYAML", "pyspellchecker", "textstat", "python-docx", "psycopg",
             "keyring", "Python"]


def _open_about(window: MainWindow, prompts: ScriptedPrompts) -> AboutDialog:
    shown: list[AboutDialog] = []

    def look(dialog: AboutDialog) -> bool:
        shown.append(dialog)
        dialog.reject()  # Close
        return False

    prompts.dialog_handler = look
    window.actions[ActionId.ABOUT].trigger()
    assert prompts.titles("dialog") == ["About Drafter"]
    return shown[0]


def test_about_shows_the_version_the_licence_and_the_qt_in_use(window: MainWindow,
                                                              prompts: ScriptedPrompts) -> None:
    about = _open_about(window, prompts)
    assert drafter.__version__ in about.version_label.text()
    assert "GPL-3.0-or-later" in about.licence_label.text()
    assert qVersion() in about.qt_label.text()
    assert PySide6.__version__ in about.qt_label.text()
    assert not about.icon_label.pixmap().isNull()


def test_about_lists_qts_lgpl_notice_and_every_library(window: MainWindow,
                                                       prompts: ScriptedPrompts) -> None:
    about = _open_about(window, prompts)
    notice = about.qt_notice_label.text()
    for words in ("Qt for Python", "GNU Lesser General Public License version 3",
                  "https://download.qt.io", "replace the Qt libraries",
                  "https://www.gnu.org/licenses/lgpl-3.0.html"):
        assert words in notice
    rows = {canonical(name): (version, licence) for name, version, licence in about.library_rows()}
    for name in LIBRARIES:
        assert canonical(name) in rows, name
        version, licence = rows[canonical(name)]
        assert version and version != "unknown", name
        assert licence and licence != "not stated", name
    assert "LGPL-3.0" in rows["pyside6-essentials"][1]
    assert rows["python"][1] == "PSF-2.0"


def test_every_dependency_in_pyproject_is_listed() -> None:
    import re
    import tomllib

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {canonical(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]) for requirement in dependencies}
    listed = {canonical(library.name) for library in bundled_libraries()}
    assert names - listed == set()
    assert QT_NOTICE


def test_the_application_icon_has_every_size(qapp: Any) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)


def test_the_started_window_shows_the_icon(tmp_path: Path) -> None:
    """The real start (run_window) sets the application's icon, which the window and taskbar use."""
    code = (
        "import argparse, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from drafter.app import run_window\n"
        "def ready(window):\n"
        "    app = QApplication.instance()\n"
        "    print('window-icon-null', window.windowIcon().isNull(), app.windowIcon().isNull(), flush=True)\n"
        "    window.close()\n"
        "    app.exit(0)\n"
        "args = argparse.Namespace(db=sys.argv[1], acting_as='mayor.office', debug=False)\n"
        "sys.exit(run_window(args, ready))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "icon.db")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert "window-icon-null False False" in result.stdout, result.stdout + result.stderr
