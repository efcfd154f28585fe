"""``drafter backup [DIR]`` and ``drafter restore FILE``: copies of a local workspace, and restoring one."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.cli.output import emit_json, emit_line
from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.services import Services


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("backup", parents=[common],
                            help="copy the workspace (safely, while it may be in use) to a folder")
    p.add_argument("folder", nargs="?", type=Path, metavar="DIR",
                   help="where to put the copy (default: the backups folder beside the workspace's data)")
    p.set_defaults(handler=backup)
    p = commands.add_parser("restore", parents=[common],
                            help="put a backup in place of the workspace (checked first; the current file "
                                 "is kept aside)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=restore, needs_workspace=False)


def default_backup_folder() -> Path:
    from drafter.paths import data_dir

    return data_dir() / "backups"


def backup(args: argparse.Namespace, services: Services) -> int:
    from drafter.store.backup import backup_to

    folder = args.folder or default_backup_folder()
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    written = backup_to(services.workspace, folder / f"drafter-backup-{stamp}.db")
    if args.json:
        emit_json({"backup": str(written)})
    else:
        emit_line(str(written))
    return 0


def restore(args: argparse.Namespace, _services: None) -> int:
    from drafter.paths import default_workspace_target
    from drafter.store.backup import restore as restore_backup

    target = args.db or default_workspace_target()
    if "://" in target:
        raise DrafterError("A team workspace on a server is restored with the server's own tools, "
                           "not Drafter.")
    kept = restore_backup(args.file, Path(target).expanduser())
    if args.json:
        emit_json({"restored": str(args.file), "workspace": target, "kept": str(kept) if kept else None})
    else:
        kept_note = f" The previous file is kept as {kept}." if kept else ""
        emit_line(f"Restored {args.file} to {target}.{kept_note}")
    return 0
