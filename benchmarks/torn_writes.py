"""Kill Drafter's saving many times and look for torn files: ``python benchmarks/torn_writes.py --kills 1000
--json``. Each kill ends a process that saves a user's file again and again through the real code (a file
of a few MB through write_bytes_atomic, or a draft export in five formats through export_statement); then
every file must be byte for byte its old or its new version. Not part of run.py or CI
(tests/test_torn_writes.py kills about a hundred times there). Prints the kills, torn and missing files,
the kills that landed inside a save, and the seconds taken; exits 1 when a file was torn or missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.torn_writes import kill_while_saving


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000, help="processes to kill in all (default 1000)")
    parser.add_argument("--export-share", type=float, default=0.1,
                        help="the share of kills during an export rather than a single file's save "
                             "(default 0.1: exports start slowly)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    export_kills = round(args.kills * args.export_share)
    with tempfile.TemporaryDirectory(prefix="drafter-torn-") as folder:
        report = kill_while_saving(Path(folder), args.kills - export_kills, export_kills=export_kills,
                                   seed=args.seed)
    result = asdict(report)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0 if not (report.torn or report.missing or report.strays) else 1


if __name__ == "__main__":
    sys.exit(main())
