"""Writing a template back as the text of a template file ("save as template", "export template file")."""

from __future__ import annotations

from typing import Any

import yaml

from drafter.core.templates.model import Template, TemplateField
from drafter.core.workflow import stages_to_list


class _TemplateDumper(yaml.SafeDumper):
    """A SafeDumper that writes the way the bundled templates are written.

    The fields are indented under ``fields:``, and text of several lines is a ``|`` block.
    """

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_TemplateDumper.add_representer(str, _represent_text)


def template_to_text(template: Template) -> str:
    """The template as a file: front matter, then the body as it is.

    ``parse_template`` reads the result back to an equal template (same
    origin and path given). Only what the format holds is written; optional
    keys that are empty are left out.
    """
    front: dict[str, Any] = {
        "id": template.id,
        "name": template.name,
        "description": template.description,
        "category": template.category,
        "language": template.language,
        "fields": [_field(f) for f in template.fields],
    }
    if template.targets.to_dict():
        front["checks"] = template.targets.to_dict()
    if template.review_stages:
        front["review"] = {"stages": [
            {key: (str(value) if key == "approvals" else value) for key, value in stage.items()}
            for stage in stages_to_list(template.review_stages)]}
    yaml_text = yaml.dump(
        front,
        Dumper=_TemplateDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,  # one line per value, as people write them
    )
    return f"---\n{yaml_text}---\n{template.body}"


def _field(field: TemplateField) -> dict[str, Any]:
    out: dict[str, Any] = {"key": field.key, "label": field.label}
    if field.help:
        out["help"] = field.help
    out["type"] = field.type.value
    if field.options:
        out["options"] = list(field.options)
    out["required"] = field.required
    if field.default:
        out["default"] = field.default
    return out
