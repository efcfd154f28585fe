"""Markdown export: the statement's own text, byte for byte.

A final export is exactly the approved revision's text in UTF-8, with
nothing added, removed or normalised (not even line endings), so anyone can
check the file against the approval: its SHA-256 is the one the approval
recorded. A draft starts with an HTML comment line, invisible wherever the
Markdown is shown but plain to anyone who opens the file:

    <!-- DRAFT — NOT APPROVED -->

followed by a blank line and then the text. The text is not sanitised here:
it is the source, and whatever later renders it must sanitise it, as
Drafter's own preview and HTML export do.
"""

from __future__ import annotations

from drafter.export.document import DRAFT_MARK, ExportDocument

DRAFT_LINE = f"<!-- {DRAFT_MARK} -->"


def render(document: ExportDocument) -> bytes:
    """The text as UTF-8: exactly the approved text, or a draft under its mark."""
    if document.is_draft:
        return f"{DRAFT_LINE}\n\n{document.markdown}".encode()
    return document.markdown.encode()
