"""Shared by the core tests: a realistic statement and an HTML inspector."""

from __future__ import annotations

import random
from html.parser import HTMLParser

_TEXT = (
    "the town council statement residents police department community safety officers "
    "investigation families support downtown street evening morning mayor chief public "
    "information update incident victims hospital school we will continue to work with "
    "our partners and share what we know"
)
_WORDS = _TEXT.split()


def long_statement(words: int = 10_000, seed: int = 7) -> str:
    """A statement of about ``words`` words with headings, lists, quotes and tables."""
    rng = random.Random(seed)
    out = ["# Statement on the events of Friday evening", ""]
    count = paragraph = 0
    while count < words:
        paragraph += 1
        if paragraph % 6 == 0:
            out += [f"## Section {paragraph // 6}", ""]
        if paragraph % 9 == 0:
            out += ['- first point about "safety"', "- second point -- a dash", "- third...", ""]
        if paragraph % 15 == 0:
            out += ['> The chief said "we are here" and meant it.', ""]
        if paragraph % 25 == 0:
            out += ["| Item | Count |", "|---|---:|", "| Officers | 12 |", "| Calls | 40 |", ""]
        sentences = []
        for _ in range(rng.randint(6, 10)):
            sentence = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
            sentence[0] = sentence[0].capitalize()
            if rng.random() < 0.3:
                sentence[2] = f"*{sentence[2]}*"
            sentences.append(" ".join(sentence) + ".")
            count += len(sentence)
        out += [" ".join(sentences), ""]
    return "\n".join(out)


class Inspector(HTMLParser):
    """Every tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def anchored(self) -> list[tuple[str, int]]:
        """(tag, line) of every element that carries a src-N anchor, in order."""
        return [
            (tag, int(attrs["id"].removeprefix("src-")))
            for tag, attrs in self.tags
            if (attrs.get("id") or "").startswith("src-")
        ]
