"""Spelling in the window: loads a dictionary per language off the GUI thread,
answers the highlighter, and adds or ignores words.

The window appears and takes typing before any dictionary is loaded; the
underlines arrive when the dictionary is ready (``ready``). A word added to
the organisation's or one's own dictionary takes effect at once in every
editor that listens to ``wordsChanged``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from drafter.paths import cache_dir
from drafter.ui.thread_pool import RunInPool, run_in_pool

if TYPE_CHECKING:
    from drafter.core.spelling.checker import SpellingService
    from drafter.services import Services

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español"}


class SpellingController(QObject):
    ready = Signal(str)  # a language's dictionary is loaded
    wordsChanged = Signal()  # a word was added or ignored: re-check what is shown
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None, *,
                 run: RunInPool = run_in_pool, skip_all_caps: bool = True) -> None:
        super().__init__(parent)
        self._services = services
        self._run = run
        self._checkers: dict[str, SpellingService] = {}
        self._loading: set[str] = set()
        self.skip_all_caps = skip_all_caps
        self.language = "en"
        self.statement_id: int | None = None
        self._statement_ignored: set[str] = set()
        self._ignored_everywhere: set[str] = set()  # "Ignore all", for this session

    # -- which dictionary ------------------------------------------------------------
    def checker(self, language: str | None = None) -> SpellingService | None:
        return self._checkers.get(language or self.language)

    def use(self, language: str, statement_id: int | None) -> None:
        """Check the open statement (``statement_id``) in ``language`` from now on."""
        self.language = language if language in LANGUAGES else "en"
        self.statement_id = statement_id
        self._statement_ignored = set(
            self._services.statements.ignored_words(statement_id)) if statement_id else set()
        self.ensure_loaded(self.language)

    def ensure_loaded(self, language: str) -> None:
        if language in self._checkers or language in self._loading:
            return
        self._loading.add(language)
        from drafter.checking import extra_words

        extra = extra_words(self._services, language)
        cache = cache_dir()

        def job() -> SpellingService:
            from drafter.core.spelling.checker import SpellingService

            return SpellingService.load(language, extra_words=extra, cache_dir=cache)

        def done(result: object) -> None:
            self._loading.discard(language)
            if isinstance(result, Exception):
                self.failed.emit(self.tr("The {language} dictionary could not be loaded ({error}); "
                                         "spelling is not checked.").format(
                                             language=LANGUAGES.get(language, language), error=result))
                return
            self._checkers[language] = result  # type: ignore[assignment]
            # The word lists are millions of long-lived objects. Python's full garbage collection
            # walks them all (25-60 ms measured, landing on a keystroke now and then); frozen,
            # they are left out of it.
            gc.freeze()
            self.ready.emit(language)
            # The suggestion index comes second: underlines need only the word list.
            self._run(result.prepare_suggestions, _ignore)  # type: ignore[attr-defined]

        self._run(job, done)

    # -- what the highlighter and menus ask ---------------------------------------------
    def ignored_words(self) -> frozenset[str]:
        """The words ignored in the open statement, and "Ignore all" words of this session."""
        return frozenset(self._statement_ignored | self._ignored_everywhere)

    def is_ignored(self, word: str) -> bool:
        return word in self._statement_ignored or word in self._ignored_everywhere

    def misspelled_spans(self, line: str, in_code_block: bool) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) of each unknown word of one line of the open statement."""
        checker = self.checker()
        if checker is None:
            return
        from drafter.core.spelling.tokens import iter_words_in_line

        for word in iter_words_in_line(line, in_code_block=in_code_block,
                                       skip_all_caps=self.skip_all_caps):
            if not checker.is_correct(word.text) and not self.is_ignored(word.text):
                yield word.start, word.end, word.text

    def suggestions(self, word: str, limit: int = 7) -> list[str]:
        checker = self.checker()
        return checker.suggest(word, limit=limit) if checker is not None else []

    def unknown_words(self, text: str) -> list[Any]:
        checker = self.checker()
        if checker is None:
            return []
        return [m for m in checker.unknown_words(text, skip_all_caps=self.skip_all_caps)
                if not self.is_ignored(m.word)]

    # -- adding and ignoring ---------------------------------------------------------
    def add_to_organisation(self, word: str) -> None:
        self._services.workspace.dictionary.add(word, language=self.language,
                                                actor=self._services.actor_login)
        self._learn(word)

    def add_to_personal(self, word: str) -> None:
        from drafter.personal_dictionary import add_personal_word

        add_personal_word(word, self.language)
        self._learn(word)

    def ignore_in_statement(self, word: str) -> None:
        if self.statement_id is not None:
            self._services.statements.ignore_word(self.statement_id, word,
                                                  actor=self._services.actor_login)
        self._statement_ignored.add(word)
        self.wordsChanged.emit()

    def ignore_everywhere(self, word: str) -> None:
        self._ignored_everywhere.add(word)
        self.wordsChanged.emit()

    def _learn(self, word: str) -> None:
        checker = self.checker()
        if checker is not None:
            checker.add_words([word])
        self.wordsChanged.emit()


def _ignore(_result: object) -> None:
    """Nothing to do when the suggestion index is ready: suggest() uses it."""
