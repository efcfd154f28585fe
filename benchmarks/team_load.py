"""A team on one PostgreSQL workspace under load: ``python benchmarks/team_load.py [--people 20]
[--seconds 60] [--json]``.

Starts a throw-away PostgreSQL server (tests/pgserver.py; or uses the one
DRAFTER_TEST_POSTGRES names), makes a workspace database with people and
statements, then runs each person in a process of their own, acting through
Drafter's stores (``Workspace.open(url)``): drafters edit (optimistic
locking: on a conflict they read the statement again and save on top of it),
comment, reply and submit; reviewers comment, approve and ask for changes.
Every save's wall time is recorded. One more process does the drafters' saves
with bare psycopg (read the row, ``UPDATE … WHERE id = … AND version = …``,
commit) on a table of its own, paced the same, as the baseline.

Afterwards it checks that no update was lost (no two saves of a statement got
the same version, each statement holds the text of its highest saved version,
and the audit log's "edited" events are exactly the saves made), that the
audit log verifies, and a few workflow invariants (no text change while in
review, one decision per revision under the one-stage policy). Prints JSON.
Everyone acts through the server's owner login under their own Drafter name.

Minutes, not seconds, and it needs PostgreSQL: not part of run.py or CI.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import queue
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stats import median, percentile  # noqa: E402  (benchmarks/stats.py)

#: The budget the issue sets for a save's 95th percentile.
SAVE_P95_BUDGET_MS = 50.0
#: Lines of body text a statement keeps (older lines drop off as people add new ones).
KEEP_LINES = 40
WORDS = ("community", "officers", "families", "safety", "residents", "council", "support", "together",
         "response", "Riverton", "grief", "service", "trust", "neighbours", "recovery", "courage")


@dataclass
class Outcome:
    """What one person did, sent back to the parent process."""

    login: str
    role: str
    saves: list[tuple[int, int, str]] = field(default_factory=list)  # (statement, version, sha256)
    save_ms: list[float] = field(default_factory=list)  # every save call, conflicts included
    submit_ms: list[float] = field(default_factory=list)
    comment_ms: list[float] = field(default_factory=list)
    decide_ms: list[float] = field(default_factory=list)
    conflicts: int = 0
    gave_up: int = 0
    refused: int = 0
    submits: int = 0
    comments: int = 0
    approvals: int = 0
    changes_requested: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)

    def error(self, exc: BaseException) -> None:
        self.errors += 1
        sample = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        if len(self.error_samples) < 5 and sample not in self.error_samples:
            self.error_samples.append(sample)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def edited(text: str, login: str, counter: int, rng: random.Random) -> str:
    """The text with one more line from ``login`` (and the oldest dropped past KEEP_LINES)."""
    head, _, body = text.partition("\n\n")
    lines = [line for line in body.split("\n") if line][-(KEEP_LINES - 1):]
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24)))
    lines.append(f"- {login} change {counter}: our {words}.")
    return head + "\n\n" + "\n".join(lines) + "\n"


def psycopg_args(url: str) -> dict[str, Any]:
    """Keyword arguments for psycopg.connect from a SQLAlchemy URL (host may be a socket folder)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    query = dict(parsed.query)
    return {"host": str(query.get("host", parsed.host or "")),
            "port": str(query.get("port", parsed.port or 5432)),
            "user": parsed.username, "password": parsed.password, "dbname": parsed.database}


# -- the people (each in a process of its own) ---------------------------------------------


def person(task: dict[str, Any], go: Any, results: Any) -> None:
    """A child process: one person acting on the workspace until the time is up."""
    outcome = Outcome(task["login"], task["role"])
    try:
        act = _bare if task["role"] == "bare" else _person
        act(task, go, results, outcome)
    except BaseException as exc:
        outcome.error(exc)
        results.put(("ready", task["login"]))  # never leave the parent waiting
    results.put(("done", asdict(outcome)))


def _person(task: dict[str, Any], go: Any, results: Any, out: Outcome) -> None:
    from drafter.core.errors import ConflictError
    from drafter.core.statement import Status
    from drafter.core.workflow import APPROVE, REQUEST_CHANGES, NotAllowedError
    from drafter.store import Workspace

    rng = random.Random(task["seed"])
    ids: list[int] = task["statements"]
    login = out.login
    think = task["think_ms"] / 1000
    ws = Workspace.open(task["url"])
    ws.statements.get(ids[0])  # connect before the clock starts
    results.put(("ready", login))
    go.wait()
    end = time.monotonic() + task["seconds"]
    counter = 0

    def timed(into: list[float], action: Any) -> Any:
        started = time.perf_counter()
        try:
            return action()
        finally:
            into.append((time.perf_counter() - started) * 1000)

    def comment(sid: int, text: str, revision: int | None = None) -> None:
        if rng.random() < 0.3:
            existing = ws.comments.list(sid)
            if existing:
                target = rng.choice(existing)
                timed(out.comment_ms, lambda: ws.comments.reply(target.id, actor=login, body="Agreed, done."))
                out.comments += 1
                return
        start = text.index("Statement")
        timed(out.comment_ms, lambda: ws.comments.add(
            sid, actor=login, body=f"{rng.choice(WORDS).capitalize()}: is this right?", quote="Statement",
            start=start, end=start + len("Statement"), revision=revision))
        out.comments += 1

    def edit(sid: int, current: Any) -> None:
        nonlocal counter
        counter += 1
        for _attempt in range(6):
            text = edited(current.text, login, counter, rng)
            started = time.perf_counter()
            try:
                version = ws.statements.save_working_copy(sid, text, expected_version=current.version,
                                                          actor=login, reopen_approved=True)
            except ConflictError:
                out.save_ms.append((time.perf_counter() - started) * 1000)
                out.conflicts += 1
                current = ws.statements.get(sid)  # read theirs, and save mine on top of it
                if current.status in (Status.IN_REVIEW, Status.RELEASED):
                    return
                continue
            out.save_ms.append((time.perf_counter() - started) * 1000)
            out.saves.append((sid, version, sha256(text)))
            return
        out.gave_up += 1

    while time.monotonic() < end:
        try:
            if out.role == "drafter":
                sid = rng.choice(ids)
                current = ws.statements.get(sid)
                roll = rng.random()
                if current.status is Status.IN_REVIEW:
                    if roll < 0.3:
                        comment(sid, current.text)
                elif roll < 0.08 and current.status is not Status.APPROVED:
                    timed(out.submit_ms, lambda: ws.reviews.submit(
                        sid, actor=login, expected_version=current.version, errors=[]))  # noqa: B023
                    out.submits += 1
                elif roll < 0.18:
                    comment(sid, current.text)
                else:
                    edit(sid, current)
            else:
                waiting = ws.statements.list(status=Status.IN_REVIEW)
                sid = rng.choice(waiting).id if waiting else rng.choice(ids)
                current = ws.statements.get(sid)
                if current.status is Status.IN_REVIEW:
                    revision = ws.reviews.revision(sid)
                    if rng.random() < 0.2:
                        comment(sid, revision.text, revision.number)
                    approve = rng.random() < 0.75
                    timed(out.decide_ms, lambda: ws.reviews.decide(
                        sid, actor=login, decision=APPROVE if approve else REQUEST_CHANGES,  # noqa: B023
                        revision=revision.number, sha256=revision.sha256,  # noqa: B023
                        note=None if approve else "Please tighten the second paragraph."))  # noqa: B023
                    if approve:
                        out.approvals += 1
                    else:
                        out.changes_requested += 1
                elif rng.random() < 0.2:
                    comment(sid, current.text)
        except (ConflictError, NotAllowedError):
            out.refused += 1  # someone else got there first: what a person would be told
        except Exception as exc:  # anything else is a finding: counted, sampled, and go on
            out.error(exc)
        time.sleep(rng.uniform(0, 2 * think))
    ws.close()


def _bare(task: dict[str, Any], go: Any, results: Any, out: Outcome) -> None:
    """The baseline: the drafters' saves with bare psycopg on a table of its own."""
    import psycopg

    rng = random.Random(task["seed"])
    ids: list[int] = task["statements"]
    think = task["think_ms"] / 1000
    conn = psycopg.connect(**psycopg_args(task["url"]))
    results.put(("ready", out.login))
    go.wait()
    end = time.monotonic() + task["seconds"]
    counter = 0
    while time.monotonic() < end:
        sid = rng.choice(ids)
        counter += 1
        started = time.perf_counter()
        with conn.transaction():
            text, version = conn.execute("SELECT text, version FROM bare_statements WHERE id = %s",
                                         (sid,)).fetchone() or ("", 0)
            new = edited(text, out.login, counter, rng)
            done = conn.execute("UPDATE bare_statements SET text = %s, version = %s "
                                "WHERE id = %s AND version = %s", (new, version + 1, sid, version))
        out.save_ms.append((time.perf_counter() - started) * 1000)
        if done.rowcount == 1:
            out.saves.append((sid, version + 1, sha256(new)))
        else:
            out.conflicts += 1
        time.sleep(rng.uniform(0, 2 * think))
    conn.close()


# -- the run ------------------------------------------------------------------------------


@contextlib.contextmanager
def server() -> Iterator[tuple[str, str]]:
    """The superuser's address, and what kind of server it is."""
    given = os.environ.get("DRAFTER_TEST_POSTGRES")
    if given:
        yield given, "DRAFTER_TEST_POSTGRES"
        return
    from tests import pgserver

    if pgserver.server_binaries() is None:
        raise SystemExit("No PostgreSQL server binaries (initdb, pg_ctl): install PostgreSQL, "
                         "or set DRAFTER_TEST_POSTGRES.")
    folder = Path(tempfile.mkdtemp(prefix="drafter-load-"))
    try:
        yield pgserver.start(folder), "throw-away, tests/pgserver.py (loopback socket, fsync=off)"
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server, dropped afterwards; its address."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"drafter_load_{os.getpid()}"
    admin = {**psycopg_args(admin_url), "dbname": "postgres"}
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(url: str, drafters: list[str], reviewers: list[str], count: int) -> list[int]:
    """People, statements, and the baseline's own copy of the statements' rows."""
    import psycopg

    from drafter.store import Workspace

    with Workspace.open(url) as ws:
        ws.people.ensure("load.admin", display_name="Load Admin")
        for login in drafters:
            ws.people.ensure(login, roles=["drafter"], actor="load.admin")
        for login in reviewers:
            ws.people.ensure(login, roles=["reviewer"], actor="load.admin")
        ids = [ws.statements.create(title=f"Statement {n}", actor=drafters[n % len(drafters)],
                                    text=f"# Statement {n}\n\nWe stand together.\n").id
               for n in range(1, count + 1)]
        with ws.read() as conn:
            rows = [(row.id, row.text, row.version) for row in conn.exec_driver_sql(
                "SELECT id, text, version FROM statements ORDER BY id")]
    with psycopg.connect(**psycopg_args(url)) as conn:
        conn.execute("CREATE TABLE bare_statements (id integer PRIMARY KEY, text text NOT NULL, "
                     "version integer NOT NULL)")
        with conn.cursor() as cursor:
            cursor.executemany("INSERT INTO bare_statements VALUES (%s, %s, %s)", rows)
    return ids


def run_people(tasks: list[dict[str, Any]], seconds: float) -> tuple[list[Outcome], float]:
    context = mp.get_context("spawn")
    go = context.Event()
    results = context.Queue()
    processes = [context.Process(target=person, args=(task, go, results), name=task["login"])
                 for task in tasks]
    for process in processes:
        process.start()
    ready = 0
    done: list[dict[str, Any]] = []
    while ready < len(tasks):
        kind, payload = results.get(timeout=180)
        if kind == "ready":
            ready += 1
        else:
            done.append(payload)
    started = time.monotonic()
    go.set()
    while len(done) < len(tasks):
        try:
            kind, payload = results.get(timeout=seconds + 120)
        except queue.Empty:
            break
        if kind == "done":
            done.append(payload)
    outcomes = [Outcome(**{**payload, "saves": [tuple(s) for s in payload["saves"]]}) for payload in done]
    elapsed = time.monotonic() - started
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
    return outcomes, elapsed


def check(url: str, ids: list[int], saves: list[tuple[int, int, str]]) -> dict[str, Any]:
    """Lost updates, the audit log, and the workflow's invariants, read back from the workspace."""
    from drafter.store import Workspace

    duplicates = sum(n - 1 for n in Counter((sid, version) for sid, version, _ in saves).values() if n > 1)
    highest: dict[int, tuple[int, str]] = {}
    for sid, version, digest in saves:
        if sid not in highest or version > highest[sid][0]:
            highest[sid] = (version, digest)
    with Workspace.open(url) as ws:
        lost = 0
        for sid in ids:
            final = ws.statements.get(sid)
            if sid not in highest:
                lost += final.version != 1
            elif (final.version, sha256(final.text)) != highest[sid]:
                lost += 1
        verification = ws.audit.verify()
        events = ws.audit.events()
        with ws.read() as conn:
            decisions = conn.exec_driver_sql(
                "SELECT count(*) FROM (SELECT revision_id FROM reviews GROUP BY revision_id "
                "HAVING count(*) > 1) AS doubled").scalar_one()
    edits = {(e.statement_id, e.details["version"], e.details["sha256"]) for e in events
             if e.action == "edited"}
    in_review: set[int] = set()
    edits_in_review = 0
    for event in events:
        if event.action == "submitted":
            in_review.add(int(event.statement_id or 0))
        elif event.action in ("approved", "changes_requested", "withdrawn"):
            in_review.discard(int(event.statement_id or 0))
        elif event.action == "edited" and event.statement_id in in_review:
            edits_in_review += 1
    return {
        "lost_updates": lost + duplicates,
        "duplicate_versions": duplicates,
        "statements_not_at_last_save": lost,
        "audit_ok": verification.ok,
        "audit_events": verification.checked,
        "audit_edits_equal_saves": edits == set(saves),
        "edits_while_in_review": edits_in_review,
        "revisions_decided_twice": int(decisions),
    }


def ms(values: list[float]) -> dict[str, float | int]:
    if not values:
        return {"n": 0}
    return {"p50": round(median(values), 2), "p95": round(percentile(values, 95), 2),
            "max": round(max(values), 2), "n": len(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=20, help="people acting at once (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they act (default 60)")
    parser.add_argument("--statements", type=int, default=None,
                        help="statements they share (default: one for every two people)")
    parser.add_argument("--think-ms", type=float, default=150,
                        help="mean pause between one person's actions (default 150 ms)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    args = parser.parse_args()
    if args.people < 2:
        parser.error("--people must be at least 2 (a drafter and a reviewer)")
    reviewers = [f"reviewer{n:02d}" for n in range(1, max(1, args.people // 3) + 1)]
    drafters = [f"drafter{n:02d}" for n in range(1, args.people - len(reviewers) + 1)]
    count = args.statements or max(2, args.people // 2)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with server() as (admin_url, kind), database(admin_url) as url:
        ids = prepare(url, drafters, reviewers, count)
        common = {"url": url, "statements": ids, "seconds": args.seconds, "think_ms": args.think_ms}
        tasks = [{**common, "login": login, "role": role, "seed": args.seed * 1000 + n}
                 for n, (login, role) in enumerate([(d, "drafter") for d in drafters]
                                                  + [(r, "reviewer") for r in reviewers]
                                                  + [("bare.psycopg", "bare")])]
        outcomes, elapsed = run_people(tasks, args.seconds)
        people = [o for o in outcomes if o.role != "bare"]
        bare = [o for o in outcomes if o.role == "bare"]
        saves = [save for o in people for save in o.saves]
        checked = check(url, ids, saves)
    save_ms = [v for o in people for v in o.save_ms]
    result = {
        "people": args.people, "drafters": len(drafters), "reviewers": len(reviewers),
        "processes_reported": len(people), "statements": count, "seconds": args.seconds,
        "wall_seconds": round(elapsed, 1),
        "think_ms": args.think_ms, "server": kind,
        "machine": {"cpus": os.cpu_count(), "load_average_before": load_before,
                    "load_average_after": os.getloadavg()[0] if hasattr(os, "getloadavg") else None},
        "saves": len(saves), "saves_per_second": round(len(saves) / args.seconds, 1),
        "conflicts": sum(o.conflicts for o in people),
        "gave_up_after_retries": sum(o.gave_up for o in people),
        "refused": sum(o.refused for o in people), "submits": sum(o.submits for o in people),
        "comments": sum(o.comments for o in people), "approvals": sum(o.approvals for o in people),
        "changes_requested": sum(o.changes_requested for o in people),
        "save_ms": ms(save_ms),
        "bare_save_ms": ms([v for o in bare for v in o.save_ms]),
        "submit_ms": ms([v for o in people for v in o.submit_ms]),
        "comment_ms": ms([v for o in people for v in o.comment_ms]),
        "decide_ms": ms([v for o in people for v in o.decide_ms]),
        **checked,
        "save_p95_budget_ms": SAVE_P95_BUDGET_MS,
        "save_p95_within_budget": bool(save_ms) and percentile(save_ms, 95) <= SAVE_P95_BUDGET_MS,
        "errors": sum(o.errors for o in outcomes),
        "error_samples": sorted({s for o in outcomes for s in o.error_samples})[:10],
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
