"""Filling a template in: plain text, one pass, dates in the template's language, no holes."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.core.templates import (
    OrganisationProfile,
    Template,
    fill_template,
    long_date,
    missing_required,
    parse_template,
    title_for,
    unfill,
)
from tests.core.templates.samples import full_profile


def _template(fields: str, body: str, language: str = "en") -> Template:
    text = (
        "---\nid: test\nname: Test statement\ndescription: For the tests.\n"
        f"category: Public information\nlanguage: {language}\nfields:\n{fields}---\n{body}"
    )
    template, problems = parse_template(text, source="test.md")
    assert template is not None, [str(p) for p in problems]
    return template


TEXT = "  - key: {key}\n    label: {key}\n    type: {type}\n    required: {required}\n"


def _field(key: str, type_: str = "text", required: bool = True, extra: str = "") -> str:
    return TEXT.format(key=key, type=type_, required=str(required).lower()) + extra


@pytest.mark.parametrize(
    "value",
    [
        "{{org.name}}",
        "{{ other }}",
        "{0.__class__}",
        "{0.__class__.__mro__[1].__subclasses__()}",
        "%(headline)s and %s",
        "${HOME} $(ls) `id`",
        "\\1 \\g<0>",
        "__import__('os').system('true')",
    ],
)
def test_a_value_is_written_as_typed_never_read_again(value: str) -> None:
    template = _template(_field("headline") + _field("other"), "{{headline}} / {{other}} / {{org.name}}\n")
    text = fill_template(template, {"headline": value, "other": "second"}, full_profile())
    assert text == f"{value} / second / Town of East Harbor\n"


def test_placeholders_may_have_spaces_inside_the_braces() -> None:
    template = _template(_field("headline"), "{{ headline }} and {{\torg.town }}\n")
    assert fill_template(template, {"headline": "News"}, full_profile()) == "News and East Harbor\n"


def test_a_missing_required_value_or_profile_value_keeps_its_placeholder() -> None:
    template = _template(
        _field("headline") + _field("quote"), "# {{headline}}\n\n{{quote}}\n\n{{speaker.name}}\n"
    )
    text = fill_template(template, {"quote": "   "}, OrganisationProfile())
    assert text == "# {{headline}}\n\n{{quote}}\n\n{{speaker.name}}\n"
    assert [f.key for f in missing_required(template, {"quote": "   "})] == ["headline", "quote"]


def test_a_field_without_a_value_takes_its_default() -> None:
    template = _template(_field("level", extra="    default: Advisory\n"), "{{level}}\n")
    assert fill_template(template, {}, full_profile()) == "Advisory\n"
    assert fill_template(template, {"level": "Warning"}, full_profile()) == "Warning\n"
    assert missing_required(template, {}) == []


BODY_WITH_TRIBUTE = "We want to hear from you.\n\n{{tribute}}\n\n## Thank you\n\nThanks.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (BODY_WITH_TRIBUTE, "We want to hear from you.\n\n## Thank you\n\nThanks.\n"),
        ("{{tribute}}\n\n# Title\n", "# Title\n"),
        ("Text.\n\n{{tribute}}\n", "Text.\n"),
        ("Text.\n\n{{tribute}}", "Text.\n"),
        ("Text.\n\n  {{tribute}}  \n\nMore.\n", "Text.\n\nMore.\n"),
        ("- one\n{{tribute}}\n- two\n", "- one\n- two\n"),
        ("Before {{tribute}} after.\n", "Before  after.\n"),
        ("A\n\n{{tribute}}\n\n{{tribute}}\n\nB\n", "A\n\nB\n"),
    ],
)
def test_an_empty_optional_field_leaves_no_trace(body: str, expected: str) -> None:
    template = _template(_field("tribute", "long_text", required=False), body)
    assert fill_template(template, {"tribute": ""}, full_profile()) == expected
    assert fill_template(template, {}, full_profile()) == expected


def test_a_filled_optional_field_keeps_its_line() -> None:
    template = _template(_field("tribute", "long_text", required=False), BODY_WITH_TRIBUTE)
    text = fill_template(template, {"tribute": "\n\nFlags fly at half-staff.\n\n"}, full_profile())
    assert text == "We want to hear from you.\n\nFlags fly at half-staff.\n\n## Thank you\n\nThanks.\n"


def test_a_one_line_field_stays_on_one_line() -> None:
    template = _template(_field("headline"), "# {{headline}}\n")
    assert fill_template(template, {"headline": "Road\r\nclosed\n"}, full_profile()) == "# Road closed\n"


def test_a_long_value_inside_a_quotation_stays_inside_it() -> None:
    template = _template(_field("quote", "long_text"), '> "{{quote}}"\n>\n> — Someone\n')
    text = fill_template(template, {"quote": "First paragraph.\n\nSecond paragraph."}, full_profile())
    assert text == '> "First paragraph.\n>\n> Second paragraph."\n>\n> — Someone\n'


def test_dates_are_long_dates_in_the_templates_language() -> None:
    fields = _field("date", "date")
    assert fill_template(_template(fields, "{{date}}"), {"date": "2025-06-10"}, full_profile()) == (
        "Tuesday, June 10, 2025"
    )
    spanish = _template(fields, "{{date}}", language="es")
    assert fill_template(spanish, {"date": "2025-06-10"}, full_profile()) == "martes, 10 de junio de 2025"
    assert fill_template(spanish, {"date": "2025-06-10"}, full_profile(), language="en") == (
        "Tuesday, June 10, 2025"
    )
    german = _template(fields, "{{date}}", language="de")
    assert fill_template(german, {"date": "2025-06-10"}, full_profile()) == "Tuesday, June 10, 2025"
    assert fill_template(german, {"date": "June 10"}, full_profile()) == "June 10"


@pytest.mark.parametrize(
    ("date", "language", "expected"),
    [
        (dt.date(2025, 6, 10), "en", "Tuesday, June 10, 2025"),
        (dt.date(2025, 6, 10), "es", "martes, 10 de junio de 2025"),
        (dt.date(2025, 6, 10), "es-MX", "martes, 10 de junio de 2025"),
        (dt.date(2024, 2, 29), "en-US", "Thursday, February 29, 2024"),
        (dt.date(2026, 1, 3), "es", "sábado, 3 de enero de 2026"),
        (dt.date(2025, 9, 17), "es", "miércoles, 17 de septiembre de 2025"),
        (dt.date(2025, 12, 7), "fr", "Sunday, December 7, 2025"),
    ],
)
def test_long_dates(date: dt.date, language: str, expected: str) -> None:
    assert long_date(date, language) == expected


def test_a_placeholder_the_template_does_not_declare_stays() -> None:
    template = _template(_field("headline"), "{{headline}}\n")
    body = template.body + "{{unknown}}\n"
    template = Template(**{**template.__dict__, "body": body})
    assert fill_template(template, {"headline": "x", "unknown": "y"}, full_profile()) == "x\n{{unknown}}\n"


def test_the_title_is_the_filled_heading_when_it_can_be() -> None:
    fields = _field("date", "date") + _field("topic")
    template = _template(
        fields, "# Statement from {{speaker.title}} {{speaker.name}} on {{topic}}\n\n{{date}}\n"
    )
    values = {"date": "2025-06-10", "topic": "the Storm"}
    assert title_for(template, values, full_profile()) == "Statement from Mayor Elena Ruiz on the Storm"
    assert title_for(template, values) == "Test statement: the Storm"
    assert title_for(template, {"date": "2025-06-10"}) == "Test statement — Tuesday, June 10, 2025"
    assert title_for(template, {}) == "Test statement"


def test_unfill_puts_values_back_as_placeholders() -> None:
    text = "Ana Lopez thanks Banana Farm. Ana Lopez, Sergeant. Call {{media.phone}}. Tuesday, June 10, 2025."
    values = {"name": "Ana Lopez", "short": "Ana", "farm": "Banana Farm", "date": "Tuesday, June 10, 2025"}
    assert (
        unfill(text, values)
        == "{{name}} thanks {{farm}}. {{name}}, Sergeant. Call {{media.phone}}. {{date}}."
    )
    assert unfill("Ana and Banana", {"short": "Ana", "empty": ""}) == "{{short}} and Banana"
    assert unfill("(555) 010-0199", {"phone": "(555) 010-0199"}) == "{{phone}}"
    assert unfill("name org.name {{org.name}}", {"word": "name"}) == "{{word}} org.{{word}} {{org.name}}"


def test_fill_then_unfill_gives_the_template_back() -> None:
    fields = _field("headline") + _field("person", "person")
    template = _template(fields, "# {{headline}}\n\n{{person}} said it. Thanks, {{person}}.\n")
    values = {"headline": "Pool Opens", "person": "Dana Whitfield"}
    assert unfill(fill_template(template, values, full_profile()), values) == template.body
