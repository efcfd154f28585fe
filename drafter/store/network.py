"""Is a path on a network file system?

A SQLite file shared over the network (NFS, SMB, …) is damaged sooner or
later: its locks are not reliable there. Local mode refuses such paths and
points to team mode (a PostgreSQL server) instead.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

#: File-system types (as the Linux mount table names them) that live on
#: another computer. A "fuse." prefix is ignored: fuse.sshfs is sshfs.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "afs",
        "9p",
        "davfs",
        "glusterfs",
        "ceph",
        "ceph-fuse",
    }
)

#: What ``GetDriveTypeW`` answers for a mapped network drive.
DRIVE_REMOTE = 4

MOUNTS_FILE = "/proc/self/mounts"


def read_proc_mounts() -> str | None:
    """The Linux mount table, or None where there is none (macOS, BSD)."""
    try:
        with open(MOUNTS_FILE, encoding="utf-8", errors="surrogateescape") as mounts:
            return mounts.read()
    except OSError:
        return None


def windows_drive_type(root: str) -> int:
    """``GetDriveTypeW`` for a drive root such as ``C:\\`` (0 off Windows)."""
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0


def is_network_path(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    read_mounts: Callable[[], str | None] = read_proc_mounts,
    drive_type: Callable[[str], int] = windows_drive_type,
) -> bool:
    """True when ``path`` (which need not exist yet) is on a network share.

    ``platform`` defaults to ``sys.platform``; ``read_mounts`` and
    ``drive_type`` are what the answer is read from, replaceable in tests.
    Where the system gives no way to tell (macOS), the answer is False.
    """
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return _is_windows_network_path(os.fspath(path), drive_type)
    mounts = read_mounts()
    if mounts is None:
        return False
    fs_type = _mount_fs_type(_absolute_posix(path), mounts)
    if fs_type is None:
        return False
    if fs_type.startswith("fuse."):
        fs_type = fs_type[len("fuse.") :]
    return fs_type in NETWORK_FS_TYPES


def _absolute_posix(path: str | os.PathLike[str]) -> PurePosixPath:
    # resolve() follows the symbolic links of the part that exists already.
    return PurePosixPath(Path(path).expanduser().resolve(strict=False))


def _unescape_mount_field(field: str) -> str:
    """The mount table writes space, tab, newline and backslash as octal."""
    out: list[str] = []
    i = 0
    while i < len(field):
        chunk = field[i + 1 : i + 4]
        if field[i] == "\\" and len(chunk) == 3 and all(c in "01234567" for c in chunk):
            out.append(chr(int(chunk, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _mount_fs_type(path: PurePosixPath, mounts: str) -> str | None:
    """The type of the file system that the deepest mount holding ``path`` has."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = PurePosixPath(_unescape_mount_field(parts[1]))
        if path != mount_point and mount_point not in path.parents:
            continue
        depth = len(mount_point.parts)
        # Later lines win on ties: a later mount on the same point hides earlier ones.
        if best is None or depth >= best[0]:
            best = (depth, parts[2])
    return None if best is None else best[1]


def _is_windows_network_path(raw: str, drive_type: Callable[[str], int]) -> bool:
    text = raw.replace("/", "\\")
    upper = text.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return True
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # a long-path or device prefix before a drive letter
    elif text.startswith("\\\\"):
        return True  # \\server\share
    drive, _ = ntpath.splitdrive(text)
    if not drive:
        drive = PureWindowsPath(os.getcwd()).drive if sys.platform == "win32" else ""
    if len(drive) == 2 and drive[1] == ":":
        return drive_type(drive + "\\") == DRIVE_REMOTE
    return drive.startswith("\\\\")
