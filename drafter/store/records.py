"""Records the stores hand out that core does not define (yet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Person:
    """Someone who works in the workspace, and what they may do there."""

    login: str
    display_name: str
    roles: frozenset[str]
    created_at: datetime

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class AuditEvent:
    """One row of the append-only, hash-chained audit log."""

    sequence: int
    occurred_at: datetime
    actor: str
    action: str
    statement_id: int | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of recomputing the audit chain.

    ``checked`` counts the events examined, the broken one included;
    ``first_bad_sequence`` names the first broken link (None when intact);
    ``reason`` says in plain words what was found.
    """

    ok: bool
    checked: int
    first_bad_sequence: int | None
    reason: str


@dataclass(frozen=True)
class TeamTemplateRecord:
    """A template shared by everyone using the workspace, as its whole file text.

    ``source`` is what a template file holds (YAML front matter, then the
    Markdown body); reading and checking it is core's job.
    """

    id: str
    source: str
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True)
class Snippet:
    """A reusable passage, inserted by name or by typing its ``trigger``."""

    id: int
    name: str
    trigger: str | None
    body: str
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True)
class DictionaryEntry:
    """A word of the organisation dictionary, exactly as written, and who added it."""

    word: str
    language: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class Confirmation:
    """A finding someone confirmed with a reason (personal data a statement names on purpose)."""

    statement_id: int
    finding_key: str
    check: str
    text: str
    reason: str
    confirmed_by: str
    confirmed_at: datetime


@dataclass(frozen=True)
class Revision:
    """An immutable snapshot of a statement's text, taken when it was submitted for review."""

    statement_id: int
    number: int  # 1, 2, … per statement
    text: str
    sha256: str
    submitted_by: str
    authors: frozenset[str]  # who wrote it: everyone who changed the text since the revision before
    reviewers: tuple[str, ...]  # whom the submitter asked (empty: anyone at each stage)
    note: str | None
    created_at: datetime


@dataclass(frozen=True)
class Review:
    """One reviewer's decision on one revision."""

    statement_id: int
    revision: int
    stage: int  # 1-based
    reviewer: str
    decision: str  # "approve" or "request_changes"
    sha256_seen: str
    self_approval: bool
    note: str | None
    created_at: datetime
    superseded: bool


@dataclass(frozen=True)
class Comment:
    """A remark on a phrase of a statement (or a reply to one), perhaps with a suggested replacement."""

    id: int
    statement_id: int
    revision: int | None  # the revision it was made on, when made in review
    parent_id: int | None  # the comment it answers
    quote: str | None  # the phrase it is on, as it read then
    start: int | None  # where that phrase was, in that text
    end: int | None
    author: str
    body: str
    suggestion: str | None
    resolved: bool
    created_at: datetime
