"""A statement's history in words: one line for each event of the audit log.

The audit log keeps each event's action and details as data; this turns
them into what a person reads in the timeline ("submitted revision 2 for
review: “ready for legal”"). An action it does not know is shown by name,
so nothing recorded is ever hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Details = Mapping[str, Any]


def _note(details: Details) -> str:
    note = details.get("note")
    return f": “{note}”" if note else ""


def _revision(details: Details) -> str:
    return f"revision {details.get('revision', '?')}"


def _files(details: Details) -> str:
    files = details.get("files", [])
    return ", ".join(f"{f.get('format', '?').upper()} ({f.get('name', '')})" for f in files) or "nothing"


_DESCRIPTIONS: dict[str, Callable[[Details], str]] = {
    "created": lambda d: "created the statement",
    "edited": lambda d: f"edited the text (version {d.get('version', '?')})",
    "conflict_resolved": lambda d: (
        f"kept their own text over a change by {d.get('their_author', 'someone else')} "
        f"(version {d.get('their_version', '?')}); the replaced text is kept in this history"
        if d.get("kept") == "mine" else
        f"took the version saved by {d.get('their_author', 'someone else')} "
        "over their own unsaved change; the change set aside is kept in this history"),
    "renamed": lambda d: f"renamed it “{d.get('title', d.get('new', ''))}”",
    "fields_changed": lambda d: "changed the template fields " + ", ".join(map(str, d.get("changed", []))),
    "language_changed": lambda d: f"set the language to {d.get('language', '?')}",
    "trashed": lambda d: "moved it to the trash",
    "restored": lambda d: "restored it from the trash",
    "submitted": lambda d: f"submitted {_revision(d)} for review{_note(d)}",
    "withdrawn": lambda d: f"withdrew {_revision(d)} from review",
    "approved": lambda d: (f"approved {_revision(d)} at the stage “{d.get('stage_name', d.get('stage'))}”"
                           + (" (self-approved)" if d.get("self_approval") else "") + _note(d)),
    "changes_requested": lambda d: f"asked for changes to {_revision(d)}{_note(d)}",
    "approval_superseded": lambda d: f"edited the approved text: the approval of {_revision(d)} is set aside",
    "commented": lambda d: f"commented on “{d.get('quote', '')}”{_note(d)}",
    "comment_replied": lambda d: f"replied to a comment{_note(d)}",
    "comment_resolved": lambda d: "resolved a comment",
    "finding_confirmed": lambda d: f"confirmed “{d.get('text', '')}” is meant to be published: "
                                   f"{d.get('reason', '')}",
    "spelling_ignored": lambda d: f"ignored “{d.get('word', '')}” in the spelling check",
    "spelling_unignored": lambda d: f"stopped ignoring “{d.get('word', '')}”",
    "released": lambda d: f"released {_revision(d)} as " + _files(d),
    "exported": lambda d: f"exported {_revision(d)} again as " + _files(d),
}


def describe(action: str, details: Details) -> str:
    """The event as the timeline shows it, after who did it ("ana submitted revision 1 …")."""
    describe_one = _DESCRIPTIONS.get(action)
    if describe_one is None:
        return action.replace("_", " ")
    try:
        return describe_one(details)
    except (TypeError, ValueError):  # details from an older Drafter: say what happened, plainly
        return action.replace("_", " ")
