"""Save a file so that it is either wholly the new version or still the old one.

The data goes to a temporary file in the same folder, is flushed and synced
to disk, and then replaces the target in one step (``os.replace``); the
folder is synced too where the system allows it, so the rename itself
survives a power cut. If anything fails, the temporary file is removed, the
original is untouched, and a ``DrafterError`` says why in plain words.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from contextlib import suppress
from pathlib import Path

from drafter.core.errors import DrafterError

_UNCHANGED = "Nothing was overwritten."


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
    temporary = _create_temporary(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | getattr(os, "O_BINARY", 0))
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


def _create_temporary(target: Path) -> Path:
    """An empty new file beside ``target``, made with the default permissions."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temporary, flags, 0o666))  # the umask applies, as for any new file
        except FileExistsError:
            continue
        except OSError as error:
            raise _explain(error, target, replacing=False) from error
        return temporary


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
        message = f"Drafter is not allowed to save files in {folder}. Save to another folder."
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
