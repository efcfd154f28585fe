"""Run the `drafter` command line in the test's own process, as a script would call it."""

from __future__ import annotations

import pytest

from drafter.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`drafter ARGV...`: its exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
