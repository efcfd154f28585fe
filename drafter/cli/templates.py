"""Commands about templates: ``templates list``, ``templates check`` and ``new``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.cli.output import emit_json, emit_line
from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.core.templates import Template, TemplateLibrary, TemplateProblem
    from drafter.services import Services


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("templates", parents=[common], help="list or check templates")
    actions = group.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[common],
                           help="every template: id, name, category, language, fields")
    p.set_defaults(handler=list_templates)
    p = actions.add_parser("check", parents=[common],
                           help="check template files (default: every template Drafter loads)")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="template files or folders")
    p.set_defaults(handler=check_templates, needs_workspace=False)

    p = commands.add_parser("new", parents=[common], help="a statement from a template; prints its id")
    p.add_argument("--template", required=True, metavar="ID", help="the template's id (see templates list)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="values",
                   help="a field's value (dates as YYYY-MM-DD); repeat for each field")
    p.add_argument("--title", help="the statement's title (default: made from the template)")
    p.set_defaults(handler=new_statement)


def template_json(template: Template) -> dict[str, Any]:
    return {
        "id": template.id,
        "name": template.name,
        "description": template.description,
        "category": template.category,
        "language": template.language,
        "origin": template.origin,
        "fields": [
            {"key": f.key, "label": f.label, "type": f.type.value, "required": f.required,
             "default": f.default, "options": list(f.options), "help": f.help}
            for f in template.fields
        ],
    }


def list_templates(args: argparse.Namespace, services: Services) -> int:
    library = services.template_library()
    if args.json:
        emit_json([template_json(t) for t in library.templates])
        return 0
    for template in sorted(library.templates, key=lambda t: (t.category, t.name)):
        required = ", ".join(template.required_keys)
        emit_line(f"{template.id:<32} {template.language:<3} {template.category:<26} {template.name}"
                  + (f"  [needs: {required}]" if required else ""))
    for problem in library.problems:
        emit_line(f"skipped or flagged: {problem}")
    return 0


def check_templates(args: argparse.Namespace, services: Services | None) -> int:
    from drafter.core.templates import load_file, load_folder

    if args.paths:
        problems: list[TemplateProblem] = []
        checked = 0
        for path in args.paths:
            if path.is_dir():
                library = load_folder(path)
                checked += len(library.templates) + len({p.source for p in library.problems
                                                         if p.severity == "error"})
                problems.extend(library.problems)
            elif path.exists():
                parsed = load_file(path)
                checked += 1
                problems.extend(parsed.problems)
            else:
                problems.append(_missing(path))
    else:
        library = _whole_library(args)
        problems = list(library.problems)
        checked = len(library.templates) + len({p.source for p in problems if p.severity == "error"})
    errors = [p for p in problems if p.severity == "error"]
    if args.json:
        emit_json({"ok": not errors, "checked": checked, "problems": [
            {"source": p.source, "line": p.line, "severity": p.severity, "message": p.message}
            for p in problems]})
    else:
        for problem in problems:
            emit_line(str(problem))
        emit_line(f"{checked} template file(s) checked: {len(errors)} error(s), "
                  f"{len(problems) - len(errors)} warning(s).")
    return 1 if errors else 0


def _missing(path: Path) -> TemplateProblem:
    from drafter.core.templates import TemplateProblem

    return TemplateProblem(str(path), None, "There is no such file or folder.")


def _whole_library(args: argparse.Namespace) -> TemplateLibrary:
    from drafter.services import open_services
    from drafter.team_login import terminal_password

    services = open_services(args.db, args.acting_as, terminal_password)
    try:
        return services.template_library()
    finally:
        services.close()


def new_statement(args: argparse.Namespace, services: Services) -> int:
    from drafter.core.templates import fill_template, missing_required, title_for
    from drafter.core.templates.snapshot import template_snapshot

    library = services.template_library()
    template = library.get(args.template)
    if template is None:
        raise DrafterError(f"There is no template “{args.template}”. "
                           "`drafter templates list` shows the ones there are.")
    values = _parse_values(args.values, template)
    missing = missing_required(template, values)
    if missing:
        raise DrafterError("Missing required fields: " + ", ".join(
            f"{f.key} ({f.label})" for f in missing) + ". Give each with --set FIELD=VALUE.")
    profile = services.organisation_profile()
    text = fill_template(template, values, profile)
    created = services.statements.create(
        title=args.title or title_for(template, values, profile), text=text,
        actor=services.actor_login, language=template.language, template_id=template.id,
        fields=values, template_snapshot=template_snapshot(template, text))
    if args.json:
        emit_json({"id": created.id})
    else:
        emit_line(str(created.id))
    return 0


def _parse_values(pairs: list[str], template: Template) -> dict[str, str]:
    from drafter.core.templates import parse_iso_date
    from drafter.core.templates.model import FieldType

    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        field = template.field(key)
        if not sep or field is None:
            known = ", ".join(f.key for f in template.fields)
            raise DrafterError(f"“{pair}” is not FIELD=VALUE for a field of {template.id} ({known}).")
        if field.type is FieldType.DATE and parse_iso_date(value.strip()) is None:
            raise DrafterError(f"{key} is a date: give it as YYYY-MM-DD, e.g. 2025-06-10.")
        if field.type is FieldType.CHOICE and value not in field.options:
            raise DrafterError(f"{key} must be one of: " + "; ".join(field.options) + ".")
        values[key] = value
    return values
