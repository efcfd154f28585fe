"""Writing a template back to a file's text, and reading it again."""

from __future__ import annotations

from drafter.core.templates import FieldType, Template, TemplateField, parse_template, template_to_text


def test_a_tricky_template_round_trips() -> None:
    template = Template(
        id="tricky-one",
        name='"Quoted": a name with a colon',
        description="- starts like a list, has # a hash, and ends with a colon:",
        category="Condolence & recognition",
        language="es",
        fields=(
            TemplateField(
                "answer",
                "¿Sí o no?",
                FieldType.CHOICE,
                True,
                default="No",
                options=("Yes", "No", "007", "1.50"),
            ),
            TemplateField("day", "Day", FieldType.DATE, False, help="e.g. 2025-06-10", default="2025-06-10"),
            TemplateField(
                "notes",
                "Notes",
                FieldType.LONG_TEXT,
                False,
                default="- first line  \n  indented second\n\nlast: with colon",
            ),
            TemplateField("flag", "true", FieldType.TEXT, True, default="null"),
            TemplateField("who", "Who", FieldType.PERSON, True, help="{{not a placeholder}} here"),
        ),
        body="---\nA body that starts with a rule.\n\n{{answer}} {{day}} {{notes}} {{flag}} {{who}}\n",
        origin="user",
    )
    text = template_to_text(template)
    again, problems = parse_template(text, source="tricky.md", origin="user")
    assert problems == []
    assert again == template


def test_the_written_file_reads_like_a_hand_written_one() -> None:
    template = Template(
        "short",
        "Short",
        "Short one.",
        "Public information",
        "en",
        (TemplateField("body", "Body", FieldType.LONG_TEXT, True, default="line one\nline two"),),
        "{{body}}\n",
    )
    assert template_to_text(template) == (
        "---\n"
        "id: short\n"
        "name: Short\n"
        "description: Short one.\n"
        "category: Public information\n"
        "language: en\n"
        "fields:\n"
        "  - key: body\n"
        "    label: Body\n"
        "    type: long_text\n"
        "    required: true\n"
        "    default: |-\n"
        "      line one\n"
        "      line two\n"
        "---\n"
        "{{body}}\n"
    )
