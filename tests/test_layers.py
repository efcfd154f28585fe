"""The core and the store never import Qt (DESIGN.md: they run without a display)."""

from __future__ import annotations

import subprocess
import sys

CORE_AND_STORE = [
    "drafter.core.errors", "drafter.core.statement", "drafter.core.render",
    "drafter.core.textfile", "drafter.core.text_stats", "drafter.core.titles",
    "drafter.core.render_worker", "drafter.core.templates", "drafter.core.templates.loader",
    "drafter.core.templates.fill", "drafter.core.spelling.checker", "drafter.core.spelling.suggest",
    "drafter.personal_dictionary", "drafter.store.database", "drafter.store.statements",
    "drafter.store.notifications", "drafter.store.team_roles", "drafter.store.workspace_copy",
    "drafter.offline_journal", "drafter.team_login", "drafter.preferences", "drafter.licences",
    "drafter.i18n",
    "drafter.store.people", "drafter.store.audit", "drafter.services", "drafter.cli",
    "drafter.core.checks.registry", "drafter.checking", "drafter.cli.checks",
    "drafter.core.compare", "drafter.core.anchors", "drafter.core.workflow", "drafter.reviewing",
    "drafter.waiting", "drafter.store.reviews", "drafter.store.comments",
]


def test_core_and_store_do_not_import_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_AND_STORE!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
