"""The ``drafter`` command: the window with no arguments, subcommands for scripts.

The command line is a contract (docs/cli.md): exit 0 when done, 1 when the
request was understood but refused or failed (one line on stderr says why),
2 for a usage error. With ``--json`` stdout carries exactly one JSON document.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from drafter.cli import admin, backup, checks, export, review, spelling, statements, templates, workspace
from drafter.cli.output import emit_json
from drafter.core.errors import DrafterError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command takes, before or after the command's name.

    Sub-parsers get them with SUPPRESS defaults so that a value given before
    the command is not reset by the sub-parser's own default.
    """
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH|URL", default=default,
                        help="the workspace database (default: DRAFTER_DB, else the local file)")
    parser.add_argument("--as", dest="acting_as", metavar="NAME", default=default,
                        help="who acts, in local mode (default: DRAFTER_USER, else your account)")
    parser.add_argument("--json", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="machine-readable output: exactly one JSON document on stdout")
    parser.add_argument("--config-dir", metavar="DIR", default=default,
                        help="where settings and window state live (default: your profile)")
    parser.add_argument("--debug", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="log more detail")


class _PrintVersion(argparse.Action):
    """--version, reading the version only when asked (it costs ~30 ms to look up)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from drafter import __version__

        sys.stdout.write(f"drafter {__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter",
        description="Draft, review and release public statements. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action=_PrintVersion, nargs=0, help="print Drafter's version and exit")
    _add_global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    statements.add_commands(commands, common)
    templates.add_commands(commands, common)
    spelling.add_commands(commands, common)
    checks.add_commands(commands, common)
    review.add_commands(commands, common)
    export.add_commands(commands, common)
    backup.add_commands(commands, common)
    admin.add_commands(commands, common)
    workspace.add_commands(commands, common)
    # What `drafter FILE.md` must not mistake for a file to open.
    parser.set_defaults(command_names=frozenset(commands.choices))
    return parser


#: Files that ``drafter FILE ...`` opens in the window (imports), as "Open with Drafter" does.
OPENABLE_SUFFIXES = (".md", ".markdown", ".txt", ".text")


def _files_to_open(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """The .md/.txt files named on the command line when no command is: ``drafter notes.md``."""
    if any(arg in parser.get_default("command_names") for arg in argv):
        return []
    return [arg for arg in argv
            if not arg.startswith("-") and arg.lower().endswith(OPENABLE_SUFFIXES) and Path(arg).is_file()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    files = _files_to_open(parser, argv)
    args = parser.parse_args([arg for arg in argv if arg not in files])
    _configure(args)
    if args.command is None:
        from drafter.app import run_window

        args.open_files = [Path(f).resolve() for f in files]
        return run_window(args)
    try:
        return _run_command(args)
    except DrafterError as error:
        return _refuse(args, str(error))
    except KeyboardInterrupt:
        return 130


def _run_command(args: argparse.Namespace) -> int:
    handler = args.handler
    if not getattr(args, "needs_workspace", True):
        return int(handler(args, None))
    from drafter.services import open_services
    from drafter.team_login import terminal_password

    services = open_services(args.db, args.acting_as, terminal_password)
    try:
        return int(handler(args, services))
    finally:
        services.close()


def _refuse(args: argparse.Namespace, reason: str) -> int:
    reason = " ".join(reason.split())
    if args.json:
        emit_json({"error": reason})
    print(f"drafter: {reason}", file=sys.stderr)
    return EXIT_REFUSED


def _configure(args: argparse.Namespace) -> None:
    import os

    if args.config_dir:
        os.environ["DRAFTER_CONFIG_DIR"] = args.config_dir
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


if __name__ == "__main__":
    sys.exit(main())
