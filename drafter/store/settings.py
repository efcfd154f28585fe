"""Workspace settings: named JSON values shared by everyone using the workspace.

Each setting is one row of ``settings``: a key and a JSON document stored as
canonical text. Changing a setting is recorded in the audit log (the key,
not the value) in the same transaction. The organisation profile (name,
address, letterhead lines and the like) is one such setting.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from drafter.core.errors import DrafterError, WorkspaceError
from drafter.store.canonical import canonical_json
from drafter.store.schema import SETTING_KEY_MAX, settings
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace

#: The key the organisation profile is stored under.
ORGANISATION_PROFILE = "organisation_profile"


def clean_key(key: str) -> str:
    """A settings key as stored: no surrounding blanks, never empty or too long."""
    cleaned = key.strip()
    if not cleaned or len(cleaned) > SETTING_KEY_MAX:
        raise DrafterError(
            f"{key!r} cannot name a setting: use 1 to {SETTING_KEY_MAX} characters."
        )
    return cleaned


def _profile_values(values: dict[str, str]) -> dict[str, str]:
    if not isinstance(values, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in values.items()
    ):
        raise DrafterError("The organisation profile holds text only: a name for each value.")
    return dict(values)


class SettingsStore:
    """Read and change the workspace's settings."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def get(self, key: str, default: Any = None) -> Any:
        """The setting's value, or ``default`` when it was never set."""
        key = clean_key(key)
        with self._workspace.read() as conn:
            stored = conn.scalar(sa.select(settings.c.value).where(settings.c.key == key))
        if stored is None:
            return default
        try:
            return json.loads(stored)
        except ValueError as exc:
            raise WorkspaceError(
                f"The setting {key!r} in the workspace {self._workspace.where} is damaged "
                "(it is not JSON). Save it again, or restore the workspace from a backup."
            ) from exc

    def put(self, key: str, value: Any, *, actor: str) -> None:
        """Store a JSON-serialisable value under ``key`` (an unchanged value records nothing)."""
        key = clean_key(key)
        actor = clean_actor(actor)
        text = canonical_json(value)
        try:
            self._put(key, text, actor)
        except IntegrityError:
            # Another Drafter added the same key between our read and our write
            # (possible on a server only: SQLite writers take turns).
            self._put(key, text, actor)

    def _put(self, key: str, text: str, actor: str) -> None:
        with self._workspace.write() as conn:
            stored = conn.scalar(sa.select(settings.c.value).where(settings.c.key == key))
            if stored == text:
                return
            if stored is None:
                conn.execute(settings.insert().values(key=key, value=text))
            else:
                conn.execute(settings.update().where(settings.c.key == key).values(value=text))
            self._workspace.audit.append(
                conn,
                actor=actor,
                action="settings_changed",
                statement_id=None,
                details={"key": key},
            )

    def organisation_profile(self) -> dict[str, str]:
        """The organisation's name, address and the like (empty until saved)."""
        value = self.get(ORGANISATION_PROFILE, {})
        if not isinstance(value, dict):
            return {}
        return {str(k): v for k, v in value.items() if isinstance(v, str)}

    def save_organisation_profile(self, values: dict[str, str], *, actor: str) -> None:
        """Replace the organisation profile with ``values`` (text values only)."""
        self.put(ORGANISATION_PROFILE, _profile_values(values), actor=actor)
