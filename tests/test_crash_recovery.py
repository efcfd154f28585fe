"""Kill the real Drafter window while it types and saves, a few times: nothing torn, little lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from drafter.ui.autosave import MAX_UNSAVED_MS
from tests.stress.crash import kill_repeatedly

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_killing_drafter_while_it_types_loses_at_most_the_last_seconds(tmp_path: Path) -> None:
    report = kill_repeatedly(tmp_path, kills=3, seed=7, min_s=1.0, max_s=4.0)
    assert report.kills == 3
    assert report.integrity_failures == 0
    assert report.torn_texts == 0
    assert report.orphans == 0  # the checks' worker ends with the window, even when it is killed
    assert report.recovery_messages == 2  # every start after a kill said what it recovered
    # Saved at least every MAX_UNSAVED_MS while typing; a save and the kill's timing add a little.
    assert report.largest_loss_ms <= 3000, report
    assert MAX_UNSAVED_MS < 3000
