"""Export: PDF and Word files of a 1,000- and a 10,000-word statement (budget: 10,000-word PDF ≤ 500 ms).

Baselines, in the same run: Qt's own QTextDocument printed to a QPdfWriter
(the same HTML, no letterhead, footer or page-by-page drawing), and
python-docx adding the same paragraphs as plain Normal paragraphs. The
statement is final (an approval line on every page), as a release writes it.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from corpus import statement_of
from stats import median, metric, timed_ms

Metric = dict[str, Any]
PDF_BUDGET_MS = 500


def _document(words: int) -> Any:
    from drafter.export.document import Approval, ExportDocument

    approval = Approval("Elena Ruiz", dt.datetime(2025, 6, 10, 15, 30, tzinfo=dt.UTC), 2, "ab" * 32)
    return ExportDocument(title="Statement on the Attack in Riverton", markdown=statement_of(words),
                          date=dt.date(2025, 6, 10), organisation="Town of East Harbor",
                          address="1 Main Street, East Harbor, OH 44000", approval=approval)


def _bare_pdf(html: str) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, QSizeF
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(rect.width(), rect.height()))  # or Qt adds its own margin
    document.print_(writer)
    return bytes(buffer.data().data())


def _bare_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def run(quick: bool) -> dict[str, Metric]:
    from qt_harness import application

    from drafter.export import docx as docx_export
    from drafter.export import pdf as pdf_export

    application()
    runs = 3 if quick else 7
    metrics: dict[str, Metric] = {}
    for words in (1_000, 10_000):
        document = _document(words)
        html = document.body_html()
        paragraphs = [p for p in document.markdown.split("\n\n") if p.strip()]
        pdf_export.render(document)  # fonts and Markdown built once, as in a running window
        ours = median([timed_ms(lambda d=document: pdf_export.render(d)) for _ in range(runs)])
        bare = median([timed_ms(lambda h=html: _bare_pdf(h)) for _ in range(runs)])
        size = f"{words:,}"
        metrics[f"export_pdf_{words}_words_ms"] = metric(
            round(ours, 1), f"ms, a final PDF of {size} words (letterhead, footer, page numbers)",
            PDF_BUDGET_MS if words == 10_000 else None, round(bare, 1))
        ours = median([timed_ms(lambda d=document: docx_export.render(d)) for _ in range(runs)])
        bare = median([timed_ms(lambda p=paragraphs: _bare_docx(p)) for _ in range(runs)])
        metrics[f"export_docx_{words}_words_ms"] = metric(
            round(ours, 1), f"ms, a final Word file of {size} words (styles, letterhead, footer)", None,
            round(bare, 1))
    return metrics
