"""The statement's life as rules: who may submit, withdraw, approve or ask for changes, and when.

These functions decide; they change nothing. The store calls them inside
the transaction that makes the change, with what it has just read, so a
rule cannot be dodged by a second window or a script (DESIGN.md: "the rules
live in core and are enforced again in the store").

No role bypasses a rule: an administrator who wrote a revision cannot
approve it either, unless the workspace policy allows self-approval for
everyone, and then it is recorded as such.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from drafter.core.errors import DrafterError
from drafter.core.statement import Status

#: The workspace setting the review policy is stored under.
POLICY_KEY = "review_policy"

APPROVE = "approve"
REQUEST_CHANGES = "request_changes"
DECISIONS = (APPROVE, REQUEST_CHANGES)

DRAFTER_ROLE = "drafter"
REVIEWER_ROLE = "reviewer"
ADMIN_ROLE = "admin"


class NotAllowedError(DrafterError):
    """A step the statement's life does not allow now, or not to this person."""


def text_sha256(text: str) -> str:
    """The SHA-256 of a text's exact UTF-8 bytes: what an approval is bound to."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Stage:
    """One step of review: who may approve at it (when empty, any reviewer), and how many must."""

    name: str
    reviewers: frozenset[str] = frozenset()
    approvals: int = 1

    def describe_reviewers(self) -> str:
        return ", ".join(sorted(self.reviewers)) if self.reviewers else "any reviewer"


@dataclass(frozen=True)
class ReviewPolicy:
    """The workspace's review rules: ordered stages, and whether authors may approve their own text."""

    stages: tuple[Stage, ...] = field(default_factory=lambda: (Stage("Review"),))
    allow_self_approval: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"stages": stages_to_list(self.stages), "allow_self_approval": self.allow_self_approval}

    @classmethod
    def from_dict(cls, data: object) -> ReviewPolicy:
        """Read what ``to_dict`` wrote; anything that does not read leaves the default in place."""
        if not isinstance(data, Mapping):
            return cls()
        return cls(stages_from_list(data.get("stages")) or (Stage("Review"),),
                   data.get("allow_self_approval") is True)

    def with_stages(self, stages: tuple[Stage, ...]) -> ReviewPolicy:
        """This policy with a template's own stages (none: unchanged)."""
        return ReviewPolicy(stages, self.allow_self_approval) if stages else self


def stages_to_list(stages: Iterable[Stage]) -> list[dict[str, object]]:
    return [{"name": s.name, "reviewers": sorted(s.reviewers), "approvals": s.approvals} for s in stages]


def stages_from_list(raw_stages: object) -> tuple[Stage, ...]:
    """The stages that read from a list of ``{"name", "reviewers", "approvals"}`` (others are skipped)."""
    stages = []
    for raw in raw_stages if isinstance(raw_stages, list) else []:
        name = raw.get("name") if isinstance(raw, Mapping) else None
        if not isinstance(name, str) or not name.strip():
            continue
        reviewers = raw.get("reviewers", [])
        approvals = raw.get("approvals", 1)
        if isinstance(approvals, str) and approvals.strip().isdigit():  # as a template's YAML has it
            approvals = int(approvals)
        stages.append(Stage(
            name.strip(),
            frozenset(r.strip() for r in reviewers if isinstance(r, str) and r.strip())
            if isinstance(reviewers, list) else frozenset(),
            approvals if isinstance(approvals, int) and not isinstance(approvals, bool)
            and 1 <= approvals <= 20 else 1))
    return tuple(stages)


@dataclass(frozen=True)
class Approval:
    stage: int  # 1-based
    reviewer: str


@dataclass(frozen=True)
class ReviewState:
    """What the rules need to know about a statement and its revision under review."""

    status: Status
    revision: int | None  # the number of the newest revision, None before the first submission
    sha256: str | None  # of that revision's text
    authors: frozenset[str] = frozenset()  # who wrote that revision
    approvals: tuple[Approval, ...] = ()  # standing approvals of that revision

    def stage(self, policy: ReviewPolicy) -> int | None:
        """The 1-based stage that still waits for approvals, or None when every stage is done."""
        for number, stage in enumerate(policy.stages, start=1):
            if self.approvals_at(number) < stage.approvals:
                return number
        return None

    def approvals_at(self, stage: int) -> int:
        return len({a.reviewer for a in self.approvals if a.stage == stage})

    def waiting_for(self, policy: ReviewPolicy) -> str:
        """"Legal counsel: any reviewer (0 of 1 approvals)": who the statement waits for, in words."""
        number = self.stage(policy)
        if self.status is not Status.IN_REVIEW or number is None:
            return ""
        stage = policy.stages[number - 1]
        return (f"{stage.name}: {stage.describe_reviewers()} "
                f"({self.approvals_at(number)} of {stage.approvals} approvals)")


def check_submit(status: Status, roles: Iterable[str], errors: Iterable[str]) -> None:
    """A drafter submits a draft (or a statement with changes requested) whose checks report no error."""
    if DRAFTER_ROLE not in set(roles):
        raise NotAllowedError("Only a drafter can submit a statement for review.")
    if status not in (Status.DRAFT, Status.CHANGES_REQUESTED):
        raise NotAllowedError(f"The statement is {status.label.lower()}: only a draft can be submitted.")
    errors = [error.rstrip(". ") for error in errors]
    if errors:
        listed = "; ".join(errors[:10]) + (f"; and {len(errors) - 10} more" if len(errors) > 10 else "")
        raise NotAllowedError(f"Fix the checks' errors before submitting: {listed}.")


def check_withdraw(status: Status, actor: str, authors: frozenset[str], roles: Iterable[str]) -> None:
    """An author of the revision (or an admin) takes it back from review to edit it again."""
    if status is not Status.IN_REVIEW:
        raise NotAllowedError(f"The statement is {status.label.lower()}, not in review: nothing to withdraw.")
    if actor not in authors and ADMIN_ROLE not in set(roles):
        raise NotAllowedError("Only an author of the revision in review can withdraw it.")


def check_review(
    state: ReviewState,
    policy: ReviewPolicy,
    *,
    reviewer: str,
    roles: Iterable[str],
    decision: str,
    seen_revision: int,
    seen_sha256: str,
    note: str | None,
) -> tuple[int, bool]:
    """The stage this decision counts at, and whether it is a self-approval; NotAllowedError if refused."""
    if decision not in DECISIONS:
        raise NotAllowedError(f"A review decides to {APPROVE!r} or to {REQUEST_CHANGES!r}.")
    if REVIEWER_ROLE not in set(roles):
        raise NotAllowedError(f"{reviewer} is not a reviewer: only reviewers approve or ask for changes.")
    if state.status is not Status.IN_REVIEW:
        raise NotAllowedError(f"The statement is {state.status.label.lower()}, not in review.")
    if seen_revision != state.revision or seen_sha256 != state.sha256:
        raise NotAllowedError(
            f"The statement moved on: you looked at revision {seen_revision}, and revision {state.revision} "
            "is now in review. Look at it again before you decide.")
    number = state.stage(policy)
    if number is None:  # every stage approved but the status not updated: should not happen
        raise NotAllowedError("Every review stage has approved this revision already.")
    stage = policy.stages[number - 1]
    if stage.reviewers and reviewer not in stage.reviewers:
        raise NotAllowedError(
            f"The statement is at the stage “{stage.name}”, which waits for {stage.describe_reviewers()}.")
    if decision == REQUEST_CHANGES:
        if not (note or "").strip():
            raise NotAllowedError("Say what should change: a request for changes needs a note.")
        return number, False
    if any(a.stage == number and a.reviewer == reviewer for a in state.approvals):
        raise NotAllowedError(f"{reviewer} has approved this revision at the stage “{stage.name}” already; "
                              "an approval counts once.")
    self_approval = reviewer in state.authors
    if self_approval and not policy.allow_self_approval:
        raise NotAllowedError(f"{reviewer} wrote part of revision {state.revision}, and this workspace does "
                              "not let authors approve their own text: another reviewer must.")
    return number, self_approval


def status_after_approval(state: ReviewState, policy: ReviewPolicy, approval: Approval) -> Status:
    """In review until the last stage has its approvals, then approved."""
    after = ReviewState(state.status, state.revision, state.sha256, state.authors,
                        (*state.approvals, approval))
    return Status.APPROVED if after.stage(policy) is None else Status.IN_REVIEW


def check_edit(status: Status, *, reopen_approved: bool) -> bool:
    """Whether the working copy may change now; True when an approval is set aside by the change.

    In review the text is read-only (withdraw first); released text never
    changes. An approved statement may be edited only when the person has
    confirmed that it goes back to draft.
    """
    if status is Status.IN_REVIEW:
        raise NotAllowedError("The statement is in review: its text is read-only. Withdraw it to edit.")
    if status is Status.RELEASED:
        raise NotAllowedError("The statement has been released: its text no longer changes.")
    if status is Status.APPROVED:
        if not reopen_approved:
            raise NotAllowedError("The statement is approved: editing it sets the approval aside and "
                                  "returns it to draft. Confirm to go on.")
        return True
    return False
