"""The organisation's choices for the drafting checks: which run, how severe, which targets.

Stored in the workspace as one setting (``checks``), a flat JSON object that
:meth:`CheckSettings.to_dict` writes and :meth:`CheckSettings.from_dict`
reads back. Reading is forgiving: a value that does not read keeps its
default, so a damaged setting never stops the checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from drafter.core.checks.findings import Severity

#: The workspace setting the check settings are stored under.
SETTINGS_KEY = "checks"

DEFAULT_TARGET_GRADE = 9.0
DEFAULT_MAX_SENTENCE_WORDS = 30
DEFAULT_DATE_WINDOW_DAYS = 90


@dataclass(frozen=True)
class CheckSettings:
    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    target_grade: float = DEFAULT_TARGET_GRADE  # the reading grade statements should not exceed
    max_sentence_words: int = DEFAULT_MAX_SENTENCE_WORDS
    date_window_days: int = DEFAULT_DATE_WINDOW_DAYS  # a date further from the statement's is flagged
    max_words: int | None = None  # the organisation's length targets, when a template sets none
    max_characters: int | None = None

    def enabled(self, check: str) -> bool:
        return check not in self.disabled

    def severity(self, check: str, default: Severity) -> Severity:
        return self.severities.get(check, default)

    def with_check(self, check: str, *, enabled: bool | None = None,
                   severity: Severity | None = None, default: bool = False) -> CheckSettings:
        """A copy with one check switched on or off, or given a severity (``default``: its own again)."""
        disabled = set(self.disabled)
        if enabled is not None:
            (disabled.discard if enabled else disabled.add)(check)
        severities = dict(self.severities)
        if default:
            severities.pop(check, None)
        elif severity is not None:
            severities[check] = severity
        return replace(self, disabled=frozenset(disabled), severities=MappingProxyType(severities))

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        # Pickled as its dictionary (the window sends settings to the checks' worker process).
        return (CheckSettings.from_dict, (self.to_dict(),))

    def to_dict(self) -> dict[str, Any]:
        return {
            "disabled": sorted(self.disabled),
            "severities": {check: severity.value for check, severity in sorted(self.severities.items())},
            "target_grade": self.target_grade,
            "max_sentence_words": self.max_sentence_words,
            "date_window_days": self.date_window_days,
            "max_words": self.max_words,
            "max_characters": self.max_characters,
        }

    @classmethod
    def from_dict(cls, data: object) -> CheckSettings:
        if not isinstance(data, Mapping):
            return cls()
        disabled = data.get("disabled", [])
        severities: dict[str, Severity] = {}
        raw_severities = data.get("severities", {})
        if isinstance(raw_severities, Mapping):
            for check, value in raw_severities.items():
                if isinstance(check, str) and value in Severity._value2member_map_:
                    severities[check] = Severity(value)
        return cls(
            disabled=frozenset(d for d in disabled if isinstance(d, str)) if isinstance(disabled, list)
            else frozenset(),
            severities=MappingProxyType(severities),
            target_grade=_number(data.get("target_grade"), DEFAULT_TARGET_GRADE, 1, 20),
            max_sentence_words=int(
                _number(data.get("max_sentence_words"), DEFAULT_MAX_SENTENCE_WORDS, 5, 200)),
            date_window_days=int(_number(data.get("date_window_days"), DEFAULT_DATE_WINDOW_DAYS, 1, 3660)),
            max_words=_optional_count(data.get("max_words")),
            max_characters=_optional_count(data.get("max_characters")),
        )


def _number(value: object, default: float, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        return default
    return float(value)


def _optional_count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return None
    return value
