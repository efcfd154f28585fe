"""The drafting checks: what embarrasses a public statement, found before a reviewer finds it.

Each check is a small module with one job; :mod:`drafter.core.checks.registry`
lists them and runs them on a :class:`~drafter.core.checks.draft.Draft`.
Nothing here imports Qt or the store. The names below load on first use, so
that importing one module of the package (the window does, before it is
painted) does not load them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.core.checks.draft import Draft
    from drafter.core.checks.findings import Finding, Severity
    from drafter.core.checks.settings import CheckSettings
    from drafter.core.templates.model import TemplateTargets

_LAZY = {
    "Draft": "drafter.core.checks.draft",
    "Finding": "drafter.core.checks.findings",
    "Severity": "drafter.core.checks.findings",
    "CheckSettings": "drafter.core.checks.settings",
    "TemplateTargets": "drafter.core.templates.model",
}

__all__ = ["CheckSettings", "Draft", "Finding", "Severity", "TemplateTargets"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
