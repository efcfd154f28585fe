"""The HTML export: one standalone page, with the organisation's look, that can never run anything."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import struct
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from drafter.core.render import statement_css
from drafter.export.document import DRAFT_MARK, Approval, ExportDocument
from drafter.export.html import CONTENT_SECURITY_POLICY, render

TITLE = "Statement from Mayor Elena Ruiz on the Attack in Riverton"
STATEMENT = """\
# Statement from Mayor Elena Ruiz on the Attack in Riverton

Last night two of our officers were attacked on Harbor Street. We are one community – there is no \
"us" versus "them".

## What happens next

- Chief Bell will brief the town council at 7 p.m.
- The library stays open until 9 p.m.

> “We will not be divided,” said Chief Bell.
"""
HOSTILE = """\
Residents had “no warning” – none.

<script>alert(1)</script>
<img src=x onerror=alert(1)>
<a href="javascript:alert(1)">the town’s page</a>
![](http://evil.example/x.png)
<iframe src="https://evil.example/frame">framed</iframe>
<p onclick="alert(2)" style="color:red">Stay safe.</p>
[click](JaVaScRiPt:alert(3)) <a href="java&#x09;script:alert(4)">tab</a>
<svg onload=alert(5)></svg><object data="https://evil.example/x.swf"></object>
<link rel=stylesheet href="https://evil.example/x.css"><base href="https://evil.example/">
"""


class Page(HTMLParser):
    """Every tag with its attributes, and the text, of an HTML page."""

    def __init__(self, data: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[str] = []
        self.text = ""
        self.feed(data.decode("utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))
        if tag not in ("br", "meta", "img", "hr", "link"):
            self._open.append(tag)
            self.texts.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self.text += data
        for tag in set(self._open):
            self.texts[tag][-1] += data

    def count(self) -> Counter[str]:
        return Counter(tag for tag, _attrs in self.tags)

    def attrs(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


def document(markdown: str = STATEMENT, *, final: bool = True, logo: Path | None = None,
             **changes: str) -> ExportDocument:
    approval = None
    if final:
        digest = hashlib.sha256(markdown.encode("utf-8")).hexdigest()
        approval = Approval("Elena Ruiz", dt.datetime(2025, 6, 10, 15, 30).astimezone(), 2, digest)
    fields = {"title": TITLE, "organisation": "Town of East Harbor",
              "address": "1 Harbor Square, East Harbor", "signature": "Elena Ruiz\nMayor", **changes}
    return ExportDocument(markdown=markdown, date=dt.date(2025, 6, 10), approval=approval, logo=logo,
                          **fields)


def test_a_final_page_has_the_letterhead_title_body_signature_and_approval() -> None:
    data = render(document())
    page = Page(data)
    assert data.startswith(b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    counts = page.count()
    assert {tag: counts[tag] for tag in ("html", "head", "title", "body", "header", "main", "footer",
                                         "h1", "h2", "ul", "li", "blockquote", "p", "style")} == {
        "html": 1, "head": 1, "title": 1, "body": 1, "header": 1, "main": 1, "footer": 1,
        "h1": 1, "h2": 1, "ul": 1, "li": 2, "blockquote": 1, "p": 7, "style": 2,
    }  # the statement's own first heading is the title: shown once
    assert page.texts["title"] == [TITLE]
    assert page.texts["h1"] == [TITLE]
    assert page.texts["h2"] == ["What happens next"]
    assert page.texts["header"] == ["\nTown of East Harbor\n1 Harbor Square, East Harbor\n"]
    assert page.texts["time"] == ["June 10, 2025"]
    assert page.attrs("time") == [{"datetime": "2025-06-10"}]
    assert "Elena Ruiz\nMayor" in page.text
    assert page.texts["footer"] == ["\nApproved by Elena Ruiz on June 10, 2025 · revision 2 · SHA-256 "
                                    f"{hashlib.sha256(STATEMENT.encode()).hexdigest()[:8]}\n"]
    # The prose keeps its typography: curly quotes (typed and made from straight ones) and the en-dash.
    assert "We are one community – there is no “us” versus “them”." in page.text
    assert "“We will not be divided,” said Chief Bell." in page.texts["blockquote"][0]
    assert DRAFT_MARK not in page.text
    assert {"name": "robots", "content": "noindex"} not in page.attrs("meta")


def test_the_page_carries_the_organisations_style_sheet_and_a_policy_against_scripts() -> None:
    data = render(document()).decode("utf-8")
    assert f"<style>\n{statement_css()}</style>" in data
    metas = Page(data.encode()).attrs("meta")
    assert {"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY} in metas
    assert CONTENT_SECURITY_POLICY == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    # The policy comes before anything it governs.
    assert data.index("Content-Security-Policy") < data.index("<style>") < data.index("<body>")


def test_a_draft_has_a_banner_first_a_mark_in_the_footer_and_asks_not_to_be_indexed() -> None:
    page = Page(render(document(final=False)))
    body_tags = [tag for tag, _attrs in page.tags]
    first_in_body = page.tags[body_tags.index("body") + 1]
    assert first_in_body == ("div", {"class": "draft-banner", "role": "note"})
    assert page.texts["div"][0] == DRAFT_MARK
    assert page.texts["title"] == [f"{DRAFT_MARK}: {TITLE}"]
    assert page.texts["footer"] == [f"\n{DRAFT_MARK}\n"]
    assert {"name": "robots", "content": "noindex"} in page.attrs("meta")
    assert "Approved by" not in page.text


def test_hostile_html_in_a_statement_exports_clean() -> None:
    data = render(document(HOSTILE))
    page = Page(data)
    counts = page.count()
    for tag in ("script", "iframe", "img", "svg", "object", "embed", "link", "base", "form"):
        assert counts[tag] == 0, tag
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "style", "srcset", "background"), (tag, name)
            squeezed = "".join(value.split()).lower()
            assert "javascript:" not in squeezed and "http://" not in squeezed, (tag, name, value)
    lowered = data.lower()
    assert b"alert" not in lowered
    assert b"evil.example" not in lowered
    # The words around and inside the harmless tags stay.
    assert "Residents had “no warning” – none." in page.text
    for words in ("the town’s page", "Stay safe.", "click", "tab", "[image]"):
        assert words in page.text
    assert "framed" not in page.text


def test_the_letterhead_title_and_signature_are_text_never_markup() -> None:
    hostile = "<script>alert(1)</script> & <b>Co</b>"
    page = Page(render(document("We grieve.\n", title=f"Mayor’s statement {hostile}",
                                organisation=f"Town {hostile}", address="1 Square <i>", signature=hostile)))
    assert page.count()["script"] == 0 and page.count()["b"] == 0 and page.count()["i"] == 0
    assert page.texts["title"] == [f"Mayor’s statement {hostile}"]
    assert page.texts["h1"] == [f"Mayor’s statement {hostile}"]
    assert f"Town {hostile}\n1 Square <i>" in page.text
    assert page.texts["p"][-2] == hostile  # the signature, before the footer's line


def png_bytes() -> bytes:
    """A real 1×1 PNG."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(
            ">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x1a\x4f\x8b"))
            + chunk(b"IEND", b""))


def test_a_png_or_jpeg_logo_is_embedded_in_the_page_itself(tmp_path: Path) -> None:
    png = tmp_path / "logo.png"
    png.write_bytes(png_bytes())
    images = Page(render(document(logo=png))).attrs("img")
    embedded = "data:image/png;base64," + base64.b64encode(png_bytes()).decode("ascii")
    assert images == [{"class": "logo", "src": embedded, "alt": ""}]
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20 + b"\xff\xd9")
    (image,) = Page(render(document(logo=jpeg))).attrs("img")
    assert image["src"].startswith("data:image/jpeg;base64,/9j/")


def test_an_svg_or_unknown_logo_is_left_out_whatever_its_name(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
                   "<script>alert(2)</script></svg>")
    disguised = tmp_path / "logo.png"
    disguised.write_bytes(svg.read_bytes())
    for logo in (svg, disguised, tmp_path / "missing.png"):
        data = render(document(logo=logo))
        assert Page(data).attrs("img") == []
        assert b"alert" not in data and b"svg" not in data.lower()
        assert "Town of East Harbor" in Page(data).texts["header"][0]


def test_a_heading_that_differs_from_the_title_stays_in_the_body() -> None:
    page = Page(render(document("# Road closures tonight\n\nHarbor Street is closed.\n")))
    assert page.texts["h1"] == [TITLE, "Road closures tonight"]
    # The same words with other quotes and emphasis are the same heading: shown once.
    page = Page(render(document("# Mayor's statement on *Riverton*\n\nWe grieve.\n",
                                title="Mayor’s statement on Riverton")))
    assert page.texts["h1"] == ["Mayor’s statement on Riverton"]


def test_the_page_keeps_the_statements_language() -> None:
    data = render(document("Declaración del alcalde.\n", language="es"))
    assert b'<html lang="es">' in data
