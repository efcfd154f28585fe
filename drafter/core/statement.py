"""What a statement is, independent of where it is stored."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Status(enum.StrEnum):
    """Where a statement is in its life (see docs/architecture.md)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    RELEASED = "released"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True)
class StatementSummary:
    """One row of the statement list."""

    id: int
    title: str
    status: Status
    updated_at: datetime
    trashed: bool = False


@dataclass(frozen=True)
class Statement:
    """A statement with its working copy, as read from the workspace."""

    id: int
    title: str
    status: Status
    text: str
    version: int
    language: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    template_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    trashed_at: datetime | None = None

    @property
    def trashed(self) -> bool:
        return self.trashed_at is not None

    def summary(self) -> StatementSummary:
        return StatementSummary(self.id, self.title, self.status, self.updated_at, self.trashed)
