"""Shared by the template tests: sample values and profile, and small template files."""

from __future__ import annotations

from pathlib import Path

from drafter.core.templates import PROFILE_KEYS, FieldType, OrganisationProfile, Template

SAMPLE_DATE = "2025-06-10"

GOOD_TEMPLATE = """\
---
id: {id}
name: A good template
description: "Used by the tests: it must always load."
category: Public information
language: en
fields:
  - key: headline
    label: Headline
    type: text
    required: true
  - key: date
    label: Date
    type: date
    required: true
---
# {{{{headline}}}}

Issued by the {{{{org.name}}}} on {{{{date}}}}.
"""


def good_template(template_id: str = "good-one") -> str:
    return GOOD_TEMPLATE.format(id=template_id)


def sample_values(template: Template) -> dict[str, str]:
    """A value for every field, as the tests' brief describes them."""
    values = {}
    for field in template.fields:
        if field.type is FieldType.DATE:
            values[field.key] = SAMPLE_DATE
        elif field.type is FieldType.CHOICE:
            values[field.key] = field.options[0]
        elif field.type is FieldType.PERSON:
            values[field.key] = "Dana Whitfield"
        else:
            values[field.key] = "Sample"
    return values


def full_profile() -> OrganisationProfile:
    """A value for every profile placeholder (the examples the settings form shows)."""
    return OrganisationProfile({key: info.example for key, info in PROFILE_KEYS.items()})


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
