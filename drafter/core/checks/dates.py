"""Dates in the prose that cannot be right, or may not be the ones meant.

Finds dates written the ways statements write them: "Friday, March 3,
2025", "March 3, 2025", "Friday, March 3", "March 3rd", "3 March 2025",
"Mar. 3, 2025", "Sept. 12", "2025-03-03" and "3/3/2025" (month first; day
first in a Spanish statement), and in a Spanish statement also "lunes, 10
de junio de 2025", "10 de junio de 2025" and "10 de junio". It reports:

- a weekday that does not match its date (an error). The fix writes the
  right weekday in the same format. When the written date is far from the
  statement's date but the same day in a nearby year does fall on that
  weekday ("Thursday, June 12, 2026" in a statement of June 10, 2025), the
  year is the likelier slip, and the fix corrects the year instead.
- a date that does not exist: "February 30", "June 31, 2025", "2025-02-30",
  "13/45/2025" (an error, with no fix: only the drafter knows the day meant).
- a date more than ``settings.date_window_days`` days from the statement's
  date (a warning: is it the year meant?). So that history is not
  flagged, only a date that names an occasion is: one written with its
  weekday, or in a sentence that speaks of the near present or future
  ("today", "tomorrow", "this week", "next month", "will", "upcoming").
  Even then a sentence that speaks of the past ("since", "founded",
  "anniversary", "ago", "years") is left alone: "since its founding on May
  1, 1998" is history, "the meeting on Friday, June 12, 2026" is not.

A date with no year is read in the year that puts it nearest the
statement's date; about half a year off, either side is as likely, and a
written weekday tells which ("Saturday, December 13" in June 2025 is
December 13, 2025). With no statement date, such a date is not checked
against its weekday.

Left alone: a weekday on its own ("on Thursday"), "may" and "march" in
lowercase (never months in English), a month with no day ("May 2025"),
numbers that only look like a day ("in June 1,000 people"), and
abbreviations without their period that are also words ("Sun", "Sat").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.prose import Span
from drafter.core.templates.dates import primary_language

CHECK = "dates"

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December")  # fmt: skip
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
              "agosto", "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_ES_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

# What each written month or weekday stands for (1-12; 0-6 from Monday).
_MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(_EN_MONTHS, 1):
    _MONTH_NUMBERS[_name] = _MONTH_NUMBERS[_name[:3]] = _number
for _number, _name in enumerate(_ES_MONTHS, 1):
    _MONTH_NUMBERS[_name] = _number
_MONTH_NUMBERS.update({"Sept": 9, "setiembre": 9})
_WEEKDAY_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(_EN_WEEKDAYS):
    _WEEKDAY_NUMBERS[_name] = _WEEKDAY_NUMBERS[_name[:3]] = _number
for _number, _name in enumerate(_ES_WEEKDAYS):
    _WEEKDAY_NUMBERS[_name] = _number
_WEEKDAY_NUMBERS.update({"Tues": 1, "Thur": 3, "Thurs": 3, "miercoles": 2, "sabado": 5})

# English names are matched as written: capitalised, so "may" and "march" are never months.
_EN_WEEKDAY = (r"(?P<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![^\W\d_])"
               r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
_EN_MONTH = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October"
             r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![^\W\d_]))")
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)(?![\d])"
_DAY = r"(?P<day>\d{1,2})(?P<ordinal>st|nd|rd|th)?(?![\w:/]|[.,]\d)"  # not "June 1,000", "May 3:30"
_GAP = r"[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*"

# Each pattern opens with a look at the first letter: finding nothing is then quick.
_PATTERNS: dict[str, re.Pattern[str]] = {
    "month-day": re.compile(
        rf"(?=[JFMASONDTW])(?<![\w.])(?:{_EN_WEEKDAY},?(?:{_GAP}))?{_EN_MONTH}(?:{_GAP}){_DAY}"
        rf"(?:,?(?:{_GAP}){_YEAR})?"),
    "day-month": re.compile(
        rf"(?=[\dMTWFS])(?<![\w.,/-])(?:{_EN_WEEKDAY},?(?:{_GAP})(?:the(?:{_GAP}))?)?"
        rf"(?P<day>\d{{1,2}})(?P<ordinal>st|nd|rd|th)?(?:{_GAP})(?:of(?:{_GAP}))?{_EN_MONTH}"
        rf"(?:,?(?:{_GAP}){_YEAR})?"),
    "iso": re.compile(
        rf"(?=[\dMTWFS])(?<![\w./-])(?:{_EN_WEEKDAY},?(?:{_GAP}))?"
        rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?![\w/-]|\.\d)"),
    "numeric": re.compile(
        rf"(?=[\dMTWFS])(?<![\w./-])(?:{_EN_WEEKDAY},?(?:{_GAP}))?"
        rf"(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}(?![\w/]|\.\d)"),
}
_SPANISH = re.compile(
    r"(?=[\dlmjvsdLMJVSD])(?<![\w])(?:(?P<weekday>lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?"
    rf"(?:{_GAP}))?(?P<day>\d{{1,2}})(?:{_GAP})de(?:{_GAP})"
    r"(?P<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)(?![^\W\d_])"
    rf"(?:(?:{_GAP})del?(?:{_GAP}){_YEAR})?",
    re.IGNORECASE)

# Words that make a date an occasion (near present or future) or history (the past).
_NEAR = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week|weekend|month)"
    r"|(?:next|last)\s+(?:week|weekend|month)|upcoming|will|scheduled|deadline"
    r"|hoy|mañana|ayer|esta\s+(?:tarde|noche|semana)|este\s+(?:mes|fin\s+de\s+semana)"
    r"|próxim[oa]s?|será|se\s+celebrará)\b",
    re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:since|founded|founding|established|anniversary|ago|years|decades|century|history|historic"
    r"|memorial|remember|remembered|born|opened|joined|retired"
    r"|desde|fundad[oa]|fundación|fundó|aniversario|hace|años|historia|histórico|nació)\b",
    re.IGNORECASE)

_CONTEXT_CHARS = 300  # how much of a sentence either side of a date tells what it is
_EITHER_SIDE_DAYS = 200  # a date without a year this far off may be last year's or next year's


@dataclass(frozen=True)
class _Date:
    """One date as written: where it is, what it says, and where its parts are."""

    start: int
    end: int
    spanish: bool  # written with Spanish names
    month: int
    day: int
    year: int | None
    weekday: int | None
    weekday_span: tuple[int, int] | None  # offsets in the statement
    day_span: tuple[int, int]  # the day and its ordinal suffix, if any
    year_span: tuple[int, int] | None


_DATELINE_CHARS = 400  # a statement's own date stands at its top
_DATELINE_WORDS = 6  # besides the date: "For immediate release —", a town


def check(draft: Draft) -> Iterator[Finding]:
    """The dateline (the full date at the top) is judged against the statement's own date; every
    other date against the dateline, which is the date the statement gives itself."""
    dates = _dates(draft.prose, draft.language)
    now = draft.statement_date or dt.date.today()  # what "was" and "is" are relative to
    dateline = _dateline(dates, draft)
    others = draft.dated(_day(dateline.year, dateline.month, dateline.day)) if (
        dateline is not None and dateline.year is not None) else draft
    sentences = draft.sentences
    starts = [sentence.start for sentence in sentences]
    for date in dates:
        found = _judge(draft if date is dateline else others, date, sentences, starts, now,
                       is_dateline=date is dateline)
        if found is not None:
            yield found


def _dateline(dates: list[_Date], draft: Draft) -> _Date | None:
    """The first full date near the top, when it is a real date on a short line of its own
    ("*For immediate release — Tuesday, June 10, 2025*"), not one in a sentence of history."""
    if len(draft.blocks) < 2:  # a single paragraph has no dateline
        return None
    for date in dates:
        if date.start > _DATELINE_CHARS:
            return None
        if date.year is not None and _impossible(date) is None:
            block = next((b for b in draft.blocks if b.start <= date.start < b.end), None)
            if block is None:
                return None
            around = draft.prose[block.start:date.start] + draft.prose[date.end:block.end]
            return date if len(around.split()) <= _DATELINE_WORDS else None
    return None


def _dates(prose: str, language: str) -> list[_Date]:
    """Every date in the prose, in order; where two readings overlap the longer one wins."""
    day_first = primary_language(language) == "es"
    matches = [(kind, m) for kind, pattern in _PATTERNS.items() for m in pattern.finditer(prose)]
    if day_first:
        matches += [("spanish", m) for m in _SPANISH.finditer(prose)]
    matches.sort(key=lambda item: (item[1].start(), -item[1].end()))
    dates: list[_Date] = []
    reached = 0
    for kind, match in matches:
        if match.start() < reached:
            continue
        reached = match.end()
        dates.append(_read(kind, match, day_first))
    return dates


def _read(kind: str, match: re.Match[str], day_first: bool) -> _Date:
    weekday = match.group("weekday")
    year = match.group("year")
    if kind == "numeric":
        month_group, day_group = ("second", "first") if day_first else ("first", "second")
        month = int(match.group(month_group))
    else:
        day_group = "day"
        written = match.group("month")
        month = int(written) if written.isdigit() else _MONTH_NUMBERS[_month_key(written)]
    day_end = match.end("ordinal") if kind in ("month-day", "day-month") and match.group("ordinal") \
        else match.end(day_group)
    return _Date(
        start=match.start(),
        end=match.end(),
        spanish=kind == "spanish",
        month=month,
        day=int(match.group(day_group)),
        year=int(year) if year else None,
        weekday=_WEEKDAY_NUMBERS[_weekday_key(weekday)] if weekday else None,
        weekday_span=match.span("weekday") if weekday else None,
        day_span=(match.start(day_group), day_end),
        year_span=match.span("year") if year else None,
    )


def _month_key(written: str) -> str:
    word = written.rstrip(".")
    return word if word in _MONTH_NUMBERS else word.lower()  # Spanish names in any case


def _weekday_key(written: str) -> str:
    word = written.rstrip(".")
    return word if word in _WEEKDAY_NUMBERS else word.lower()


def _judge(draft: Draft, date: _Date, sentences: list[Span], starts: list[int],
           now: dt.date, *, is_dateline: bool = False) -> Finding | None:
    problem = _impossible(date)
    if problem:
        text = draft.text[date.start:date.end]
        return draft.finding(CHECK, date.start, date.end,
                             f"“{text}” is not a date: {problem}. Check the day and the month.",
                             severity=Severity.ERROR)
    statement_date = draft.statement_date
    when = _when(date, statement_date)
    if when is None:
        return None
    if date.weekday is not None and when.weekday() != date.weekday:
        return _wrong_weekday(draft, date, when, now)
    if statement_date is None:
        return None
    distance = (when - statement_date).days
    window = draft.settings.date_window_days
    if abs(distance) <= window:
        return None
    # The statement's own dateline should be near its date, whatever it says. Another date with a
    # year is questioned only when it names an occasion and its year looks like a slip: "finished
    # by December 31, 2025" in a statement of June 2025 is far, but plainly meant.
    if not is_dateline and (not _names_an_occasion(draft, date, sentences, starts) or (
            date.year is not None and not _year_looks_slipped(when, statement_date, window))):
        return None
    text = draft.text[date.start:date.end]
    side = "after" if distance > 0 else "before"
    how_far = f"{_days(abs(distance))} {side} the statement's date, {_english(statement_date)}"
    if date.year is None:
        message = (f"“{text}” would be {_english(when)}, {how_far}: check it is the date you meant.")
    else:
        message = f"“{text}” is {how_far}: check it is the year you meant."
    return draft.finding(CHECK, date.start, date.end, message, severity=Severity.WARNING)


def _year_looks_slipped(when: dt.date, statement_date: dt.date, window: int) -> bool:
    """Whether the same day in a year next to the statement's would be near it (a typed 2024 for 2025)."""
    for year in (statement_date.year - 1, statement_date.year, statement_date.year + 1):
        near = _day(year, when.month, when.day)
        if year != when.year and near is not None and abs((near - statement_date).days) <= window:
            return True
    return False


def _impossible(date: _Date) -> str | None:
    """Why the date does not exist, or None when it does."""
    if not 1 <= date.month <= 12:
        return f"there is no month {date.month}"
    if date.day < 1:
        return "there is no day 0"
    month = _EN_MONTHS[date.month - 1]
    if date.year is None:
        longest = 29 if date.month == 2 else calendar.monthrange(2001, date.month)[1]
        if date.day > longest:
            return f"{month} never has more than {longest} days"
        return None
    length = calendar.monthrange(date.year, date.month)[1]
    if date.day > length:
        in_year = f" in {date.year}" if date.month == 2 else ""
        return f"{month} has only {length} days{in_year}"
    return None


def _when(date: _Date, statement_date: dt.date | None) -> dt.date | None:
    """The day meant: its own year, else the year that puts it nearest the statement's date
    (or, for a date about half a year off, the year its weekday fits)."""
    if date.year is not None:
        return dt.date(date.year, date.month, date.day)
    if statement_date is None:
        return None
    candidates = [_day(year, date.month, date.day) for year in range(statement_date.year - 1,
                                                                      statement_date.year + 2)]
    readings = sorted((day for day in candidates if day is not None),
                      key=lambda day: abs((day - statement_date).days))
    if not readings:
        return None  # February 29 with no leap year near
    # Half a year off, either side is as likely: the weekday, when written, tells which.
    fitting = [day for day in readings if day.weekday() == date.weekday
               and abs((day - statement_date).days) <= _EITHER_SIDE_DAYS]
    return fitting[0] if fitting else readings[0]


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _wrong_weekday(draft: Draft, date: _Date, when: dt.date, now: dt.date) -> Finding:
    assert date.weekday is not None and date.weekday_span is not None
    text = draft.text[date.start:date.end]
    written_weekday = draft.text[date.weekday_span[0]:date.weekday_span[1]]
    right = _weekday_name(when.weekday(), written_weekday, date.spanish)
    weekday_fix = _replace(draft.text, date, {date.weekday_span: right})
    tense = "was" if when < now else "is"
    actual = _EN_WEEKDAYS[when.weekday()]
    meant = _EN_WEEKDAYS[date.weekday]
    if date.spanish:
        actual += f" ({_ES_WEEKDAYS[when.weekday()]})"
        meant += f" ({_ES_WEEKDAYS[date.weekday]})"
    message = f"“{text}”: {_english(when)} {tense} a {actual}, not a {meant}."
    suggestions = [weekday_fix]
    year_fix = _nearby_year(draft, date, when)
    if year_fix is not None:
        near, fixed = year_fix
        message = (f"“{text}”: {_english(when)} {tense} a {actual}, not a {meant}. {_english(near)}, "
                   f"near the statement's date, is a {meant}: was {near.year} meant?")
        suggestions.insert(0, fixed)
    same_weekday = _same_weekday_nearby(draft, date, when)
    if same_weekday is not None:
        suggestions.append(same_weekday)
    return draft.finding(CHECK, date.start, date.end, message, severity=Severity.ERROR,
                         suggestions=suggestions, fix=suggestions[0])


def _nearby_year(draft: Draft, date: _Date, when: dt.date) -> tuple[dt.date, str] | None:
    """When the written year is far off but a year near the statement's date fits the weekday:
    that date and the text with its year corrected."""
    statement_date = draft.statement_date
    window = draft.settings.date_window_days
    if statement_date is None or date.year_span is None or abs((when - statement_date).days) <= window:
        return None
    for year in (statement_date.year, statement_date.year - 1, statement_date.year + 1):
        near = _day(year, date.month, date.day)
        fits = near is not None and near.weekday() == date.weekday
        if near is not None and fits and abs((near - statement_date).days) <= window:
            return near, _replace(draft.text, date, {date.year_span: str(year)})
    return None


def _same_weekday_nearby(draft: Draft, date: _Date, when: dt.date) -> str | None:
    """The text moved to the nearest day of the written weekday, if it is in the same month."""
    assert date.weekday is not None
    shift = (date.weekday - when.weekday()) % 7
    moved = when + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    if moved.month != when.month:
        return None
    written = draft.text[date.day_span[0]:date.day_span[1]]
    digits = re.match(r"\d+", written)
    assert digits is not None
    day = str(moved.day).zfill(len(digits.group(0))) if digits.group(0).startswith("0") else str(moved.day)
    if len(written) > len(digits.group(0)):  # "3rd"
        day += _ordinal(moved.day)
    return _replace(draft.text, date, {date.day_span: day})


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _weekday_name(weekday: int, written: str, spanish: bool) -> str:
    """The weekday written as ``written`` was: full or abbreviated, in its language and case."""
    if spanish:
        name = _ES_WEEKDAYS[weekday]
        if written.isupper():
            return name.upper()
        return name.capitalize() if written[:1].isupper() else name
    name = _EN_WEEKDAYS[weekday]
    return f"{name[:3]}." if written.endswith(".") else name


def _replace(text: str, date: _Date, parts: dict[tuple[int, int], str]) -> str:
    """The date's text with some of its parts (statement offsets) replaced."""
    pieces = []
    position = date.start
    for (start, end), new in sorted(parts.items()):
        pieces += [text[position:start], new]
        position = end
    pieces.append(text[position:date.end])
    return "".join(pieces)


def _names_an_occasion(draft: Draft, date: _Date, sentences: list[Span], starts: list[int]) -> bool:
    """Whether the date is an occasion (see the module's docstring) rather than history."""
    index = bisect.bisect_right(starts, date.start) - 1
    start, end = date.start, date.end
    if index >= 0 and sentences[index].end >= date.end:
        start, end = sentences[index].start, sentences[index].end
    # The sentence around the date (not all of a run-on one); the date's own words are no evidence.
    prose = draft.prose
    context = (prose[max(start, date.start - _CONTEXT_CHARS):date.start] + " "
               + prose[date.end:min(end, date.end + _CONTEXT_CHARS)])
    if _PAST.search(context):
        return False
    return date.weekday is not None or _NEAR.search(context) is not None


def _english(date: dt.date) -> str:
    return f"{_EN_MONTHS[date.month - 1]} {date.day}, {date.year}"


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
