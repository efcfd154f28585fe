"""Small helpers shared by the store tests."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def raw_sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection (no Drafter in between), committed and closed."""
    raw = sqlite3.connect(path)
    try:
        yield raw
        raw.commit()
    finally:
        raw.close()


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
