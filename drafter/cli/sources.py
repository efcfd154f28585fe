"""What a command's ID|FILE argument names."""

from __future__ import annotations

from pathlib import Path


def file_named(source: str) -> Path | None:
    """The file ``source`` names, or None when it is a statement id.

    A file wins when one of that name exists; anything that is not all
    digits is taken as a file too (so a missing file is reported as missing).
    """
    path = Path(source)
    return path if path.exists() or not source.isdigit() else None
