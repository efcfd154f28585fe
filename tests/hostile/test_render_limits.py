"""The renderer's defences against hostile input leave real statements alone, and stay safe."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from drafter.core import render
from drafter.core.render import render_html
from drafter.core.source_map import source_lines
from tests.core.helpers import long_statement
from tests.hostile.inputs import active_parts

ROOT = Path(__file__).resolve().parents[2]
REAL = {
    "a 10,000-word statement": long_statement(),
    **{f"template {path.name}": path.read_text(encoding="utf-8")
       for path in sorted((ROOT / "resources" / "templates").glob("*.md"))},
    **{f"document {path.name}": path.read_text(encoding="utf-8")
       for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]},
}


@pytest.mark.parametrize("name", list(REAL))
def test_no_real_text_is_set_aside_or_has_its_angle_brackets_touched(name: str) -> None:
    text = REAL[name]
    assert render._set_aside_heavy_blocks(text) == (text, {})
    assert render._defuse_angles(text) == text


def test_a_paragraph_set_aside_is_escaped_and_the_lines_after_it_keep_their_anchors() -> None:
    heavy = "<b onclick=alert(1)>**x [y " * 2000  # 2,000 unclosed "**" and "[" on one line
    text = f"# Title\n\n{heavy}\nsecond line\n\nAfter *it*.\n\n- a\n- b\n"

    started = time.perf_counter()
    out = render_html(text)

    assert time.perf_counter() - started < 3
    assert active_parts(out) == []
    assert "&lt;b onclick=alert(1)&gt;**x [y " in out  # shown as written
    assert "<br>second line" in out  # its lines kept apart
    assert "<em>it</em>" in out and out.count("<li") == 2  # what follows is formatted
    assert source_lines(out) == [1, 3, 6, 8, 9]


def test_past_the_paragraph_limit_the_rest_is_shown_as_written() -> None:
    text = "\n\n".join(f"Paragraph *{n}*." for n in range(render.MAX_BLOCKS + 10))

    out = render_html(text)

    assert out.count("<em>") == render.MAX_BLOCKS
    assert f"Paragraph *{render.MAX_BLOCKS + 9}*." in out
