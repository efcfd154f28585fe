"""Scroll sync: each block of the preview knows the source line it starts on."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest

from drafter.core.render import render_html
from drafter.core.source_map import (
    SourceMapExtension,
    anchor_name,
    line_of_anchor,
    source_lines,
)

from .helpers import Inspector, long_statement

STATEMENT = """\
# Statement on the storm
Issued by the town council.

The storm reached us at
nine in the evening.

- Roads are closed
- Schools open late
- Call 311 for help

1. First, stay home
2. Then, check on neighbours

> "We will get through this,"
> said the mayor.

```text
Shelter list

Town hall, Main Street
```
Shelters open at noon.

| Shelter | Beds |
|---|---:|
| Town hall | 40 |
| Library | 25 |

Please note
## Updates
Check our website.

***

Thank you.
"""

EXPECTED = [
    ("h1", 1), ("p", 2), ("p", 4),
    ("li", 7), ("li", 8), ("li", 9),
    ("li", 11), ("li", 12),
    ("blockquote", 14),
    ("div", 17),  # fenced code reaches the page through a wrapper
    ("p", 22),
    ("th", 24), ("td", 26), ("td", 27),  # one anchor per table row
    ("p", 29), ("h2", 30), ("p", 31),
    ("hr", 33),
    ("p", 35),
]  # fmt: skip


def test_every_block_points_to_the_line_it_starts_on() -> None:
    assert Inspector(render_html(STATEMENT)).anchored() == EXPECTED


def test_each_anchor_is_on_a_line_that_holds_its_text() -> None:
    lines = STATEMENT.split("\n")
    out = Inspector(render_html(STATEMENT))
    assert "Shelters open at noon." in out.text
    for _tag, line in out.anchored():
        assert lines[line - 1].strip(), line


def test_blank_lines_inside_fenced_code_are_kept_exactly() -> None:
    out = render_html("Intro.\n\n```\nfirst\n\n\nsecond\n    indented\n```\n")
    assert "first\n\n\nsecond\n    indented\n</code></pre>" in out
    assert "srcline" not in out and "\x02" not in out


def test_lines_stay_right_after_runs_of_blank_lines() -> None:
    out = render_html("\n\nFirst.\n\n\n\n\nSecond.\n\n\n    code\n\n\n\n    more code\nEnd.")
    assert Inspector(out).anchored() == [("p", 3), ("p", 8), ("pre", 11), ("p", 16)]
    assert "code\n\n\n\nmore code" in out  # the blank lines inside the code stay


def test_loose_lists_and_their_paragraphs() -> None:
    out = render_html("- one\n\n- two\n\n    more about two\n\n- three\n\nAfter.")
    assert Inspector(out).anchored() == [("li", 1), ("li", 3), ("li", 7), ("p", 9)]


def test_raw_html_blocks_get_their_own_lines() -> None:
    source = "Intro.\n\n<div>\none\n\ntwo\n</div>\nRight after.\n\n<p>x</p>\n<p>y</p>\nText.\n"
    anchored = Inspector(render_html(source)).anchored()
    assert anchored == [("p", 1), ("div", 3), ("p", 8), ("div", 10), ("div", 11), ("p", 12)]


def test_a_heading_or_rule_in_mid_paragraph_gets_its_own_line() -> None:
    out = render_html("Line one\nline two\n## Heading\nline four\n---\n> quoted\n")
    # A "---" under text is a setext heading in Markdown, so the paragraph
    # "line four" becomes the h2 that ends on line 5.
    assert Inspector(out).anchored() == [("p", 1), ("h2", 3), ("h2", 4), ("blockquote", 6)]


def test_definition_lists_and_footnotes() -> None:
    out = render_html("Term\n: Definition\n\nText[^1] here.\n\n[^1]: The note.\n\n    More note.\n\nEnd.")
    anchored = Inspector(out).anchored()
    assert anchored[0] == ("dl", 1)
    assert ("p", 4) in anchored and ("p", 10) in anchored
    assert "More note." in out


@pytest.mark.parametrize(
    "source",
    [
        STATEMENT,
        long_statement(2000),
        "- a\n    - nested\n        - deeper\n- b\n\n    continued\n\n        code in item",
        "> quote\n> > nested\n\n> again\n\ntext\n\n    code\n\n\n    code 2",
        "Para\n```\ncode\n```\n<div>\n\n<p>html</p>\n\n</div>\ntail\n\n[^1]: note\n\n    more\n",
        "Setext\n===\ntext\n\n* * *\n\n| a |\n|---|\n| b |\n\n3. x\n4. y\n\n*[HTML]: Hyper",
        "Term\n: def one\n\n    def more\n\n[ref]: https://example.org\n[link][ref]",
        "   \nindented first line\n\n\t tabbed\n\n<!-- comment\n\nmore -->\nafter",
    ],
)
def test_anchors_never_change_what_the_statement_looks_like(source: str) -> None:
    extensions = ["extra", "smarty", "sane_lists"]
    source_map = SourceMapExtension()
    with_anchors = markdown.Markdown(extensions=[*extensions, source_map]).convert(source)
    without = markdown.Markdown(extensions=extensions).convert(source)
    assert _events(with_anchors, source_map.token) == _events(without, "-")


def test_anchor_helpers() -> None:
    assert anchor_name(12) == "src-12"
    assert line_of_anchor("src-12") == 12
    assert line_of_anchor("fn:1") is None and line_of_anchor("src-x") is None
    assert source_lines('<p id="src-3">a</p><p id="other">b</p><li id="src-5">c</li>') == [3, 5]


def _events(html: str, token: str) -> list[tuple[str, ...]]:
    """Tags and text, leaving out our anchors and the wrappers that carry them."""

    class Events(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.events: list[tuple[str, ...]] = []
            self.divs: list[bool] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            kept = tuple(f"{k}={v}" for k, v in sorted(attrs) if k != "id")
            ours = any(k == "id" and (v or "").startswith(token) for k, v in attrs)
            if tag == "div":
                self.divs.append(ours)
                if ours:
                    return
            self.events.append(("start", tag, *kept))

        def handle_endtag(self, tag: str) -> None:
            if tag == "div" and self.divs and self.divs.pop():
                return
            self.events.append(("end", tag))

        def handle_data(self, data: str) -> None:
            if data.strip():
                self.events.append(("text", data.strip()))

    events = Events()
    events.feed(html)
    return events.events
