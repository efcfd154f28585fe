"""The Word export read back with python-docx: styles, exact text, letterhead, approval, draft, safety."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Cm, RGBColor

from drafter.export.document import DRAFT_MARK, Approval, ExportDocument
from drafter.export.docx import render

TITLE = "Mayor's Statement on the Attack on Officers"
SHA = "3f9a1c2e" + "7b" * 28
LETTERHEAD = ["Town of East Harbor", "371 Harbor Street, East Harbor, ME 04001"]
APPROVED_LINE = f"Approved by Elena Ruiz on June 10, 2025 · revision 2 · SHA-256 {SHA[:8]}"

MAYOR = """# Mayor's Statement on the Attack on Officers

*For immediate release – Tuesday, June 10, 2025*

Last night two officers were attacked on Harbor Street. We are one community – there is
no "us" versus "them".

## What happens next

Chief Marcus Bell and the EHPD will meet residents at the **Peña Community Center**; see
[the town's page](https://eastharbor.example.gov/meeting) or call `311`.

### For families

> "Our officers serve this town because they believe in it."
> — Chief Marcus Bell

- Counselling at the library;
- A vigil on Thursday:
    - candles provided
    - parking on Elm Street

1. Call 911 in an emergency.
2. Call the tip line otherwise.

Thank you, José Núñez, and everyone who helped.
"""

MAYOR_BODY = [
    ("Normal", "For immediate release – Tuesday, June 10, 2025"),
    ("Normal", "Last night two officers were attacked on Harbor Street. We are one community – there is "
               "no “us” versus “them”."),
    ("Heading 2", "What happens next"),
    ("Normal", "Chief Marcus Bell and the EHPD will meet residents at the Peña Community Center; see "
               "the town’s page or call 311."),
    ("Heading 3", "For families"),
    ("Quote", "“Our officers serve this town because they believe in it.” — Chief Marcus Bell"),
    ("List Bullet", "Counselling at the library;"),
    ("List Bullet", "A vigil on Thursday:"),
    ("List Bullet 2", "candles provided"),
    ("List Bullet 2", "parking on Elm Street"),
    ("List Number", "Call 911 in an emergency."),
    ("List Number", "Call the tip line otherwise."),
    ("Normal", "Thank you, José Núñez, and everyone who helped."),
]  # fmt: skip


def approval() -> Approval:
    return Approval(reviewer="Elena Ruiz", approved_at=dt.datetime(2025, 6, 10, 12, 0, tzinfo=dt.UTC),
                    revision=2, sha256=SHA)


def statement(markdown: str = MAYOR, *, final: bool = True, **changes: Any) -> ExportDocument:
    values: dict[str, Any] = {
        "title": TITLE, "markdown": markdown, "date": dt.date(2025, 6, 10),
        "organisation": "Town of East Harbor", "address": "371 Harbor Street, East Harbor, ME 04001",
        "signature": "Elena Ruiz\nMayor of East Harbor", "approval": approval() if final else None,
    }  # fmt: skip
    values.update(changes)
    return ExportDocument(**values)


def read(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def styled(word: Any) -> list[tuple[str, str]]:
    return [(paragraph.style.name, paragraph.text) for paragraph in word.paragraphs]


def package_xml(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name).decode("utf-8") for name in package.namelist()
                if name.endswith((".xml", ".rels"))}


def png(width: int, height: int) -> bytes:
    """A small grey PNG image, made by hand."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


# --- the body ------------------------------------------------------------------------------------


def test_paragraph_styles_and_text_follow_the_markdown() -> None:
    word = read(render(statement()))

    assert styled(word) == [
        ("Normal", "June 10, 2025"),
        ("Title", "Mayor's Statement on the Attack on Officers"),
        *MAYOR_BODY,
        ("Normal", "Elena Ruiz"),
        ("Normal", "Mayor of East Harbor"),
    ]


def test_a_first_heading_that_repeats_the_title_is_not_written_twice_but_other_h1_are_heading_1() -> None:
    markdown = "# Mayor’s statement on the attack on officers\n\nWe grieve.\n\n# Background\n\nFacts.\n"
    word = read(render(statement(markdown, signature="")))

    assert styled(word)[1:] == [("Title", TITLE), ("Normal", "We grieve."),
                                ("Heading 1", "Background"), ("Normal", "Facts.")]


def test_bold_code_and_a_real_hyperlink() -> None:
    word = read(render(statement()))
    paragraph = next(p for p in word.paragraphs if p.text.startswith("Chief Marcus Bell"))

    assert [run.text for run in paragraph.runs if run.bold] == ["Peña Community Center"]
    assert [run.text for run in paragraph.runs if run.font.name == "Consolas"] == ["311"]
    assert [(link.text, link.url) for link in paragraph.hyperlinks] == [
        ("the town’s page", "https://eastharbor.example.gov/meeting")]
    assert word.paragraphs[2].runs[0].italic is True  # *For immediate release …*
    link_run = paragraph.hyperlinks[0].runs[0]
    assert link_run.style.name == "Hyperlink"


def test_each_numbered_list_counts_from_its_own_start() -> None:
    markdown = "1. Lock your car.\n2. Report damage.\n\nThen:\n\n3. Call the tip line.\n4. Stay safe.\n"
    data = render(statement(markdown, signature=""))
    word = read(data)
    items = [p for p in word.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in items]

    assert [p.text for p in items] == ["Lock your car.", "Report damage.", "Call the tip line.", "Stay safe."]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    numbering = word.part.numbering_part.element
    starts = [numbering.num_having_numId(num_id).xpath("./w:lvlOverride/w:startOverride/@w:val")
              for num_id in (num_ids[0], num_ids[2])]
    assert starts == [["1"], ["3"]]


def test_more_paragraphs_in_a_list_item_continue_it_and_a_quote_in_a_list_stays_a_quote() -> None:
    markdown = ("- Harbor Street is closed.\n\n    Buses take Elm Street.\n\n"
                "- The chief said:\n\n    > “Stay away from the scene.”\n")
    word = read(render(statement(markdown, signature="")))

    assert styled(word)[2:] == [("List Bullet", "Harbor Street is closed."),
                                ("List Continue", "Buses take Elm Street."),
                                ("List Bullet", "The chief said:"), ("Quote", "“Stay away from the scene.”")]


def test_a_table_becomes_a_word_table_with_a_bold_repeated_header_row() -> None:
    markdown = ("Road closures:\n\n| Street | Until |\n| --- | --- |\n"
                "| Harbor Street | 6 p.m. |\n| Elm Street | noon |\n")
    word = read(render(statement(markdown, signature="")))
    (table,) = word.tables

    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Street", "Until"], ["Harbor Street", "6 p.m."], ["Elm Street", "noon"]]
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader") != []
    assert table.style.name == "Table Grid"


def test_line_breaks_code_blocks_and_text_that_xml_cannot_hold() -> None:
    markdown = ("Harbor Street  \nis closed\x01 until noon.\n\n"
                "    curl https://eastharbor.example.gov\n      --fail\n")
    word = read(render(statement(markdown, signature="", title="Road closure\x0c")))

    assert styled(word)[1:] == [("Title", "Road closure"), ("Normal", "Harbor Street\nis closed until noon."),
                                ("Normal", "curl https://eastharbor.example.gov\n  --fail")]
    assert {run.font.name for run in word.paragraphs[-1].runs} == {"Consolas"}


# --- letterhead, footer, properties ----------------------------------------------------------------


def test_letterhead_in_the_first_page_header_then_the_date() -> None:
    word = read(render(statement()))
    section = word.sections[0]
    header = section.first_page_header

    assert section.different_first_page_header_footer
    assert [p.text for p in header.paragraphs] == LETTERHEAD
    assert header.paragraphs[0].runs[0].bold is True
    assert word.paragraphs[0].text == "June 10, 2025"
    assert section.header.is_linked_to_previous  # a final export: nothing on the later pages' header


def test_the_logo_goes_into_the_first_page_header_two_centimetres_high(tmp_path: Path) -> None:
    logo = tmp_path / "seal.png"
    logo.write_bytes(png(120, 60))
    data = render(statement(logo=logo))
    header = read(data).sections[0].first_page_header

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        media = [name for name in package.namelist() if name.startswith("word/media/")]
    assert media == ["word/media/image1.png"]
    assert [rel.reltype for rel in header.part.rels.values()] == [RELATIONSHIP_TYPE.IMAGE]
    (extent,) = header.paragraphs[0]._p.xpath(".//wp:extent")
    assert int(extent.get("cy")) == Cm(2)
    assert int(extent.get("cx")) == Cm(4)
    assert [p.text for p in header.paragraphs[1:]] == LETTERHEAD


def test_a_logo_that_does_not_load_leaves_the_rest_of_the_letterhead(tmp_path: Path) -> None:
    broken = tmp_path / "seal.png"
    broken.write_bytes(b"not an image")
    for logo in (broken, tmp_path / "missing.png"):
        data = render(statement(logo=logo))
        header = read(data).sections[0].first_page_header

        assert [p.text for p in header.paragraphs] == LETTERHEAD
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert not any(name.startswith("word/media/") for name in package.namelist())


def test_every_footer_holds_the_approval_line_and_page_x_of_y() -> None:
    assert approval().line() == APPROVED_LINE
    section = read(render(statement())).sections[0]

    for footer in (section.first_page_footer, section.footer):
        assert [p.text for p in footer.paragraphs] == [APPROVED_LINE, "Page 1 of 1"]
        assert footer.paragraphs[1]._p.xpath(".//w:instrText/text()") == [" PAGE ", " NUMPAGES "]


def test_document_properties_carry_the_approval_and_the_full_hash() -> None:
    properties = read(render(statement())).core_properties

    assert properties.title == TITLE
    assert properties.author == "Town of East Harbor"
    assert properties.subject == APPROVED_LINE
    assert properties.keywords == "statement"
    assert properties.comments == f"Approved revision 2, SHA-256 {SHA}"
    assert properties.created == dt.datetime(2025, 6, 10, 12, 0, tzinfo=dt.UTC)


def test_a_final_export_is_reproducible_byte_for_byte() -> None:
    assert render(statement()) == render(statement())


# --- drafts --------------------------------------------------------------------------------------


def test_a_draft_is_marked_in_the_header_and_footer_of_every_page_and_never_approved() -> None:
    data = render(statement(final=False))
    word = read(data)

    for section in word.sections:
        for header in (section.first_page_header, section.header):
            assert not header.is_linked_to_previous
            mark = header.paragraphs[0]
            assert mark.text == DRAFT_MARK == "DRAFT — NOT APPROVED"
            assert mark.runs[0].bold is True
            assert mark.runs[0].font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
        for footer in (section.first_page_footer, section.footer):
            assert [p.text for p in footer.paragraphs] == [DRAFT_MARK, "Page 1 of 1"]
    assert [p.text for p in word.sections[0].first_page_header.paragraphs] == [DRAFT_MARK, *LETTERHEAD]
    assert word.core_properties.subject == DRAFT_MARK
    assert styled(word)[2:-2] == MAYOR_BODY
    assert [name for name, xml in package_xml(data).items() if "Approved by" in xml or SHA[:8] in xml] == []


# --- safety --------------------------------------------------------------------------------------

HOSTILE = """# Road closure on Harbor Street

<script>alert(1)</script>
<img src="x" onerror="alert(2)">

Residents can read the [detour map](javascript:alert(3)) or the
<a href="JaVaScRiPt:alert(4)" onclick="alert(5)">closure notice</a>.

<p onmouseover="alert(6)">Harbor Street reopens at 6 p.m.</p>

<iframe src="https://evil.example/frame"></iframe>
![tracking pixel](https://evil.example/pixel.png)
[Town Hall](https://eastharbor.example.gov)
"""


def test_hostile_html_leaves_no_script_handler_or_javascript_link_in_the_file() -> None:
    data = render(statement(HOSTILE, signature=""))
    parts = package_xml(data)
    word = read(data)

    for name, xml in parts.items():
        for bad in ("alert", "javascript", "onerror", "onclick", "onmouseover", "<script", "evil.example"):
            assert bad not in xml.lower(), (name, bad)
    links = [rel.target_ref for rel in word.part.rels.values() if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert links == ["https://eastharbor.example.gov"]
    assert not any(rel.reltype == RELATIONSHIP_TYPE.IMAGE for rel in word.part.rels.values())
    assert [p.text for p in word.paragraphs][2:] == [
        "Road closure on Harbor Street",
        "Residents can read the detour map or the closure notice.",
        "Harbor Street reopens at 6 p.m.",
        "[tracking pixel] Town Hall",
    ]


@pytest.mark.parametrize("href", ["javascript:alert(1)", "java\tscript:x", "vbscript:x", "data:text/html,x"])
def test_only_web_mail_and_phone_links_become_hyperlinks(href: str) -> None:
    from drafter.export.docx import _safe_link

    assert _safe_link(href) is None
    assert _safe_link("https://eastharbor.example.gov") == "https://eastharbor.example.gov"
    assert _safe_link("mailto:press@eastharbor.example.gov") == "mailto:press@eastharbor.example.gov"
