"""The window fixtures of tests/ui (a real workspace file, real widgets, scripted prompts)."""

from tests.ui.conftest import db_path, prompts, services, state_file, window

__all__ = ["db_path", "prompts", "services", "state_file", "window"]
