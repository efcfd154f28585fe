"""The interface's language: which one, and where its compiled translation (``.qm``) comes from.

Qt-free (``drafter.ui.translation`` installs the translators). English is
the source language: the interface's strings are written in English in the
code, so English needs no translation file. Spanish is
``resources/translations/drafter_es.ts`` (Qt Linguist's format, refreshed by
``resources/translations/update.py``).

Which language: ``DRAFTER_LANGUAGE`` when set (``en`` or ``es``; tests and
screenshots use it), else the person's choice in Settings ▸ Preferences…
(``Preferences.language``), else the system's; English for anything Drafter
is not translated into.

Where the ``.qm`` comes from: a packaged build compiles the ``.ts`` at
packaging time and ships ``drafter_es.qm`` beside it. A pip or editable
install has only the ``.ts``: at first use it is compiled with Qt's
``lrelease`` into Drafter's cache folder, and reused while the ``.ts`` is
unchanged (the cached file is named after the ``.ts``'s SHA-256). Without
``lrelease``, the shipped ``.qm`` if any, else English (said in the log).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from drafter.paths import cache_dir, resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
#: The interface's languages, each named in itself (as the Preferences dialog lists them).
LANGUAGES = {"en": "English", "es": "Español"}
ENVIRONMENT_VARIABLE = "DRAFTER_LANGUAGE"
LRELEASE_TIMEOUT_S = 60


def supported(code: str | None) -> str | None:
    """``en`` or ``es`` for a language or locale name ("es", "es_MX", "es-419", "ES"); None otherwise."""
    if not code:
        return None
    language = code.strip().replace("-", "_").split("_")[0].casefold()
    return language if language in LANGUAGES else None


def interface_language(preference: str | None, system_locale: str) -> str:
    """The language the interface shows: DRAFTER_LANGUAGE, else the preference, else the system's.

    ``system_locale`` is the system's locale name (``QLocale.system().name()``,
    such as ``es_MX`` or ``C``). Anything but Spanish is English.
    """
    override = supported(os.environ.get(ENVIRONMENT_VARIABLE))
    if override is not None:
        return override
    return supported(preference) or supported(system_locale) or SOURCE_LANGUAGE


def translation_source(language: str) -> Path | None:
    """The ``.ts`` of ``language`` as shipped, or None when there is none."""
    return _shipped_file(f"drafter_{language}.ts")


def shipped_translation(language: str) -> Path | None:
    """The ``.qm`` a packaged build compiled for ``language``, or None."""
    return _shipped_file(f"drafter_{language}.qm")


def _shipped_file(name: str) -> Path | None:
    item = resource("translations", name)
    return Path(str(item)) if item.is_file() else None


def find_lrelease() -> list[str] | None:
    """The command that runs Qt's ``lrelease``: PySide6's own, else one on the PATH; None if none."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidates += [Path(folder) / f"lrelease{exe}", Path(folder) / "Qt" / "bin" / f"lrelease{exe}"]
    candidates.append(Path(sys.executable).parent / f"pyside6-lrelease{exe}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_translation(source: Path, target: Path, lrelease: list[str] | None = None) -> bool:
    """Compile ``source`` (.ts) into ``target`` (.qm) with lrelease; False (logged) when it cannot."""
    command = lrelease or find_lrelease()
    if command is None:
        log.warning("Qt's lrelease was not found: %s cannot be compiled; the interface stays in English",
                    source.name)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        done = subprocess.run([*command, str(source), "-qm", str(partial)], capture_output=True,
                              text=True, timeout=LRELEASE_TIMEOUT_S, check=False)
        if done.returncode != 0 or not partial.is_file():
            log.warning("lrelease could not compile %s (exit %s): %s", source.name, done.returncode,
                        (done.stderr or done.stdout).strip())
            return False
        os.replace(partial, target)
        return True
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("lrelease could not compile %s: %s", source.name, error)
        return False
    finally:
        partial.unlink(missing_ok=True)


def cached_translation(source: Path, folder: Path | None = None) -> Path:
    """Where the ``.qm`` compiled from ``source`` is kept: named after the ``.ts``'s content."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return (folder or cache_dir()) / "translations" / f"{source.stem}-{digest}.qm"


def translation_file(language: str, *, folder: Path | None = None) -> Path | None:
    """The compiled translation (``.qm``) to load for ``language``; None for English or when none can be had.

    In order: the ``.qm`` a packaged build shipped, when it is not older than
    the ``.ts``; the one compiled before into the cache folder (``folder``,
    else Drafter's) from this very ``.ts``; one compiled now; a shipped one
    even if older; else None (logged).
    """
    if language == SOURCE_LANGUAGE:
        return None
    source = translation_source(language)
    shipped = shipped_translation(language)
    if source is None:
        if shipped is None:
            log.warning("Drafter has no translation into %r; the interface stays in English", language)
        return shipped
    if shipped is not None and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    try:
        cached = cached_translation(source, folder)
        if cached.is_file() or compile_translation(source, cached):
            return cached
    except OSError as error:  # a read-only or full cache folder
        log.warning("The translation into %r could not be prepared: %s", language, error)
    return shipped
