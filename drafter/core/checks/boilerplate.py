"""Protected text: a block the template fixes (``<!-- fixed: NAME -->``) changed or removed.

The statement's template snapshot keeps each block as first filled in. A
block whose words differ from that (spacing does not count) is an error,
with the original as the fix; a block that is gone is an error on the
statement's first line, since there is nothing left to point at.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.templates.fixed_blocks import find_fixed_blocks

CHECK = "boilerplate"


def check(draft: Draft) -> Iterator[Finding]:
    if not draft.fixed_originals:
        return
    current: dict[str, list[tuple[int, int, str]]] = {}
    for span in find_fixed_blocks(draft.text):
        current.setdefault(span.name, []).append((span.inner_start, span.inner_end, span.text))
    for name, original in draft.fixed_originals.items():
        blocks = current.get(name, [])
        if any(_same(text, original) for _, _, text in blocks):
            continue
        if blocks:
            start, end, _ = blocks[0]
            yield draft.finding(
                CHECK, start, max(end, start), f"The protected block “{name}” was changed: "
                "the organisation fixes its wording. Put the original back.",
                severity=Severity.ERROR, fix=original)
        else:
            first_line_end = draft.text.find("\n")
            end = len(draft.text) if first_line_end < 0 else first_line_end
            yield draft.finding(
                CHECK, 0, end, f"The protected block “{name}” was removed: the template requires it. "
                "Put it back from the template.", severity=Severity.ERROR)


def _same(a: str, b: str) -> bool:
    return a.split() == b.split()
