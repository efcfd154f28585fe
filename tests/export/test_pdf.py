"""The PDF export read back with pypdf: letterhead, exact text, page numbers, approval or draft, safety.

pypdf puts tabs, line breaks and the odd space where Qt starts a new run of
glyphs, so text is compared with its white space collapsed, or removed.
Qt (and so this module) needs a QGuiApplication: the ``qapp`` fixture makes
the test run's one QApplication first, so widget tests can still run after.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from drafter.export.document import DRAFT_MARK, Approval, ExportDocument
from drafter.export.pdf import CREATOR, render

pytestmark = pytest.mark.usefixtures("qapp")

TITLE = "Mayor’s Statement on the Attack on Officers"
ORGANISATION = "Town of East Harbor"
ADDRESS = "371 Harbor Street · East Harbor, ME 04001 · (207) 555-0100"
SHA = "3f9a1c2e" + "7b" * 28
# Midday in this machine's own zone, so the approval's day is June 10 wherever the tests run.
APPROVED_AT = dt.datetime(2025, 6, 10, 12, 0).astimezone()
APPROVED_LINE = f"Approved by Elena Ruiz on June 10, 2025 · revision 2 · SHA-256 {SHA[:8]}"

MAYOR = """## A night our town will not forget

*For immediate release – Tuesday, June 10, 2025*

Last night two officers of the East Harbor Police Department were attacked on Harbor Street.
Both are in the hospital tonight, and I spoke with their families this morning.

We are one community – there is no “us” versus “them” when a neighbor is hurt.

## What happens next

Chief Marcus Bell and the EHPD will hold a community meeting on **Thursday at 7 p.m.**:

- counselling at the public library;
- a vigil at the Peña Community Center;
- a tip line for anyone who saw what happened.

> “Our officers serve this town because they believe in it. ‘Stand together,’ one of them told me.”
> — Chief Marcus Bell

Thank you, José Núñez, and everyone who helped the officers before the ambulance came.
"""

# Exactly as the PDF must show them (Markdown marks gone, curly quotes and dashes kept).
MAYOR_SENTENCES = [
    "A night our town will not forget",
    "For immediate release – Tuesday, June 10, 2025",
    "Last night two officers of the East Harbor Police Department were attacked on Harbor Street.",
    "We are one community – there is no “us” versus “them” when a neighbor is hurt.",
    "Chief Marcus Bell and the EHPD will hold a community meeting on Thursday at 7 p.m.:",
    "a vigil at the Peña Community Center;",
    "“Our officers serve this town because they believe in it. ‘Stand together,’ one of them told me.”",
    "Thank you, José Núñez, and everyone who helped the officers before the ambulance came.",
]

PARAGRAPH = (
    "The officers of the East Harbor Police Department answer our calls at every hour of the night, "
    "on behalf of every resident, whoever they are and wherever they come from. When they are "
    "targeted, the rule of law that protects each of us is targeted too, and we answer together."
)


def _approval() -> Approval:
    return Approval("Elena Ruiz", APPROVED_AT, 2, SHA)


def _document(markdown: str = MAYOR, *, draft: bool = False, **fields: Any) -> ExportDocument:
    values: dict[str, Any] = {
        "title": TITLE, "markdown": markdown, "date": dt.date(2025, 6, 10),
        "organisation": ORGANISATION, "address": ADDRESS, "signature": "Elena Ruiz\nMayor",
        "approval": None if draft else _approval(),
    }  # fmt: skip
    values.update(fields)
    return ExportDocument(**values)


def _pages(data: bytes) -> list[str]:
    """Each page's text, white space collapsed to single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _long_statement(sections: int) -> tuple[str, list[str]]:
    """A statement with numbered sections of numbered paragraphs, and its text in reading order."""
    parts: list[str] = []
    shown: list[str] = []
    for section in range(1, sections + 1):
        heading = f"Section {section}: what we are doing"
        parts.append(f"## {heading}")
        shown.append(heading)
        for paragraph in range(1, 4):
            text = f"Paragraph {section}.{paragraph}. {PARAGRAPH}"
            parts.append(text)
            shown.append(text)
    return "\n\n".join(parts) + "\n", shown


# -- the first page and the footer -------------------------------------------------------


def test_page_one_has_the_letterhead_the_date_the_title_and_the_statement() -> None:
    pages = _pages(render(_document()))
    first = pages[0]
    assert first.startswith(
        f"{ORGANISATION} {ADDRESS} June 10, 2025 {TITLE} A night our town will not forget"
    )
    for sentence in MAYOR_SENTENCES:  # pypdf may put a space where bold ends: "7 p.m. :"
        assert _squeezed(sentence) in _squeezed(first)
    assert "Elena Ruiz Mayor" in pages[-1]


def test_markdown_marks_do_not_show() -> None:
    text = " ".join(_pages(render(_document())))
    for mark in ("##", "**", "> ", "- counselling"):
        assert mark not in text


def test_every_page_of_a_final_export_carries_the_approval_line_and_its_number() -> None:
    markdown, _ = _long_statement(12)
    pages = _pages(render(_document(markdown)))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {number} of {len(pages)} {APPROVED_LINE}")
        assert DRAFT_MARK not in text
    assert _approval().line() == APPROVED_LINE


def test_a_draft_is_marked_on_every_page_and_carries_no_approval() -> None:
    markdown, _ = _long_statement(8)
    data = render(_document(markdown, draft=True))
    pages = _pages(data)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {number} of {len(pages)} {DRAFT_MARK}")
        assert "Approved by" not in text
    # The watermark: the mark a second time on each page, drawn on the slant.
    for page in PdfReader(io.BytesIO(data)).pages:
        slanted: list[str] = []

        def keep_slanted(
            text: str, cm: list[float], tm: list[float], *_: Any, into: list[str] = slanted
        ) -> None:
            if abs(cm[1]) > 1e-6 and abs(cm[2]) > 1e-6 and text.strip():
                into.append(text)

        page.extract_text(visitor_text=keep_slanted)
        assert " ".join("".join(slanted).split()) == DRAFT_MARK


def test_a_final_export_has_no_watermark() -> None:
    page = PdfReader(io.BytesIO(render(_document()))).pages[0]
    slanted: list[str] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, *_: slanted.append(text) if abs(cm[1]) > 1e-6 else None
    )
    assert "".join(slanted).strip() == ""


def test_the_pdf_names_its_title_and_creator() -> None:
    reader = PdfReader(io.BytesIO(render(_document())))
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.creator == CREATOR == "Drafter"
    assert reader.pages[0].mediabox.width == 612 and reader.pages[0].mediabox.height == 792  # US Letter


def test_without_letterhead_or_signature_the_page_opens_with_the_date() -> None:
    pages = _pages(render(_document("One short paragraph.", organisation="", address="", signature="")))
    assert pages == [f"June 10, 2025 {TITLE} One short paragraph. Page 1 of 1 {APPROVED_LINE}"]


def test_letterhead_title_and_signature_are_text_not_markup() -> None:
    document = _document(
        "Body.",
        title="<b>Bold</b> & <i>title</i>",
        organisation="<script>x()</script> Town",
        signature="<u>Elena</u>\nMayor & Chief",
    )
    text = " ".join(_pages(render(document)))
    assert "<b>Bold</b> & <i>title</i>" in text
    assert "<script>x()</script> Town" in text
    assert "<u>Elena</u> Mayor & Chief" in text


def test_without_a_window_or_a_display_export_makes_its_own_offscreen_application() -> None:
    code = (
        "import datetime as dt, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from drafter.export.document import ExportDocument\n"
        "from drafter.export.pdf import render\n"
        "data = render(ExportDocument(title='T', markdown='Body.', date=dt.date(2025, 6, 10)))\n"
        "sys.stdout.buffer.write(QCoreApplication.instance().platformName().encode() + b' ' + data[:5])\n"
    )
    hidden = {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    env = {name: value for name, value in os.environ.items() if name not in hidden}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True, timeout=60)
    assert done.stdout == b"offscreen %PDF-"


# -- long statements ----------------------------------------------------------------------


def test_a_long_statement_numbers_all_pages_and_shows_every_word_once_in_order() -> None:
    markdown, shown = _long_statement(30)
    pages = _pages(render(_document(markdown, signature="")))
    assert len(pages) >= 8
    footers = [f"Page {n} of {len(pages)} {APPROVED_LINE}" for n in range(1, len(pages) + 1)]
    body = ""
    for text, footer in zip(pages, footers, strict=True):
        assert text.endswith(footer)
        body += text.removesuffix(footer)
    # Nothing lost, nothing twice (Qt repeats a line above a paragraph carried to a new page).
    expected = f"{ORGANISATION} {ADDRESS} June 10, 2025 {TITLE} " + " ".join(shown)
    assert _squeezed(body) == _squeezed(expected)


def test_a_paragraph_longer_than_a_page_is_shown_once() -> None:
    paragraph = " ".join([PARAGRAPH] * 40)  # about two and a half pages
    pages = _pages(render(_document(f"Opening line.\n\n{paragraph}\n\nClosing line.", signature="")))
    assert len(pages) >= 3
    body = "".join(text.removesuffix(f"Page {n} of {len(pages)} {APPROVED_LINE}")
                   for n, text in enumerate(pages, start=1))  # fmt: skip
    expected = f"{ORGANISATION} {ADDRESS} June 10, 2025 {TITLE} Opening line. {paragraph} Closing line."
    assert _squeezed(body) == _squeezed(expected)


def test_no_page_ends_with_a_heading() -> None:
    markdown, _ = _long_statement(30)
    pages = _pages(render(_document(markdown, signature="")))
    for text in pages[:-1]:
        markers = re.findall(r"(Section \d+: what we are doing|Paragraph \d+\.\d+\.)", text)
        assert markers, text
        assert markers[-1].startswith("Paragraph"), f"a page ends with {markers[-1]!r}"


def test_the_signature_block_is_not_split_across_pages() -> None:
    signature = "Elena Ruiz\nMayor\nTown of East Harbor\n371 Harbor Street"
    for paragraphs in range(20, 30):
        markdown = "\n\n".join(f"Paragraph {n}. {PARAGRAPH}" for n in range(paragraphs))
        pages = _pages(render(_document(markdown, signature=signature)))
        whole = "Elena Ruiz Mayor Town of East Harbor 371 Harbor Street"
        assert whole in pages[-1], (paragraphs, pages[-1][-300:])


# -- safety ---------------------------------------------------------------------------------

HOSTILE = """## Statement

Before the script.<script>alert(1)</script> After the script.

<img src=x onerror=alert(1)> An image that must not load.

Read [x](javascript:alert(1)) and [this](JaVaScRiPt:alert(1)) carefully.

<a href="javascript:alert(1)" onclick="alert(1)">click</a> <iframe src="javascript:alert(1)"></iframe>

<p onmouseover="alert(1)" style="background:url(javascript:alert(1))">Hover text.</p>
"""


def _pdf_names(data: bytes) -> Iterator[str]:
    """Every name used as a key or a value in any object of the PDF."""
    reader = PdfReader(io.BytesIO(data))
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            stack.append(item.get_object())
        elif isinstance(item, DictionaryObject):
            for name, value in item.items():
                yield str(name)
                stack.append(value)
        elif isinstance(item, ArrayObject):
            stack.extend(item)
        elif isinstance(item, NameObject):
            yield str(item)


def test_hostile_html_exports_clean() -> None:
    data = render(_document(HOSTILE))
    text = " ".join(_pages(data))
    assert "alert" not in text
    for sentence in ("Before the script. After the script.", "An image that must not load.",
                     "Read x and this carefully.", "Hover text."):  # fmt: skip
        assert sentence in text
    names = set(_pdf_names(data))
    assert {"/Page", "/Font"} <= names  # the walk did reach the pages
    assert not names & {"/JS", "/JavaScript", "/OpenAction", "/AA", "/Launch", "/URI"}
    assert b"javascript" not in data.lower()


def test_safe_links_stay_links() -> None:
    data = render(_document("See [the town's page](https://eastharbor.example.gov/meeting)."))
    assert "/URI" in set(_pdf_names(data))
    assert b"https://eastharbor.example.gov/meeting" in data


# -- the logo ------------------------------------------------------------------------------


def _images(data: bytes, page: int = 0) -> list[DictionaryObject]:
    """The image XObjects a page draws."""
    resources = PdfReader(io.BytesIO(data)).pages[page]["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    if "/XObject" not in resources:
        return []
    objects = resources["/XObject"].get_object()
    assert isinstance(objects, DictionaryObject)
    found = [ref.get_object() for ref in objects.values()]
    return [item for item in found if isinstance(item, DictionaryObject) and item.get("/Subtype") == "/Image"]


def _logo_file(path: Path, width: int = 240, height: int = 120) -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a4f8b"))
    assert image.save(str(path))
    return path


def test_the_logo_is_drawn_on_page_one(tmp_path: Path) -> None:
    logo = _logo_file(tmp_path / "logo.png")
    data = render(_document(logo=logo))
    assert len(_images(data)) == 1
    assert _pages(data)[0].startswith(f"{ORGANISATION} {ADDRESS}")
    assert _images(render(_document())) == []


def test_a_huge_logo_is_scaled_down_before_it_goes_in(tmp_path: Path) -> None:
    logo = _logo_file(tmp_path / "huge.png", 4000, 2000)
    (image,) = _images(render(_document(logo=logo)))
    size: tuple[Any, Any] = (image["/Width"], image["/Height"])
    assert size == (1200, 600)


def test_a_missing_or_broken_logo_is_left_out(tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    for logo in (broken, tmp_path / "missing.png", tmp_path):
        data = render(_document(logo=logo))
        assert _images(data) == []
        assert _pages(data)[0].startswith(f"{ORGANISATION} {ADDRESS} June 10, 2025")


def test_images_the_statement_names_are_never_loaded(tmp_path: Path) -> None:
    picture = _logo_file(tmp_path / "picture.png")
    markdown = f'![the harbor]({picture.as_uri()})\n\n<img src="{picture}">\n\n![local]({picture})\n'
    data = render(_document(markdown))
    assert _images(data) == []
    assert "[the harbor]" in _pages(data)[0]
