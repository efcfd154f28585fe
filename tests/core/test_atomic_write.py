"""Saving never leaves a half-written file: either the new version or the old one."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from drafter.core import atomic_write
from drafter.core.atomic_write import write_bytes_atomic, write_text_atomic
from drafter.core.errors import DrafterError

ORIGINAL = b"The approved statement.\n"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "statement.md"
    path.write_bytes(ORIGINAL)
    return path


def test_a_new_file_is_written(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    write_text_atomic(path, "Café “quoted”\n")
    assert path.read_bytes() == "Café “quoted”\n".encode()
    assert os.listdir(tmp_path) == ["new.md"]


def test_an_existing_file_is_replaced_and_keeps_its_permissions(saved: Path) -> None:
    saved.chmod(0o640)
    write_bytes_atomic(saved, b"New version\r\n")
    assert saved.read_bytes() == b"New version\r\n"  # written exactly as given
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert os.listdir(saved.parent) == ["statement.md"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "new.md", b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_the_encoding_is_honoured(tmp_path: Path) -> None:
    write_text_atomic(tmp_path / "s.txt", "Café", encoding="utf-16")
    assert (tmp_path / "s.txt").read_bytes().decode("utf-16") == "Café"


def _disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_full_disk_leaves_the_original_untouched(
    saved: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    monkeypatch.setattr(atomic_write.os, failing, _disk_full)
    with pytest.raises(DrafterError) as caught:
        write_text_atomic(saved, "A different text that must not land half-way.")
    assert str(caught.value) == (
        "There is not enough disk space to save statement.md. Free some space, "
        "or save to another drive, and try again. Nothing was overwritten."
    )
    assert saved.read_bytes() == ORIGINAL
    assert os.listdir(saved.parent) == ["statement.md"]  # no temporary file left


def test_a_folder_we_may_not_write_to(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def denied(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic_write.os, "open", denied)  # tests run as root: chmod would not stop us
    with pytest.raises(DrafterError, match=r"^Drafter is not allowed to save files in .*Nothing was"):
        write_bytes_atomic(saved, b"new")
    assert saved.read_bytes() == ORIGINAL and os.listdir(saved.parent) == ["statement.md"]


def test_a_read_only_disk(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic_write.os, "replace", read_only)
    with pytest.raises(DrafterError, match=r"is read-only, so statement\.md cannot be saved there"):
        write_bytes_atomic(saved, b"new")
    assert saved.read_bytes() == ORIGINAL and os.listdir(saved.parent) == ["statement.md"]


def test_a_file_open_elsewhere_cannot_be_replaced(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*args: object) -> None:  # what Windows does while Word holds the file
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(atomic_write.os, "replace", locked)
    with pytest.raises(DrafterError, match=r"^statement\.md could not be replaced: it may be open"):
        write_bytes_atomic(saved, b"new")
    assert saved.read_bytes() == ORIGINAL and os.listdir(saved.parent) == ["statement.md"]


def test_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DrafterError, match=r"^The folder .*gone does not exist"):
        write_bytes_atomic(tmp_path / "gone" / "s.md", b"x")


def test_text_the_encoding_cannot_hold_is_refused_before_touching_the_file(saved: Path) -> None:
    with pytest.raises(DrafterError, match=r"cannot be saved as ascii.*Save it as UTF-8 instead"):
        write_text_atomic(saved, "Café", encoding="ascii")
    assert saved.read_bytes() == ORIGINAL


def test_saving_through_a_link_updates_the_linked_file(saved: Path) -> None:
    link = saved.parent / "link.md"
    link.symlink_to(saved)
    write_bytes_atomic(link, b"Through the link")
    assert link.is_symlink() and saved.read_bytes() == b"Through the link"


def test_an_interruption_also_cleans_up(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(saved, b"new")
    assert saved.read_bytes() == ORIGINAL and os.listdir(saved.parent) == ["statement.md"]
