"""Statement templates: reading and checking template files, filling them in, writing them back.

Pure Python, no Qt. The format is described for administrators in the
templates folder's README.
"""

from __future__ import annotations

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
