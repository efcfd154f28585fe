"""The exact forms in which text, JSON and times are hashed and stored."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces and real characters (not \\u escapes).

    The same value always gives the same text, so its hash is stable.
    """
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


def sha256_text(text: str) -> str:
    """SHA-256 (hex) of the text's UTF-8 bytes, exactly as given."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_iso(moment: datetime) -> str:
    """A UTC time as ``2024-06-01T09:30:00.000000Z`` (microseconds always shown)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a time without a time zone cannot be made UTC: {moment!r}")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now() -> datetime:
    """Now, timezone-aware, in UTC."""
    return datetime.now(UTC)
