"""Length-prefixed JSON frames over a byte stream (the render worker's pipe).

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8
JSON. The JSON is written with ``ensure_ascii`` so that any Python string,
even one holding a lone surrogate (which a Qt text can), survives the trip.
"""

from __future__ import annotations

import json
import struct

_HEADER = struct.Struct(">I")
# A statement is a few hundred kilobytes at most; a larger length means the
# stream is corrupt (or is not ours), and waiting for it would hang.
MAX_FRAME_BYTES = 64 * 1024 * 1024


class FrameError(ValueError):
    """A frame that cannot be decoded, or a stream that is not made of frames."""


def encode_frame(obj: object) -> bytes:
    """One frame holding ``obj`` as JSON."""
    payload = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    if len(payload) > MAX_FRAME_BYTES:
        raise FrameError(f"A frame of {len(payload)} bytes is over the {MAX_FRAME_BYTES} limit.")
    return _HEADER.pack(len(payload)) + payload


class FrameDecoder:
    """Turns chunks of a byte stream back into the objects that were framed.

    Chunks may split frames anywhere or hold several frames; ``feed`` returns
    each object as soon as its last byte has arrived. A frame whose JSON does
    not decode is returned, in its place, as a ``FrameError`` instance, so
    one bad frame neither stops the stream nor hides the frames around it. A
    length over ``max_frame_bytes`` raises ``FrameError``: the stream cannot
    be trusted after that.
    """

    def __init__(self, max_frame_bytes: int = MAX_FRAME_BYTES) -> None:
        self._buffer = bytearray()
        self._max = max_frame_bytes

    @property
    def pending_bytes(self) -> int:
        """Bytes received that do not yet make a whole frame."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[object]:
        buffer = self._buffer
        buffer += data
        frames: list[object] = []
        offset = 0
        while len(buffer) - offset >= _HEADER.size:
            (length,) = _HEADER.unpack_from(buffer, offset)
            if length > self._max:
                del buffer[:offset]
                raise FrameError(f"A frame claims {length} bytes; the stream is corrupt.")
            end = offset + _HEADER.size + length
            if end > len(buffer):
                break
            try:
                frames.append(json.loads(bytes(buffer[offset + _HEADER.size : end])))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                frames.append(FrameError(f"A frame is not valid JSON: {error}"))
            offset = end
        del buffer[:offset]
        return frames
