"""Placeholders and the other marks a drafter forgets: ``{{…}}``, "TK", "XXX", "[insert …]".

Each is an error: none may reach the public. The finding comes from the
same scanner the editor highlights with, so both always agree; "TK" and
"XXX" inside code are left alone there, as they may be meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.templates.placeholders import PLACEHOLDER, find_leftovers
from drafter.core.templates.profile import PROFILE_KEYS

CHECK = "placeholders"

_MESSAGES = {
    "tk": "“{text}” marks something still to come: write it, or take the mark out.",
    "xxx": "“{text}” marks something still to fill in: write it, or take the mark out.",
    "insert": "“{text}” is a note to the drafter: write what it asks for in its place.",
}


def check(draft: Draft) -> Iterator[Finding]:
    for leftover in find_leftovers(draft.text):
        if leftover.kind == "placeholder":
            yield _placeholder(draft, leftover.text, leftover.start, leftover.end)
        else:
            message = _MESSAGES[leftover.kind].format(text=leftover.text)
            yield draft.finding(CHECK, leftover.start, leftover.end, message, severity=Severity.ERROR)


def _placeholder(draft: Draft, text: str, start: int, end: int) -> Finding:
    match = PLACEHOLDER.fullmatch(text)
    key = match.group("key") if match else None
    value = draft.profile.get(key, "").strip() if key else ""
    if value:  # a profile value exists: filling it in is the clear fix
        return draft.finding(
            CHECK, start, end, f"“{text}” was never filled in: the profile says “{value}”.",
            severity=Severity.ERROR, fix=value)
    if key is not None and key in PROFILE_KEYS:
        label = PROFILE_KEYS[key].label
        message = (f"“{text}” was never filled in: the organisation profile has no {label.lower()} yet. "
                   f"Set it in Settings ▸ Organisation Profile, or write it here.")
    else:
        what = f"the {key.replace('_', ' ')}" if key else "what it stands for"
        message = f"“{text}” was never filled in: write {what} in its place."
    return draft.finding(CHECK, start, end, message, severity=Severity.ERROR)
