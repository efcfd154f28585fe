"""Regenerate docs/screenshot.png from the real window with the sample statement open.

Run under a virtual display on Linux:
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/make_screenshot.py docs/screenshot.png
"""
import os, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer, QSettings
from PySide6.QtWidgets import QApplication
from drafter.core.render import statement_css
from drafter.services import open_services
from drafter.ui.main_window import MainWindow
from drafter.ui.prompts import Prompts
from drafter.ui.window_state import WindowState
from importlib.resources import files
out = sys.argv[1]
app = QApplication([])
folder = Path(tempfile.mkdtemp())
services = open_services(str(folder / "w.db"), "mayor.office")
sample = files("drafter.resources").joinpath("samples/community-statement.md").read_text()
services.statements.create(title="Condolences: Officer Daniel Price", text="We mourn...", actor="comms")
services.statements.create(title="Road closure on Burnside Avenue", text="x", actor="comms")
s = services.statements.create(title="Statement on the attack in Riverton", text=sample, actor="mayor.office")
w = MainWindow(prompts=Prompts(), window_state=WindowState(QSettings(str(folder/"s.ini"), QSettings.Format.IniFormat)), style_sheet=statement_css())
w.resize(1400, 860); w.show(); w.attach(services)
w.open_statement(s.id)
w.editor.set_cursor_position(0)
def grab():
    w.grab().save(out); app.quit()
QTimer.singleShot(1500, grab)
app.exec()
