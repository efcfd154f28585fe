"""Regenerate docs/screenshot.png from the real window with the sample statement open.

Run under a virtual display on Linux:
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_screenshot.py docs/screenshot.png
"""

from __future__ import annotations

import sys
import tempfile
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from drafter.checking import CheckWorker
from drafter.core.render import statement_css
from drafter.services import open_services
from drafter.ui.main_window import MainWindow
from drafter.ui.prompts import Prompts
from drafter.ui.window_state import WindowState


def main(out: str) -> None:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    services = open_services(str(folder / "workspace.db"), "mayor.office")
    sample = files("drafter.resources").joinpath("samples/community-statement.md").read_text()
    services.workspace.dictionary.add("Riverton", language="en", actor="admin")
    statements = services.statements
    statements.create(title="Condolences: Officer Daniel Price", text="We mourn…", actor="comms")
    statements.create(title="Road closure on Burnside Avenue", text="…", actor="comms")
    shown = statements.create(title="Statement on the attack in Riverton", text=sample,
                              actor="mayor.office")
    state = WindowState(QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prompts=Prompts(), window_state=state, style_sheet=statement_css(),
                        check_worker=CheckWorker())
    window.resize(1400, 940)
    window.show()
    window.attach(services)
    window.open_statement(shown.id)
    window.editor.set_cursor_position(0)

    def grab() -> None:
        window.grab().save(out)
        app.quit()

    QTimer.singleShot(5000, grab)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
