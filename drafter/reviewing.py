"""Submitting for review, for the window and the command line: the checks gate, then the store's step.

The drafting checks run on the text as stored; their errors go to the
store with the version they were run on, and the store refuses the step if
any stands or if the text changed since (then: check again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.core.spelling.checker import SpellingService
    from drafter.services import Services
    from drafter.store.records import Revision


def check_errors(services: Services, statement_id: int,
                 spelling: SpellingService | None = None) -> tuple[int, list[str]]:
    """The version checked and each error of the drafting checks on it, as "line 3: message"."""
    from drafter.checking import load_spelling, statement_inputs
    from drafter.core.checks.findings import Severity
    from drafter.core.checks.registry import run_checks

    statement = services.statements.get(statement_id)
    inputs = statement_inputs(services, statement)
    if spelling is None and inputs.settings.enabled("spelling") and \
            inputs.settings.severity("spelling", Severity.WARNING) is Severity.ERROR:
        spelling = load_spelling(services, inputs.language)  # spelling errors count only if they are errors
    draft = inputs.draft(statement.text, spelling, suggest_spelling=False)
    errors = [f for f in run_checks(draft) if f.severity is Severity.ERROR]
    return statement.version, [f"line {draft.lines.position(f.start)[0]}: {f.message}" for f in errors]


def submit(services: Services, statement_id: int, *, note: str | None = None,
           reviewers: tuple[str, ...] = (), spelling: SpellingService | None = None) -> Revision:
    version, errors = check_errors(services, statement_id, spelling)
    return services.workspace.reviews.submit(statement_id, actor=services.actor_login,
                                             expected_version=version, errors=errors, note=note,
                                             reviewers=reviewers)
