"""The render worker, run as the real separate process the window starts."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from drafter.core import render_worker
from drafter.core.framing import FrameDecoder, encode_frame

from .helpers import long_statement

TIMEOUT = 60
Worker = tuple[subprocess.Popen[bytes], queue.Queue[object]]


def _start() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "drafter.core.render_worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def worker() -> Iterator[Worker]:
    """A running worker and a queue that receives each answer as it arrives."""
    process = _start()
    answers: queue.Queue[object] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        decoder = FrameDecoder()
        while chunk := process.stdout.read1(65536):
            for answer in decoder.feed(chunk):
                answers.put(answer)

    threading.Thread(target=read, daemon=True).start()
    yield process, answers
    if process.poll() is None:
        process.kill()
    process.wait(TIMEOUT)


def _send(process: subprocess.Popen[bytes], data: bytes) -> None:
    assert process.stdin is not None
    process.stdin.write(data)
    process.stdin.flush()


def test_answers_each_request_in_turn_including_a_long_statement(worker: Worker) -> None:
    process, answers = worker
    statement = long_statement(10_000)
    for request_id, text in [(1, "# Hello"), (2, statement), (3, "Thanks <script>x()</script>")]:
        _send(process, encode_frame({"id": request_id, "markdown": text}))
        answer = answers.get(timeout=TIMEOUT)
        assert isinstance(answer, dict) and answer["id"] == request_id
        assert isinstance(answer["render_ms"], float) and answer["render_ms"] >= 0
    assert "<script" not in answer["html"] and "Thanks" in answer["html"]


def test_a_request_split_across_writes_is_answered_once_whole(worker: Worker) -> None:
    process, answers = worker
    frame = encode_frame({"id": 5, "markdown": "Split *request*"})
    _send(process, frame[:3])
    _send(process, frame[3:10])
    _send(process, frame[10:] + encode_frame({"id": 6, "markdown": "Next"}))
    first, second = answers.get(timeout=TIMEOUT), answers.get(timeout=TIMEOUT)
    assert isinstance(first, dict) and first["id"] == 5 and "<em>request</em>" in first["html"]
    assert isinstance(second, dict) and second["id"] == 6


def test_a_bad_request_gets_an_error_and_the_worker_goes_on(worker: Worker) -> None:
    process, answers = worker
    _send(process, encode_frame({"id": 8}) + encode_frame("nonsense"))
    _send(process, encode_frame({"id": 9, "markdown": "Still here"}))
    assert answers.get(timeout=TIMEOUT) == {"id": 8, "error": "The request has no markdown text."}
    nonsense = answers.get(timeout=TIMEOUT)
    assert isinstance(nonsense, dict) and nonsense["id"] is None and "error" in nonsense
    last = answers.get(timeout=TIMEOUT)
    assert isinstance(last, dict) and "Still here" in str(last["html"])


def test_it_exits_cleanly_when_its_input_closes() -> None:
    process = _start()
    requests = b"".join(encode_frame({"id": i, "markdown": f"Line {i}"}) for i in range(1, 6))
    out, err = process.communicate(requests, timeout=TIMEOUT)
    assert process.returncode == 0 and err == b""
    answers = FrameDecoder().feed(out)
    assert [a["id"] for a in answers if isinstance(a, dict)] == [1, 2, 3, 4, 5]


def test_input_that_stops_mid_request_is_reported() -> None:
    process = _start()
    out, err = process.communicate(encode_frame({"id": 1, "markdown": "x"})[:-2], timeout=TIMEOUT)
    assert process.returncode == 1 and b"middle of a request" in err and out == b""


def test_a_render_that_raises_becomes_an_error_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(markdown_text: str) -> str:
        raise ValueError("broken on purpose")

    monkeypatch.setattr(render_worker, "render_html", broken)
    assert render_worker.answer({"id": 4, "markdown": "x"}) == {
        "id": 4,
        "error": "ValueError: broken on purpose",
    }
