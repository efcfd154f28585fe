"""A person's own dictionary: words they added with "Add to my dictionary".

One UTF-8 text file per language in the config folder, a word a line, so it
can be read, edited or copied to another computer by hand. Written
atomically: a failed save leaves the old list whole.
"""

from __future__ import annotations

from pathlib import Path

from drafter.core.atomic_write import write_text_atomic
from drafter.paths import config_dir


def personal_dictionary_path(language: str) -> Path:
    return config_dir() / f"dictionary-{language}.txt"


def personal_words(language: str) -> list[str]:
    path = personal_dictionary_path(language)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError, OSError):
        return []
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def add_personal_word(word: str, language: str) -> bool:
    """Add ``word``; False when it was there already."""
    words = personal_words(language)
    if word in words:
        return False
    path = personal_dictionary_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, "\n".join(sorted([*words, word], key=str.casefold)) + "\n")
    return True
