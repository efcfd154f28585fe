"""Reading template files: every mistake becomes a problem that names the file and the line.

A template with an error is skipped; a template with only warnings loads.
Nothing here raises for a bad template or an unreadable file: the other
templates always load.

Where templates come from, in order of precedence: the bundled templates,
then the team's (shared through the workspace), then the user's own folder.
A template whose id is already taken by one before it is reported as a
duplicate and skipped: a team or user template cannot replace a bundled one
(statements remember their template's id, and a bundled id must always mean
the bundled text). To adapt a template, save it under a new id.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from importlib.resources.abc import Traversable
from pathlib import Path

from drafter.core.templates.model import Template, TemplateLibrary, TemplateProblem
from drafter.core.templates.validate import ParsedTemplate as ParsedTemplate
from drafter.core.templates.validate import validate

#: A template is a few kilobytes; a file over 1 MB is not one.
MAX_TEMPLATE_BYTES = 1024 * 1024
BUNDLED, USER, TEAM = "bundled", "user", "team"


def parse_template(
    text: str, *, source: str, origin: str = BUNDLED, path: Path | None = None
) -> tuple[Template | None, list[TemplateProblem]]:
    """The template in ``text`` (None if it has an error), and every problem found in it."""
    parsed = validate(text, source=source, origin=origin, path=path)
    return parsed.template, parsed.problems


def bundled_templates_folder() -> Traversable:
    """The templates that ship with Drafter."""
    from drafter.paths import resource

    return resource("templates")


def load_file(path: Traversable | str | os.PathLike[str], origin: str = USER) -> ParsedTemplate:
    """One template file, read and checked."""
    entry = _as_traversable(path)
    source = str(entry)
    real_path = entry if isinstance(entry, Path) else None
    text, problem = read_template_text(entry, source)
    if text is None:
        return ParsedTemplate(None, [problem] if problem else [])
    return validate(text, source=source, origin=origin, path=real_path)


def load_folder(folder: Traversable | str | os.PathLike[str], origin: str = USER) -> TemplateLibrary:
    """Every ``*.md`` file of ``folder`` but its README, in name order."""
    library = TemplateLibrary()
    _load_folder_into(library, _as_traversable(folder), origin, {})
    return library


def load_library(
    user_folder: str | os.PathLike[str] | None = None,
    team_templates: Iterable[tuple[str, str]] = (),
    *,
    bundled: Traversable | str | os.PathLike[str] | None = None,
) -> TemplateLibrary:
    """The bundled templates, the team's ``(name, text)`` templates, and those of ``user_folder``.

    See the module's notes for precedence: a later template with a taken id
    is skipped with a problem that names both sources.
    """
    library = TemplateLibrary()
    taken: dict[str, str] = {}
    bundled_folder = bundled_templates_folder() if bundled is None else _as_traversable(bundled)
    _load_folder_into(library, bundled_folder, BUNDLED, taken)
    if bundled is None:
        _say_how_to_restore(library)
    for name, text in team_templates:
        source = f"team template {name}"
        _add(library, validate(text, source=source, origin=TEAM), source, taken)
    if user_folder is not None:
        _load_folder_into(library, Path(user_folder), USER, taken)
    return library


def _say_how_to_restore(library: TemplateLibrary) -> None:
    """A bundled template can only be broken by a damaged installation: say how to mend it."""
    for index, problem in enumerate(library.problems):
        if problem.is_error:
            library.problems[index] = replace(problem, message=(
                f"{problem.message}. It ships with Drafter, so this installation is incomplete or "
                "damaged: reinstall Drafter to restore it"))


def read_template_text(entry: Traversable, source: str) -> tuple[str | None, TemplateProblem | None]:
    """The file's text, or the problem that stops it being read."""
    try:
        if not entry.is_file():
            return None, TemplateProblem(source, None, "is not a file: a template is a .md file")
        with entry.open("rb") as stream:
            data = stream.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as error:
        return None, TemplateProblem(source, None, f"could not be read ({error.strerror or error})")
    if len(data) > MAX_TEMPLATE_BYTES:
        return None, TemplateProblem(
            source, None, "is over 1 MB, far too large for a template: a template is a short Markdown text"
        )
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in data:
        return None, TemplateProblem(
            source, None, "is not a text file (it contains binary data): a template is a Markdown text file"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, TemplateProblem(
            source, line, "is not UTF-8 text: open it in a text editor and save it with the UTF-8 encoding"
        )
    return text, None


def _load_folder_into(
    library: TemplateLibrary, folder: Traversable, origin: str, taken: dict[str, str]
) -> None:
    try:
        if not folder.is_dir():
            missing = "is missing" if not folder.is_file() else "is a file, not a folder"
            what = "Drafter's bundled templates folder " if origin == BUNDLED else ""
            library.problems.append(TemplateProblem(
                str(folder), None, f"{what}{missing}: no template could be read from it"))
            return
        entries = sorted(folder.iterdir(), key=lambda e: e.name)
    except OSError as error:
        library.problems.append(
            TemplateProblem(str(folder), None, f"could not be read ({error.strerror or error})")
        )
        return
    for entry in entries:
        name = entry.name
        if not name.lower().endswith(".md") or name.lower() == "readme.md" or name.startswith("."):
            continue
        _add(library, load_file(entry, origin), str(entry), taken)


def _add(library: TemplateLibrary, parsed: ParsedTemplate, source: str, taken: dict[str, str]) -> None:
    library.problems.extend(parsed.problems)
    template = parsed.template
    if template is None:
        return
    first = taken.get(template.id)
    if first is not None:
        library.problems.append(
            TemplateProblem(
                source,
                parsed.id_line,
                f"the id '{template.id}' is already used by {first}, so this template was skipped: "
                "give it an id of its own",
            )
        )
        return
    taken[template.id] = source
    library.templates.append(template)


def _as_traversable(path: Traversable | str | os.PathLike[str]) -> Traversable:
    if isinstance(path, str | os.PathLike):
        return Path(path)
    return path
