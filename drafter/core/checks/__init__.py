"""The drafting checks: what embarrasses a public statement, found before a reviewer finds it.

Each check is a small module with one job; :mod:`drafter.core.checks.registry`
lists them and runs them on a :class:`~drafter.core.checks.draft.Draft`.
Nothing here imports Qt or the store.
"""

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.settings import CheckSettings
from drafter.core.templates.model import TemplateTargets

__all__ = ["CheckSettings", "Draft", "Finding", "Severity", "TemplateTargets"]
