"""Running the drafting checks on a statement of the workspace, for the window and the command line.

The checks themselves live in ``drafter.core.checks`` and know nothing of
the workspace. This module gathers what they need from it once: the
organisation's check settings and rules, its profile and dictionary, and
the statement's own date, template targets, fixed blocks, ignored words and
confirmations. :class:`CheckInputs` holds all that; ``draft(text)`` pairs it
with the text of the moment, so the window can re-check on every pause in
typing without going back to the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding
from drafter.core.checks.settings import SETTINGS_KEY, CheckSettings
from drafter.core.errors import DrafterError
from drafter.core.templates.model import TemplateTargets

if TYPE_CHECKING:
    from drafter.core.checks.rules import Rule
    from drafter.core.spelling.checker import SpellingService
    from drafter.core.statement import Statement
    from drafter.services import Services

#: Where the administrator's own rules are kept, per kind ("style", "inclusive"): the rule file's text.
RULES_KEY = "checks.rules.{kind}"


@dataclass(frozen=True)
class CheckInputs:
    """Everything the checks take into account besides the text itself."""

    language: str = "en"
    statement_date: dt.date | None = None
    settings: CheckSettings = field(default_factory=CheckSettings)
    template: TemplateTargets = field(default_factory=TemplateTargets)
    fixed_originals: dict[str, str] = field(default_factory=dict)
    profile: dict[str, str] = field(default_factory=dict)
    field_values: tuple[str, ...] = ()
    known_names: frozenset[str] = frozenset()
    ignored_words: frozenset[str] = frozenset()
    skip_all_caps: bool = True
    confirmed: frozenset[str] = frozenset()
    inclusive_rules: tuple[Rule, ...] = ()
    style_rules: tuple[Rule, ...] = ()

    def draft(self, text: str, spelling: SpellingService | None = None, *,
              suggest_spelling: bool = True) -> Draft:
        return Draft(
            text=text, language=self.language, statement_date=self.statement_date,
            settings=self.settings, template=self.template, fixed_originals=self.fixed_originals,
            profile=self.profile, field_values=self.field_values, known_names=self.known_names,
            spelling=spelling,
            ignored_words=self.ignored_words, skip_all_caps=self.skip_all_caps,
            confirmed=self.confirmed, inclusive_rules=self.inclusive_rules,
            style_rules=self.style_rules, suggest_spelling=suggest_spelling)

    def with_confirmed(self, key: str) -> CheckInputs:
        return replace(self, confirmed=self.confirmed | {key})


def check_settings(services: Services) -> CheckSettings:
    return CheckSettings.from_dict(services.workspace.settings.get(SETTINGS_KEY, {}))


def save_check_settings(services: Services, settings: CheckSettings) -> None:
    services.workspace.settings.put(SETTINGS_KEY, settings.to_dict(), actor=services.actor_login)


def rules_text(services: Services, kind: str) -> str:
    """The administrator's rule file of ``kind`` as saved ("" when none)."""
    value = services.workspace.settings.get(RULES_KEY.format(kind=_kind(kind)), "")
    return value if isinstance(value, str) else ""


def save_rules_text(services: Services, kind: str, text: str) -> int:
    """Check and keep the administrator's rule file of ``kind``; the number of rules it holds.

    DrafterError naming every problem when any entry does not read: nothing is saved then.
    """
    from drafter.core.checks.rules import parse_rules

    rules, problems = parse_rules(text, f"the {_kind(kind)} rules")
    if problems:
        raise DrafterError("; ".join(problems))
    services.workspace.settings.put(RULES_KEY.format(kind=kind), text, actor=services.actor_login)
    return len(rules)


def admin_rules(services: Services, kind: str) -> tuple[Rule, ...]:
    """The administrator's rules of ``kind`` that read (saved text was checked when saved)."""
    from drafter.core.checks.rules import parse_rules

    text = rules_text(services, kind)
    return tuple(parse_rules(text, f"the {kind} rules")[0]) if text.strip() else ()


def _kind(kind: str) -> str:
    from drafter.core.checks.rules import RULE_KINDS

    if kind not in RULE_KINDS:
        raise DrafterError(f"There are no {kind!r} rules: the kinds are {', '.join(RULE_KINDS)}.")
    return kind


def workspace_inputs(services: Services, language: str = "en") -> CheckInputs:
    """What the organisation brings to every check: settings, rules, profile, dictionary."""
    names = frozenset(word for word in services.workspace.dictionary.words(language) if word != word.lower())
    return CheckInputs(
        language=language,
        statement_date=dt.date.today(),
        settings=check_settings(services),
        profile=dict(services.organisation_profile().values),
        known_names=names,
        skip_all_caps=not services.check_all_caps(),
        inclusive_rules=admin_rules(services, "inclusive"),
        style_rules=admin_rules(services, "style"),
    )


def statement_inputs(services: Services, statement: Statement) -> CheckInputs:
    """Everything the checks need for one statement of the workspace."""
    from drafter.core.templates.snapshot import fixed_originals, targets_from_snapshot

    base = workspace_inputs(services, statement.language)
    snapshot = services.statements.template_snapshot(statement.id) or {}
    return replace(
        base,
        statement_date=statement_date(statement, snapshot),
        template=targets_from_snapshot(snapshot),
        fixed_originals=fixed_originals(snapshot),
        field_values=tuple(str(v) for v in statement.fields.values() if str(v).strip()),
        ignored_words=frozenset(services.statements.ignored_words(statement.id)),
        confirmed=services.workspace.confirmations.keys(statement.id),
    )


def statement_date(statement: Statement, snapshot: dict[str, Any]) -> dt.date:
    """The statement's own date: its template's date field when filled in, else the day it was begun."""
    from drafter.core.templates.dates import parse_iso_date

    for raw in snapshot.get("fields", []):
        if isinstance(raw, dict) and raw.get("type") == "date":
            value = statement.fields.get(str(raw.get("key")))
            parsed = parse_iso_date(value) if isinstance(value, str) else None
            if parsed is not None:
                return parsed
    return statement.created_at.astimezone().date()


def load_spelling(services: Services, language: str) -> SpellingService:
    """The spelling service with the organisation's and this person's words."""
    from drafter.core.spelling.checker import SpellingService
    from drafter.paths import cache_dir

    return SpellingService.load(language, extra_words=extra_words(services, language), cache_dir=cache_dir())


def extra_words(services: Services, language: str) -> list[str]:
    """The words spelling accepts besides the bundled lists: the organisation's and this person's."""
    from drafter.personal_dictionary import personal_words

    return [*services.workspace.dictionary.words(language), *personal_words(language)]


# -- running the checks for the window ------------------------------------------------
#
# A check of a long statement is a tenth of a second of Python. In a thread of
# the window's own process it would hold the interpreter lock in turns with
# the GUI thread, and every keystroke would wait for its turn (measured: 110 ms
# at the 95th percentile). So the window runs the checks in one worker
# process of its own, which loads its dictionaries once and keeps them.


@dataclass(frozen=True)
class SpellingWords:
    """What the worker needs to spell-check as the window does: the language and the added words."""

    language: str
    added: frozenset[str]
    cache_dir: str | None


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    readability: str  # "Reading grade 7.2 · reading ease 64", or "" for no prose


def check_text(inputs: CheckInputs, text: str, spelling: SpellingService | None) -> CheckResult:
    """Every finding for ``text``, and its readability in a line (spelling suggestions left out)."""
    from drafter.core.checks.readability import report
    from drafter.core.checks.registry import run_checks

    draft = inputs.draft(text, spelling, suggest_spelling=False)
    findings = run_checks(draft)
    if not inputs.settings.enabled("readability"):
        return CheckResult(findings, "")
    try:
        scores = report(draft).statement
    except Exception:  # the readability check has said so among the findings
        return CheckResult(findings, "")
    summary = ("" if scores.grade is None or scores.reading_ease is None else
               f"Reading grade {scores.grade:.1f} · reading ease {scores.reading_ease:.0f}")
    return CheckResult(findings, summary)


_worker_spelling: dict[str, SpellingService] = {}  # in the worker process: one service per language


def _check_in_worker(inputs: CheckInputs, text: str, words: SpellingWords | None) -> CheckResult:
    """Runs in the worker process."""
    return check_text(inputs, text, _spelling_in_worker(words) if words is not None else None)


def _spelling_in_worker(words: SpellingWords) -> SpellingService:
    from pathlib import Path

    from drafter.core.spelling.checker import SpellingService

    service = _worker_spelling.get(words.language)
    if service is None:
        cache = Path(words.cache_dir) if words.cache_dir else None
        service = SpellingService.load(words.language, cache_dir=cache)
        _worker_spelling[words.language] = service
    for gone in service.added_words - words.added:
        service.remove_word(gone)
    service.add_words(words.added - service.added_words)
    return service


def _exit_with_parent() -> None:
    """Runs first in the worker: end it when the window's process ends, even by a crash.

    A killed window cannot shut its pool down, and a worker left behind keeps
    its word lists (over 100 MB) for good. The parent's sentinel becomes
    ready when it dies, on every system.
    """
    import multiprocessing
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _warm_up_worker() -> None:
    from drafter.core.checks.readability import warm_up

    warm_up()


#: How long one check of one text may take in the worker before it is stopped.
CHECK_TIMEOUT_S = 10.0


class CheckWorker:
    """The one process the window's checks run in, started on first use and restarted if it dies."""

    def __init__(self) -> None:
        self._pool: Any = None

    def _executor(self) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "spawn", not "fork": forking a process that runs Qt's threads is unsafe.
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_exit_with_parent)
        return self._pool

    def warm_up(self) -> None:
        """Start the process and load what the first check needs, ahead of it."""
        self._executor().submit(_warm_up_worker)

    def check(self, inputs: CheckInputs, text: str, words: SpellingWords | None,
              timeout_s: float = CHECK_TIMEOUT_S) -> CheckResult:
        """Blocks the calling thread (not the GUI's) until the worker answers, at most ``timeout_s``."""
        from concurrent.futures import TimeoutError as Late
        from concurrent.futures.process import BrokenProcessPool

        future = self._executor().submit(_check_in_worker, inputs, text, words)
        try:
            return future.result(timeout=timeout_s)  # type: ignore[no-any-return]
        except BrokenProcessPool:
            self._pool = None  # the worker died (killed, out of memory): a new one next time
            raise DrafterError(
                "The checks' worker process stopped; the next check starts a new one.") from None
        except Late:
            self.shutdown()
            raise DrafterError(f"The checks took longer than {timeout_s:.0f} s on this text and were "
                               "stopped; they run again after the next change.") from None

    def shutdown(self) -> None:
        """Stop the worker now, even in the middle of a check (closing must not wait for it)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # ProcessPoolExecutor cannot stop a running task (Python 3.14 adds terminate_workers()):
        # end its processes, then let it tidy up without waiting.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
