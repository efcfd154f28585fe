"""Filling a template in: one pass of plain text substitution.

Each ``{{key}}`` of the body is replaced by its value, once. A value is never
read again, so a value that contains ``{{org.name}}`` or ``{0.__class__}``
appears as typed; nothing is evaluated or formatted.

- A date value arrives as ``YYYY-MM-DD`` and is written as a long date in the
  template's language (any other text is written as typed).
- A field without a value takes its default.
- A required field, or a profile placeholder, without a value keeps its
  ``{{key}}``: the drafting checks then point at it.
- An optional field left empty writes nothing; on a line of its own, the line
  goes too, with the blank line it would leave.
- A multi-line value inside a ``>`` quotation stays inside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from drafter.core.templates.dates import long_date, parse_iso_date
from drafter.core.templates.model import FieldType, Template, TemplateField
from drafter.core.templates.placeholders import PLACEHOLDER
from drafter.core.templates.profile import PROFILE_KEYS, OrganisationProfile
from drafter.core.titles import MAX_TITLE_LENGTH

#: Field keys whose value names the statement, best first.
TITLE_KEYS = ("headline", "title", "subject", "topic", "event_name", "proclamation_title", "event_title")
_QUOTE_PREFIX = re.compile(r"(?:[ \t]*>)+[ \t]?")
_BLANK_LINE = re.compile(r"[ \t]*\n")
_BLANK_AT_END = re.compile(r"\n[ \t]*\n\Z")
_HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")


def field_value(field: TemplateField, values: Mapping[str, str]) -> str:
    """The value ``values`` gives the field, else its default."""
    value = values.get(field.key)
    return field.default if value is None else value


def format_value(field: TemplateField, value: str, language: str = "en") -> str:
    """The text a field's value becomes in the statement."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if field.type is FieldType.LONG_TEXT:
        lines = value.split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join(lines)
    value = " ".join(value.split())  # one line: a stray line break would split the paragraph
    if field.type is FieldType.DATE:
        date = parse_iso_date(value)
        if date is not None:
            return long_date(date, language)
    return value


def fill_template(
    template: Template,
    values: Mapping[str, str],
    profile: OrganisationProfile,
    *,
    language: str | None = None,
) -> str:
    """The template's body with every placeholder that has a value replaced (see the module's notes)."""
    return fill_text(template.body, template, values, profile, language=language)


def fill_text(
    text: str,
    template: Template,
    values: Mapping[str, str],
    profile: OrganisationProfile,
    *,
    language: str | None = None,
) -> str:
    """Like ``fill_template`` for any part of the template's text (a heading, a fixed block)."""
    lang = language or template.language
    out: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        key = match.group("key")
        replacement = _replacement(key, template, values, profile, lang)
        if replacement is None:
            out.append(match.group(0))
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        prefix = text[line_start : match.start()]
        if not replacement and not prefix.strip() and not text[match.end() : line_end].strip():
            position = _remove_line(text, out, prefix, line_end)
            continue
        quote = _QUOTE_PREFIX.match(prefix)
        if quote and "\n" in replacement:
            marker = quote.group(0)
            replacement = "\n".join(
                marker + line if line.strip() else marker.rstrip() for line in replacement.split("\n")
            )[len(marker) :]
        out.append(replacement)
    out.append(text[position:])
    return "".join(out)


def _replacement(
    key: str, template: Template, values: Mapping[str, str], profile: OrganisationProfile, language: str
) -> str | None:
    """The text for ``key``, or None to keep the placeholder."""
    if key in PROFILE_KEYS:
        value = profile.get(key)
        return " ".join(value.split()) or None
    field = template.field(key)
    if field is None:
        return None
    value = format_value(field, field_value(field, values), language)
    if not value.strip():
        return None if field.required else ""
    return value


def _remove_line(text: str, out: list[str], prefix: str, line_end: int) -> int:
    """Drop the line of an empty placeholder, and the blank line it would leave; return where to go on."""
    if prefix:
        out[-1] = out[-1][: len(out[-1]) - len(prefix)]
    position = min(line_end + 1, len(text))
    written = "".join(out)
    if not written.strip() or _BLANK_AT_END.search(written):
        blank = _BLANK_LINE.match(text, position)
        if blank:
            position = blank.end()
        elif position >= len(text) and written.strip():
            out[:] = [written.rstrip() + "\n"]
    return position


def missing_required(template: Template, values: Mapping[str, str]) -> list[TemplateField]:
    """The required fields that have no value (a default counts as a value)."""
    return [f for f in template.fields if f.required and not field_value(f, values).strip()]


def title_for(
    template: Template, values: Mapping[str, str], profile: OrganisationProfile | None = None
) -> str:
    """A title for a statement made from ``template``.

    The body's first heading, filled in, when it has placeholders and all of
    them have values; else the template's name with the value of a title-like
    field (headline, subject, topic, …); else the name and the date.
    """
    heading = next((line for line in template.body.splitlines() if line.lstrip().startswith("#")), "")
    if PLACEHOLDER.search(heading):
        filled = fill_text(heading, template, values, profile or OrganisationProfile())
        if filled.strip() and not PLACEHOLDER.search(filled):
            return _title(_HEADING_MARKS.sub("", filled))
    for key in TITLE_KEYS:
        field = template.field(key)
        if field is not None:
            value = " ".join(field_value(field, values).split())
            if value:
                return _title(f"{template.name}: {value}")
    date_field = template.field("date")
    if date_field is not None:
        date = parse_iso_date(field_value(date_field, values))
        if date is not None:
            return _title(f"{template.name} — {long_date(date, template.language)}")
    return _title(template.name)


def _title(text: str) -> str:
    title = " ".join(text.split())
    if len(title) <= MAX_TITLE_LENGTH:
        return title
    return title[: MAX_TITLE_LENGTH - 1].rstrip() + "…"


def unfill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each value put back as its ``{{key}}``: the way to make a template of a statement.

    ``values`` maps keys to the text as it appears in the statement (for a
    date, the long date). Matches are exact and case-sensitive; a value that
    starts or ends with a letter or digit only matches whole words, so "Ana"
    does not match inside "Banana". Longer values win over shorter ones, the
    first key wins when two keys have the same value, and placeholders already
    in the text stay as they are. Empty values are skipped.
    """
    by_value: dict[str, str] = {}
    for key, value in values.items():
        if value.strip():
            by_value.setdefault(value, key)
    if not by_value:
        return text
    ordered = sorted(by_value, key=len, reverse=True)
    alternatives = [f"(?P<placeholder>{PLACEHOLDER.pattern})"]
    for number, value in enumerate(ordered):
        before = r"(?<!\w)" if re.match(r"\w", value) else ""
        after = r"(?!\w)" if re.search(r"\w\Z", value) else ""
        alternatives.append(f"(?P<v{number}>{before}{re.escape(value)}{after})")
    pattern = re.compile("|".join(alternatives))

    def replace(match: re.Match[str]) -> str:
        if match.group("placeholder") is not None:
            return match.group(0)
        return "{{" + by_value[ordered[int(str(match.lastgroup)[1:])]] + "}}"

    return pattern.sub(replace, text)
