"""Team mode: the PostgreSQL server itself enforces who may do what (migration 0006).

Each person logs in with their own server role. Through the app, the
statement's whole life works under those rights; with psycopg directly
(no Drafter in between) the server refuses what the rules forbid: a
drafter's approval, a review recorded under someone else's name, an author
approving their own revision (until the policy allows it, and then only
marked as such), any change to the audit log or to a revision.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from drafter.core.errors import DrafterError
from drafter.core.statement import Status
from drafter.core.workflow import APPROVE, POLICY_KEY, ReviewPolicy, text_sha256
from drafter.store import Workspace, team_roles
from drafter.store.team_roles import refusal_message

psycopg = pytest.importorskip("psycopg")

pytestmark = pytest.mark.postgres

TEXT = "# Statement\n\nWe stand with our officers.\n"

#: SQLSTATEs: a missing GRANT, and the server's own rules.
DENIED = "42501"
NEVER_CHANGED, SELF_APPROVAL, SOMEONE_ELSE, NOT_YOUR_ROLE, NOT_NOW = (
    "DR001", "DR002", "DR003", "DR004", "DR005")


@dataclass
class Team:
    url: str  # the owner's (the superuser's) address
    dana: str  # drafter
    rene: str  # reviewer
    ada: str  # admin (drafter and reviewer too)
    rita: str  # drafter and reviewer

    def url_for(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def open_as(self, login: str) -> Workspace:
        return Workspace.open(self.url_for(login))

    def connect(self, login: str | None = None) -> psycopg.Connection[Any]:
        """psycopg straight to the server, as ``login`` (None: the owner), autocommit."""
        url = make_url(self.url)
        return psycopg.connect(host=str(url.query.get("host", url.host or "")),
                               port=str(url.query.get("port", url.port or "")),
                               user=login or url.username, dbname=url.database, autocommit=True)

    def refused(self, login: str | None, sql: str, params: tuple[Any, ...] = (), *,
                saying: str = "") -> str:
        """The SQLSTATE the server refuses ``sql`` with, run as ``login``; fails if it is accepted."""
        with self.connect(login) as conn:
            try:
                conn.execute(sql.encode() if not params else sql, params or None)
            except psycopg.Error as exc:
                assert exc.sqlstate is not None
                assert saying in str(exc)
                return exc.sqlstate
        pytest.fail(f"the server accepted, as {login or 'the owner'}: {sql}")


@pytest.fixture
def team(postgres_url: str) -> Iterator[Team]:
    """Four people, each both a Drafter person (added by the owner) and a server login."""
    suffix = uuid.uuid4().hex[:8]
    team = Team(postgres_url, f"dana_{suffix}", f"rene_{suffix}", f"ada_{suffix}", f"rita_{suffix}")
    roles = {team.ada: ["admin", "drafter", "reviewer"], team.dana: ["drafter"],
             team.rene: ["reviewer"], team.rita: ["drafter", "reviewer"]}
    with Workspace.open(postgres_url) as owner:
        for login, wanted in roles.items():
            # Adding a person on a team server also makes their login and its server roles.
            owner.people.ensure(login, roles=wanted, actor=team.ada)
        with owner.read() as conn:
            for login, wanted in roles.items():
                assert team_roles.server_roles(conn, login) == set(wanted)
    try:
        yield team
    finally:
        with team.connect() as conn:
            for login in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{login}"'.encode())


def _create(ws: Workspace, author: str, text: str = TEXT) -> int:
    return ws.statements.create(title="Statement", text=text, actor=author).id


def _submit(ws: Workspace, sid: int, actor: str) -> int:
    version = ws.statements.get(sid).version
    return ws.reviews.submit(sid, actor=actor, expected_version=version, errors=[]).number


def _approve(ws: Workspace, sid: int, reviewer: str) -> None:
    revision = ws.reviews.revision(sid)
    ws.reviews.decide(sid, actor=reviewer, decision=APPROVE, revision=revision.number,
                      sha256=revision.sha256)


def _in_review(team: Team, *, author: str, coauthor: str | None = None) -> tuple[int, int, str]:
    """A statement ``author`` wrote (``coauthor`` edited) and submitted: (statement, revision id, sha)."""
    with team.open_as(author) as ws:
        sid = _create(ws, author)
    if coauthor is not None:
        with team.open_as(coauthor) as ws:
            ws.statements.save_working_copy(sid, TEXT + "\nTogether.\n", expected_version=1, actor=coauthor)
    with team.open_as(author) as ws:
        _submit(ws, sid, author)
        revision = ws.reviews.revision(sid)
    with team.connect() as conn:
        row = conn.execute("SELECT id FROM revisions WHERE statement_id = %s AND number = %s",
                           (sid, revision.number)).fetchone()
    assert row is not None
    return sid, int(row[0]), revision.sha256


_INSERT_REVIEW = ("INSERT INTO reviews (statement_id, revision_id, stage, reviewer, decision, sha256_seen, "
                  "self_approval, note, created_at, superseded) "
                  "VALUES (%s, %s, 1, %s, %s, %s, %s, NULL, now(), false)")


def _allow_self_approval(team: Team) -> None:
    with team.open_as(team.ada) as ws:
        ws.settings.put(POLICY_KEY, ReviewPolicy(allow_self_approval=True).to_dict(), actor=team.ada)


# -- through the app, as each login ----------------------------------------------------------------


def test_the_statements_whole_life_works_under_each_logins_rights(team: Team) -> None:
    with team.open_as(team.dana) as ws:
        assert ws.dialect == "postgresql"
        sid = _create(ws, team.dana)
        version = ws.statements.save_working_copy(sid, TEXT + "\nWith our community.\n",
                                                  expected_version=1, actor=team.dana)
        ws.statements.rename(sid, "Our statement", actor=team.dana)
        assert ws.statements.ignore_word(sid, "Riverton", actor=team.dana)
        assert ws.dictionary.add("Burnside", language="en", actor=team.dana)
        assert ws.confirmations.confirm(sid, key="personal_data:555-0100", check="personal_data",
                                        text="555-0100", reason="The tip line", actor=team.dana)
        ws.settings.put("spelling.check_all_caps", True, actor=team.dana)
        assert _submit(ws, sid, team.dana) == 1
        assert ws.statements.get(sid).version == version

    with team.open_as(team.rene) as ws:
        comment = ws.comments.add(sid, actor=team.rene, body="Say which community.", quote="community",
                                  start=10, end=19, suggestion="Riverton community", revision=1)
        _approve(ws, sid, team.rene)
        assert ws.statements.get(sid).status is Status.APPROVED

    with team.open_as(team.dana) as ws:
        ws.comments.reply(comment.id, actor=team.dana, body="Done.")
        assert ws.comments.resolve(comment.id, actor=team.dana)
        # An edit of approved text sets the approval aside and returns the statement to draft.
        current = ws.statements.get(sid)
        ws.statements.save_working_copy(sid, TEXT + "\nWith the Riverton community.\n",
                                        expected_version=current.version, actor=team.dana,
                                        reopen_approved=True)
        assert ws.statements.get(sid).status is Status.DRAFT
        assert [r.superseded for r in ws.reviews.reviews(sid)] == [True]
        assert _submit(ws, sid, team.dana) == 2

    with team.open_as(team.rene) as ws:
        _approve(ws, sid, team.rene)
    with team.open_as(team.dana) as ws:
        revision = ws.reviews.revision(sid)
        ws.reviews.release(sid, actor=team.dana, revision=2, sha256=revision.sha256,
                           files=[{"name": "statement.pdf", "sha256": "0" * 64}])
        assert ws.statements.get(sid).status is Status.RELEASED

    with team.open_as(team.ada) as ws:  # an administrator manages people and the policy
        ws.people.ensure(f"new_{team.dana}", roles=["reviewer"], actor=team.ada)
        ws.people.add_role(team.dana, "reviewer", actor=team.ada)
        ws.people.remove_role(team.dana, "reviewer", actor=team.ada)
        ws.settings.put(POLICY_KEY, ReviewPolicy(allow_self_approval=True).to_dict(), actor=team.ada)
        ws.team_templates.save("notice", "---\nname: Notice\n---\nBody", actor=team.ada)
        assert ws.dictionary.remove("Burnside", language="en", actor=team.ada)

    with Workspace.open(team.url) as owner:
        actions = [(e.actor, e.action) for e in owner.audit.events(sid)]
        assert (team.rene, "approved") in actions and (team.dana, "approval_superseded") in actions
        assert owner.audit.verify().ok


def test_a_self_approval_through_the_app_is_recorded_once_the_policy_allows_it(team: Team) -> None:
    sid, _revision_id, _sha = _in_review(team, author=team.rita)
    _allow_self_approval(team)
    with team.open_as(team.rita) as ws:
        _approve(ws, sid, team.rita)
        [review] = ws.reviews.reviews(sid)
        assert (review.reviewer, review.self_approval) == (team.rita, True)


def test_the_app_explains_what_the_server_refuses(team: Team) -> None:
    from drafter.core.workflow import NotAllowedError

    with team.open_as(team.dana) as ws:
        with pytest.raises(NotAllowedError) as caught:
            ws.settings.put(POLICY_KEY, ReviewPolicy(allow_self_approval=True).to_dict(),
                            actor=team.dana)
        assert str(caught.value) == (
            'only an administrator can change the workspace setting "review_policy".')
        assert isinstance(caught.value.__cause__, DBAPIError)
        assert refusal_message(caught.value.__cause__) == str(caught.value)
        with pytest.raises(NotAllowedError) as caught:
            ws.people.ensure(f"x_{team.dana}", actor=team.dana)
        assert "permission denied for table people" in str(caught.value)


# -- with psycopg directly, as each role -----------------------------------------------------------


def test_a_drafter_cannot_record_a_review(team: Team) -> None:
    sid, revision_id, sha = _in_review(team, author=team.rita)
    assert team.refused(team.dana, _INSERT_REVIEW,
                        (sid, revision_id, team.dana, APPROVE, sha, False)) == DENIED


def test_a_reviewer_cannot_record_a_review_under_someone_elses_name(team: Team) -> None:
    sid, revision_id, sha = _in_review(team, author=team.dana)
    assert team.refused(team.rene, _INSERT_REVIEW, (sid, revision_id, team.ada, APPROVE, sha, False),
                        saying=f"logged in as {team.rene} and cannot record a review as {team.ada}"
                        ) == SOMEONE_ELSE
    # and their own approval goes through
    with team.connect(team.rene) as conn:
        conn.execute(_INSERT_REVIEW, (sid, revision_id, team.rene, APPROVE, sha, False))


def test_an_approval_is_bound_to_the_newest_revisions_exact_text(team: Team) -> None:
    sid, revision_id, _sha = _in_review(team, author=team.dana)
    assert team.refused(team.rene, _INSERT_REVIEW,
                        (sid, revision_id, team.rene, APPROVE, text_sha256("other"), False)) == NOT_NOW


def test_a_coauthor_cannot_approve_until_the_policy_allows_it_and_then_only_as_a_self_approval(
    team: Team,
) -> None:
    sid, revision_id, sha = _in_review(team, author=team.dana, coauthor=team.rita)
    with team.connect() as conn:
        row = conn.execute("SELECT author, authors FROM revisions WHERE id = %s", (revision_id,)).fetchone()
    assert row is not None and row[0] == team.dana and team.rita in json.loads(row[1])

    refusal = "Drafter: an author of revision 1 cannot approve it (workspace policy)."
    assert team.refused(team.rita, _INSERT_REVIEW, (sid, revision_id, team.rita, APPROVE, sha, False),
                        saying=refusal) == SELF_APPROVAL
    assert team.refused(team.rita, _INSERT_REVIEW, (sid, revision_id, team.rita, APPROVE, sha, True),
                        saying=refusal) == SELF_APPROVAL
    _allow_self_approval(team)
    assert team.refused(team.rita, _INSERT_REVIEW, (sid, revision_id, team.rita, APPROVE, sha, False),
                        saying="must be recorded as a self-approval") == SELF_APPROVAL
    with team.connect(team.rita) as conn:
        conn.execute(_INSERT_REVIEW, (sid, revision_id, team.rita, APPROVE, sha, True))
        assert conn.execute("SELECT self_approval FROM reviews WHERE reviewer = %s",
                            (team.rita,)).fetchone() == (True,)


def test_the_submitter_of_a_revision_cannot_approve_it(team: Team) -> None:
    sid, revision_id, sha = _in_review(team, author=team.rita)
    assert team.refused(team.rita, _INSERT_REVIEW,
                        (sid, revision_id, team.rita, APPROVE, sha, False)) == SELF_APPROVAL
    # A revision from before the authors were kept names its author only: still refused.
    with team.connect() as conn:
        conn.execute("ALTER TABLE revisions DISABLE TRIGGER drafter_revisions_never_rewritten")
        conn.execute("UPDATE revisions SET authors = NULL WHERE id = %s", (revision_id,))
        conn.execute("ALTER TABLE revisions ENABLE TRIGGER drafter_revisions_never_rewritten")
    assert team.refused(team.rita, _INSERT_REVIEW,
                        (sid, revision_id, team.rita, APPROVE, sha, False)) == SELF_APPROVAL


@pytest.mark.parametrize("who", ["dana", "rene", "ada", "owner"])
def test_nobody_changes_or_removes_the_audit_log(team: Team, who: str) -> None:
    with team.open_as(team.dana) as ws:
        _create(ws, team.dana)
    login = None if who == "owner" else getattr(team, who)
    expected = NEVER_CHANGED if login is None else DENIED  # no GRANT, and the trigger for the owner
    assert team.refused(login, "UPDATE audit_events SET actor = 'mallory'") == expected
    assert team.refused(login, "DELETE FROM audit_events") == expected
    assert team.refused(login, "TRUNCATE audit_events") in (DENIED, NEVER_CHANGED)
    if login is not None:  # nor slips an event in under another name
        assert team.refused(login, "INSERT INTO audit_events (sequence, occurred_at, actor, action, "
                                   "details, prev_hash, hash) SELECT max(sequence) + 1, now(), 'mallory', "
                                   "'edited', '{}', max(hash), repeat('1', 64) FROM audit_events"
                            ) == SOMEONE_ELSE
    with Workspace.open(team.url) as owner:
        assert owner.audit.verify().ok


@pytest.mark.parametrize("who", ["dana", "rene", "ada", "owner"])
def test_nobody_rewrites_or_removes_a_revision(team: Team, who: str) -> None:
    _in_review(team, author=team.dana)
    login = None if who == "owner" else getattr(team, who)
    expected = NEVER_CHANGED if login is None else DENIED
    assert team.refused(login, "UPDATE revisions SET text = 'Something else'") == expected
    assert team.refused(login, "DELETE FROM revisions") == expected
    assert team.refused(login, "TRUNCATE revisions CASCADE") in (DENIED, NEVER_CHANGED)


def test_an_approval_can_only_be_set_aside_never_rewritten(team: Team) -> None:
    sid, _revision_id, _sha = _in_review(team, author=team.dana)
    with team.open_as(team.rene) as ws:
        _approve(ws, sid, team.rene)
    assert team.refused(team.dana, "UPDATE reviews SET decision = 'request_changes'") == DENIED
    assert team.refused(None, "UPDATE reviews SET reviewer = 'mallory'") == NEVER_CHANGED
    assert team.refused(None, "DELETE FROM reviews") == NEVER_CHANGED
    with team.connect(team.dana) as conn:
        conn.execute("UPDATE reviews SET superseded = true")
    assert team.refused(team.dana, "UPDATE reviews SET superseded = false") == NEVER_CHANGED


def test_a_drafter_cannot_mark_a_statement_approved_or_released(team: Team) -> None:
    sid, _revision_id, _sha = _in_review(team, author=team.dana)
    for status in ("approved", "released"):
        assert team.refused(team.dana, "UPDATE statements SET status = %s WHERE id = %s",
                            (status, sid)) == NOT_NOW
    assert team.refused(team.dana, "UPDATE statements SET text = 'Changed in review' WHERE id = %s",
                        (sid,)) == NOT_NOW
    assert team.refused(team.rene, "UPDATE statements SET title = 'Retitled' WHERE id = %s",
                        (sid,)) == DENIED


def test_a_drafter_cannot_manage_people_or_the_review_policy(team: Team) -> None:
    assert team.refused(team.dana, "INSERT INTO people (login, display_name, created_at) "
                                   "VALUES ('mallory', 'Mallory', now())") == DENIED
    assert team.refused(team.dana, "DELETE FROM person_roles") == DENIED
    assert team.refused(team.dana, "INSERT INTO settings (key, value) VALUES (%s, %s)",
                        (POLICY_KEY, '{"allow_self_approval":true}')) == NOT_YOUR_ROLE
    assert team.refused(team.rene, "INSERT INTO settings (key, value) VALUES (%s, %s)",
                        (POLICY_KEY, '{"allow_self_approval":true}')) == DENIED


# -- the logins themselves -------------------------------------------------------------------------


def test_logins_get_and_lose_their_server_roles(team: Team) -> None:
    with Workspace.open(team.url) as owner, owner.write() as conn:
        assert team_roles.server_roles(conn, team.ada) == {"admin", "drafter", "reviewer"}
        assert team_roles.server_roles(conn, team.dana) == {"drafter"}
        assert not team_roles.create_login(conn, team.dana, None)  # there already: kept
        team_roles.grant_roles(conn, team.dana, ["reviewer"])
        team_roles.grant_roles(conn, team.dana, ["reviewer"])  # twice: nothing more
        assert team_roles.server_roles(conn, team.dana) == {"drafter", "reviewer"}
        team_roles.revoke_role(conn, team.dana, "reviewer")
        team_roles.revoke_role(conn, team.dana, "reviewer")
        assert team_roles.server_roles(conn, team.dana) == {"drafter"}
        for bad in ("", "pg_monitor", "drafter_admin", "x" * 64):
            with pytest.raises(DrafterError):
                team_roles.create_login(conn, bad, None)
        with pytest.raises(DrafterError):
            team_roles.grant_roles(conn, team.dana, ["editor"])


def test_a_login_made_with_a_password_signs_in_with_it_over_the_network(team: Team) -> None:
    login = f"pat_{team.dana}"
    password = "it's a sécret % :x"
    with Workspace.open(team.url) as owner, owner.write() as conn:
        assert team_roles.create_login(conn, login, password)
        team_roles.grant_roles(conn, login, ["drafter"])
    try:
        url = make_url(team.url)
        port = str(url.query.get("port", ""))
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(host="127.0.0.1", port=port, user=login, password="wrong", dbname=url.database)
        with psycopg.connect(host="127.0.0.1", port=port, user=login, password=password,
                             dbname=url.database) as conn:
            assert conn.execute("SELECT count(*) FROM statements").fetchone() == (0,)
        with team.connect() as conn:  # the server keeps a SCRAM verifier, never the password
            row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)).fetchone()
        assert row is not None and row[0].startswith("SCRAM-SHA-256$") and password not in row[0]
    finally:
        with team.connect() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"'.encode())
