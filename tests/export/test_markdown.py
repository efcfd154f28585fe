"""The Markdown export: the approved text byte for byte, or a draft under its mark."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from drafter.export.document import Approval, ExportDocument
from drafter.export.markdown import render

STATEMENT = """\
# Statement from Mayor Elena Ruiz on the Attack in Riverton

Last night two of our officers were attacked on Harbor Street. We are one community – there is no \
“us” versus “them”.

## What happens next

- Chief Bell will brief the town council at 7 p.m.
- The library stays open until 9 p.m.

> "We will not be divided," said Chief Bell.
"""


def document(markdown: str, *, final: bool) -> ExportDocument:
    approval = None
    if final:  # the approval binds the exact text: its hash is the text's UTF-8 SHA-256
        approval = Approval("Elena Ruiz", dt.datetime(2025, 6, 10, 15, 30).astimezone(), 2,
                            hashlib.sha256(markdown.encode("utf-8")).hexdigest())
    return ExportDocument(title="Statement from Mayor Elena Ruiz", markdown=markdown,
                          date=dt.date(2025, 6, 10), organisation="Town of East Harbor",
                          signature="Elena Ruiz\nMayor", approval=approval)


@pytest.mark.parametrize("markdown", [
    STATEMENT,
    STATEMENT.replace("\n", "\r\n"),  # Windows line endings stay Windows line endings
    STATEMENT.rstrip("\n"),  # no final newline: none added
    "Déclaration du maire\u00a0: « nous sommes une seule communauté » <script>alert(1)</script>\n\n\n",
])
def test_a_final_export_is_the_approved_text_exactly_and_hashes_to_the_approval(markdown: str) -> None:
    doc = document(markdown, final=True)
    data = render(doc)
    assert data == markdown.encode("utf-8")
    assert doc.approval is not None
    assert hashlib.sha256(data).hexdigest() == doc.approval.sha256


def test_a_draft_starts_with_its_mark_in_a_comment_then_a_blank_line() -> None:
    data = render(document(STATEMENT, final=False))
    assert data == ("<!-- DRAFT — NOT APPROVED -->\n\n" + STATEMENT).encode("utf-8")
    assert data.split(b"\n")[0] == "<!-- DRAFT — NOT APPROVED -->".encode()
    assert hashlib.sha256(data).hexdigest() != hashlib.sha256(STATEMENT.encode("utf-8")).hexdigest()
