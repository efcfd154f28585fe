"""Drafter's benchmarks: ``python benchmarks/run.py --json [--quick] [--only NAME]``.

Prints one JSON object ``{"metrics": {name: {"value", "unit", "budget",
"baseline", "ratio"}}}``. The baseline is the bare library doing the same
work in the same run; values are medians (or percentiles) of several runs.
``--quick`` finishes within a minute. These are measurements, not tests:
nothing here fails a build.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SUITES = ["startup", "editor", "preview", "spelling", "checks", "export"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    parser.add_argument("--quick", action="store_true", help="fewer runs: under a minute")
    parser.add_argument("--only", choices=SUITES, action="append", help="run only these suites")
    args = parser.parse_args()
    metrics: dict[str, object] = {}
    started = time.perf_counter()
    for name in args.only or SUITES:
        module = __import__(f"bench_{name}")
        metrics.update(module.run(args.quick))
    report = {
        "metrics": metrics,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
