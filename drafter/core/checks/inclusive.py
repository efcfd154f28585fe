"""Sensitive language: terms with a more accurate, more respectful alternative.

Applies Drafter's list (``resources/checks/inclusive.yaml``: mental health
and disability, addiction, homelessness, age, gender, race and origin,
immigration, how suspects and victims are named) and the administrator's
additions to the statement's prose. Each term found is a warning quoting
it, saying why, and suggesting the preferred forms.

It deliberately does not fix by default: whether a term is wrong, and which
alternative fits, depends on the sentence and on what the people concerned
call themselves, so it suggests and the drafter decides. Only a rule marked
``fix: true`` with a single preferred form (“policeman” → “police officer”)
offers a one-click fix. Code, link targets and web addresses are not
checked; the bundled list applies to English statements only (the
administrator's rules apply to every language).
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding
from drafter.core.checks.rules import bundled_rules, is_english, rule_findings

CHECK = "inclusive-language"


def check(draft: Draft) -> Iterator[Finding]:
    bundled = bundled_rules("inclusive") if is_english(draft.language) else ()
    yield from rule_findings(draft, CHECK, bundled + tuple(draft.inclusive_rules), fix_by_default=False,
                             default_reason="There is a more respectful way to say this.")
