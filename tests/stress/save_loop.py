"""What tests/stress/torn_writes.py kills: a program that saves a user's files again and again.

It saves through Drafter's real code and prints ``ready`` once it is about
to start, then a line after each completed save. It imports as little as it
can, since a new one is started for every kill.

    python save_loop.py bytes FILE SIZE
        write_bytes_atomic(FILE, …) forever, the two ``versions(SIZE)`` in turn.
    python save_loop.py prepare DB FOLDER
        a workspace with the two statements ``STATEMENTS``, and one draft export
        of the first to FOLDER (files ``statement.*``); prints the two ids.
    python save_loop.py export DB FOLDER ID1 ID2
        export_statement(…, draft=True) of ID1 and ID2 in turn, forever, in
        ``EXPORT_FORMATS`` to FOLDER (after one export of ID2 before ``ready``).
        Before each file is written it prints ``writing NAME SHA256``, so that
        whoever kills it knows every version that may stand there.
"""

from __future__ import annotations

import os
import sys

EXPORT_FORMATS = ["md", "txt", "html", "docx", "pdf"]
EXPORT_PATTERN = "statement"
_PARAGRAPH = "We stand with our officers and their families, and with every resident of Riverton. "
STATEMENTS = (
    ("Statement on Riverton", "# Statement on Riverton\n\n" + (_PARAGRAPH * 8 + "\n\n") * 40),
    ("Statement on Riverton (revised)",
     "# Statement on Riverton, revised\n\n" + ("Revised: " + _PARAGRAPH * 9 + "\n\n") * 45),
)


def versions(size: int) -> tuple[bytes, bytes]:
    """The old and the new version of a saved file: different bytes and different lengths."""
    old_line = b"The old version of the statement: every byte of it must survive.\n"
    new_line = b"The NEW version, longer, which replaces the old one whole or not at all.\n"
    old = (old_line * (size // len(old_line) + 1))[:size]
    new = (new_line * ((size + 4099) // len(new_line) + 1))[: size + 4099]
    return old, new


def _save_bytes(path: str, size: int) -> None:
    from drafter.core.atomic_write import write_bytes_atomic

    old, new = versions(size)
    print("ready", flush=True)
    while True:
        write_bytes_atomic(path, new)
        print("saved", flush=True)
        write_bytes_atomic(path, old)
        print("saved", flush=True)


def _prepare(db: str, folder: str) -> None:
    from drafter.export.release import export_statement
    from drafter.services import open_services

    services = open_services(db, "press.office")
    try:
        ids = [services.statements.create(title=title, text=text, actor="press.office").id
               for title, text in STATEMENTS]
        export_statement(services, ids[0], EXPORT_FORMATS, folder, draft=True, pattern=EXPORT_PATTERN)
    finally:
        services.close()
    print(*ids, flush=True)


def _export(db: str, folder: str, ids: list[int]) -> None:
    import hashlib

    from drafter.core import atomic_write
    from drafter.export.release import export_statement
    from drafter.services import open_services

    real_write = atomic_write.write_bytes_atomic

    def announced(path: str | os.PathLike[str], data: bytes) -> None:
        print("writing", os.path.basename(path), hashlib.sha256(data).hexdigest(), flush=True)
        real_write(path, data)

    atomic_write.write_bytes_atomic = announced  # the real save, told about first
    services = open_services(db, "press.office")
    # One export before the kills start: the renderers load then, not during the first killed one.
    export_statement(services, ids[-1], EXPORT_FORMATS, folder, draft=True, pattern=EXPORT_PATTERN)
    print("ready", flush=True)
    while True:
        for statement_id in ids:
            export_statement(services, statement_id, EXPORT_FORMATS, folder, draft=True,
                             pattern=EXPORT_PATTERN)
            print("saved", flush=True)


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "bytes":
        _save_bytes(rest[0], int(rest[1]))
    elif mode == "prepare":
        _prepare(rest[0], rest[1])
    elif mode == "export":
        _export(rest[0], rest[1], [int(value) for value in rest[2:]])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
