"""Statement templates: reading and checking template files, filling them in, writing them back.

Pure Python, no Qt. The format is described for administrators in the
templates folder's README.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.core.templates.dates import long_date, parse_iso_date
    from drafter.core.templates.fill import (
        field_value,
        fill_template,
        fill_text,
        format_value,
        missing_required,
        title_for,
        unfill,
    )
    from drafter.core.templates.fixed_blocks import (
        FixedSpan,
        MarkerProblem,
        changed_fixed_blocks,
        find_fixed_blocks,
        fixed_texts,
        scan_fixed_blocks,
    )
    from drafter.core.templates.loader import (
        MAX_TEMPLATE_BYTES,
        bundled_templates_folder,
        load_file,
        load_folder,
        load_library,
        parse_template,
    )
    from drafter.core.templates.model import (
        FieldType,
        FixedBlock,
        Severity,
        Template,
        TemplateField,
        TemplateLibrary,
        TemplateProblem,
    )
    from drafter.core.templates.placeholders import (
        LEFTOVER_MARKERS,
        PLACEHOLDER,
        Leftover,
        Placeholder,
        find_leftovers,
        find_placeholders,
    )
    from drafter.core.templates.profile import PROFILE_KEYS, OrganisationProfile, ProfileKey
    from drafter.core.templates.serialize import template_to_text
    from drafter.core.templates.validate import CATEGORIES, ParsedTemplate

# Names load on first use (PEP 562): the window needs only the placeholder
# finder at start-up, not the YAML reader behind the template loader.
_WHERE: dict[str, str] = {
    "CATEGORIES": "drafter.core.templates.validate",
    "FieldType": "drafter.core.templates.model",
    "FixedBlock": "drafter.core.templates.model",
    "FixedSpan": "drafter.core.templates.fixed_blocks",
    "LEFTOVER_MARKERS": "drafter.core.templates.placeholders",
    "Leftover": "drafter.core.templates.placeholders",
    "MAX_TEMPLATE_BYTES": "drafter.core.templates.loader",
    "MarkerProblem": "drafter.core.templates.fixed_blocks",
    "OrganisationProfile": "drafter.core.templates.profile",
    "PLACEHOLDER": "drafter.core.templates.placeholders",
    "PROFILE_KEYS": "drafter.core.templates.profile",
    "ParsedTemplate": "drafter.core.templates.validate",
    "Placeholder": "drafter.core.templates.placeholders",
    "ProfileKey": "drafter.core.templates.profile",
    "Severity": "drafter.core.templates.model",
    "Template": "drafter.core.templates.model",
    "TemplateField": "drafter.core.templates.model",
    "TemplateLibrary": "drafter.core.templates.model",
    "TemplateProblem": "drafter.core.templates.model",
    "bundled_templates_folder": "drafter.core.templates.loader",
    "changed_fixed_blocks": "drafter.core.templates.fixed_blocks",
    "field_value": "drafter.core.templates.fill",
    "fill_template": "drafter.core.templates.fill",
    "fill_text": "drafter.core.templates.fill",
    "find_fixed_blocks": "drafter.core.templates.fixed_blocks",
    "find_leftovers": "drafter.core.templates.placeholders",
    "find_placeholders": "drafter.core.templates.placeholders",
    "fixed_texts": "drafter.core.templates.fixed_blocks",
    "format_value": "drafter.core.templates.fill",
    "load_file": "drafter.core.templates.loader",
    "load_folder": "drafter.core.templates.loader",
    "load_library": "drafter.core.templates.loader",
    "long_date": "drafter.core.templates.dates",
    "missing_required": "drafter.core.templates.fill",
    "parse_iso_date": "drafter.core.templates.dates",
    "parse_template": "drafter.core.templates.loader",
    "scan_fixed_blocks": "drafter.core.templates.fixed_blocks",
    "template_to_text": "drafter.core.templates.serialize",
    "title_for": "drafter.core.templates.fill",
    "unfill": "drafter.core.templates.fill",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CATEGORIES",
    "LEFTOVER_MARKERS",
    "MAX_TEMPLATE_BYTES",
    "PLACEHOLDER",
    "PROFILE_KEYS",
    "FieldType",
    "FixedBlock",
    "FixedSpan",
    "Leftover",
    "MarkerProblem",
    "OrganisationProfile",
    "ParsedTemplate",
    "Placeholder",
    "ProfileKey",
    "Severity",
    "Template",
    "TemplateField",
    "TemplateLibrary",
    "TemplateProblem",
    "bundled_templates_folder",
    "changed_fixed_blocks",
    "field_value",
    "fill_template",
    "fill_text",
    "find_fixed_blocks",
    "find_leftovers",
    "find_placeholders",
    "fixed_texts",
    "format_value",
    "load_file",
    "load_folder",
    "load_library",
    "long_date",
    "missing_required",
    "parse_iso_date",
    "parse_template",
    "scan_fixed_blocks",
    "template_to_text",
    "title_for",
    "unfill",
]
