#!/usr/bin/env python3
"""Build Drafter's one-folder bundle with PyInstaller (packaging/drafter.spec).

    python3 packaging/build.py [--dist DIR] [--work DIR] [--venv DIR | --use-current] [--fresh]

1. Makes (or reuses) a build virtual environment, by default
   ``build/packaging/venv``, and installs PyInstaller and Drafter into it
   from a wheel of this checkout: a regular install, never an editable one
   (PyInstaller cannot follow the editable mapping of ``resources/`` to
   ``drafter.resources``).
2. Runs PyInstaller on ``packaging/drafter.spec``, which also compiles
   ``resources/translations/*.ts`` into the bundle when that folder exists.
3. Prints the bundle's path (the last line of the output), its size and the
   time taken.

Runs on Linux, Windows and macOS with Python 3.11 or newer (the Python that
runs this script is the one bundled). Standard library only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "drafter.spec"
PYINSTALLER = "pyinstaller>=6.10,<7"


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def bundle_path(dist: Path) -> Path:
    """Where drafter.spec puts the bundle on this system."""
    if sys.platform == "darwin":
        return dist / "Drafter.app"
    if os.name == "nt":
        return dist / "Drafter"
    return dist / "drafter"


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def prepare_environment(args: argparse.Namespace, work: Path) -> Path:
    """The Python to build with, with PyInstaller and this checkout's Drafter installed."""
    if args.use_current:
        python = Path(sys.executable)
    else:
        venv = args.venv or work / "venv"
        if args.fresh and venv.exists():
            shutil.rmtree(venv)
        if not venv_python(venv).exists():
            run(sys.executable, "-m", "venv", venv)
        python = venv_python(venv)
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run(python, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT)
    (wheel,) = wheels.glob("drafter-*.whl")
    extras = [] if sys.platform.startswith("linux") else ["pillow"]  # turns PNG icons into .ico/.icns
    run(python, "-m", "pip", "install", "-q", PYINSTALLER, *extras, wheel)
    # The same version number as an installed copy: make sure it is this checkout's code.
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", wheel)
    return python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/ of the checkout)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "packaging",
                        help="PyInstaller's work files and the build environment (default: build/packaging/)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--venv", type=Path, help="the build virtual environment (default: WORK/venv)")
    where.add_argument("--use-current", action="store_true",
                       help="build with the running Python's environment instead of a build venv")
    parser.add_argument("--fresh", action="store_true", help="recreate the build virtual environment")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.venv:
        args.venv = args.venv.resolve()

    started = time.monotonic()
    python = prepare_environment(args, work)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work / "pyinstaller", SPEC, cwd=work)
    bundle = bundle_path(dist)
    if not bundle.exists():
        print(f"build.py: PyInstaller finished but {bundle} is missing", file=sys.stderr)
        return 1
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"Built in {minutes} min {seconds:02d} s; {folder_size(bundle) / 1e6:.0f} MB")
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
