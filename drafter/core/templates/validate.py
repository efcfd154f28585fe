"""Checking one template's text against the rules of the template format, and building the Template.

Every rule of the format described for administrators (the templates
folder's README) is checked here; each broken rule becomes a problem with
the 1-based line in the file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node, SequenceNode

from drafter.core.templates.dates import parse_iso_date
from drafter.core.templates.fixed_blocks import scan_fixed_blocks
from drafter.core.templates.frontmatter import (
    FrontMatter,
    FrontMatterError,
    mapping_keys,
    normalise_text,
    read_front_matter,
    split_front_matter,
)
from drafter.core.templates.model import (
    FieldType,
    FixedBlock,
    Severity,
    Template,
    TemplateField,
    TemplateProblem,
    TemplateTargets,
)
from drafter.core.templates.placeholders import FIELD_KEY, LOOSE_PLACEHOLDER, PLACEHOLDER, LineIndex
from drafter.core.templates.profile import PROFILE_KEYS
from drafter.core.workflow import Stage, stages_from_list

TEXT_KEYS = ("id", "name", "description", "category", "language")
TOP_KEYS = (*TEXT_KEYS, "fields", "checks", "review")
CHECK_KEYS = ("press_release", "max_words", "max_characters")
FIELD_KEYS = ("key", "label", "help", "type", "options", "required", "default")
CATEGORIES = (
    "Community safety",
    "Condolence & recognition",
    "Media relations",
    "Civic & ceremonial",
    "Public information",
)
TEMPLATE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_TYPES = ", ".join(t.value for t in FieldType)


@dataclass(frozen=True)
class ParsedTemplate:
    template: Template | None  # None when an error-level problem skips it
    problems: list[TemplateProblem]
    id_line: int | None = None  # the file line of "id:", when known


class _Report:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[TemplateProblem] = []

    def error(self, line: int | None, message: str) -> None:
        self.problems.append(TemplateProblem(self.source, line, message))

    def warning(self, line: int | None, message: str) -> None:
        self.problems.append(TemplateProblem(self.source, line, message, "warning"))

    def add(self, line: int | None, message: str, severity: Severity) -> None:
        self.problems.append(TemplateProblem(self.source, line, message, severity))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


def validate(text: str, *, source: str, origin: str = "bundled", path: Path | None = None) -> ParsedTemplate:
    """Check ``text``; the template is None when any problem is an error."""
    report = _Report(source)
    try:
        split = split_front_matter(normalise_text(text))
        front = read_front_matter(split)
    except FrontMatterError as error:
        report.error(error.line, error.message)
        return ParsedTemplate(None, report.problems)
    if not isinstance(front.data, dict):
        kind = "a list" if isinstance(front.data, list) else "a single value"
        report.error(
            front.yaml_first_line, f"the front matter must be 'key: value' lines (id:, name:, …), not {kind}"
        )
        return ParsedTemplate(None, report.problems)
    lines = _key_lines(front, front.node, report, "the front matter")
    data: dict[object, object] = front.data
    texts: dict[str, str] = {}
    for key in TEXT_KEYS:
        value = _text(data, key, lines, report, where=None, first_line=1)
        if value is not None:
            texts[key] = value
    for extra in data:
        if extra not in TOP_KEYS:
            report.warning(
                lines.get(str(extra)),
                f"the front matter key '{extra}' is not part of a template and is ignored "
                f"(the keys are: {', '.join(TOP_KEYS)})",
            )
    _check_header(texts, lines, report, path)
    fields, field_lines, all_keys = _fields(front, data, lines, report)
    targets = _targets(data.get("checks"), lines.get("checks"), report)
    review_stages = _review_stages(data.get("review"), lines.get("review"), report)
    body = split.body
    _check_body(body, split.body_first_line, fields, field_lines, all_keys, report)
    if report.has_errors:
        return ParsedTemplate(None, report.problems, lines.get("id"))
    spans, _ = scan_fixed_blocks(body)
    template = Template(
        id=texts["id"],
        name=texts["name"],
        description=texts["description"],
        category=texts["category"],
        language=texts["language"],
        fields=tuple(fields),
        body=body,
        origin=origin,
        path=path,
        fixed_blocks=tuple(FixedBlock(s.name, s.text) for s in spans),
        targets=targets,
        review_stages=review_stages,
    )
    return ParsedTemplate(template, report.problems, lines.get("id"))


def _targets(raw: object, line: int | None, report: _Report) -> TemplateTargets:
    """The optional ``checks:`` of the front matter: what the drafting checks ask of the statement."""
    if raw is None:
        return TemplateTargets()
    if not isinstance(raw, dict):
        report.error(line, "'checks:' must be keys (press_release, max_words, max_characters), "
                     f"not {_kind(raw)}")
        return TemplateTargets()
    for extra in raw:
        if extra not in CHECK_KEYS:
            report.warning(line, f"'checks:' has the key '{extra}', which is ignored "
                           f"(the keys are: {', '.join(CHECK_KEYS)})")
    press_release = raw.get("press_release", False)
    if not isinstance(press_release, bool):
        report.error(line, "'press_release' under 'checks:' must be true or false")
        press_release = False
    return TemplateTargets(press_release, _count(raw, "max_words", line, report),
                           _count(raw, "max_characters", line, report))


def _review_stages(raw: object, line: int | None, report: _Report) -> tuple[Stage, ...]:
    """The optional ``review: stages:`` of the front matter: this template's own review stages."""
    if raw is None:
        return ()
    listed = raw.get("stages") if isinstance(raw, dict) else None
    if not isinstance(listed, list) or not listed:
        report.error(line, "'review:' must hold 'stages:', a list of stages, each with a 'name:' and "
                     "optionally 'reviewers:' (logins) and 'approvals:' (a number)")
        return ()
    stages = stages_from_list(listed)
    if len(stages) != len(listed):
        report.error(line, "every stage under 'review:' needs a 'name:'")
    return stages


def _count(raw: dict[object, object], key: str, line: int | None, report: _Report) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip().isdigit() or int(value) <= 0:
        report.error(line, f"'{key}' under 'checks:' must be a whole number above 0, such as 600")
        return None
    return int(value)


def expected_id(file_name: str) -> str:
    """The id a file name implies: ``press-release.md`` → ``press-release``, ``x.es.md`` → ``x-es``."""
    stem = file_name[:-3] if file_name.lower().endswith(".md") else file_name
    return stem.replace(".", "-")


def _check_header(texts: dict[str, str], lines: dict[str, int], report: _Report, path: Path | None) -> None:
    template_id = texts.get("id")
    if template_id is not None:
        if not TEMPLATE_ID.fullmatch(template_id):
            report.error(
                lines.get("id"),
                f"the id '{template_id}' must be lowercase words joined by hyphens, e.g. 'press-release'",
            )
        elif path is not None and template_id != expected_id(path.name):
            report.warning(
                lines.get("id"),
                f"the id '{template_id}' differs from the file name '{path.name}': "
                f"name the file after the id, or use the id '{expected_id(path.name)}'",
            )
    category = texts.get("category")
    if category is not None and category not in CATEGORIES:
        report.warning(
            lines.get("category"),
            f"the category '{category}' is not one of: {', '.join(CATEGORIES)}",
        )
    language = texts.get("language")
    if language is not None and not LANGUAGE_TAG.fullmatch(language):
        report.error(
            lines.get("language"), f"the language '{language}' must be a language tag such as 'en' or 'es'"
        )


def _fields(
    front: FrontMatter, data: dict[object, object], lines: dict[str, int], report: _Report
) -> tuple[list[TemplateField], dict[str, int], set[str]]:
    """The valid fields, the line of each field key, and every key written (valid or not)."""
    fields: list[TemplateField] = []
    field_lines: dict[str, int] = {}
    all_keys: set[str] = set()
    if "fields" not in data:
        report.error(1, "the front matter has no 'fields:' list (write 'fields: []' if there are none)")
        return fields, field_lines, all_keys
    raw = data["fields"]
    if not isinstance(raw, list):
        report.error(
            lines.get("fields"),
            "'fields' must be a list, each field starting with '- key:' "
            "(write 'fields: []' if there are none)",
        )
        return fields, field_lines, all_keys
    items = _value_node(front.node, "fields")
    nodes: list[Node] = list(items.value) if isinstance(items, SequenceNode) else []
    for number, item in enumerate(raw):
        line = front.line_of(nodes[number]) if number < len(nodes) else lines.get("fields")
        field = _field(front, item, nodes[number] if number < len(nodes) else None, line, number + 1, report)
        if field is None:
            key = item.get("key") if isinstance(item, dict) else None
            if isinstance(key, str):
                all_keys.add(key)
            continue
        all_keys.add(field.key)
        if field.key in field_lines:
            report.error(
                line,
                f"the field key '{field.key}' is declared twice (first on line {field_lines[field.key]}): "
                "give each field its own key",
            )
            continue
        if line is not None:
            field_lines[field.key] = line
        fields.append(field)
    return fields, field_lines, all_keys


def _field(
    front: FrontMatter, item: object, node: Node | None, line: int | None, number: int, report: _Report
) -> TemplateField | None:
    if not isinstance(item, dict):
        report.error(line, f"field {number} must be 'key: value' lines, starting with '- key:'")
        return None
    if node is not None:
        _key_lines(front, node, report, f"field {number}")
    before = len(report.problems)
    key = item.get("key")
    name = f"field {number}"
    if not isinstance(key, str) or not key.strip():
        report.error(
            line, f"field {number} has no 'key:' (the name its placeholder uses, e.g. 'key: headline')"
        )
    elif not FIELD_KEY.fullmatch(key):
        suggestion = re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")
        hint = f", e.g. '{suggestion}'" if FIELD_KEY.fullmatch(suggestion) else ""
        report.error(
            line,
            f"the field key '{key}' must be snake_case: lowercase letters, digits and underscores, "
            f"starting with a letter{hint}",
        )
    else:
        name = f"field '{key}'"
    label = _text(item, "label", {}, report, where=name, first_line=line)
    help_text = item.get("help")
    if help_text is not None and not isinstance(help_text, str):
        report.error(line, f"the 'help' of {name} must be text")
    type_value = item.get("type")
    field_type: FieldType | None = None
    if type_value is None:
        report.error(line, f"{name} has no 'type:' (one of {_TYPES})")
    elif not isinstance(type_value, str) or type_value not in {t.value for t in FieldType}:
        report.error(line, f"{name} has the unknown type '{type_value}': use one of {_TYPES}")
    else:
        field_type = FieldType(type_value)
    required = item.get("required")
    if not isinstance(required, bool):
        shown = "" if required is None else f" (not '{required}')"
        report.error(line, f"{name} needs 'required: true' or 'required: false'{shown}")
    options = _options(item, name, field_type, line, report)
    default = item.get("default")
    if default is None:
        default = ""
    elif not isinstance(default, str):
        report.error(line, f"the 'default' of {name} must be text")
        default = ""
    if default and field_type is FieldType.CHOICE and options and default not in options:
        report.error(
            line,
            f"the default '{default}' of {name} is not one of its options: "
            + ", ".join(f"'{o}'" for o in options),
        )
    if default and field_type is FieldType.DATE and parse_iso_date(default) is None:
        report.error(line, f"the default of {name} must be a date written YYYY-MM-DD, e.g. 2025-06-10")
    for extra in item:
        if extra not in FIELD_KEYS:
            report.warning(
                line, f"{name} has the key '{extra}', which is ignored (a field has: {', '.join(FIELD_KEYS)})"
            )
    if any(p.is_error for p in report.problems[before:]) or field_type is None:
        return None
    assert isinstance(key, str) and isinstance(required, bool) and label is not None
    return TemplateField(
        key=key,
        label=label,
        type=field_type,
        required=required,
        help=help_text if isinstance(help_text, str) else "",
        default=default,
        options=tuple(options),
    )


def _options(
    item: dict[object, object], name: str, field_type: FieldType | None, line: int | None, report: _Report
) -> list[str]:
    raw = item.get("options")
    if field_type is not FieldType.CHOICE:
        if raw is not None:
            report.warning(line, f"{name} is not a choice, so its 'options' are ignored")
        return []
    if not isinstance(raw, list) or not raw:
        report.error(line, f"{name} is a choice, so it needs 'options:', a list of the choices")
        return []
    if not all(isinstance(option, str) and option.strip() for option in raw):
        report.error(line, f"each option of {name} must be text (put it in double quotes if in doubt)")
        return []
    return [str(option) for option in raw]


def _check_body(
    body: str,
    first_line: int,
    fields: list[TemplateField],
    field_lines: dict[str, int],
    all_keys: set[str],
    report: _Report,
) -> None:
    index = LineIndex(body)
    used: set[str] = set()
    for match in LOOSE_PLACEHOLDER.finditer(body):
        line = index.position(match.start())[0] + first_line - 1
        found = match.group(0)
        strict = PLACEHOLDER.fullmatch(found)
        if strict is None:
            report.error(
                line,
                f"'{found}' is not a placeholder: write a field key in snake_case or a profile placeholder, "
                "e.g. {{headline}} or {{org.name}}",
            )
            continue
        key = strict.group("key")
        used.add(key)
        if key in all_keys or key in PROFILE_KEYS:
            continue
        if "." in key:
            report.error(
                line,
                f"'{found}' is not a profile placeholder; those are: "
                + ", ".join(f"{{{{{k}}}}}" for k in PROFILE_KEYS),
            )
            continue
        close = difflib.get_close_matches(key, sorted(all_keys), n=1)
        hint = f" Did you mean {{{{{close[0]}}}}}?" if close else ""
        report.error(
            line,
            f"'{found}' is neither a declared field nor a profile placeholder: "
            f"declare a field with 'key: {key}', or correct the name.{hint}",
        )
    for field in fields:
        if field.key not in used:
            report.warning(
                field_lines.get(field.key),
                f"the field '{field.key}' is never used in the text: "
                f"add {{{{{field.key}}}}} where it belongs, or remove the field",
            )
    spans, marker_problems = scan_fixed_blocks(body)
    for problem in marker_problems:
        report.add(
            problem.line + first_line - 1,
            problem.message,
            "warning" if problem.severity == "warning" else "error",
        )
    for span in spans:
        for match in PLACEHOLDER.finditer(span.text):
            if match.group("key") not in PROFILE_KEYS:
                line = index.position(span.inner_start + match.start())[0] + first_line - 1
                report.warning(
                    line,
                    f"the fixed block '{span.name}' contains {match.group(0)}: a fixed block may hold "
                    "profile placeholders only, since drafters cannot change it",
                )


def _text(
    data: dict[object, object],
    key: str,
    lines: dict[str, int],
    report: _Report,
    *,
    where: str | None,
    first_line: int | None,
) -> str | None:
    """The text value of ``key``, or None after reporting why there is none."""
    owner = where or "the front matter"
    if key not in data or data[key] is None:
        report.error(lines.get(key, first_line), f"{owner} has no '{key}:'")
        return None
    value = data[key]
    if not isinstance(value, str):
        kind = _kind(value)
        report.error(lines.get(key, first_line), f"the '{key}' of {owner} must be text, not {kind}")
        return None
    if not value.strip():
        report.error(lines.get(key, first_line), f"the '{key}' of {owner} is empty")
        return None
    return value.strip()


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of keys"
    return "a yes/no" if isinstance(value, bool) else "a number"


def _key_lines(front: FrontMatter, node: Node, report: _Report, owner: str) -> dict[str, int]:
    """The file line of each key of a mapping node; a key written twice is an error."""
    lines: dict[str, int] = {}
    for key, key_node, _ in mapping_keys(node):
        line = front.line_of(key_node)
        if key in lines:
            report.error(
                line, f"'{key}' is written twice in {owner} (first on line {lines[key]}): keep one of them"
            )
            continue
        lines[key] = line
    return lines


def _value_node(node: Node, wanted: str) -> Node | None:
    return next((value for key, _, value in mapping_keys(node) if key == wanted), None)
