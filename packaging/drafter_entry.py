"""The frozen bundle's entry point: the ``drafter`` command, plus what only a bundle needs.

A source install starts the preview's render worker as
``python -m drafter.core.render_worker`` and the checks' worker through
multiprocessing's "spawn"; a bundle has no ``python`` to run, so both
re-run the bundle's own executable (``sys.executable``):

- ``--render-worker`` as the first argument runs the render worker
  (``drafter.ui.preview_renderer.worker_command`` asks for it when frozen);
- ``multiprocessing.freeze_support()`` turns a "spawn" child into the worker
  it was started as (PyInstaller makes it work on every system).

A windowed Windows executable has no console: ``sys.stdout`` and
``sys.stderr`` are None there, and a ``print`` would raise. They are pointed
at nothing instead, unless a parent handed over real pipes.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def main() -> int:
    multiprocessing.freeze_support()  # a worker process returns from here only when it is done
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
    if sys.argv[1:2] == ["--render-worker"]:
        from drafter.core.render_worker import main as render_worker

        return render_worker()
    from drafter.cli import main as drafter

    return drafter()


if __name__ == "__main__":
    sys.exit(main())
