"""House style: the organisation's preferred words and spellings.

Applies Drafter's starter house style (``resources/checks/style.yaml``:
“in order to” → “to”, “utilize” → “use”, AP spellings) and the
administrator's own rules, typically the organisation's names and titles
with their capitals (a ``match_case`` rule: “city council” → “City Council”).
Each form found is a warning; house style is mechanical, so a rule with
exactly one preferred form offers it as a one-click fix (unless the rule
says ``fix: false``), in the capitals of the words it replaces.

It leaves alone code, link targets and web addresses, and parts of longer
words (“cop” is not found in “copper” or “cop-out”); the bundled rules
apply to English statements only.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding
from drafter.core.checks.rules import bundled_rules, is_english, rule_findings

CHECK = "style"


def check(draft: Draft) -> Iterator[Finding]:
    bundled = bundled_rules("style") if is_english(draft.language) else ()
    yield from rule_findings(draft, CHECK, bundled + tuple(draft.style_rules), fix_by_default=True,
                             default_reason="The organisation's house style.")
