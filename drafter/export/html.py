"""HTML export: one standalone page, ready for a website, that can never run anything.

The page is the preview's own page (``render.statement_document``: the
organisation's style sheet inlined, the sanitised body from ``render_html``)
with the letterhead, date, title, signature and approval line around the
body. Safety rests on three things, in order:

1. the body is ``ExportDocument.body_html()``: nh3 has already removed
   scripts, frames, event handlers, ``javascript:`` links and images;
2. everything this module adds (title, names, address, signature, approval
   line) is escaped, and the logo is embedded only as a ``data:`` URI of a
   PNG or JPEG recognised by its first bytes (SVG can carry script, other
   files are left out: the page never refers to anything outside itself);
3. a Content-Security-Policy forbids scripts and anything remote, should a
   mistake ever let something through.

A draft carries a red "DRAFT — NOT APPROVED" banner at the top and the same
mark in the footer and the window title, and asks search engines not to
index it. A final page ends with the approval line.

When the statement begins with a heading that says the same as the title
(the title is usually taken from it), that heading is left out, so the
title does not show twice.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from drafter.core.render import statement_document
from drafter.export.document import DRAFT_MARK, ExportDocument

#: A second line of defence behind the sanitiser: no script, nothing fetched from anywhere.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# Raster formats only, recognised by their signature, never by the file name.
_IMAGE_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))

# Layout of what this page adds around the statement (the statement itself
# follows the organisation's sheet). Browser-only: Qt never shows this page.
_PAGE_CSS = """\
body { max-width: 42em; margin: 0 auto; padding: 24px; }
.draft-banner {
  margin-bottom: 24px; padding: 12px; border: 3px solid #b00020; color: #b00020;
  background-color: #fff0f0; font-family: Arial, Helvetica, sans-serif; font-size: 16pt;
  font-weight: bold; letter-spacing: 0.08em; text-align: center;
}
.letterhead { margin-bottom: 24px; padding-bottom: 12px; border-bottom: 1px solid #8c8c8c; }
.letterhead .logo { display: block; max-height: 72px; max-width: 240px; margin-bottom: 8px; }
.letterhead .organisation { margin-bottom: 0; font-size: 14pt; font-weight: bold; }
.letterhead .address { margin-bottom: 0; color: #4d4d4d; }
.date { color: #4d4d4d; }
.signature { margin-top: 24px; }
.page-footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid #8c8c8c;
  color: #4d4d4d; font-size: 9pt; }
.page-footer .draft-mark { color: #b00020; font-weight: bold; }
"""

_CHARSET_META = '<meta charset="utf-8">\n'


def render(document: ExportDocument) -> bytes:
    """The whole page as UTF-8."""
    title = f"{DRAFT_MARK}: {document.title}" if document.is_draft else document.title
    page = statement_document(_body(document), title=title, lang=document.language)
    return _with_head_extras(page, document).encode("utf-8")


def _with_head_extras(page: str, document: ExportDocument) -> str:
    """Put the security policy first in the head (it governs only what follows it), then the rest."""
    extras = [
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ]
    if document.is_draft:
        extras.append('<meta name="robots" content="noindex">')
    extras.append(f"<style>\n{_PAGE_CSS}</style>")
    if page.count(_CHARSET_META) != 1:  # statement_document() changed shape: fail loudly, never silently
        raise RuntimeError("The statement page has no single charset declaration to put the policy after.")
    return page.replace(_CHARSET_META, _CHARSET_META + "\n".join(extras) + "\n", 1)


def _body(document: ExportDocument) -> str:
    parts: list[str] = []
    if document.is_draft:
        parts.append(f'<div class="draft-banner" role="note">{html.escape(DRAFT_MARK)}</div>')
    parts.append(_letterhead(document))
    parts.append("<main>")
    parts.append(f'<p class="date"><time datetime="{document.date.isoformat()}">'
                 f"{html.escape(document.date_text)}</time></p>")
    parts.append(f"<h1>{html.escape(document.title)}</h1>")
    parts.append(document.body_html_without_title())
    if document.signature.strip():
        parts.append(f'<p class="signature">{_lines(document.signature)}</p>')
    parts.append("</main>")
    parts.append(_footer(document))
    return "\n".join(part for part in parts if part)


def _letterhead(document: ExportDocument) -> str:
    inner: list[str] = []
    logo = _logo_data_uri(document.logo)
    if logo:
        # alt="" because the organisation's name follows in text: a screen reader need not say it twice.
        inner.append(f'<img class="logo" src="{logo}" alt="">')
    if document.organisation.strip():
        inner.append(f'<p class="organisation">{_lines(document.organisation)}</p>')
    if document.address.strip():
        inner.append(f'<p class="address">{_lines(document.address)}</p>')
    if not inner:
        return ""
    return '<header class="letterhead">\n' + "\n".join(inner) + "\n</header>"


def _footer(document: ExportDocument) -> str:
    if document.approval is None:
        line = f'<span class="draft-mark">{html.escape(DRAFT_MARK)}</span>'
    else:
        line = html.escape(document.approval.line())
    return f'<footer class="page-footer">\n<p class="approval">{line}</p>\n</footer>'


def _lines(text: str) -> str:
    """Escaped text, its line breaks kept as <br>."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return "<br>\n".join(html.escape(line) for line in lines if line)


def _logo_data_uri(path: Path | None) -> str:
    """A data: URI of a PNG or JPEG logo; "" for none, an unreadable file, or any other kind of file.

    A missing logo leaves the letterhead without one rather than failing a release.
    """
    if path is None:
        return ""
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    for signature, mime in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return ""


