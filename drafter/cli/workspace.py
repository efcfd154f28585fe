"""``drafter workspace copy --from SRC --to DST``: move a workspace, such as a local file to a team server."""

from __future__ import annotations

import argparse

from drafter.cli.output import emit_json, emit_line


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("workspace", parents=[common], help="move a workspace to another database")
    actions = group.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "copy", parents=[common],
        help="copy everything (people, statements, revisions, comments, approvals, the audit log) "
             "into an empty workspace")
    p.add_argument("--from", dest="source", required=True, metavar="SRC",
                   help="the workspace to copy: a file path or a database URL")
    p.add_argument("--to", dest="target", required=True, metavar="DST",
                   help="the empty workspace to fill: a file path or a database URL "
                        "(postgresql+psycopg://USER@HOST/DATABASE)")
    p.set_defaults(handler=copy, needs_workspace=False)


def shown_address(target: str, where: str) -> str:
    """Where the copy went, for people and scripts: a URL loses its password, a path is absolute."""
    if "://" not in target:
        return where
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(target).set(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return where


def copy(args: argparse.Namespace, _services: None) -> int:
    from drafter.store.database import Workspace
    from drafter.store.workspace_copy import copy_workspace

    source = Workspace.open(args.source)
    try:
        target = Workspace.open(args.target)
        try:
            report = copy_workspace(source, target)
        finally:
            target.close()
    finally:
        source.close()
    where = shown_address(args.target, report.target)
    if args.json:
        emit_json({"copied": report.copied, "from": shown_address(args.source, report.source),
                   "to": where})
        return 0
    for table, count in report.copied.items():
        emit_line(f"{table:<24} {count:>9}")
    emit_line(f"Copied {report.total} rows to {where}.")
    return 0
