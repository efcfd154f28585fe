"""``drafter spell``: unknown words of a statement or file, or suggestions for words."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from drafter.cli.output import emit_json, emit_line
from drafter.core.errors import DrafterError

if TYPE_CHECKING:
    from drafter.core.spelling.checker import SpellingService
    from drafter.services import Services


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("spell", parents=[common],
                            help="unknown words of a statement or file: line, column, suggestions")
    p.add_argument("source", nargs="?", metavar="ID|FILE", help="a statement id or a Markdown file")
    p.add_argument("--suggest", nargs="+", metavar="WORD", help="ranked suggestions for each WORD")
    p.add_argument("--lang", metavar="LANG",
                   help="the dictionary's language (default: the statement's, else en)")
    p.add_argument("--check-all-caps", action="store_true",
                   help="also check words in capitals (default: the workspace's setting, "
                        "which skips them as acronyms)")
    p.set_defaults(handler=spell)


def spell(args: argparse.Namespace, services: Services) -> int:
    if args.suggest:
        if args.source:
            raise DrafterError("Give either ID|FILE to check, or --suggest WORD …, not both.")
        return _suggest(args, _checker(services, args.lang or "en"))
    if not args.source:
        raise DrafterError("Name a statement id or a file to check (or use --suggest WORD …).")
    text, language, ignored = _source(args, services)
    checker = _checker(services, args.lang or language)
    check_caps = args.check_all_caps or services.check_all_caps()
    findings = [_finding(m, checker) for m in checker.unknown_words(
        text, skip_all_caps=not check_caps) if m.word not in ignored]
    if args.json:
        emit_json(findings)
    else:
        for finding in findings:
            suggestions = ", ".join(finding["suggestions"][:5]) or "no suggestions"
            emit_line(f"{finding['line']}:{finding['column']}: {finding['text']} ({suggestions})")
        emit_line(f"{len(findings)} unknown word(s).")
    return 1 if findings else 0


def _suggest(args: argparse.Namespace, checker: SpellingService) -> int:
    answers = [{"word": word, "suggestions": checker.suggest(word, limit=7)} for word in args.suggest]
    if args.json:
        emit_json(answers)
    else:
        for answer in answers:
            emit_line(f"{answer['word']}: {', '.join(answer['suggestions']) or '(no suggestions)'}")
    return 0


def _source(args: argparse.Namespace, services: Services) -> tuple[str, str, set[str]]:
    """The text to check, its language and the words its statement ignores."""
    from drafter.cli.sources import file_named
    from drafter.core.textfile import read_text_file

    path = file_named(args.source)
    if path is not None:
        return read_text_file(path).text, "en", set()
    statement = services.statements.get(int(args.source))
    return statement.text, statement.language, set(services.statements.ignored_words(statement.id))


def _checker(services: Services, language: str) -> SpellingService:
    from drafter.checking import load_spelling

    return load_spelling(services, language)


def _finding(misspelling: Any, checker: SpellingService) -> dict[str, Any]:
    return {
        "check": "spelling",
        "severity": "warning",
        "line": misspelling.line,
        "column": misspelling.column,
        "text": misspelling.word,
        "message": f"“{misspelling.word}” is not in the dictionary.",
        "suggestions": checker.suggest(misspelling.word, limit=7),
    }
