"""What a statement template is, once read and checked."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from drafter.core.workflow import Stage

Severity = Literal["error", "warning"]


class FieldType(enum.StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    PERSON = "person"
    CHOICE = "choice"


@dataclass(frozen=True)
class TemplateField:
    key: str
    label: str
    type: FieldType
    required: bool
    help: str = ""
    default: str = ""
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class FixedBlock:
    """A block the organisation fixes (``<!-- fixed: NAME -->`` … ``<!-- /fixed -->``)."""

    name: str
    text: str  # the block's text between the markers, as the template has it


@dataclass(frozen=True)
class TemplateTargets:
    """What a template asks of the statements made from it (front matter ``checks:``)."""

    press_release: bool = False  # the wire-service rules of the drafting checks apply
    max_words: int | None = None
    max_characters: int | None = None

    def to_dict(self) -> dict[str, object]:
        """Only what is set, as the front matter and the template snapshot write it."""
        out: dict[str, object] = {}
        if self.press_release:
            out["press_release"] = True
        if self.max_words:
            out["max_words"] = self.max_words
        if self.max_characters:
            out["max_characters"] = self.max_characters
        return out


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    category: str
    language: str
    fields: tuple[TemplateField, ...]
    body: str  # the Markdown body, placeholders and fixed-block markers included
    origin: str = "bundled"  # bundled, user, team
    path: Path | None = None  # where it was read from, when it came from a file
    fixed_blocks: tuple[FixedBlock, ...] = ()  # in the order the body has them
    targets: TemplateTargets = field(default_factory=TemplateTargets)
    # The review stages of statements made from this template, when they differ from the
    # workspace's (front matter "review:"); empty: the workspace's stages.
    review_stages: tuple[Stage, ...] = ()

    def field(self, key: str) -> TemplateField | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def required_keys(self) -> list[str]:
        return [f.key for f in self.fields if f.required]


@dataclass(frozen=True)
class TemplateProblem:
    """Why a template file was skipped (or what is wrong in it): where, and what.

    An ``error`` skips the template; a ``warning`` is reported, and the
    template still loads.
    """

    source: str  # file path or "team template NAME"
    line: int | None  # 1-based, in the file, when known
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}: {label}{self.message}"


@dataclass
class TemplateLibrary:
    """Every template that loaded, and a problem for each one that did not."""

    templates: list[Template] = field(default_factory=list)
    problems: list[TemplateProblem] = field(default_factory=list)

    def get(self, template_id: str) -> Template | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def categories(self) -> list[str]:
        return sorted({t.category for t in self.templates})

    @property
    def errors(self) -> list[TemplateProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[TemplateProblem]:
        return [p for p in self.problems if not p.is_error]
