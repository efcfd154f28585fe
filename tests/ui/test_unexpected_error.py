"""No silent deaths: an unexpected error saves the text first, shows a report that can be copied, and
writes it to the rotating log file."""

from __future__ import annotations

import logging
import sys
from typing import Any

from drafter.app import _install_exception_hook
from drafter.logfile import install_log_file
from drafter.ui.main_window import MainWindow
from tests.ui.helpers import ScriptedPrompts, type_text


def test_an_unexpected_error_saves_the_text_reports_it_and_logs_it(qtbot: Any, window: MainWindow,
                                                                    prompts: ScriptedPrompts,
                                                                    services: Any) -> None:
    created = services.statements.create(title="Deadline", text="", actor="mayor.office")
    window.refresh_list()
    window.open_statement(created.id)
    type_text(qtbot, window.editor, "Typed just before the error")
    log_file = install_log_file(debug=False)
    assert log_file is not None
    previous = sys.excepthook
    _install_exception_hook(window, log_file)
    try:
        try:
            raise ValueError("a bug in a panel")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file)]:
            root.removeHandler(handler)
            handler.close()
    assert services.statements.get(created.id).text == "Typed just before the error"
    [(_kind, title, text)] = [a for a in prompts.asked if a[0] == "report"]
    assert title == "Something went wrong"
    assert text.startswith("Your text was saved.") and str(log_file) in text
    assert "ValueError: a bug in a panel" in text
    assert "ValueError: a bug in a panel" in log_file.read_text("utf-8")
    assert window.isVisible()  # Drafter carries on
