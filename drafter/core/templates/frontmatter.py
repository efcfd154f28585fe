"""Splitting a template file into its YAML front matter and its Markdown body, and reading the YAML.

The YAML is read by a ``yaml.SafeLoader`` (never the full loader: a template
is data, and a tag such as ``!!python/object`` is refused, not run). The
loader also reads only ``true``/``false`` and ``null`` as anything but text,
so ``options: [Yes, No]`` stays two words, ``default: 2025-06-10`` stays a
date as written and ``default: 007`` keeps its zeros. Line numbers are
1-based and count from the first line of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

_DELIMITER = re.compile(r"---[ \t]*")
_CLOSING = re.compile(r"(?:---|\.\.\.)[ \t]*")
_PYTHON_TAG = re.compile(r"tag:yaml\.org,2002:(python/[^'\"\s]*)")


class FrontMatterError(Exception):
    """The front matter cannot be read: where (a file line, if known), and why."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class SplitText:
    yaml_text: str
    yaml_first_line: int  # the file line of the YAML's first line
    body: str
    body_first_line: int  # the file line of the body's first line


@dataclass(frozen=True)
class FrontMatter:
    data: object  # what the YAML holds: dicts, lists, str, bool, None
    node: Node  # the same, with positions
    yaml_first_line: int

    def line_of(self, node: Node) -> int:
        """The file line where ``node`` starts."""
        return int(node.start_mark.line) + self.yaml_first_line


class _FrontMatterLoader(yaml.SafeLoader):
    """A SafeLoader that reads ``true``/``false`` and ``null``; every other plain value stays text."""


_FrontMatterLoader.yaml_implicit_resolvers = {}
_FrontMatterLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_FrontMatterLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def normalise_text(text: str) -> str:
    """Without a byte-order mark, with ``\\n`` line endings."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> SplitText:
    """The front matter between the ``---`` lines at the top, and the body after them."""
    lines = text.split("\n")
    if not lines or not _DELIMITER.fullmatch(lines[0]):
        raise FrontMatterError(
            1,
            "the file does not start with front matter: its first line must be '---', "
            "followed by the template's id, name, description, category, language and fields, "
            "and another '---' line",
        )
    for number, line in enumerate(lines[1:], start=1):
        if _CLOSING.fullmatch(line):
            return SplitText("\n".join(lines[1:number]) + "\n", 2, "\n".join(lines[number + 1 :]), number + 2)
    raise FrontMatterError(
        1, "the front matter that starts on line 1 is never closed: add a line '---' after the last field"
    )


def read_front_matter(split: SplitText) -> FrontMatter:
    """The YAML of the front matter; raises FrontMatterError with the line of the mistake."""
    loader = _FrontMatterLoader(split.yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError(
                1, "the front matter is empty: it must hold the template's id, name, … and fields"
            )
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = int(mark.line) + split.yaml_first_line if mark is not None else None
        raise FrontMatterError(line, _explain(error)) from None
    except yaml.YAMLError as error:
        raise FrontMatterError(None, f"the front matter is not valid YAML ({error})") from None
    except RecursionError:
        raise FrontMatterError(None, "the front matter is nested too deeply to be a template") from None
    finally:
        loader.dispose()
    return FrontMatter(data, node, split.yaml_first_line)


def mapping_keys(node: Node) -> list[tuple[str, Node, Node]]:
    """The (key, key node, value node) entries of a mapping node whose keys are text."""
    if not isinstance(node, MappingNode):
        return []
    return [(str(k.value), k, v) for k, v in node.value if isinstance(k, ScalarNode)]


def _explain(error: yaml.MarkedYAMLError) -> str:
    problem = str(error.problem or error.context or "unreadable")
    python_tag = _PYTHON_TAG.search(problem)
    if python_tag is not None or "could not determine a constructor" in problem:
        tag = f"!!{python_tag.group(1)}" if python_tag else problem.rsplit("tag", 1)[-1].strip(" '")
        return (
            f"the front matter uses the YAML tag '{tag}', which a template may not use: "
            "a template is data, not code. Remove the tag"
        )
    context = f" {error.context}" if error.context and error.problem else ""
    return (
        f"the front matter is not valid YAML:{context} {problem}. "
        "Put any value that contains ': ' or starts with a quotation mark or bracket in double quotes"
    )
