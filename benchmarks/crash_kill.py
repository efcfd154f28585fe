"""Kill the real Drafter window many times while it types and saves: ``python benchmarks/crash_kill.py
--kills 1000 --json``. Minutes, not seconds: not part of run.py or CI (tests/test_crash_recovery.py
kills it a few times there). Prints the kills survived, integrity failures, torn texts, helper
processes left running, the starts that said what they recovered, and the largest loss of typing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.crash import kill_repeatedly


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="drafter-crash-") as folder:
        report = kill_repeatedly(Path(folder), args.kills, seed=args.seed)
    result = {
        "kills": report.kills,
        "integrity_failures": report.integrity_failures,
        "torn_texts": report.torn_texts,
        "recovery_messages": report.recovery_messages,
        "orphaned_processes": report.orphans,
        "largest_loss_chars": report.largest_loss_chars,
        "largest_loss_ms": report.largest_loss_ms,
        "seconds": round(time.perf_counter() - started, 1),
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if not (report.integrity_failures or report.torn_texts or report.orphans) else 1


if __name__ == "__main__":
    sys.exit(main())
