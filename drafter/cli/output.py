"""How the command line prints: plain lines for people, one JSON document for scripts."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any

from drafter.core.statement import Statement, StatementSummary


def iso_utc(moment: datetime | None) -> str | None:
    """A timestamp as ISO 8601 in UTC with a trailing Z (stored times are UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def summary_json(item: StatementSummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "status": item.status.value,
        "updated": iso_utc(item.updated_at),
    }


def statement_json(item: Statement) -> dict[str, Any]:
    return {
        **summary_json(item.summary()),
        "text": item.text,
        "version": item.version,
        "language": item.language,
        "template": item.template_id,
        "fields": item.fields,
        "created": iso_utc(item.created_at),
        "created_by": item.created_by,
        "updated_by": item.updated_by,
        "trashed": iso_utc(item.trashed_at),
    }


def emit_json(document: Any) -> None:
    """Write exactly one JSON document to stdout."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit_line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def local_time(moment: datetime) -> str:
    """A stored UTC time shown in the reader's local time zone, to the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
