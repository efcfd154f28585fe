"""The libraries Drafter ships with, their versions and licences (no Qt: the CLI can show it too).

Versions and licences are read from the installed packages' metadata
(importlib.metadata). Drafter's own dependencies come first, in the order of
pyproject.toml, then what they pull in; a frozen bundle without package
metadata still lists the direct ones, with the licence they are known by.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

DRAFTER_LICENCE = "GPL-3.0-or-later"

QT_NOTICE = (
    "Drafter uses Qt for Python (PySide6, shiboken6) and the Qt libraries under the GNU Lesser "
    "General Public License version 3 (LGPL v3). You may obtain their source code from "
    "https://download.qt.io and replace the Qt libraries with your own build of a compatible "
    "version. A copy of the LGPL v3 is available at https://www.gnu.org/licenses/lgpl-3.0.html."
)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    note: str = ""


# Drafter's direct dependencies (pyproject.toml), with the extras asked for and the licence each is
# known by when its metadata is missing (a frozen bundle).
DIRECT: tuple[tuple[str, frozenset[str], str], ...] = (
    ("PySide6-Essentials", frozenset(), "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
    ("shiboken6", frozenset(), "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
    ("Markdown", frozenset(), "BSD-3-Clause"),
    ("nh3", frozenset(), "MIT"),
    ("SQLAlchemy", frozenset(), "MIT"),
    ("alembic", frozenset(), "MIT"),
    ("platformdirs", frozenset(), "MIT"),
    ("PyYAML", frozenset(), "MIT"),
    ("pyspellchecker", frozenset(), "MIT"),
    ("textstat", frozenset(), "MIT"),
    ("python-docx", frozenset(), "MIT"),
    ("psycopg", frozenset({"binary"}), "LGPL-3.0-only"),
    ("keyring", frozenset(), "MIT"),
)

NOTES = {
    "pyside6-essentials": "Qt for Python and the Qt libraries, used under the LGPL v3.",
    "shiboken6": "Part of Qt for Python, used under the LGPL v3.",
    "psycopg": "Used under the LGPL v3.",
    "psycopg-binary": "Includes libpq, the PostgreSQL client library (PostgreSQL Licence), "
                      "and the libraries it links to.",
}

# Trove classifiers of packages that state no SPDX expression.
_CLASSIFIERS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 1.1 (MPL 1.1)": "MPL-1.1",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
    "GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
    "GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.0-or-later",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "ISC License (ISCL)": "ISC",
}

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$")
_EXTRA = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")


def canonical(name: str) -> str:
    """A distribution's name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_libraries() -> list[Library]:
    """Python, Drafter's dependencies and theirs, each once, with version and licence."""
    found = [Library("Python", platform.python_version(), "PSF-2.0",
                     f"{platform.python_implementation()}: the interpreter and its standard library.")]
    seen: set[str] = set()
    queue: list[tuple[str, frozenset[str], str]] = list(DIRECT)
    while queue:
        name, extras, known_licence = queue.pop(0)
        key = canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if known_licence:  # a direct dependency without metadata: still name it
                seen.add(key)
                found.append(Library(name, "unknown", known_licence, NOTES.get(key, "")))
            continue  # a platform's own dependency, not installed here
        seen.add(key)
        found.append(Library(_field(dist.metadata, "Name") or name, dist.version,
                             licence_of(dist) or known_licence or "not stated", NOTES.get(key, "")))
        queue.extend(_needs(dist.requires or [], extras))
    return found


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution states: its SPDX expression, else a short License field, else
    its classifiers; empty when it states none."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 80:
        return field
    names = [classifier.removeprefix("License :: ").removeprefix("OSI Approved :: ")
             for classifier in meta.get_all("Classifier") or []
             if classifier.startswith("License :: ")]
    return " OR ".join(_CLASSIFIERS.get(name, name) for name in names)


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    """One metadata field, stripped; empty when absent (``meta[key]`` of a missing key is deprecated)."""
    values = meta.get_all(key) or []
    return str(values[0]).strip() if values else ""


def _needs(requirements: list[str], extras: frozenset[str]) -> list[tuple[str, frozenset[str], str]]:
    """What a distribution requires: every requirement, except those of extras not asked for.
    (Other markers are not evaluated: one that does not apply here is simply not installed.)"""
    needed: list[tuple[str, frozenset[str], str]] = []
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement)
        if match is None:
            continue
        name, wanted, marker = match.group(1), match.group(2) or "", match.group(3) or ""
        extra = _EXTRA.search(marker)
        if extra is not None and extra.group(1) not in extras:
            continue
        needed.append((name, frozenset(part.strip() for part in wanted.split(",") if part.strip()), ""))
    return needed


def licences_text() -> str:
    """The list as plain text, one library a line, then the Qt notice (for a terminal or a copy)."""
    rows = bundled_libraries()
    width = max(len(row.name) for row in rows)
    lines = [f"{row.name:<{width}}  {row.version:<10}  {row.licence}" for row in rows]
    return "\n".join([*lines, "", QT_NOTICE])
