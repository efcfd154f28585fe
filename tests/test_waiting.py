"""Who each statement waits for, and "Waiting for me" for reviewers and drafters, on a real workspace."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.core.workflow import APPROVE, REQUEST_CHANGES, ReviewPolicy, Stage
from drafter.services import Services, open_services
from drafter.waiting import find_waiting, waiting_for, waiting_for_me

TEXT = "# Statement\n\nWe stand with our officers.\n"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(str(tmp_path / "w.db"), "ana")  # the first person: every role
    people = opened.people
    people.ensure("dee", display_name="Dee Drafter", roles=["drafter"], actor="ana")
    people.ensure("eli", roles=["drafter"], actor="ana")
    people.ensure("bo", roles=["reviewer"], actor="ana")
    people.ensure("cy", roles=["reviewer"], actor="ana")
    people.ensure("legal", roles=["reviewer"], actor="ana")
    yield opened
    opened.close()


def set_policy(services: Services, *stages: Stage, self_approval: bool = False) -> None:
    services.workspace.settings.put("review_policy", ReviewPolicy(stages, self_approval).to_dict(),
                                    actor="ana")


def draft(services: Services, author: str = "dee", title: str = "Statement") -> int:
    return services.statements.create(title=title, text=TEXT, actor=author).id


def submit(services: Services, sid: int, actor: str = "dee", reviewers: tuple[str, ...] = ()) -> None:
    version = services.statements.get(sid).version
    services.workspace.reviews.submit(sid, actor=actor, expected_version=version, errors=[],
                                      reviewers=reviewers)


def decide(services: Services, sid: int, reviewer: str, decision: str = APPROVE) -> None:
    revision = services.workspace.reviews.revision(sid)
    services.workspace.reviews.decide(sid, actor=reviewer, decision=decision, revision=revision.number,
                                      sha256=revision.sha256,
                                      note="Name the chief." if decision == REQUEST_CHANGES else None)


def mine(services: Services, login: str) -> set[int]:
    return waiting_for_me(services, services.people.get(login))


def test_every_statement_in_review_says_its_stage_and_whom_it_waits_for(services: Services) -> None:
    set_policy(services, Stage("Communications"), Stage("Legal counsel", frozenset({"legal"})))
    in_review, still_draft = draft(services), draft(services, title="Not yet")
    submit(services, in_review)
    assert waiting_for(services) == {in_review: "Communications: any reviewer (0 of 1 approvals)"}
    decide(services, in_review, "bo")
    waiting = find_waiting(services, None)
    assert waiting.waiting_for == {in_review: "Legal counsel: legal (0 of 1 approvals)"}
    assert waiting.stages == {in_review: "Legal counsel"}
    assert still_draft not in waiting.waiting_for and waiting.mine == frozenset()


def test_a_stage_naming_nobody_waits_for_every_reviewer_but_the_author(services: Services) -> None:
    sid = draft(services)
    submit(services, sid)
    assert {login for login in ("ana", "bo", "cy", "legal", "dee", "eli") if sid in mine(services, login)} \
        == {"ana", "bo", "cy", "legal"}
    own = draft(services, author="ana")
    submit(services, own, actor="ana")
    assert own not in mine(services, "ana") and own in mine(services, "bo")
    set_policy(services, Stage("Review"), self_approval=True)
    assert own in mine(services, "ana")  # the policy lets authors approve (it is recorded as such)


def test_a_named_stage_waits_only_for_the_people_it_names(services: Services) -> None:
    set_policy(services, Stage("Communications"), Stage("Legal counsel", frozenset({"legal"})))
    sid = draft(services)
    submit(services, sid)
    decide(services, sid, "bo")
    assert sid in mine(services, "legal")
    assert sid not in mine(services, "bo") and sid not in mine(services, "cy")


def test_a_reviewer_who_approved_is_not_waited_for_again(services: Services) -> None:
    set_policy(services, Stage("Communications", approvals=2))
    sid = draft(services)
    submit(services, sid)
    decide(services, sid, "bo")
    assert waiting_for(services)[sid] == "Communications: any reviewer (1 of 2 approvals)"
    assert sid not in mine(services, "bo") and sid in mine(services, "cy")


def test_reviewers_the_submitter_asked_for_count_at_the_first_stage_only(services: Services) -> None:
    set_policy(services, Stage("Communications"), Stage("Final"))
    sid = draft(services)
    submit(services, sid, reviewers=("bo",))
    assert sid in mine(services, "bo")
    assert sid not in mine(services, "cy") and sid not in mine(services, "ana")
    decide(services, sid, "bo")
    assert sid in mine(services, "cy") and sid in mine(services, "ana")  # the second stage: anyone


def test_asking_someone_who_cannot_approve_leaves_the_stage_to_any_reviewer(services: Services) -> None:
    sid = draft(services)
    submit(services, sid, reviewers=("eli",))  # a drafter, not a reviewer
    assert sid in mine(services, "bo") and sid not in mine(services, "eli")


def test_changes_requested_wait_for_the_statements_writers(services: Services) -> None:
    sid = draft(services)
    services.statements.save_working_copy(sid, TEXT + "\nMore.\n", expected_version=1, actor="eli")
    submit(services, sid)
    assert sid not in mine(services, "dee")
    decide(services, sid, "bo", REQUEST_CHANGES)
    assert sid in mine(services, "dee") and sid in mine(services, "eli")  # the creator and a co-writer
    assert sid not in mine(services, "bo") and sid not in mine(services, "ana")
    assert sid not in waiting_for(services)
    submit(services, sid)
    assert sid not in mine(services, "dee") and sid in mine(services, "bo")


def test_an_approval_waits_for_the_writer_until_their_next_step(services: Services) -> None:
    sid = draft(services)
    submit(services, sid)
    decide(services, sid, "bo")
    assert sid in mine(services, "dee")
    assert sid not in mine(services, "bo")
    services.statements.rename(sid, "Statement on Riverton", actor="dee")
    assert sid not in mine(services, "dee")


def test_a_statement_in_the_trash_waits_for_nobody(services: Services) -> None:
    sid = draft(services)
    submit(services, sid)
    services.statements.trash(sid, actor="ana")
    assert waiting_for(services) == {} and mine(services, "bo") == set()


def test_losing_a_role_stops_the_waiting(services: Services) -> None:
    sid = draft(services)
    submit(services, sid)
    decide(services, sid, "bo", REQUEST_CHANGES)
    services.people.remove_role("dee", "drafter", actor="ana")
    assert sid not in mine(services, "dee")


def test_waiting_needs_no_qt() -> None:
    code = ("import sys, drafter.waiting\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n")
    subprocess.run([sys.executable, "-c", code], check=True)
