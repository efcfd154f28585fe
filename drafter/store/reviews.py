"""Revisions and reviews: submitting a statement, withdrawing it, approving it or asking for changes.

Every step reads the statement, its newest revision and that revision's
standing approvals inside one write transaction, asks ``core.workflow``
whether the step is allowed, and only then changes anything (with its
audit event in the same transaction). A second window, a script or a
reviewer on another computer cannot slip a step past the rules.
"""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from drafter.core.errors import ConflictError, NotFoundError
from drafter.core.statement import Status
from drafter.core.workflow import (
    APPROVE,
    POLICY_KEY,
    Approval,
    NotAllowedError,
    ReviewPolicy,
    ReviewState,
    check_review,
    check_submit,
    check_withdraw,
    status_after_approval,
    text_sha256,
)
from drafter.store.people import _fetch as fetch_person
from drafter.store.records import Review, Revision
from drafter.store.schema import audit_events, inserted_id, reviews, revisions, statements
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace

#: Audit actions that change a statement's text: their actors are the next revision's authors.
TEXT_ACTIONS = ("created", "edited")


def _list(stored: str | None) -> list[str]:
    try:
        value = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _to_revision(row: Any) -> Revision:
    return Revision(row.statement_id, row.number, row.text, row.sha256, row.author,
                    frozenset(_list(row.authors)) | {row.author}, tuple(_list(row.reviewers)),
                    row.note, row.created_at)


def _to_review(row: Any, number: int) -> Review:
    return Review(row.statement_id, number, row.stage, row.reviewer, row.decision, row.sha256_seen,
                  bool(row.self_approval), row.note, row.created_at, bool(row.superseded))


class ReviewStore:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- reading ---------------------------------------------------------------------
    def policy(self) -> ReviewPolicy:
        """The workspace's policy."""
        return ReviewPolicy.from_dict(self._workspace.settings.get(POLICY_KEY, {}))

    def policy_for(self, statement_id: int) -> ReviewPolicy:
        """The policy a statement is reviewed under: its template's stages, if it has its own."""
        with self._workspace.read() as conn:
            return self.policy_in(conn, statement_id)

    def revisions(self, statement_id: int) -> builtins.list[Revision]:
        query = (sa.select(revisions).where(revisions.c.statement_id == statement_id)
                 .order_by(revisions.c.number))
        with self._workspace.read() as conn:
            return [_to_revision(row) for row in conn.execute(query)]

    def revision(self, statement_id: int, number: int | None = None) -> Revision:
        """Revision ``number`` (default: the newest); NotFoundError when there is none."""
        with self._workspace.read() as conn:
            row = _revision_row(conn, statement_id, number)
        if row is None:
            which = f"revision {number}" if number is not None else "revision yet"
            raise NotFoundError(f"Statement {statement_id} has no {which}.")
        return _to_revision(row)

    def reviews(self, statement_id: int) -> builtins.list[Review]:
        """Every decision on the statement, oldest first."""
        query = (sa.select(reviews, revisions.c.number)
                 .join(revisions, reviews.c.revision_id == revisions.c.id)
                 .where(reviews.c.statement_id == statement_id).order_by(reviews.c.id))
        with self._workspace.read() as conn:
            return [_to_review(row, row.number) for row in conn.execute(query)]

    def state(self, statement_id: int) -> ReviewState:
        with self._workspace.read() as conn:
            return _state(conn, statement_id)

    # -- the steps -------------------------------------------------------------------
    def submit(self, statement_id: int, *, actor: str, expected_version: int, errors: list[str],
               note: str | None = None, reviewers: tuple[str, ...] = ()) -> Revision:
        """Take a revision of the working copy and put the statement in review.

        ``errors`` are the drafting checks' errors on the text at
        ``expected_version`` (the caller ran them); any refuses the step. If
        the text changed since, ConflictError: check it again.
        """
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            row = _statement_row(conn, statement_id)
            person = fetch_person(conn, actor)
            check_submit(Status(row.status), person.roles if person else (), errors)
            if row.version != expected_version:
                raise ConflictError(statement_id, expected_version, int(row.version))
            for login in reviewers:
                if fetch_person(conn, login) is None:
                    raise NotFoundError(f"There is nobody called {login!r} in this workspace to review it.")
            previous = _revision_row(conn, statement_id, None)
            number = 1 if previous is None else previous.number + 1
            authors = sorted(_authors_since_last_revision(conn, statement_id) | {actor})
            sha = text_sha256(row.text)
            clean_note = " ".join((note or "").split()) or None
            result = conn.execute(revisions.insert().values(
                statement_id=statement_id, number=number, text=row.text, sha256=sha, author=actor,
                created_at=self._workspace.now(), note=clean_note, authors=json.dumps(authors),
                reviewers=json.dumps(sorted(set(reviewers))) if reviewers else None))
            inserted_id(result)
            _set_status(conn, statement_id, Status.IN_REVIEW)
            self._workspace.audit.append(conn, actor=actor, action="submitted", statement_id=statement_id,
                                         details={"revision": number, "sha256": sha, "authors": authors,
                                                  "reviewers": sorted(set(reviewers)), "note": clean_note})
            written = _revision_row(conn, statement_id, number)
            assert written is not None
            return _to_revision(written)

    def withdraw(self, statement_id: int, *, actor: str) -> None:
        """Take the statement back from review to edit it again."""
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            state = _state(conn, statement_id)
            person = fetch_person(conn, actor)
            check_withdraw(state.status, actor, state.authors, person.roles if person else ())
            _set_status(conn, statement_id, Status.DRAFT)
            self._workspace.audit.append(conn, actor=actor, action="withdrawn", statement_id=statement_id,
                                         details={"revision": state.revision})

    def reopen(self, statement_id: int, *, actor: str) -> None:
        """Return an approved statement to draft before editing it (the person confirmed it)."""
        from drafter.core.workflow import check_edit

        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            status = Status(_statement_row(conn, statement_id).status)
            if status is not Status.APPROVED:
                raise NotAllowedError(f"The statement is {status.label.lower()}, not approved: "
                                      "there is nothing to reopen.")
            check_edit(status, reopen_approved=True)
            supersede_approvals(self._workspace, conn, statement_id, actor=actor)
            _set_status(conn, statement_id, Status.DRAFT)

    def decide(self, statement_id: int, *, actor: str, decision: str, revision: int, sha256: str,
               note: str | None = None) -> Review:
        """Approve, or ask for changes to, the revision the reviewer looked at (its number and hash)."""
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            state = _state(conn, statement_id)
            policy = self.policy_in(conn, statement_id)
            person = fetch_person(conn, actor)
            stage, self_approval = check_review(
                state, policy, reviewer=actor, roles=person.roles if person else (), decision=decision,
                seen_revision=revision, seen_sha256=sha256, note=note)
            revision_row = _revision_row(conn, statement_id, revision)
            assert revision_row is not None
            clean_note = " ".join((note or "").split()) or None
            now = self._workspace.now()
            conn.execute(reviews.insert().values(
                statement_id=statement_id, revision_id=revision_row.id, stage=stage, reviewer=actor,
                decision=decision, sha256_seen=sha256, self_approval=self_approval, note=clean_note,
                created_at=now, superseded=False))
            if decision == APPROVE:
                status = status_after_approval(state, policy, Approval(stage, actor))
                action = "approved"
            else:
                status = Status.CHANGES_REQUESTED
                action = "changes_requested"
            _set_status(conn, statement_id, status)
            self._workspace.audit.append(
                conn, actor=actor, action=action, statement_id=statement_id,
                details={"revision": revision, "sha256": sha256, "stage": stage,
                         "stage_name": policy.stages[stage - 1].name, "self_approval": self_approval,
                         "note": clean_note, "status": status.value})
            return Review(statement_id, revision, stage, actor, decision, sha256, self_approval, clean_note,
                          now, False)

    def release(self, statement_id: int, *, actor: str, revision: int, sha256: str,
                files: list[dict[str, str]]) -> None:
        """Record a final export of the approved revision (and the statement as released).

        Refused unless the statement is approved (or released already, for another export of
        the same text) and ``revision``/``sha256`` are still its approved revision: text that
        changed after approval is never released.
        """
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            state = _state(conn, statement_id)
            if state.status not in (Status.APPROVED, Status.RELEASED):
                raise NotAllowedError(
                    f"Statement {statement_id} is {state.status.label.lower()}, not approved: only approved "
                    "text is released. Export it as a draft instead, marked as such.")
            row = _revision_row(conn, statement_id, state.revision)
            if (state.revision != revision or state.sha256 != sha256 or row is None
                    or text_sha256(row.text) != sha256):
                raise NotAllowedError(
                    f"Statement {statement_id} changed since the text you are exporting was approved: "
                    "nothing was released.")
            first = state.status is Status.APPROVED
            _set_status(conn, statement_id, Status.RELEASED)
            self._workspace.audit.append(
                conn, actor=actor, action="released" if first else "exported", statement_id=statement_id,
                details={"revision": revision, "sha256": sha256, "files": files})

    def policy_in(self, conn: Connection, statement_id: int) -> ReviewPolicy:
        """The statement's policy as this transaction sees it (a change of policy meanwhile counts)."""
        from drafter.core.templates.snapshot import stages_from_snapshot
        from drafter.store.schema import settings

        stored = conn.scalar(sa.select(settings.c.value).where(settings.c.key == POLICY_KEY))
        snapshot = conn.scalar(
            sa.select(statements.c.template_snapshot).where(statements.c.id == statement_id))
        try:
            policy = ReviewPolicy.from_dict(json.loads(stored) if stored else {})
            own = json.loads(snapshot) if snapshot else {}
        except ValueError:
            return ReviewPolicy()
        return policy.with_stages(stages_from_snapshot(own) if isinstance(own, dict) else ())


def supersede_approvals(workspace: Workspace, conn: Connection, statement_id: int, *, actor: str) -> int:
    """Set aside the standing approvals of the statement's newest revision (its text is being edited)."""
    row = _revision_row(conn, statement_id, None)
    if row is None:
        return 0
    result = conn.execute(reviews.update().where(
        reviews.c.revision_id == row.id, reviews.c.decision == APPROVE, reviews.c.superseded.is_(False),
    ).values(superseded=True))
    count = int(result.rowcount or 0)
    workspace.audit.append(conn, actor=actor, action="approval_superseded", statement_id=statement_id,
                           details={"revision": row.number, "approvals": count})
    return count


def _statement_row(conn: Connection, statement_id: int) -> Any:
    row = conn.execute(sa.select(statements.c.status, statements.c.text, statements.c.version)
                       .where(statements.c.id == statement_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"There is no statement {statement_id}.")
    return row


def _revision_row(conn: Connection, statement_id: int, number: int | None) -> Any:
    query = sa.select(revisions).where(revisions.c.statement_id == statement_id)
    if number is None:
        query = query.order_by(revisions.c.number.desc()).limit(1)
    else:
        query = query.where(revisions.c.number == number)
    return conn.execute(query).one_or_none()


def _state(conn: Connection, statement_id: int) -> ReviewState:
    status = Status(_statement_row(conn, statement_id).status)
    row = _revision_row(conn, statement_id, None)
    if row is None:
        return ReviewState(status, None, None)
    standing = conn.execute(sa.select(reviews.c.stage, reviews.c.reviewer).where(
        reviews.c.revision_id == row.id, reviews.c.decision == APPROVE, reviews.c.superseded.is_(False),
    )).all()
    # A request for changes ends the revision's review: its approvals no longer count
    # once it has been sent back (the next submission starts again from stage one).
    return ReviewState(status, row.number, row.sha256, frozenset(_list(row.authors)) | {row.author},
                       tuple(Approval(r.stage, r.reviewer) for r in standing))


def _authors_since_last_revision(conn: Connection, statement_id: int) -> set[str]:
    """Who changed the text since the last "submitted" event (or since it was created)."""
    last = conn.scalar(sa.select(sa.func.max(audit_events.c.sequence)).where(
        audit_events.c.statement_id == statement_id, audit_events.c.action == "submitted"))
    query = sa.select(audit_events.c.actor).distinct().where(
        audit_events.c.statement_id == statement_id, audit_events.c.action.in_(TEXT_ACTIONS))
    if last is not None:
        query = query.where(audit_events.c.sequence > last)
    return set(conn.execute(query).scalars())


def _set_status(conn: Connection, statement_id: int, status: Status) -> None:
    conn.execute(statements.update().where(statements.c.id == statement_id).values(status=status.value))
