"""``drafter export``: statements as PDF, Word, HTML, text or Markdown; final only when approved."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.output import emit_json, emit_line
from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.services import Services


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("export", parents=[common],
                            help="write statements as pdf, docx, html, txt or md: final (released) only when "
                                 "approved, else with --draft, marked as a draft")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="the statements (or use --status)")
    p.add_argument("--status", metavar="S", help="every statement with this status, e.g. approved")
    p.add_argument("--format", default="pdf", metavar="F[,F…]",
                   help="pdf, docx, html, txt, md (several with commas; default: pdf)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write to")
    p.add_argument("--draft", action="store_true",
                   help="export the working copy as a draft, marked 'DRAFT — NOT APPROVED'")
    p.add_argument("--name", default="{date}-{slug}", metavar="PATTERN",
                   help="file name without extension: {date}, {slug}, {id}, {title} (default: {date}-{slug})")
    p.add_argument("--signature", action="store_true",
                   help="add the speaker's name and title from the organisation profile after the text")
    p.set_defaults(handler=export)


def export(args: argparse.Namespace, services: Services) -> int:
    from drafter.core.statement import Status
    from drafter.export.release import export_statement, parse_formats

    formats = parse_formats(args.format)
    ids = list(args.ids)
    if args.status:
        try:
            status = Status(args.status)
        except ValueError:
            raise DrafterError(f"There is no status {args.status!r}: choose from "
                               f"{', '.join(s.value for s in Status)}.") from None
        ids += [item.id for item in services.statements.list(status=status)]
    if not ids:
        raise DrafterError("Name the statements to export (ids), or --status S.")
    written = []
    for statement_id in dict.fromkeys(ids):
        written += export_statement(services, statement_id, formats, args.out, draft=args.draft,
                                    pattern=args.name, signature=args.signature)
    if args.json:
        emit_json({"files": [{"id": f.statement_id, "format": f.format, "path": str(f.path),
                              "sha256": f.sha256, "final": f.final} for f in written]})
    else:
        for item in written:
            emit_line(f"{item.path}  {'final' if item.final else 'DRAFT'}  sha256 {item.sha256[:12]}")
    return 0
