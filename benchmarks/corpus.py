"""Deterministic statement text of a given length, shaped like real statements.

Paragraphs, headings, lists, quotes and emphasis in the proportions a town
hall writes, built from the bundled sample statement with a fixed seed, so
every run measures the same text.
"""

from __future__ import annotations

import random
from importlib.resources import files

SEED = 20261126


def sample_statement() -> str:
    return files("drafter.resources").joinpath("samples/community-statement.md").read_text("utf-8")


def statement_of(words: int, seed: int = SEED) -> str:
    rng = random.Random(seed)
    sentences = [s.strip() + "." for s in sample_statement().replace("\n", " ").split(".")
                 if len(s.split()) > 4]
    parts: list[str] = []
    count = 0
    section = 0
    while count < words:
        kind = rng.random()
        if kind < 0.08:
            section += 1
            parts.append(f"## Section {section}: what we are doing")
        elif kind < 0.18:
            items = [f"- {rng.choice(sentences)}" for _ in range(rng.randint(2, 5))]
            parts.append("\n".join(items))
        elif kind < 0.23:
            parts.append("> " + " ".join(rng.choice(sentences) for _ in range(2)))
        else:
            body = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 6)))
            if rng.random() < 0.3:
                words_in = body.split()
                at = rng.randrange(len(words_in))
                words_in[at] = f"**{words_in[at]}**"
                body = " ".join(words_in)
            parts.append(body)
        count += len(parts[-1].split())
    return "\n\n".join(parts) + "\n"
