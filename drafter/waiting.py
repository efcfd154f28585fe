"""Who each statement waits for, and which statements wait for a given person.

The statement list shows, for every statement in review, the stage it is at
and who that stage waits for; its "Waiting for me" filter keeps the ones a
person should act on now:

- as a reviewer: statements in review whose current stage they may approve
  (the stage names them, or names nobody and they are a reviewer), that they
  have not approved at that stage yet, and that they did not write (unless
  the policy allows self-approval). At the first stage, when the submitter
  asked for particular reviewers, only those count, as long as one of them
  can still approve; otherwise the stage's own rule applies again;
- as a drafter: statements they created or wrote that came back with changes
  requested, or that were approved after their own last step on them.

It reads through the stores and decides nothing the rules do not already
say (``core.workflow``); no Qt, so the command line could use it too. One
pass over the statements outside the trash: a read for each statement in
review, and the audit events only of those approved or sent back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from drafter.core.statement import Status
from drafter.core.workflow import DRAFTER_ROLE, REVIEWER_ROLE, ReviewPolicy, ReviewState

if TYPE_CHECKING:
    from drafter.services import Services
    from drafter.store.records import AuditEvent, Person
    from drafter.store.reviews import ReviewStore

#: Audit actions that make someone a statement's writer.
WRITING_ACTIONS = frozenset({"created", "edited", "submitted"})


@dataclass(frozen=True)
class Waiting:
    """What the statement list shows: for statements in review, the stage and who it waits for
    ("Legal counsel: legal (0 of 1 approvals)"); and the statements waiting for the person."""

    waiting_for: dict[int, str]
    stages: dict[int, str]
    mine: frozenset[int]


def find_waiting(services: Services, person: Person | None) -> Waiting:
    """Everything the statement list needs about waiting, for ``person`` (None: nobody's own)."""
    reviews = services.workspace.reviews
    waiting_for: dict[int, str] = {}
    stages: dict[int, str] = {}
    mine: set[int] = set()
    roles_by_login: dict[str, frozenset[str]] | None = None

    def roles_of(login: str) -> frozenset[str]:
        nonlocal roles_by_login
        if roles_by_login is None:  # read once, and only if a submitter asked for someone
            roles_by_login = {p.login: p.roles for p in services.people.list()}
        return roles_by_login.get(login, frozenset())

    for summary in services.statements.list():
        sid = summary.id
        if summary.status is Status.IN_REVIEW:
            state = reviews.state(sid)
            policy = reviews.policy_for(sid)  # the template's own stages, if it has them
            number = state.stage(policy)
            text = state.waiting_for(policy)
            if number is None or not text:
                continue
            waiting_for[sid] = text
            stages[sid] = policy.stages[number - 1].name
            if person is not None and asks_for(person.login, person.roles, state, policy,
                                               asked=partial(_asked, reviews, sid), roles_of=roles_of):
                mine.add(sid)
        elif (summary.status in (Status.CHANGES_REQUESTED, Status.APPROVED) and person is not None
              and person.has_role(DRAFTER_ROLE)
              and back_with(person.login, summary.status, services.workspace.audit.events(sid))):
            mine.add(sid)
    return Waiting(waiting_for, stages, frozenset(mine))


def waiting_for(services: Services) -> dict[int, str]:
    """Statement id -> who it waits for, in words, for every statement in review."""
    return find_waiting(services, None).waiting_for


def waiting_for_me(services: Services, person: Person) -> set[int]:
    """The statements waiting for ``person`` to review, revise or release them."""
    return set(find_waiting(services, person).mine)


def can_approve_now(login: str, roles: Iterable[str], state: ReviewState, policy: ReviewPolicy,
                    stage: int) -> bool:
    """Whether ``login`` could approve the revision in review at ``stage`` (1-based) now."""
    rules = policy.stages[stage - 1]
    return (REVIEWER_ROLE in set(roles)
            and (not rules.reviewers or login in rules.reviewers)
            and (login not in state.authors or policy.allow_self_approval)
            and not any(a.stage == stage and a.reviewer == login for a in state.approvals))


def asks_for(login: str, roles: Iterable[str], state: ReviewState, policy: ReviewPolicy, *,
             asked: Callable[[], Iterable[str]], roles_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether the statement in review waits for ``login``'s decision at its current stage.

    ``asked`` gives whom the submitter asked for (read only at the first
    stage); ``roles_of`` gives another person's roles.
    """
    stage = state.stage(policy)
    if stage is None or not can_approve_now(login, roles, state, policy, stage):
        return False
    if stage == 1:
        able = [r for r in asked() if can_approve_now(r, roles_of(r), state, policy, stage)]
        if able:
            return login in able
    return True


def back_with(login: str, status: Status, events: Iterable[AuditEvent]) -> bool:
    """Whether a statement sent back (changes requested) or approved waits for one of its writers.

    Changes requested wait for every writer until the statement is submitted
    again; an approval waits for them until their next step on it (a release,
    a comment, an edit that sets the approval aside).
    """
    wrote = False
    last_own = last_approval = -1
    for event in events:
        if event.actor == login:
            last_own = event.sequence
            wrote = wrote or event.action in WRITING_ACTIONS
        elif event.action == "submitted" and login in _authors(event.details):
            wrote = True
        if event.action == "approved":
            last_approval = event.sequence
    if not wrote:
        return False
    if status is Status.CHANGES_REQUESTED:
        return True
    return status is Status.APPROVED and last_approval > last_own


def _asked(reviews: ReviewStore, statement_id: int) -> tuple[str, ...]:
    """Whom the submitter of the statement's newest revision asked to review it."""
    return reviews.revision(statement_id).reviewers


def _authors(details: Mapping[str, object]) -> list[str]:
    authors = details.get("authors")
    return [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else []

