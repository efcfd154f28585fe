"""Frames on the render worker's pipe arrive whole, however the bytes are cut."""

from __future__ import annotations

import json
import struct

import pytest

from drafter.core.framing import FrameDecoder, FrameError, encode_frame

MESSAGES: list[object] = [
    {"id": 1, "markdown": "# Title\n\nText with “curly quotes”, é and 日本語."},
    {"id": 2, "markdown": ""},
    {"id": 3, "html": "<p>x</p>", "render_ms": 1.5},
    [1, 2, 3],
    "a lone surrogate \ud800 from a Qt string",
]


def test_a_frame_is_a_big_endian_length_and_utf8_json() -> None:
    frame = encode_frame({"id": 7, "markdown": "é"})
    (length,) = struct.unpack(">I", frame[:4])
    assert length == len(frame) - 4
    assert json.loads(frame[4:].decode("utf-8")) == {"id": 7, "markdown": "é"}


def test_frames_split_at_every_possible_byte_come_back_whole() -> None:
    stream = b"".join(encode_frame(message) for message in MESSAGES)
    for cut in range(len(stream) + 1):
        decoder = FrameDecoder()
        received = decoder.feed(stream[:cut]) + decoder.feed(stream[cut:])
        assert received == MESSAGES
        assert decoder.pending_bytes == 0


def test_a_stream_fed_one_byte_at_a_time() -> None:
    decoder = FrameDecoder()
    received: list[object] = []
    for byte in b"".join(encode_frame(message) for message in MESSAGES):
        received += decoder.feed(bytes([byte]))
    assert received == MESSAGES


def test_several_frames_in_one_chunk_come_back_in_order() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(b"".join(encode_frame(m) for m in MESSAGES)) == MESSAGES


def test_an_unfinished_frame_waits_for_the_rest() -> None:
    decoder = FrameDecoder()
    frame = encode_frame({"id": 1, "markdown": "x" * 1000})
    assert decoder.feed(frame[:500]) == []
    assert decoder.pending_bytes == 500
    assert decoder.feed(frame[500:]) == [{"id": 1, "markdown": "x" * 1000}]


def test_a_frame_that_is_not_json_is_reported_in_place_and_the_stream_goes_on() -> None:
    bad = struct.pack(">I", 5) + b"{oops"
    received = FrameDecoder().feed(encode_frame(1) + bad + encode_frame(2))
    assert received[0] == 1 and received[2] == 2
    assert isinstance(received[1], FrameError)


def test_an_absurd_length_means_a_corrupt_stream() -> None:
    decoder = FrameDecoder(max_frame_bytes=1000)
    with pytest.raises(FrameError):
        decoder.feed(struct.pack(">I", 1001) + b"x")
