"""A statement's life in the workspace: submit, review in stages, approve, edit after approval."""

from __future__ import annotations

import pytest

from drafter.core.errors import ConflictError
from drafter.core.statement import Status
from drafter.core.workflow import APPROVE, REQUEST_CHANGES, NotAllowedError, ReviewPolicy, Stage, text_sha256
from drafter.store import Workspace

TEXT = "# Statement\n\nWe stand with our officers.\n"


@pytest.fixture
def people(workspace: Workspace) -> Workspace:
    workspace.people.ensure("admin")  # the first person: every role
    workspace.people.ensure("ana", roles=["drafter"])
    workspace.people.ensure("bo", roles=["reviewer"])
    workspace.people.ensure("cy", roles=["reviewer", "drafter"])
    return workspace


def _draft(ws: Workspace, author: str = "ana") -> int:
    return ws.statements.create(title="Statement", text=TEXT, actor=author).id


def _submit(ws: Workspace, sid: int, actor: str = "ana", errors: list[str] | None = None) -> int:
    version = ws.statements.get(sid).version
    return ws.reviews.submit(sid, actor=actor, expected_version=version, errors=errors or []).number


def _approve(ws: Workspace, sid: int, reviewer: str) -> None:
    revision = ws.reviews.revision(sid)
    ws.reviews.decide(sid, actor=reviewer, decision=APPROVE, revision=revision.number, sha256=revision.sha256)


def test_the_whole_life_submit_approve_and_the_approval_bound_to_the_text(people: Workspace) -> None:
    ws = people
    sid = _draft(ws)
    assert _submit(ws, sid) == 1
    revision = ws.reviews.revision(sid)
    assert (revision.text, revision.sha256, revision.authors) == (TEXT, text_sha256(TEXT), {"ana"})
    assert ws.statements.get(sid).status is Status.IN_REVIEW
    _approve(ws, sid, "bo")
    assert ws.statements.get(sid).status is Status.APPROVED
    [review] = ws.reviews.reviews(sid)
    assert (review.reviewer, review.decision, review.sha256_seen, review.superseded) == (
        "bo", APPROVE, text_sha256(TEXT), False)
    actions = [e.action for e in ws.audit.events(sid)]
    assert actions == ["created", "submitted", "approved"]
    assert ws.audit.verify().ok


def test_submitting_is_refused_while_a_check_reports_an_error(people: Workspace) -> None:
    sid = _draft(people)
    with pytest.raises(NotAllowedError, match="never filled in"):
        _submit(people, sid, errors=["“{{quote}}” was never filled in"])
    assert people.statements.get(sid).status is Status.DRAFT
    assert people.reviews.revisions(sid) == []


def test_submitting_text_that_changed_since_it_was_checked_is_a_conflict(people: Workspace) -> None:
    sid = _draft(people)
    version = people.statements.get(sid).version
    people.statements.save_working_copy(sid, TEXT + "More.\n", expected_version=version, actor="ana")
    with pytest.raises(ConflictError):
        people.reviews.submit(sid, actor="ana", expected_version=version, errors=[])


def test_in_review_the_text_is_read_only_until_withdrawn(people: Workspace) -> None:
    sid = _draft(people)
    _submit(people, sid)
    version = people.statements.get(sid).version
    with pytest.raises(NotAllowedError, match="read-only"):
        people.statements.save_working_copy(sid, "Changed.", expected_version=version, actor="ana")
    with pytest.raises(NotAllowedError, match="Only an author"):
        people.reviews.withdraw(sid, actor="bo")
    people.reviews.withdraw(sid, actor="ana")
    assert people.statements.get(sid).status is Status.DRAFT
    people.statements.save_working_copy(sid, "Changed.", expected_version=version, actor="ana")


@pytest.mark.parametrize(("reviewer", "refusal"), [
    ("ana", "not a reviewer"),  # a drafter approving
    ("admin", "not let authors approve"),  # an admin who wrote part of the revision
])
def test_refused_approvals_change_nothing(people: Workspace, reviewer: str, refusal: str) -> None:
    sid = _draft(people)
    version = people.statements.get(sid).version
    people.statements.save_working_copy(sid, TEXT + "Edited by admin.\n", expected_version=version,
                                        actor="admin")
    _submit(people, sid)
    events_before = len(people.audit.events())
    with pytest.raises(NotAllowedError, match=refusal):
        _approve(people, sid, reviewer)
    assert people.statements.get(sid).status is Status.IN_REVIEW
    assert people.reviews.reviews(sid) == [] and len(people.audit.events()) == events_before


def test_approving_a_statement_not_in_review_is_refused(people: Workspace) -> None:
    sid = _draft(people)
    with pytest.raises(NotAllowedError, match="draft, not in review"):
        people.reviews.decide(sid, actor="bo", decision=APPROVE, revision=1, sha256=text_sha256(TEXT))
    _submit(people, sid)
    _approve(people, sid, "bo")
    with pytest.raises(NotAllowedError, match="approved, not in review"):
        _approve(people, sid, "cy")


def test_an_approval_for_a_revision_that_moved_on_is_refused(people: Workspace) -> None:
    sid = _draft(people)
    _submit(people, sid)
    seen = people.reviews.revision(sid)
    people.reviews.withdraw(sid, actor="ana")
    version = people.statements.get(sid).version
    people.statements.save_working_copy(sid, TEXT + "New line.\n", expected_version=version, actor="ana")
    _submit(people, sid)
    with pytest.raises(NotAllowedError, match="moved on"):
        people.reviews.decide(sid, actor="bo", decision=APPROVE, revision=seen.number, sha256=seen.sha256)


def test_stages_in_order_changes_requested_start_again_from_the_first(people: Workspace) -> None:
    ws = people
    ws.people.ensure("legal", roles=["reviewer"])
    policy = ReviewPolicy((Stage("Communications lead", frozenset({"bo"})),
                           Stage("Legal counsel", frozenset({"legal"}))))
    ws.settings.put("review_policy", policy.to_dict(), actor="admin")
    sid = _draft(ws)
    _submit(ws, sid)
    with pytest.raises(NotAllowedError, match="Communications lead"):
        _approve(ws, sid, "legal")  # skipping a stage
    _approve(ws, sid, "bo")
    assert ws.reviews.state(sid).stage(policy) == 2
    revision = ws.reviews.revision(sid)
    with pytest.raises(NotAllowedError, match="needs a note"):
        ws.reviews.decide(sid, actor="legal", decision=REQUEST_CHANGES, revision=revision.number,
                          sha256=revision.sha256)
    ws.reviews.decide(sid, actor="legal", decision=REQUEST_CHANGES, revision=revision.number,
                      sha256=revision.sha256, note="Do not name the officer yet.")
    assert ws.statements.get(sid).status is Status.CHANGES_REQUESTED
    version = ws.statements.get(sid).version
    ws.statements.save_working_copy(sid, TEXT.replace("our", "all our"), expected_version=version,
                                    actor="ana")
    assert _submit(ws, sid) == 2
    assert ws.reviews.state(sid).stage(policy) == 1  # from the first stage again
    _approve(ws, sid, "bo")
    _approve(ws, sid, "legal")
    assert ws.statements.get(sid).status is Status.APPROVED


def test_editing_after_approval_needs_confirming_and_supersedes_it(people: Workspace) -> None:
    sid = _draft(people)
    _submit(people, sid)
    _approve(people, sid, "bo")
    version = people.statements.get(sid).version
    with pytest.raises(NotAllowedError, match="Confirm"):
        people.statements.save_working_copy(sid, "Late edit.", expected_version=version, actor="ana")
    people.statements.save_working_copy(sid, "Late edit.", expected_version=version, actor="ana",
                                        reopen_approved=True)
    assert people.statements.get(sid).status is Status.DRAFT
    [review] = people.reviews.reviews(sid)
    assert review.superseded is True
    assert [e.action for e in people.audit.events(sid)][-2:] == ["approval_superseded", "edited"]


def test_the_revision_s_authors_are_everyone_who_changed_the_text_since_the_last(people: Workspace) -> None:
    sid = _draft(people)
    version = people.statements.get(sid).version
    people.statements.save_working_copy(sid, TEXT + "cy's line\n", expected_version=version, actor="cy")
    _submit(people, sid)
    assert people.reviews.revision(sid).authors == {"ana", "cy"}
    with pytest.raises(NotAllowedError, match="not let authors approve"):
        _approve(people, sid, "cy")
    people.reviews.withdraw(sid, actor="ana")
    _submit(people, sid)  # nothing changed since: only the submitter
    assert people.reviews.revision(sid).authors == {"ana"}


def test_reopening_an_approved_statement_supersedes_its_approval(people: Workspace) -> None:
    sid = _draft(people)
    with pytest.raises(NotAllowedError, match="not approved"):
        people.reviews.reopen(sid, actor="ana")
    _submit(people, sid)
    _approve(people, sid, "bo")
    people.reviews.reopen(sid, actor="ana")
    assert people.statements.get(sid).status is Status.DRAFT
    assert [r.superseded for r in people.reviews.reviews(sid)] == [True]
    version = people.statements.get(sid).version
    people.statements.save_working_copy(sid, "Now editable.", expected_version=version, actor="ana")


def test_a_template_s_own_stages_govern_the_statements_made_from_it(people: Workspace) -> None:
    from drafter.core.templates.snapshot import template_snapshot
    from drafter.core.templates.validate import validate

    people.people.ensure("legal", roles=["reviewer"])
    source = ("---\nid: legal-notice\nname: Legal notice\ndescription: A notice.\n"
              "category: Public information\nlanguage: en\nfields: []\n"
              "review:\n  stages:\n    - name: Legal counsel\n      reviewers: [legal]\n"
              "      approvals: 1\n---\n# Notice\n\nThe park closes at dusk.\n")
    parsed = validate(source, source="legal-notice.md")
    assert parsed.template is not None, parsed.problems
    assert [s.name for s in parsed.template.review_stages] == ["Legal counsel"]
    sid = people.statements.create(title="Notice", text="# Notice\n\nThe park closes at dusk.\n",
                                   actor="ana", template_id="legal-notice",
                                   template_snapshot=template_snapshot(parsed.template, "")).id
    assert people.reviews.policy_for(sid).stages[0].name == "Legal counsel"
    _submit(people, sid)
    with pytest.raises(NotAllowedError, match="waits for legal"):
        _approve(people, sid, "bo")  # the workspace's own single stage would have let bo approve
    _approve(people, sid, "legal")
    assert people.statements.get(sid).status is Status.APPROVED
