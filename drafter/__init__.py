"""Drafter: draft, review and release public statements."""

from __future__ import annotations

APP_ID = "org.drafter.Drafter"
APP_NAME = "Drafter"


def __getattr__(name: str) -> str:
    # The version is read from the package metadata on first use only:
    # importlib.metadata costs ~30 ms, too much for every start of the window.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("drafter")
        except PackageNotFoundError:  # a source tree that was never installed
            found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")
