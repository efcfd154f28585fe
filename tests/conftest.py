"""Test set-up shared by every test: Qt offscreen, no real user profile touched."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
