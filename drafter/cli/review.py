"""``drafter submit``, ``withdraw``, ``review`` and ``history``: a statement's review from a script."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from drafter.cli.output import emit_json, emit_line, iso_utc, local_time

if TYPE_CHECKING:
    from drafter.services import Services
    from drafter.store.records import Review, Revision


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "submit", parents=[common],
        help="snapshot a revision and ask for review (refused while a check reports an error)")
    p.add_argument("statement_id", metavar="ID", type=int)
    p.add_argument("--note", help="a note for the reviewers")
    p.add_argument("--reviewer", action="append", default=[], metavar="LOGIN",
                   help="ask this person to review it (repeat for more)")
    p.set_defaults(handler=submit)

    p = commands.add_parser("withdraw", parents=[common], help="take a statement back from review to edit it")
    p.add_argument("statement_id", metavar="ID", type=int)
    p.set_defaults(handler=withdraw)

    p = commands.add_parser("review", parents=[common], help="approve a revision, or ask for changes")
    p.add_argument("statement_id", metavar="ID", type=int)
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", dest="decision", action="store_const", const="approve")
    decision.add_argument("--request-changes", dest="decision", action="store_const", const="request_changes")
    p.add_argument("--revision", type=int, metavar="N",
                   help="the revision you reviewed (default: the newest); "
                        "refused if it is no longer the one in review")
    p.add_argument("--note", help="what should change (required with --request-changes)")
    p.set_defaults(handler=review)

    p = commands.add_parser("policy", parents=[common],
                            help="the review stages and whether authors may approve their own text")
    p.add_argument("--stage", action="append", default=[], metavar="NAME[:LOGIN,LOGIN][:N]",
                   help="replace the stages, in order: a name, who may approve (default: any reviewer) "
                        "and how many approvals it needs (default 1), e.g. 'Legal counsel:legal:1'")
    self_approval = p.add_mutually_exclusive_group()
    self_approval.add_argument("--allow-self-approval", dest="self_approval", action="store_true",
                               default=None)
    self_approval.add_argument("--no-self-approval", dest="self_approval", action="store_false")
    p.set_defaults(handler=policy)

    p = commands.add_parser("history", parents=[common], help="every event of a statement, who and when")
    p.add_argument("statement_id", metavar="ID", type=int)
    p.set_defaults(handler=history)


def submit(args: argparse.Namespace, services: Services) -> int:
    from drafter.reviewing import submit as submit_statement

    revision = submit_statement(services, args.statement_id, note=args.note, reviewers=tuple(args.reviewer))
    if args.json:
        emit_json(_revision_json(revision))
    else:
        emit_line(f"Statement {revision.statement_id}: revision {revision.number} is in review.")
    return 0


def withdraw(args: argparse.Namespace, services: Services) -> int:
    services.workspace.reviews.withdraw(args.statement_id, actor=services.actor_login)
    if args.json:
        emit_json({"id": args.statement_id, "status": "draft"})
    return 0


def review(args: argparse.Namespace, services: Services) -> int:
    reviews = services.workspace.reviews
    seen = reviews.revision(args.statement_id, args.revision)
    decided = reviews.decide(args.statement_id, actor=services.actor_login, decision=args.decision,
                             revision=seen.number, sha256=seen.sha256, note=args.note)
    status = services.statements.get(args.statement_id).status
    if args.json:
        emit_json({**_review_json(decided), "status": status.value})
    else:
        emit_line(f"Statement {args.statement_id} is now {status.label.lower()}.")
    return 0


def history(args: argparse.Namespace, services: Services) -> int:
    from drafter.core.history import describe

    services.statements.get(args.statement_id)  # an unknown id is refused, not an empty history
    events = services.workspace.audit.events(args.statement_id)
    if args.json:
        emit_json([{"sequence": e.sequence, "time": iso_utc(e.occurred_at), "actor": e.actor,
                    "action": e.action, "description": describe(e.action, e.details),
                    "details": e.details} for e in events])
    else:
        for event in events:
            described = describe(event.action, event.details)
            emit_line(f"{local_time(event.occurred_at)}  {event.actor}  {described}")
    return 0


def policy(args: argparse.Namespace, services: Services) -> int:
    """Show the review policy; with --stage or a self-approval switch, change it (administrators)."""
    from dataclasses import replace

    from drafter.core.errors import DrafterError
    from drafter.core.workflow import POLICY_KEY

    current = services.workspace.reviews.policy()
    if args.stage or args.self_approval is not None:
        if not services.actor.has_role("admin"):
            raise DrafterError(f"Only an administrator can change the review policy, and "
                               f"{services.actor_login} is not one.")
        changed = current
        if args.stage:
            changed = replace(changed, stages=tuple(_stage(text) for text in args.stage))
        if args.self_approval is not None:
            changed = replace(changed, allow_self_approval=args.self_approval)
        services.workspace.settings.put(POLICY_KEY, changed.to_dict(), actor=services.actor_login)
        current = changed
    if args.json:
        emit_json(current.to_dict())
    else:
        for number, stage in enumerate(current.stages, start=1):
            emit_line(f"{number}. {stage.name}: {stage.describe_reviewers()}, "
                      f"{stage.approvals} approval{'s' * (stage.approvals != 1)}")
        emit_line("Authors may approve their own text (recorded as self-approval)."
                  if current.allow_self_approval else "Authors may not approve their own text.")
    return 0


def _stage(text: str):  # type: ignore[no-untyped-def]
    from drafter.core.errors import DrafterError
    from drafter.core.workflow import Stage

    name, _, rest = text.partition(":")
    logins, _, count = rest.partition(":")
    if not name.strip():
        raise DrafterError(f"A stage needs a name: {text!r} (e.g. 'Legal counsel:legal:1').")
    if count and (not count.strip().isdigit() or not 1 <= int(count) <= 20):
        raise DrafterError(f"The approvals of the stage {name.strip()!r} must be a number from 1 to 20.")
    reviewers = frozenset(login.strip() for login in logins.split(",") if login.strip())
    return Stage(name.strip(), reviewers, int(count) if count else 1)


def _revision_json(revision: Revision) -> dict[str, object]:
    return {"id": revision.statement_id, "revision": revision.number, "sha256": revision.sha256,
            "authors": sorted(revision.authors), "reviewers": list(revision.reviewers),
            "note": revision.note, "created": iso_utc(revision.created_at), "status": "in_review"}


def _review_json(decided: Review) -> dict[str, object]:
    return {"id": decided.statement_id, "revision": decided.revision, "stage": decided.stage,
            "reviewer": decided.reviewer, "decision": decided.decision, "sha256": decided.sha256_seen,
            "self_approval": decided.self_approval, "note": decided.note,
            "created": iso_utc(decided.created_at)}
