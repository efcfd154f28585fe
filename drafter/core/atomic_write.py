"""Save a file so that it is either wholly the new version or still the old one.

The data goes to a temporary file in the same folder, is flushed and synced
to disk, and then replaces the target in one step (``os.replace``); the
folder is synced too where the system allows it, so the rename itself
survives a power cut. If anything fails, the temporary file is removed, the
original is untouched, and a ``DrafterError`` says why in plain words.

A process killed half-way cannot remove its temporary file. Such leftovers
are hidden (``.NAME.XXXXXXXX.tmp`` beside ``NAME``), never mistaken for the
file, and removed by the next save of the same file once they are an hour
old (a younger one may belong to a save still under way).

``FileBatch`` saves several files (an export's PDF, Word and text) one by
one and can undo them together: each previous version is kept until the
batch is kept or undone, so a failure half-way changes no byte of what was
there before.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from contextlib import suppress
from pathlib import Path

from drafter.core.errors import DrafterError

_UNCHANGED = "Nothing was overwritten."

#: A leftover temporary file (or kept previous version) younger than this may
#: belong to a save still under way, in this or another Drafter: it is left alone.
STALE_AFTER_SECONDS = 3600.0

_TEMPORARY = "tmp"  # a new version being written
_KEPT = "old"  # a previous version, kept until a FileBatch is kept or undone
_HEX = frozenset("0123456789abcdef")


def write_text_atomic(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Save ``text`` to ``path`` atomically (line endings are written as given)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        bad = error.object[error.start : error.end]
        raise DrafterError(
            f"{Path(path).name} cannot be saved as {encoding}: it holds characters "
            f"({bad!r}) that {encoding} cannot store. Save it as UTF-8 instead. {_UNCHANGED}"
        ) from None
    write_bytes_atomic(path, data)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Save ``data`` to ``path`` atomically; raises DrafterError on failure."""
    # Write where a symbolic link points, so the link itself is kept.
    target = Path(os.path.realpath(path))
    remove_leftovers(target)
    temporary, descriptor = _open_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with suppress(FileNotFoundError):  # a new file keeps the usual permissions
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _explain(error, target, replacing=True) from error
        raise
    _sync_folder(target.parent)


def leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """The temporary files and kept previous versions beside ``target`` (none of them is the file)."""
    target = Path(target)
    prefix = f".{target.name}."
    try:
        with os.scandir(target.parent) as entries:
            return sorted(Path(entry.path) for entry in entries
                          if entry.name.startswith(prefix) and _is_leftover(entry.name[len(prefix):]))
    except OSError:
        return []


def remove_leftovers(target: str | os.PathLike[str], older_than: float | None = None) -> int:
    """Remove what killed saves of ``target`` left behind more than ``older_than`` seconds
    (by default ``STALE_AFTER_SECONDS``) ago; how many were removed.

    A temporary file's age is its last write. A kept previous version is a
    link to the old file, whose times are the old file's: its age is when the
    link was made, which only POSIX systems record (the change time); elsewhere
    kept versions are left alone.
    """
    cutoff = time.time() - (STALE_AFTER_SECONDS if older_than is None else older_than)
    removed = 0
    for path in leftovers(target):
        with suppress(OSError):
            status = path.lstat()
            if path.suffix == f".{_KEPT}":
                made = status.st_ctime if os.name == "posix" else time.time()
            else:
                made = status.st_mtime
            if made < cutoff:
                path.unlink()
                removed += 1
    return removed


class FileBatch:
    """Files saved one by one (each atomically) that can be undone together.

    Before ``write`` replaces a file, its previous version is kept beside it
    (a hard link ``.NAME.XXXXXXXX.old``, or a copy in memory where the folder
    allows no links). ``undo`` puts each previous version back and removes the
    files that are new; ``keep`` lets the previous versions go. Until one of
    them is called, every file is either its old or its new version.
    """

    def __init__(self) -> None:
        # (file, its previous version: a kept link, its bytes, or None when the file is new)
        self._written: list[tuple[Path, Path | bytes | None]] = []

    def write(self, path: str | os.PathLike[str], data: bytes) -> Path:
        """Save ``data`` to ``path`` atomically, keeping what was there; the file written."""
        target = Path(os.path.realpath(path))
        previous = _keep_previous(target)
        try:
            write_bytes_atomic(target, data)
        except BaseException:
            _let_go(previous)
            raise
        self._written.append((target, previous))
        return target

    def undo(self) -> list[Path]:
        """Every file back as it was before the batch; the files that could not be put back."""
        not_restored = []
        for target, previous in reversed(self._written):
            try:
                if previous is None:
                    target.unlink(missing_ok=True)
                elif isinstance(previous, Path):
                    os.replace(previous, target)
                else:
                    write_bytes_atomic(target, previous)
            except (OSError, DrafterError):
                not_restored.append(target)
        if self._written:
            _sync_folder(self._written[0][0].parent)
        self._written = []
        return not_restored

    def keep(self) -> None:
        """The new versions stay; the kept previous versions are removed."""
        for _target, previous in self._written:
            _let_go(previous)
        self._written = []


def _keep_previous(target: Path) -> Path | bytes | None:
    """A hard link to ``target`` beside it (else its bytes); None when there is no such file."""
    if not target.is_file():
        return None
    while True:
        kept = _name_beside(target, _KEPT)
        try:
            os.link(target, kept)
        except FileExistsError:
            continue
        except OSError:
            break  # a file system without links (FAT), or links not allowed here
        return kept
    try:
        return target.read_bytes()
    except OSError as error:
        raise _explain(error, target, replacing=True) from error


def _let_go(previous: Path | bytes | None) -> None:
    if isinstance(previous, Path):
        with suppress(OSError):
            os.unlink(previous)


def _is_leftover(rest: str) -> bool:
    """``XXXXXXXX.tmp`` or ``XXXXXXXX.old``, the end of a name made by ``_name_beside``."""
    token, _dot, kind = rest.partition(".")
    return len(token) == 8 and set(token) <= _HEX and kind in (_TEMPORARY, _KEPT)


def _name_beside(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.{kind}")


def _open_temporary(target: Path) -> tuple[Path, int]:
    """A new empty file beside ``target`` (default permissions), open for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = _name_beside(target, _TEMPORARY)
        try:
            return temporary, os.open(temporary, flags, 0o666)  # the umask applies, as for any new file
        except FileExistsError:
            continue
        except OSError as error:
            raise _explain(error, target, replacing=False) from error


def _explain(error: OSError, target: Path, *, replacing: bool) -> DrafterError:
    """A message for the person saving: what happened and what to do."""
    name, folder = target.name, target.parent
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = (
            f"There is not enough disk space to save {name}. "
            "Free some space, or save to another drive, and try again."
        )
    elif code == errno.EROFS:
        message = f"{folder} is read-only, so {name} cannot be saved there. Save to another folder."
    elif isinstance(error, FileNotFoundError):
        message = f"The folder {folder} does not exist (any more). Save {name} to another folder."
    elif isinstance(error, PermissionError) and replacing and target.exists():
        message = (
            f"{name} could not be replaced: it may be open in another program, or you may not "
            "be allowed to change it. Close it elsewhere, or save under another name."
        )
    elif isinstance(error, PermissionError):
        message = (
            f"Drafter is not allowed to save files in {folder} (the folder may be read-only). "
            "Save to another folder."
        )
    else:
        message = f"{name} could not be saved ({error.strerror or error}). Try another folder."
    return DrafterError(f"{message} {_UNCHANGED}")


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX only: Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse; the file itself is already on disk
    finally:
        os.close(descriptor)
