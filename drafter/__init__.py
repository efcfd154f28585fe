"""Drafter: draft, review and release public statements."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("drafter")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_ID = "org.drafter.Drafter"
APP_NAME = "Drafter"
