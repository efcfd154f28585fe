"""The preview renderer as a separate process: ``python -m drafter.core.render_worker``.

Requests arrive on stdin and answers leave on stdout as frames
(``drafter.core.framing``), one answer per request, in order:

    request  {"id": int, "markdown": str}
    answer   {"id": int, "html": str, "render_ms": float}
    or       {"id": int | None, "error": str}

A request that fails gets an error answer; the worker goes on. It exits
with status 0 when stdin closes, and 1 if the stream is corrupt or ends in
the middle of a frame. Rendering in its own process keeps a long or hostile
statement from ever stalling the window, and lets the window stop a render
by ending the process.
"""

from __future__ import annotations

import os
import sys
import time
from typing import BinaryIO

from drafter.core.framing import FrameDecoder, FrameError, encode_frame
from drafter.core.render import render_html

_CHUNK_BYTES = 64 * 1024


def answer(request: object) -> dict[str, object]:
    """The answer to one decoded request (never raises)."""
    request_id = request.get("id") if isinstance(request, dict) else None
    if isinstance(request, FrameError):
        return {"id": None, "error": str(request)}
    if not isinstance(request, dict) or not isinstance(request_id, int):
        return {"id": None, "error": 'A request must be {"id": int, "markdown": str}.'}
    markdown = request.get("markdown")
    if not isinstance(markdown, str):
        return {"id": request_id, "error": "The request has no markdown text."}
    try:
        started = time.perf_counter()
        html = render_html(markdown)
        elapsed_ms = (time.perf_counter() - started) * 1000
    except Exception as error:  # the worker must outlive any one statement
        return {"id": request_id, "error": f"{type(error).__name__}: {error}"}
    return {"id": request_id, "html": html, "render_ms": round(elapsed_ms, 3)}


def _frame(reply: dict[str, object]) -> bytes:
    """The reply as a frame; an error reply when the HTML is too large for one (never raises)."""
    try:
        return encode_frame(reply)
    except FrameError:
        return encode_frame({"id": reply.get("id"), "error": "The preview of this statement is too large "
                             "to pass on: it is far longer than any statement."})


def serve(source: BinaryIO, sink: BinaryIO) -> int:
    """Answer every request read from ``source``; the exit status."""
    decoder = FrameDecoder()
    read = getattr(source, "read1", source.read)  # whatever has arrived, not a full chunk
    while chunk := read(_CHUNK_BYTES):
        try:
            requests = decoder.feed(chunk)
        except FrameError as error:
            print(f"render worker: {error}", file=sys.stderr)
            return 1
        for request in requests:
            sink.write(_frame(answer(request)))
            sink.flush()
    if decoder.pending_bytes:
        print("render worker: the input ended in the middle of a request.", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    render_html("")  # build Markdown now, so the first real request is quick
    try:
        return serve(sys.stdin.buffer, sys.stdout.buffer)
    except BrokenPipeError:  # the window went away: nobody is listening
        # Point stdout at nothing, or Python's exit-time flush fails again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
