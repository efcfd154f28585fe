"""The preview's HTML: formatted as the author meant, and never dangerous."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time

import markdown
import pytest

from drafter.core import render
from drafter.core.render import render_html, statement_css, statement_document
from drafter.core.source_map import source_lines

from .helpers import Inspector, long_statement

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<iframe src='https://evil.example'></iframe>",
    "<svg onload=alert(1)><circle r=1></circle></svg>",
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<p onclick=alert(1) style='color:red'>hi</p>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">a</a>',
    '<a href="&#106;avascript:alert(1)">a</a>',
    '<a href="&#x6A;&#x61;vascript&colon;alert(1)">a</a>',
    '<a href="java\tscript:alert(1)">a</a>',
    '<a href="  javascript:alert(1)">a</a>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](file:///etc/passwd)",
    "![x](https://tracker.example/pixel.gif)",
    "<object data='x.swf'></object><embed src='x.swf'>",
    "<link rel=stylesheet href='https://evil.example/x.css'><style>p{}</style>",
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>",
    "<base href='https://evil.example/'>",
    "<form action='https://evil.example'><input name=a><button>b</button></form>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<video src=x></video><audio src=x></audio><picture><source srcset=x></picture>",
    "<table background='javascript:alert(1)'><tr><td>c</td></tr></table>",
    "Text\n{: onclick='alert(1)' style='color:red' }",
    "<a href='https://ok.example' target=_blank ping='https://evil.example'>ok</a>",
]
ALLOWED_ATTRIBUTES = {"id", "href", "title", "rel", "align", "start"}


@pytest.mark.parametrize("statement", HOSTILE)
def test_nothing_active_survives_whatever_the_statement_holds(statement: str) -> None:
    out = render_html(f"Before.\n\n{statement}\n\nAfter.")
    lowered = out.lower()
    for danger in ("<script", "<iframe", "<svg", "<img", "<object", "<embed", "<link",
                   "<style", "<meta", "<base", "<form", "<input", "<math", "<video",
                   "javascript", "vbscript", "data:", "file:", "onerror", "onload",
                   "onclick", "style=", "src=", "srcset", "ping=", "alert(1)"):  # fmt: skip
        assert danger not in lowered, (danger, out)
    for tag, attrs in Inspector(out).tags:
        assert set(attrs) <= ALLOWED_ATTRIBUTES, (tag, attrs)
        if "href" in attrs:
            assert re.match(r"(https?:|mailto:|tel:|#)", attrs["href"] or ""), attrs
    assert "Before." in out and "After." in out


def test_the_statement_is_formatted_as_written() -> None:
    out = render_html(
        '# Statement\n\n"We are grateful," said the mayor -- and meant it...\n\n'
        "- **First**, *calm*\n- Second\n\n> A quotation\n\n"
        "| Place | Time |\n|:--|--:|\n| Town hall | 9:00 |\n"
    )
    text = html.unescape(out)
    assert "<h1" in out and ">Statement</h1>" in out
    assert "“We are grateful,” said the mayor – and meant it…" in text  # smart punctuation
    assert "<strong>First</strong>" in out and "<em>calm</em>" in out
    assert "<blockquote" in out and "<table>" in out
    assert 'align="left"' in out and 'align="right"' in out  # column alignment survives


def test_safe_links_are_kept_and_unsafe_ones_lose_their_target() -> None:
    out = render_html(
        "[site](https://example.org) [mail](mailto:press@town.example) "
        "[phone](tel:+15550100) [below](#contact) [local](report.pdf) [root](/etc/passwd)"
    )
    hrefs = [attrs.get("href") for tag, attrs in Inspector(out).tags if tag == "a"]
    assert hrefs == ["https://example.org", "mailto:press@town.example", "tel:+15550100",
                     "#contact", None, None]  # fmt: skip
    assert "local" in out and "root" in out  # the words stay, the link does not


def test_images_show_as_their_description_and_are_never_fetched() -> None:
    out = render_html("![The mayor at the podium](https://example.org/p.jpg) and ![](x.png)")
    assert "[The mayor at the podium]" in out and "[image]" in out
    assert "<img" not in out and "example.org" not in out


def test_ids_written_by_the_author_never_pass_for_anchors() -> None:
    out = render_html('<p id="src-9">raw</p>\n\nText\n{: #src-7 }\n\n# Title {: #src-1 }')
    assert source_lines(out) == [1, 3, 6]
    assert out.count('id="src-') == 3


def test_line_endings_do_not_change_the_result() -> None:
    text = "# Title\n\nOne.\n\n- a\n- b\n"
    assert render_html(text.replace("\n", "\r\n")) == render_html(text)
    assert render_html(text.replace("\n", "\r")) == render_html(text)


def test_thousands_of_nested_quotes_still_render() -> None:
    started = time.perf_counter()
    out = render_html(">" * 5000 + " deep words\n\nAfter the quote.")
    assert "deep words" in out and "After the quote." in out
    assert out.count("<blockquote") <= render.MAX_NESTING
    assert time.perf_counter() - started < 30  # a hang, not a benchmark


def test_thousands_of_nested_list_levels_still_render() -> None:
    deep = "\n".join("    " * level + f"- item {level}" for level in range(3000))
    out = render_html(deep + "\n\nAfter the list.")
    assert "item 2999" in out and "After the list." in out
    assert out.count("<ul") <= render.MAX_NESTING + 1


def test_a_recursion_error_falls_back_to_the_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_deep(self: markdown.Markdown, source: str) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    with monkeypatch.context() as patch:
        patch.setattr(markdown.Markdown, "convert", too_deep)
        out = render_html("# Title\n<script>alert(1)</script>\n\nSecond *paragraph*.")
    assert "<script" not in out
    assert "&lt;script&gt;" in out  # shown as text, not run
    assert "# Title" in out and "Second *paragraph*." in out
    assert source_lines(out) == [1, 4]
    assert "<h1" in render_html("# Title")  # and the next render is normal again


def test_a_long_statement_renders_completely() -> None:
    text = long_statement()
    out = render_html(text)
    assert out.count("<p ") + out.count("<p>") >= text.count("\n\n") // 2
    lines = source_lines(out)
    assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_importing_the_renderer_is_cheap_and_free_of_qt() -> None:
    code = (
        "import sys\n"
        "import drafter.core.render, drafter.core.source_map, drafter.core.render_worker\n"
        "import drafter.core.framing, drafter.core.textfile, drafter.core.atomic_write\n"
        "import drafter.core.text_stats\n"
        "print(sorted(m for m in ('PySide6', 'nh3') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_page_carries_the_style_sheet_and_an_escaped_title() -> None:
    page = statement_document(render_html("Hello."), title="Storm <update> & more")
    assert "<title>Storm &lt;update&gt; &amp; more</title>" in page
    assert statement_css() in page
    assert "<body>" in page and "Hello." in page


# What Qt's rich text engine understands; anything else would look different
# in the preview than in the exported file.
QT_PROPERTIES = {
    "background-color", "border", "border-collapse", "border-color", "border-style",
    "border-width", "color", "font-family", "font-size", "font-style", "font-weight",
    "line-height", "margin-bottom", "margin-left", "margin-right", "margin-top",
    "padding", "page-break-after", "page-break-before", "text-align",
    "text-decoration", "text-indent", "vertical-align", "white-space",
}  # fmt: skip


def test_the_style_sheet_stays_inside_what_qt_understands() -> None:
    css = statement_css()
    assert "<" not in css and ">" not in css  # Qt would take them for tags in a style element
    without_comments = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    properties = set(re.findall(r"([a-z-]+)\s*:", without_comments))
    assert properties and properties <= QT_PROPERTIES, properties - QT_PROPERTIES
    for margin in re.findall(r"(?:margin|padding)[a-z-]*:\s*([^;]+);", without_comments):
        assert all(v == "0" or v.endswith("px") for v in margin.split()), margin


def test_half_an_emoji_does_not_stop_the_rendering() -> None:
    assert "Hello \ufffd world" in render_html("Hello \ud800 world")
