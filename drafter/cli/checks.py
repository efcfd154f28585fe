"""``drafter check``: every finding of the drafting checks; ``drafter checks``: their settings.

``check`` exits 1 while any error stands: until statements are submitted
for review in the window, that is the gate a script can rely on.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from drafter.cli.output import emit_json, emit_line
from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.checking import CheckInputs
    from drafter.core.checks.findings import Finding
    from drafter.services import Services

_SEVERITIES = ("error", "warning", "advice")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common],
                            help="every finding of the drafting checks; exits 1 while an error stands")
    p.add_argument("source", metavar="ID|FILE", help="a statement id or a Markdown file")
    p.add_argument("--only", metavar="CHECK[,CHECK…]",
                   help="run only these checks (ids as `checks list` names)")
    p.add_argument("--lang", metavar="LANG", help="the text's language for a FILE (default: en)")
    p.set_defaults(handler=check)

    p = commands.add_parser("checks", parents=[common], help="the drafting checks' settings and rules")
    sub = p.add_subparsers(dest="checks_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[common], help="every check: on or off, and its severity")
    listing.set_defaults(handler=list_checks)
    setting = sub.add_parser("set", parents=[common], help="switch a check on or off, or change its severity")
    setting.add_argument("check_id", metavar="CHECK")
    state = setting.add_mutually_exclusive_group()
    state.add_argument("--on", dest="enabled", action="store_true", default=None)
    state.add_argument("--off", dest="enabled", action="store_false")
    severity = setting.add_mutually_exclusive_group()
    severity.add_argument("--severity", choices=_SEVERITIES)
    severity.add_argument("--default-severity", action="store_true",
                          help="go back to the check's own severity")
    setting.set_defaults(handler=set_check)
    rules = sub.add_parser("rules", parents=[common],
                           help="print the organisation's style or sensitive-language rules, or load a file")
    rules.add_argument("kind", choices=("style", "inclusive"))
    rules.add_argument("--load", metavar="FILE",
                       help="replace them with this rule file (docs/check-rules.md)")
    rules.set_defaults(handler=show_or_load_rules)
    confirm = sub.add_parser("confirm", parents=[common],
                             help="confirm a personal-data finding of a statement, with the reason")
    confirm.add_argument("statement_id", metavar="ID", type=int)
    confirm.add_argument("text", metavar="TEXT",
                         help="the words the finding points at, as `check` prints them")
    confirm.add_argument("--reason", required=True, help="why the statement names it on purpose")
    confirm.set_defaults(handler=confirm_finding)


def check(args: argparse.Namespace, services: Services) -> int:
    from drafter.checking import load_spelling, statement_inputs, workspace_inputs
    from drafter.cli.sources import file_named
    from drafter.core.checks.findings import count_text, counts
    from drafter.core.checks.readability import report
    from drafter.core.checks.registry import CHECKS_BY_ID, run_checks
    from drafter.core.textfile import read_text_file

    only = _only(args.only, CHECKS_BY_ID)
    path = file_named(args.source)
    inputs: CheckInputs
    if path is not None:
        text = read_text_file(path).text
        # A file's own date is the one at its top (the dates check reads it), not today.
        inputs = replace(workspace_inputs(services, args.lang or "en"), statement_date=None)
    else:
        statement = services.statements.get(int(args.source))
        text = statement.text
        inputs = statement_inputs(services, statement)
    spelling = None
    if inputs.settings.enabled("spelling") and (only is None or "spelling" in only):
        spelling = load_spelling(services, inputs.language)
    draft = inputs.draft(text, spelling)
    findings = run_checks(draft, only)
    tally = counts(findings)
    scores = report(draft).statement
    if args.json:
        emit_json({
            "findings": [finding.to_json(draft.lines) for finding in findings],
            "counts": {severity.value: n for severity, n in tally.items()},
            "readability": {"grade": _rounded(scores.grade), "reading_ease": _rounded(scores.reading_ease),
                            "words": scores.words, "sentences": scores.sentences},
        })
    else:
        _print_findings(findings, draft.lines)
        if scores.grade is not None and scores.reading_ease is not None:
            emit_line(f"Reading grade {scores.grade:.1f}, reading ease {scores.reading_ease:.0f} "
                      f"({scores.words} words, {scores.sentences} sentences).")
        emit_line(count_text(findings, with_zeros=True, separator=", ") + ".")
    return 1 if any(f.severity.value == "error" for f in findings) else 0


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _print_findings(findings: list[Finding], lines: Any) -> None:
    for finding in findings:
        line, column = lines.position(finding.start)
        fix = f" → {finding.fix}" if finding.fix is not None else ""
        emit_line(f"{line}:{column}: {finding.severity.value} [{finding.check}] {finding.message}{fix}")


def _only(raw: str | None, known: dict[str, Any]) -> set[str] | None:
    if raw is None:
        return None
    wanted = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = sorted(wanted - set(known))
    if unknown:
        raise DrafterError(f"No check is called {', '.join(unknown)}: the checks are {', '.join(known)}.")
    return wanted


def list_checks(args: argparse.Namespace, services: Services) -> int:
    from drafter.checking import check_settings
    from drafter.core.checks.registry import CHECKS

    settings = check_settings(services)
    rows = [{"id": info.id, "title": info.title, "description": info.description,
             "enabled": settings.enabled(info.id),
             "severity": settings.severity(info.id, info.severity).value,
             "default_severity": info.severity.value} for info in CHECKS]
    if args.json:
        emit_json({"checks": rows, "settings": settings.to_dict()})
    else:
        width = max(len(row["id"]) for row in rows)
        for row in rows:
            state = row["severity"] if row["enabled"] else "off"
            emit_line(f"{row['id']:<{width}}  {state:<7}  {row['title']}: {row['description']}")
    return 0


def set_check(args: argparse.Namespace, services: Services) -> int:
    from drafter.checking import check_settings, save_check_settings
    from drafter.core.checks.findings import Severity
    from drafter.core.checks.registry import CHECKS_BY_ID

    _only(args.check_id, CHECKS_BY_ID)
    if args.enabled is None and args.severity is None and not args.default_severity:
        raise DrafterError("Say what to change: --on, --off, --severity S or --default-severity.")
    settings = check_settings(services).with_check(
        args.check_id, enabled=args.enabled,
        severity=Severity(args.severity) if args.severity else None, default=args.default_severity)
    save_check_settings(services, settings)
    return list_checks(args, services) if args.json else 0


def show_or_load_rules(args: argparse.Namespace, services: Services) -> int:
    from drafter.checking import rules_text, save_rules_text
    from drafter.core.textfile import read_text_file

    if args.load:
        count = save_rules_text(services, args.kind, read_text_file(args.load).text)
        if args.json:
            emit_json({"kind": args.kind, "rules": count})
        else:
            emit_line(f"{count} {args.kind} rule(s) saved for everyone in this workspace.")
        return 0
    text = rules_text(services, args.kind)
    if args.json:
        emit_json({"kind": args.kind, "text": text})
    else:
        emit_line(text.rstrip() if text.strip() else f"(no {args.kind} rules of the organisation's own yet)")
    return 0


def confirm_finding(args: argparse.Namespace, services: Services) -> int:
    from drafter.checking import statement_inputs
    from drafter.core.checks.registry import run_checks

    statement = services.statements.get(args.statement_id)
    draft = statement_inputs(services, statement).draft(statement.text)
    wanted = " ".join(args.text.split()).casefold()
    matches = [f for f in run_checks(draft, {"personal-data"})
               if " ".join(f.text.split()).casefold() == wanted]
    if not matches:
        raise DrafterError(f"Statement {statement.id} has no personal-data finding on “{args.text}” "
                           "to confirm (run `drafter check` to see them).")
    finding = matches[0]
    services.workspace.confirmations.confirm(
        statement.id, key=finding.key, check=finding.check, text=finding.text, reason=args.reason,
        actor=services.actor_login)
    if args.json:
        emit_json({"confirmed": finding.key})
    return 0
