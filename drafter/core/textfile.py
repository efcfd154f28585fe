"""Read a text file someone wants to import, whatever editor wrote it.

Detects UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with
a mark; UTF-16 also without one, from its pattern of zero bytes), and falls
back to Windows-1252, what older Windows editors save; UTF-8 with a few
damaged bytes is refused (with the line) rather than read as Windows-1252,
garbled. Line endings become ``\\n``. Anything that is not text (a PDF, an
image, a folder, a missing or unreadable or huge file) raises
``UnreadableFileError`` with one line that names the file and says what to do.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from drafter.core.errors import UnreadableFileError

# 5 MB. A long statement is 5,000 words, about 30 KB; even a whole report
# pasted in stays far below this. A bigger file is almost surely not a
# statement (a video, a database, a log), and reading it would only make the
# editor, the spelling check and the preview slow to a crawl.
MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that no text file holds (tab, line feed, vertical tab,
# form feed, carriage return and escape are allowed).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_TOO_MANY_CONTROLS = 0.01  # of all characters


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "utf-16-le", "windows-1252", …


def read_text_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_TEXT_FILE_BYTES) -> DecodedText:
    """The text of ``path`` with its encoding; raises UnreadableFileError."""
    file = Path(path)
    name = file.name or str(file)
    data = _read_at_most(file, name, max_bytes)
    decoded = _decode(data, name)
    if decoded is None or _looks_binary(decoded.text):
        raise UnreadableFileError(
            f"{name} does not look like a text file (it contains binary data). Import a .md or .txt file."
        )
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text, decoded.encoding)


def _read_at_most(file: Path, name: str, max_bytes: int) -> bytes:
    too_big = UnreadableFileError(
        f"{name} is too large to be a statement (over {_size(max_bytes)}). "
        "Import a .md or .txt file that holds only the statement's text."
    )
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError(f"{name} is a folder. Choose a .md or .txt file inside it.")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(f"{name} is not a regular file. Import a .md or .txt file.")
        if info.st_size > max_bytes:
            raise too_big
        with file.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # the size can change after stat
    except FileNotFoundError:
        raise UnreadableFileError(
            f"{file} was not found. Check the file's name and folder, and try again."
        ) from None
    except PermissionError:
        raise UnreadableFileError(
            f"Drafter is not allowed to read {name}. "
            "Ask for access, or copy the file to one of your folders and import the copy."
        ) from None
    except OSError as error:
        raise UnreadableFileError(
            f"{name} could not be read ({error.strerror or error}). Copy it to a local folder and try again."
        ) from None
    if len(data) > max_bytes:
        raise too_big
    return data


def _size(count: int) -> str:
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if count >= size:
            return f"{count / size:.3g} {unit}"
    return f"{count} bytes"


def _decode(data: bytes, name: str) -> DecodedText | None:
    """The decoded text, or None if the bytes cannot be text; damaged UTF-8 raises UnreadableFileError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The mark is strong evidence: decode, and show damage as U+FFFD.
            return DecodedText(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            return None
        try:
            return DecodedText(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            return None
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, error.start) + 1
            raise UnreadableFileError(
                f"{name} is not valid UTF-8 text: line {line} holds bytes that are not UTF-8 (the file "
                "is damaged, or mixes two encodings). Open it in a text editor, correct that line, "
                "save it as UTF-8 and import it again."
            ) from None
        # Five bytes are undefined in Windows-1252; they show as U+FFFD.
        return DecodedText(data.decode("windows-1252", errors="replace"), "windows-1252")


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few bad ones, not a Windows-1252 text.

    Read as Windows-1252, such a file would come in garbled ("CafÃ©" for
    "Café") all through, with no sign of it. A Windows-1252 text with accents
    is almost never valid UTF-8 anywhere (an accented letter is followed by a
    plain one), so its bad sequences far outnumber its valid non-ASCII ones.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    return 0 < bad <= valid


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec whose zero bytes fall where mostly-Latin text puts them."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0) / (len(data) // 2)
    odd_zeros = data[1::2].count(0) / (len(data) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    text = text.removesuffix("\x1a")  # the end-of-file mark of old DOS editors
    controls = len(_CONTROL_RE.findall(text))
    return controls > 0 and (controls > _TOO_MANY_CONTROLS * len(text) or "\x00" in text)
