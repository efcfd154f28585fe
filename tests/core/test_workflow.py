"""The rules of a statement's life, without a database: who may do what, and when."""

from __future__ import annotations

import pytest

from drafter.core.statement import Status
from drafter.core.workflow import (
    APPROVE,
    REQUEST_CHANGES,
    Approval,
    NotAllowedError,
    ReviewPolicy,
    ReviewState,
    Stage,
    check_edit,
    check_review,
    check_submit,
    status_after_approval,
    text_sha256,
)

SHA = text_sha256("The text.")
THREE_STAGES = ReviewPolicy((Stage("Communications lead", frozenset({"comms"})),
                             Stage("Legal counsel", frozenset({"legal"})),
                             Stage("Mayor", frozenset({"mayor"}))))


def in_review(*approvals: Approval, authors: frozenset[str] = frozenset({"ana"})) -> ReviewState:
    return ReviewState(Status.IN_REVIEW, 2, SHA, authors, approvals)


ONE_STAGE = ReviewPolicy()


def decide(state: ReviewState, reviewer: str, *, policy: ReviewPolicy = ONE_STAGE,
           decision: str = APPROVE, revision: int = 2, sha: str = SHA, note: str | None = None,
           roles: tuple[str, ...] = ("reviewer",)) -> tuple[int, bool]:
    return check_review(state, policy, reviewer=reviewer, roles=roles, decision=decision,
                        seen_revision=revision, seen_sha256=sha, note=note)


def test_the_hash_is_of_the_exact_text() -> None:
    assert text_sha256("a") == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    assert text_sha256("The text.") != text_sha256("The text. ")


def test_submitting_needs_a_drafter_a_draft_and_no_check_error() -> None:
    check_submit(Status.DRAFT, ["drafter"], [])
    check_submit(Status.CHANGES_REQUESTED, ["drafter"], [])
    with pytest.raises(NotAllowedError, match="Only a drafter"):
        check_submit(Status.DRAFT, ["reviewer"], [])
    with pytest.raises(NotAllowedError, match="only a draft"):
        check_submit(Status.IN_REVIEW, ["drafter"], [])
    with pytest.raises(NotAllowedError, match=r"before submitting: “\{\{quote\}\}” was never filled in"):
        check_submit(Status.DRAFT, ["drafter"], ["“{{quote}}” was never filled in"])


def test_a_reviewer_approves_the_revision_they_saw() -> None:
    assert decide(in_review(), "bo") == (1, False)


@pytest.mark.parametrize(("kwargs", "refusal"), [
    ({"roles": ("drafter", "admin")}, "not a reviewer"),
    ({"revision": 1}, "moved on"),
    ({"sha": text_sha256("Another text.")}, "moved on"),
    ({"decision": REQUEST_CHANGES}, "needs a note"),
    ({"decision": "publish"}, "decides to"),
])
def test_what_a_review_is_refused_for(kwargs: dict, refusal: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(NotAllowedError, match=refusal):
        decide(in_review(), "bo", **kwargs)


def test_no_role_lets_an_author_approve_their_own_revision() -> None:
    with pytest.raises(NotAllowedError, match="not let authors approve"):
        decide(in_review(), "ana", roles=("reviewer", "admin", "drafter"))
    allowed = ReviewPolicy(allow_self_approval=True)
    assert decide(in_review(), "ana", policy=allowed) == (1, True)


def test_an_approval_counts_once() -> None:
    twice = ReviewPolicy((Stage("Review", approvals=2),))
    state = in_review(Approval(1, "bo"))
    with pytest.raises(NotAllowedError, match="counts once"):
        decide(state, "bo", policy=twice)
    assert decide(state, "cy", policy=twice) == (1, False)
    assert status_after_approval(state, twice, Approval(1, "cy")) is Status.APPROVED
    assert status_after_approval(in_review(), twice, Approval(1, "bo")) is Status.IN_REVIEW


def test_stages_go_in_order_and_none_can_be_skipped() -> None:
    with pytest.raises(NotAllowedError, match="“Communications lead”, which waits for comms"):
        decide(in_review(), "mayor", policy=THREE_STAGES)
    assert decide(in_review(), "comms", policy=THREE_STAGES) == (1, False)
    after_comms = in_review(Approval(1, "comms"))
    assert after_comms.waiting_for(THREE_STAGES) == "Legal counsel: legal (0 of 1 approvals)"
    assert decide(after_comms, "legal", policy=THREE_STAGES) == (2, False)
    assert status_after_approval(after_comms, THREE_STAGES, Approval(2, "legal")) is Status.IN_REVIEW
    last = in_review(Approval(1, "comms"), Approval(2, "legal"))
    assert status_after_approval(last, THREE_STAGES, Approval(3, "mayor")) is Status.APPROVED


def test_reviewing_needs_a_statement_in_review() -> None:
    approved = ReviewState(Status.APPROVED, 2, SHA, frozenset({"ana"}), (Approval(1, "bo"),))
    with pytest.raises(NotAllowedError, match="approved, not in review"):
        decide(approved, "cy")


def test_editing_in_review_or_released_is_refused_and_approved_needs_confirming() -> None:
    assert check_edit(Status.DRAFT, reopen_approved=False) is False
    for status in (Status.IN_REVIEW, Status.RELEASED):
        with pytest.raises(NotAllowedError):
            check_edit(status, reopen_approved=True)
    with pytest.raises(NotAllowedError, match="Confirm"):
        check_edit(Status.APPROVED, reopen_approved=False)
    assert check_edit(Status.APPROVED, reopen_approved=True) is True


def test_the_policy_round_trips_and_forgives_damage() -> None:
    assert ReviewPolicy.from_dict(THREE_STAGES.to_dict()) == THREE_STAGES
    assert ReviewPolicy.from_dict({"stages": "x", "allow_self_approval": "yes"}) == ReviewPolicy()
    assert ReviewPolicy.from_dict({"stages": [{"name": " ", "approvals": 0}]}) == ReviewPolicy()
