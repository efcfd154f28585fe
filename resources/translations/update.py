#!/usr/bin/env python3
"""Refresh the translation sources (``drafter_<lang>.ts``) from the interface's code.

    python resources/translations/update.py [--check]

Runs Qt's ``lupdate`` (PySide6's, or one on the PATH) over ``drafter/ui``:
new strings are added to each ``.ts`` as unfinished, translations of strings
that are still in the code are kept (an unchanged English text keeps its
translation even when the code around it moves), and translations of strings
gone from the code are dropped (``-no-obsolete``). Source locations are left
out so that the files change only when the strings do. Then translate what
is unfinished (Qt Linguist, ``pyside6-linguist``, or any editor) and run the
tests (``tests/ui/test_translation.py`` refuses unfinished translations).

``--check`` changes nothing and exits 1 when a ``.ts`` lacks strings the code
has, or still has strings the code no longer has.

The ``.qm`` files Drafter loads are built from these: at packaging time
(``pyside6-lrelease drafter_es.ts -qm drafter_es.qm``), or at first use in the
cache folder for a pip install (``drafter.i18n``). Standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "drafter" / "ui"
LANGUAGES = ("es",)


def lupdate() -> list[str]:
    exe = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidate = Path(folder) / f"lupdate{exe}"
        if candidate.is_file():
            return [str(candidate)]
    for name in ("pyside6-lupdate", "lupdate"):
        found = shutil.which(name)
        if found:
            return [found]
    sys.exit("lupdate was not found: install PySide6 (pip install -e .) or Qt's tools.")


def update(ts: Path, language: str) -> None:
    sources = sorted(str(path) for path in SOURCES.glob("*.py"))
    subprocess.run([*lupdate(), *sources, "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language], check=True)


def messages(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="say whether the .ts files are up to date")
    args = parser.parse_args()
    stale = False
    for language in LANGUAGES:
        ts = HERE / f"drafter_{language}.ts"
        if not args.check:
            update(ts, language)
            continue
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts.name
            shutil.copyfile(ts, fresh)
            update(fresh, language)
            added, gone = messages(fresh) - messages(ts), messages(ts) - messages(fresh)
        for context, source in sorted(added):
            print(f"{ts.name}: missing [{context}] {source!r}")
        for context, source in sorted(gone):
            print(f"{ts.name}: no longer in the code [{context}] {source!r}")
        stale = stale or bool(added or gone)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
