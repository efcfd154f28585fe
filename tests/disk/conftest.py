"""The window fixtures of tests/ui (a real workspace file, a real window, prompts answered by the test)."""

from __future__ import annotations

from tests.ui.conftest import db_path, prompts, services, state_file, window  # noqa: F401
