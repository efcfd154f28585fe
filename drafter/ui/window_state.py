"""Window state remembered between sessions: geometry, splitters, the open
statement and where the cursor was in each statement.

Kept apart from settings (preferences a person chooses): losing this file
costs a window position, nothing more. It lives in the config folder, which
tests point at a temporary folder (``--config-dir`` / DRAFTER_CONFIG_DIR).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from drafter.paths import config_dir

STATE_VERSION = 1
MAX_REMEMBERED_CURSORS = 200
MAX_RECENT = 10


class WindowState:
    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            path = config_dir() / "window-state.ini"
            settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._settings = settings
        if self._settings.value("version", 0, int) != STATE_VERSION:
            self._settings.clear()
            self._settings.setValue("version", STATE_VERSION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    @property
    def open_statement(self) -> int | None:
        value = self._settings.value("session/open_statement")
        try:
            return int(value) if value not in (None, "") else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    @open_statement.setter
    def open_statement(self, statement_id: int | None) -> None:
        self._settings.setValue("session/open_statement", "" if statement_id is None else statement_id)

    @property
    def recent_statements(self) -> list[int]:
        """The statements opened last, newest first (File ▸ Open Recent)."""
        try:
            value = json.loads(str(self._settings.value("session/recent", "[]")))
        except ValueError:
            return []
        return [int(i) for i in value if isinstance(i, int)][:MAX_RECENT] if isinstance(value, list) else []

    def remember_recent(self, statement_id: int) -> None:
        recent = [statement_id, *(i for i in self.recent_statements if i != statement_id)]
        self._settings.setValue("session/recent", json.dumps(recent[:MAX_RECENT]))

    def forget_recent(self) -> None:
        self._settings.setValue("session/recent", "[]")

    @property
    def zoom(self) -> int:
        return int(self._settings.value("editor/zoom", 0, int))  # type: ignore[call-overload]

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self._settings.setValue("editor/zoom", steps)

    def _cursors(self) -> dict[str, int]:
        try:
            value = json.loads(str(self._settings.value("session/cursors", "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def cursor_of(self, statement_id: int) -> int:
        return int(self._cursors().get(str(statement_id), 0))

    def remember_cursor(self, statement_id: int, position: int) -> None:
        cursors = self._cursors()
        cursors.pop(str(statement_id), None)
        cursors[str(statement_id)] = position  # newest last, so the oldest are dropped
        while len(cursors) > MAX_REMEMBERED_CURSORS:
            cursors.pop(next(iter(cursors)))
        self._settings.setValue("session/cursors", json.dumps(cursors))

    def sync(self) -> None:
        self._settings.sync()
