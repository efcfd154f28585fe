"""Hostile and broken input, made at test time (nothing big is ever committed).

Each maker writes one kind of input a person might feed Drafter by accident
or on purpose, and returns what a test needs to recognise it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.core.helpers import Inspector

MB = 1024 * 1024

# Tags and attributes that must never survive into the preview, an HTML export or `drafter render`.
_ACTIVE_TAGS = {"script", "iframe", "frame", "style", "object", "embed", "svg", "math", "img", "link",
                "meta", "base", "form", "input", "button", "video", "audio", "source", "template"}
_UNSAFE_URL = re.compile(r"^\s*(?:javascript|vbscript|data|file):", re.IGNORECASE)


def active_parts(html: str) -> list[str]:
    """Every tag or attribute in ``html`` that could run, fetch or restyle anything (none, we hope).

    Text that only reads like markup ("&lt;script&gt;", "onclick=" shown as
    written) is harmless and not counted.
    """
    found = []
    for tag, attributes in Inspector(html).tags:
        if tag in _ACTIVE_TAGS:
            found.append(f"<{tag}>")
        for name, value in attributes.items():
            if name.startswith("on") or name in ("style", "src", "srcset", "srcdoc", "action", "formaction"):
                found.append(f"<{tag} {name}=…>")
            elif name in ("href", "xlink:href") and value and _UNSAFE_URL.match(
                    "".join(value.split())):
                found.append(f"<{tag} {name}={value!r}>")
    return found


def body_of(page: str) -> str:
    """What follows ``<body``: an exported page's content, after its own style sheet."""
    return page.split("<body", 1)[1]

RAW_HTML = (
    "# Statement on the storm\n\n"
    "<script>alert('pwned')</script>\n\n"
    "<img src=x onerror=\"alert('img')\">\n\n"
    "[Read the update](javascript:alert('link')) and "
    "<a href=\"jav&#x09;ascript:alert('entity')\">the full text</a>.\n\n"
    "<iframe src=\"https://evil.example/frame\"></iframe>\n\n"
    "<style>body { display: none }</style>\n\n"
    "<svg onload=\"alert('svg')\"><circle r=\"1\"/></svg>\n\n"
    "<p onclick=\"alert('p')\" style=\"color:red\">Crews are clearing roads.</p>\n\n"
    "SAFEEND\n"
)


def invalid_utf8(folder: Path, name: str = "broken-utf8.md") -> Path:
    """UTF-8 text with two damaged bytes on line 3 (a bad copy, or two encodings mixed)."""
    path = folder / name
    path.write_bytes("# Statement on the Café fire — update\n\nOur naïve résumé ".encode()
                     + b"\xff\xfe of events \xc3\x28 ends here.\n")
    return path


def fifty_mb(folder: Path, name: str = "huge.md") -> Path:
    """A real 50 MB text file: a log or a database dump picked by mistake."""
    path = folder / name
    line = b"2025-06-10 09:00:00 INFO request served in 12 ms\n"
    chunk = line * (MB // len(line) + 1)
    with path.open("wb") as stream:
        for _ in range(50):
            stream.write(chunk[:MB])
    return path


def binary(folder: Path, name: str = "photo.md") -> Path:
    """A picture saved with a .md name."""
    path = folder / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(64 * 1024))
    return path


REFUSED = {  # kind -> (maker, what the one-line reason says)
    "invalid-utf8": (invalid_utf8, "is not valid UTF-8 text: line 3"),
    "fifty-mb": (fifty_mb, "is too large to be a statement"),
    "binary": (binary, "does not look like a text file"),
}


def nested_quotes(levels: int = 5000) -> str:
    return "# Quoted\n\n" + ">" * levels + " DEEPWORDS in the middle\n\nAfter the quote.\n"


def nested_list_markers(levels: int = 5000) -> str:
    """5,000 lists one inside the other, on one line ("- - - … item")."""
    return "# Listed\n\n" + "- " * levels + "DEEPWORDS\n\nAfter the list.\n"


def nested_list_indents(levels: int) -> str:
    """A list whose every item is indented one level deeper than the one before."""
    return "".join("    " * level + "- item\n" for level in range(levels)) + "\nDEEPWORDS\n"


def one_mb_line(unit: str = "Crews cleared the road, ") -> str:
    """A single 1 MB line, no newline anywhere, ending in a marker."""
    return unit * (MB // len(unit)) + "LASTWORDS"
