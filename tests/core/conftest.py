"""One English and one Spanish service for the spelling tests and the drafting checks: the real
dictionaries, with the suggestion index built once into a shared cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.spelling import SpellingService


@pytest.fixture(scope="session")
def spelling_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("spelling-cache")


@pytest.fixture(scope="session")
def english_words(spelling_cache: Path) -> SpellingService:
    service = SpellingService.load("en", cache_dir=spelling_cache)
    service.prepare_suggestions()
    return service


@pytest.fixture
def english(english_words: SpellingService) -> SpellingService:
    """The shared English service, with any words a test added taken out again."""
    yield english_words
    for word in list(english_words.added_words):
        english_words.remove_word(word)


@pytest.fixture(scope="session")
def spanish(spelling_cache: Path) -> SpellingService:
    return SpellingService.load("es", cache_dir=spelling_cache)
