"""Starting the window: build the services and widgets in one place.

The window is shown and painted first; the workspace database (SQLAlchemy,
migrations) is opened right after, so Drafter appears at once. Importing
this module has no side effects.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from drafter.services import Services

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = (
    "drafter: no display found. Run `drafter` from a desktop session; the subcommands "
    "(drafter --help) work without one."
)


def has_display() -> bool:
    """False on a Linux/BSD machine without X11 or Wayland, unless Qt is told otherwise."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(args: argparse.Namespace, on_ready: Callable[[Any], object] | None = None) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from drafter import APP_ID, APP_NAME
    from drafter.core.render import statement_css
    from drafter.logfile import install_log_file
    from drafter.ui.app_icon import app_icon
    from drafter.ui.first_paint import FirstPaintWatcher
    from drafter.ui.main_window import MainWindow
    from drafter.ui.prompts import Prompts
    from drafter.ui.window_state import WindowState

    log_file = install_log_file(debug=bool(getattr(args, "debug", False)))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from drafter.preferences import Preferences
    from drafter.ui.translation import install_translators

    install_translators(app, Preferences.load().language)  # before any widget is made (drafter.i18n)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":  # group the taskbar button with the Start menu shortcut's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)  # type: ignore[attr-defined]
    app.setWindowIcon(app_icon())  # the window's and the taskbar's (Wayland: the .desktop file's Icon)
    prompts = Prompts()
    window = MainWindow(prompts=prompts, window_state=WindowState(), style_sheet=statement_css())
    from drafter.paths import config_dir
    from drafter.session import SessionMarker

    marker = SessionMarker(config_dir())
    _install_exception_hook(window, log_file)

    def open_workspace() -> None:
        from drafter.core.errors import DrafterError
        from drafter.services import open_services

        try:
            services = open_services(args.db, args.acting_as,
                                     lambda where, why: prompts.password(window, where, why))
        except DrafterError as error:
            prompts.error(window, "Cannot open the workspace", str(error))
            app.exit(1)
            return
        from drafter import __version__
        from drafter.checking import CheckWorker

        app.setApplicationVersion(__version__)
        window.check_worker = CheckWorker()  # the checks' own process, started as the workspace opens
        window.attach(services)
        window.renderer.start_worker()
        _start_daily_backup(services)
        app.aboutToQuit.connect(services.close)
        _say_what_was_recovered(window, marker.left_behind())
        marker.start()
        app.aboutToQuit.connect(marker.finish)
        opened = getattr(args, "open_files", None)
        if opened:  # drafter notes.md, or "Open with Drafter" on the desktop
            window.file_drop.import_all(opened)
        if on_ready is not None:  # the crash tests drive the real window from here
            on_ready(window)

    watcher = FirstPaintWatcher(window)
    watcher.painted.connect(lambda: QTimer.singleShot(0, open_workspace))
    if os.environ.get("DRAFTER_EXIT_AFTER_FIRST_PAINT"):
        # For the start-up benchmark: report the first paint and stop.
        watcher.painted.connect(lambda: (print("first-paint", flush=True), app.exit(0)))
    window.show()
    return int(app.exec())


def _install_exception_hook(window: object, log_file: Path | None = None) -> None:
    """An unexpected error saves the working copy first, logs, and tells the person."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        report = "".join(traceback.format_exception(kind, error, tb))
        log.critical("Unexpected error:\n%s", report)
        saved = False
        try:
            saved = bool(window.save_now())  # type: ignore[attr-defined]
        except Exception:
            log.exception("Could not save after the unexpected error")
        try:
            where = f" The report is also in {log_file}." if log_file else ""
            window.prompts.report(  # type: ignore[attr-defined]
                window, "Something went wrong",
                ("Your text was saved. " if saved else "")
                + f"Drafter met an unexpected error and carries on.{where} Show Details to copy the "
                "report for whoever looks after Drafter.", report)
        except Exception:
            previous(kind, error, tb)

    sys.excepthook = hook


def _start_daily_backup(services: Services) -> None:
    """Once a day, a copy of a local workspace in the backups folder (the newest seven kept), off the
    GUI thread. A failure is logged and shown in no dialog: the work goes on."""
    from drafter.cli.backup import default_backup_folder
    from drafter.store.backup import daily_backup
    from drafter.ui.thread_pool import run_in_pool

    if services.workspace.path is None:
        return
    folder = default_backup_folder()

    def done(result: object) -> None:
        if isinstance(result, Exception):
            logging.getLogger(__name__).warning("The daily backup failed: %s", result)

    run_in_pool(lambda: daily_backup(services.workspace, folder), done)


def _say_what_was_recovered(window: Any, left_behind: dict[str, Any] | None) -> None:
    """After a crash or a kill: which statement is back, and from which save."""
    if left_behind is None:
        return
    statement_id = window.current_id
    if statement_id is None:
        message = "Drafter did not close properly last time; the workspace opened normally."
    else:
        statement = window.services.statements.get(statement_id)
        saved = statement.updated_at.astimezone()
        message = (f"Drafter did not close properly last time. Recovered “{statement.title}” as saved at "
                   f"{saved:%H:%M:%S} (version {statement.version}); check the last few seconds of typing.")
    log.warning(message)
    window.status.showMessage(message, 30_000)
