"""Recognising network shares, where a workspace file must not live."""

from __future__ import annotations

import pytest

from drafter.store import is_network_path

# Mount points under a folder that does not exist here, so nothing real is resolved.
FAKE_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
fileserver:/export/comms /drafter-test/comms nfs4 rw,relatime 0 0
/dev/sdb1 /drafter-test/comms/local-cache ext4 rw 0 0
//townhall/press /drafter-test/press\\040office cifs rw 0 0
me@host:/data /drafter-test/remote fuse.sshfs rw 0 0
drvfs /drafter-test/plan9 9p rw 0 0
tmpfs /drafter-test/scratch tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/drafter-test/comms/workspace.db", True),
        ("/drafter-test/comms", True),
        ("/drafter-test/comms/local-cache/workspace.db", False),
        ("/drafter-test/commsX/workspace.db", False),
        ("/drafter-test/press office/2024/workspace.db", True),
        ("/drafter-test/remote/workspace.db", True),
        ("/drafter-test/plan9/workspace.db", True),
        ("/drafter-test/scratch/workspace.db", False),
        ("/drafter-test/workspace.db", False),
    ],
)
def test_linux_mount_table(path: str, expected: bool) -> None:
    assert is_network_path(path, platform="linux", read_mounts=lambda: FAKE_MOUNTS) is expected


def test_without_a_mount_table_nothing_counts_as_network() -> None:
    assert not is_network_path("/Volumes/Share/workspace.db", platform="darwin",
                               read_mounts=lambda: None)


@pytest.mark.parametrize(
    "path",
    [
        r"\\townhall\press\workspace.db",
        "//townhall/press/workspace.db",
        r"\\?\UNC\townhall\press\workspace.db",
    ],
)
def test_windows_unc_paths_are_network(path: str) -> None:
    def no_drive(root: str) -> int:
        raise AssertionError("a UNC path has no drive letter to ask about")

    assert is_network_path(path, platform="win32", drive_type=no_drive)


def test_windows_mapped_drives_are_asked_about() -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return 4 if root == "Z:\\" else 3  # DRIVE_REMOTE / DRIVE_FIXED

    assert is_network_path(r"Z:\Press\workspace.db", platform="win32", drive_type=drive_type)
    assert not is_network_path(r"C:\Users\ana\workspace.db", platform="win32",
                               drive_type=drive_type)
    assert not is_network_path(r"\\?\C:\Users\ana\workspace.db", platform="win32",
                               drive_type=drive_type)
    assert asked == ["Z:\\", "C:\\", "C:\\"]
