"""Commands about statements: list, show, import, edit, render."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.output import emit_json, emit_line, local_time, statement_json, summary_json
from drafter.cli.sources import file_named
from drafter.core.statement import Status
from drafter.core.textfile import read_text_file
from drafter.core.titles import title_from_text

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported only when a command needs it
    from drafter.services import Services


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("list", parents=[common], help="list statements: id, title, status, updated")
    p.add_argument("--status", choices=[s.value for s in Status], help="only statements with this status")
    p.add_argument("--search", metavar="TEXT", help="only statements whose title contains TEXT")
    p.add_argument("--trash", action="store_true", help="list the statements in the trash instead")
    p.set_defaults(handler=list_statements)

    p = commands.add_parser("show", parents=[common], help="one statement: working copy and metadata")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(handler=show_statement)

    p = commands.add_parser("import", parents=[common],
                            help="make a statement from a .md or .txt file; prints its id")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--title", help="the statement's title (default: its first heading, else the file name)")
    p.set_defaults(handler=import_statement)

    p = commands.add_parser("edit", parents=[common], help="replace a statement's working copy from a file")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--file", type=Path, required=True, metavar="FILE")
    p.add_argument("--reopen-approved", action="store_true",
                   help="an approved statement: return it to draft and set its approval aside")
    p.set_defaults(handler=edit_statement)

    p = commands.add_parser("render", parents=[common], help="the sanitised HTML the preview shows")
    p.add_argument("source", metavar="ID|FILE", help="a statement id or a Markdown file")
    p.add_argument("--html", action="store_true", required=True, help="print HTML (the only format so far)")
    p.set_defaults(handler=render_statement, needs_workspace=False)


def list_statements(args: argparse.Namespace, services: Services) -> int:
    status = Status(args.status) if args.status else None
    items = services.statements.list(status=status, search=args.search, trashed=args.trash)
    if args.json:
        emit_json([summary_json(item) for item in items])
        return 0
    if not items:
        emit_line("No statements." if not args.trash else "The trash is empty.")
        return 0
    for item in items:
        emit_line(f"{item.id:>5}  {item.status.value:<17}  {local_time(item.updated_at)}  {item.title}")
    return 0


def show_statement(args: argparse.Namespace, services: Services) -> int:
    item = services.statements.get(args.id)
    if args.json:
        emit_json(statement_json(item))
        return 0
    emit_line(f"# {item.title}")
    emit_line(f"id {item.id} · {item.status.label} · version {item.version} · language {item.language}")
    emit_line(f"updated {local_time(item.updated_at)} by {item.updated_by}"
              + (" · in the trash" if item.trashed else ""))
    emit_line()
    emit_line(item.text)
    return 0


def import_statement(args: argparse.Namespace, services: Services) -> int:
    decoded = read_text_file(args.file)
    title = args.title or title_from_text(decoded.text, fallback=args.file.stem)
    item = services.statements.create(title=title, text=decoded.text, actor=services.actor_login)
    if args.json:
        emit_json({"id": item.id})
    else:
        emit_line(str(item.id))
    return 0


def edit_statement(args: argparse.Namespace, services: Services) -> int:
    decoded = read_text_file(args.file)
    current = services.statements.get(args.id)
    version = services.statements.save_working_copy(
        current.id, decoded.text, expected_version=current.version, actor=services.actor_login,
        reopen_approved=args.reopen_approved,
    )
    if args.json:
        emit_json({"id": current.id, "version": version})
    else:
        emit_line(f"Statement {current.id} saved as version {version}.")
    return 0


def render_statement(args: argparse.Namespace, services: Services | None) -> int:
    from drafter.core.render import render_html

    markdown_text = _markdown_of(args.source, args)
    html = render_html(markdown_text)
    if args.json:
        emit_json({"html": html})
    else:
        emit_line(html)
    return 0


def _markdown_of(source: str, args: argparse.Namespace) -> str:
    """The Markdown named by ``source``: a file if one exists there, else a statement id."""
    path = file_named(source)
    if path is not None:
        return read_text_file(path).text
    from drafter.services import open_services
    from drafter.team_login import terminal_password

    services = open_services(args.db, args.acting_as, terminal_password)
    try:
        return services.statements.get(int(source)).text
    finally:
        services.close()
