"""Importing a text file: the right characters, whatever wrote it; a clear refusal otherwise."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import IO, Any

import pytest

from drafter.core.errors import UnreadableFileError
from drafter.core.textfile import MAX_TEXT_FILE_BYTES, read_text_file

TEXT = "Statement — “Café” naïve 50 €\nSecond line\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no mark: found from the zero bytes
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("windows-1252"), "windows-1252"),
    ],
)
def test_each_encoding_reads_back_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    decoded = read_text_file(_write(tmp_path, "statement.md", data))
    assert decoded.text == TEXT  # the mark, if any, is gone
    assert decoded.encoding == encoding


def test_windows_and_old_mac_line_endings_become_newlines(tmp_path: Path) -> None:
    path = _write(tmp_path, "s.txt", b"one\r\ntwo\rthree\n")
    assert read_text_file(path).text == "one\ntwo\nthree\n"


def test_an_empty_file_is_an_empty_statement(tmp_path: Path) -> None:
    decoded = read_text_file(_write(tmp_path, "empty.md", b""))
    assert decoded.text == "" and decoded.encoding == "utf-8"


def test_a_dos_end_of_file_mark_does_not_make_it_binary(tmp_path: Path) -> None:
    assert read_text_file(_write(tmp_path, "old.txt", b"Short note.\x1a")).text == "Short note.\x1a"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
        ("noise.md", bytes(range(1, 32)) * 20 + b"some text"),
    ],
)
def test_a_binary_file_is_refused_with_what_to_do(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_text_file(_write(tmp_path, name, data))
    assert str(caught.value) == (
        f"{name} does not look like a text file (it contains binary data). Import a .md or .txt file."
    )


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"word " * 300)
    with pytest.raises(UnreadableFileError, match=r"^big\.txt is too large .*over 1\.17 KB"):
        read_text_file(path, max_bytes=1200)
    assert read_text_file(path, max_bytes=1500).text.startswith("word word")


def test_a_huge_sparse_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.log"
    with path.open("wb") as stream:
        stream.truncate(MAX_TEXT_FILE_BYTES * 20)
    with pytest.raises(UnreadableFileError, match=r"^huge\.log is too large .*over 5 MB"):
        read_text_file(path)


def test_no_more_than_the_limit_is_read_when_the_size_is_not_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "growing.txt", b"x" * 5000)
    reads: list[int] = []
    real_open = Path.open

    def spying_open(self: Path, *args: Any, **kwargs: Any) -> IO[Any]:
        stream = real_open(self, *args, **kwargs)
        real_read = stream.read

        def read(size: int = -1) -> bytes:
            reads.append(size)
            return real_read(size)  # type: ignore[no-any-return]

        stream.read = read  # type: ignore[method-assign]
        return stream

    class LyingStat:  # as /proc files and some network shares report
        st_mode = path.stat().st_mode
        st_size = 0

    monkeypatch.setattr(Path, "open", spying_open)
    monkeypatch.setattr(Path, "stat", lambda self, **kwargs: LyingStat())
    with pytest.raises(UnreadableFileError, match="too large"):
        read_text_file(path, max_bytes=100)
    assert reads == [101]


def test_a_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.md"
    with pytest.raises(UnreadableFileError, match=r"nowhere\.md was not found\. Check"):
        read_text_file(missing)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    with pytest.raises(UnreadableFileError, match=r"^drafts is a folder\. Choose a \.md or \.txt"):
        read_text_file(tmp_path / "drafts")


def test_a_file_we_may_not_read_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "secret.md", b"text")

    def denied(self: Path, *args: Any, **kwargs: Any) -> IO[Any]:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)  # tests run as root: chmod would not stop us
    with pytest.raises(UnreadableFileError, match=r"^Drafter is not allowed to read secret\.md\."):
        read_text_file(path)
