"""Long dates as statements write them, in English and Spanish.

A small table rather than the ``locale`` module: a locale is set for the
whole process, may not be installed, and names differ between systems.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip
_WEEKDAYS = {  # Monday first, as date.weekday() counts
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}

#: The languages with their own date names; any other writes English dates.
DATE_LANGUAGES = frozenset(_MONTHS)


def parse_iso_date(value: str) -> dt.date | None:
    """The date of a ``YYYY-MM-DD`` string, or None if it is not one."""
    value = value.strip()
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def long_date(date: dt.date, language: str = "en") -> str:
    """``Tuesday, June 10, 2025`` (en) or ``martes, 10 de junio de 2025`` (es)."""
    lang = primary_language(language)
    if lang not in DATE_LANGUAGES:
        lang = "en"
    weekday = _WEEKDAYS[lang][date.weekday()]
    month = _MONTHS[lang][date.month - 1]
    if lang == "es":
        return f"{weekday}, {date.day} de {month} de {date.year}"
    return f"{weekday}, {month} {date.day}, {date.year}"


def primary_language(tag: str) -> str:
    """``es`` for ``es``, ``es-MX`` or ``es_MX``."""
    return tag.replace("_", "-").split("-")[0].strip().lower()
