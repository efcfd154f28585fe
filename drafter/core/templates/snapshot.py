"""What a statement remembers of the template it was made from.

Stored with the statement (``template_snapshot``): the template's id and
name, its field definitions (so the fields panel works even if the template
later changes or disappears), and the protected blocks as first filled in,
so that a later change to one can be reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drafter.core.templates.fixed_blocks import fixed_texts
from drafter.core.templates.model import FieldType, Template, TemplateField, TemplateTargets
from drafter.core.workflow import Stage, stages_from_list, stages_to_list


def template_snapshot(template: Template, filled_text: str) -> dict[str, Any]:
    return {
        "template_id": template.id,
        "template_name": template.name,
        "fields": [
            {"key": f.key, "label": f.label, "type": f.type.value, "required": f.required,
             "help": f.help, "default": f.default, "options": list(f.options)}
            for f in template.fields
        ],
        "fixed_blocks": fixed_texts(filled_text),
        "checks": template.targets.to_dict(),
        "review_stages": stages_to_list(template.review_stages),
    }


def fields_from_snapshot(snapshot: Mapping[str, Any]) -> list[TemplateField]:
    """The field definitions kept in a snapshot; entries that do not read are skipped."""
    fields = []
    for raw in snapshot.get("fields", []):
        try:
            fields.append(TemplateField(
                key=str(raw["key"]), label=str(raw.get("label", raw["key"])),
                type=FieldType(raw.get("type", "text")), required=bool(raw.get("required", False)),
                help=str(raw.get("help", "")), default=str(raw.get("default", "")),
                options=tuple(str(o) for o in raw.get("options", ()))))
        except (KeyError, TypeError, ValueError):
            continue
    return fields


def fixed_originals(snapshot: Mapping[str, Any]) -> dict[str, str]:
    raw = snapshot.get("fixed_blocks", {})
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, Mapping) else {}


def targets_from_snapshot(snapshot: Mapping[str, Any]) -> TemplateTargets:
    """What the template asked of the statement; nothing when the snapshot predates ``checks``."""
    raw = snapshot.get("checks", {})
    if not isinstance(raw, Mapping):
        return TemplateTargets()

    def count(key: str) -> int | None:
        value = raw.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

    return TemplateTargets(raw.get("press_release") is True, count("max_words"), count("max_characters"))


def stages_from_snapshot(snapshot: Mapping[str, Any]) -> tuple[Stage, ...]:
    """The template's own review stages, kept with the statement (none: the workspace's)."""
    return stages_from_list(snapshot.get("review_stages"))
