"""The template engine is core: importing it imports no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_the_template_engine_does_not_import_qt() -> None:
    code = (
        "import sys, drafter.core.templates as t\n"
        "t.load_library()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
