"""The dates check: weekdays that do not match, dates that do not exist, dates far from the statement's."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.core.checks import dates
from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.settings import CheckSettings

JUNE_10 = dt.date(2025, 6, 10)  # a Tuesday


def found(text: str, *, on: dt.date | None = JUNE_10, language: str = "en",
          window: int | None = None) -> list[Finding]:
    settings = CheckSettings(date_window_days=window) if window is not None else CheckSettings()
    return list(dates.check(Draft(text=text, statement_date=on, language=language, settings=settings)))


def spans(findings: list[Finding]) -> list[tuple[str, Severity, str | None]]:
    return [(f.text, f.severity, f.fix) for f in findings]


# -- weekdays


def test_the_issue_example_names_the_right_weekday_and_fixes_it() -> None:
    [finding] = found("The council last met on Friday, March 3, 2025, to set the budget.", on=None)
    assert finding.check == "dates"
    assert finding.severity is Severity.ERROR
    assert finding.text == "Friday, March 3, 2025"
    assert finding.message == "“Friday, March 3, 2025”: March 3, 2025 was a Monday, not a Friday."
    assert finding.fix == "Monday, March 3, 2025"
    assert finding.suggestions == ("Monday, March 3, 2025",)


def test_a_right_weekday_is_fine() -> None:
    assert found("Mayor Elena Ruiz will speak on Tuesday, June 10, 2025, at Town Hall.") == []


def test_the_offsets_are_the_statements_through_emphasis() -> None:
    text = "Join us **Friday, March 3, 2025** at the library."
    [finding] = found(text, on=None)
    assert text[finding.start:finding.end] == "Friday, March 3, 2025"


@pytest.mark.parametrize(("written", "fix"), [
    ("Fri., Mar. 3, 2025", "Mon., Mar. 3, 2025"),
    ("Friday, March 3rd, 2025", "Monday, March 3rd, 2025"),
    ("Friday, 3 March 2025", "Monday, 3 March 2025"),
    ("Friday 3 March 2025", "Monday 3 March 2025"),
    ("Friday, the 3rd of March 2025", "Monday, the 3rd of March 2025"),
    ("Friday, 2025-03-03", "Monday, 2025-03-03"),
    ("Friday, 3/3/2025", "Monday, 3/3/2025"),
    ("Friday, Sept. 12, 2025", "Friday, Sept. 12, 2025"),  # right already
])
def test_the_fix_keeps_the_format(written: str, fix: str) -> None:
    findings = found(f"The hearing is set for {written}.", on=None)
    if written == fix:
        assert findings == []
    else:
        assert spans(findings) == [(written, Severity.ERROR, fix)]


def test_the_same_weekday_nearby_is_the_second_suggestion() -> None:
    [finding] = found("The vigil is on Wednesday, June 12, 2025.")
    assert finding.fix == "Thursday, June 12, 2025"
    assert finding.suggestions == ("Thursday, June 12, 2025", "Wednesday, June 11, 2025")
    assert finding.message == "“Wednesday, June 12, 2025”: June 12, 2025 is a Thursday, not a Wednesday."


def test_a_date_without_a_year_takes_the_statements_year() -> None:
    assert found("Chief Bell and I will be at the meeting on Thursday, June 12, at 7 p.m.") == []
    [finding] = found("Chief Bell and I will be at the meeting on Thursday, June 12, at 7 p.m.",
                      on=dt.date(2026, 6, 10))
    assert spans([finding]) == [("Thursday, June 12", Severity.ERROR, "Friday, June 12")]
    assert finding.message == "“Thursday, June 12”: June 12, 2026 is a Friday, not a Thursday."
    assert finding.suggestions == ("Friday, June 12", "Thursday, June 11")


def test_a_date_without_a_year_and_no_statement_date_is_not_checked_against_its_weekday() -> None:
    assert found("The meeting is on Thursday, June 13.", on=None) == []


def test_the_year_is_the_nearest_to_the_statements_date() -> None:
    # January 2 in a statement of late December is next year's: January 2, 2023, a Monday.
    assert found("The office reopens on Monday, January 2.", on=dt.date(2022, 12, 28)) == []
    [finding] = found("The office reopens on Sunday, January 2.", on=dt.date(2022, 12, 28))
    assert finding.message == "“Sunday, January 2”: January 2, 2023 is a Monday, not a Sunday."


def test_half_a_year_off_the_weekday_says_which_year() -> None:
    # December 13, 2025 is a Saturday; December 13, 2024 was a Friday.
    assert found("The market opens Saturday, December 13.", window=200) == []
    [finding] = found("The market opens Saturday, December 13.")
    assert finding.severity is Severity.WARNING
    assert finding.message == ("“Saturday, December 13” would be December 13, 2025, 186 days after the "
                               "statement's date, June 10, 2025: check it is the date you meant.")


def test_a_wrong_weekday_in_a_far_year_is_a_slip_of_the_year() -> None:
    [finding] = found("Please join us for the meeting on Thursday, June 12, 2026, at Town Hall.")
    assert finding.severity is Severity.ERROR
    assert finding.text == "Thursday, June 12, 2026"
    assert finding.fix == "Thursday, June 12, 2025"
    assert finding.suggestions == (
        "Thursday, June 12, 2025", "Friday, June 12, 2026", "Thursday, June 11, 2026")
    assert finding.message == (
        "“Thursday, June 12, 2026”: June 12, 2026 is a Friday, not a Thursday. June 12, 2025, "
        "near the statement's date, is a Thursday: was 2025 meant?")


# -- dates that do not exist


@pytest.mark.parametrize(("text", "date", "why"), [
    ("Applications close February 30.", "February 30", "February never has more than 29 days"),
    ("The pool closed June 31, 2025.", "June 31, 2025", "June has only 30 days"),
    ("The pool closed on 31 June.", "31 June", "June never has more than 30 days"),
    ("Filed 2025-02-30 with the clerk.", "2025-02-30", "February has only 28 days in 2025"),
    ("Filed 13/45/2025 with the clerk.", "13/45/2025", "there is no month 13"),
    ("Filed 6/31/2025 with the clerk.", "6/31/2025", "June has only 30 days"),
    ("Filed 2025-06-00 with the clerk.", "2025-06-00", "there is no day 0"),
])
def test_an_impossible_date_is_an_error_without_a_fix(text: str, date: str, why: str) -> None:
    [finding] = found(text)
    assert (finding.text, finding.severity, finding.fix) == (date, Severity.ERROR, None)
    assert finding.message == f"“{date}” is not a date: {why}. Check the day and the month."


def test_february_29_is_a_date_in_a_leap_year() -> None:
    assert found("The fair ran until February 29, 2024.") == []
    assert found("The fair ran until Thursday, February 29.", on=dt.date(2024, 3, 1)) == []
    assert spans(found("The fair ran until February 29, 2025.")) == [
        ("February 29, 2025", Severity.ERROR, None)]


# -- far from the statement's date


def test_a_far_date_for_an_occasion_is_a_warning_saying_how_far() -> None:
    [finding] = found("Tomorrow we will announce the hearing of July 27, 2026, with the council.")
    assert (finding.text, finding.severity, finding.fix) == ("July 27, 2026", Severity.WARNING, None)
    assert finding.message == ("“July 27, 2026” is 412 days after the statement's date, June 10, 2025: "
                               "check it is the year you meant.")


def test_a_far_date_with_its_weekday_is_a_warning() -> None:
    [finding] = found("Please join us for the meeting on Friday, June 12, 2026, at Town Hall.")
    assert (finding.text, finding.severity) == ("Friday, June 12, 2026", Severity.WARNING)
    assert finding.message == ("“Friday, June 12, 2026” is 367 days after the statement's date, "
                               "June 10, 2025: check it is the year you meant.")


def test_a_date_before_the_statement_says_before() -> None:
    [finding] = found("The forum is on Monday, June 10, 2024.")
    assert finding.message == ("“Monday, June 10, 2024” is 365 days before the statement's date, "
                               "June 10, 2025: check it is the year you meant.")


def test_the_window_is_the_organisations() -> None:
    text = "The forum is on Friday, August 1."  # 52 days on
    assert found(text) == []
    assert spans(found(text, window=30)) == [("Friday, August 1", Severity.WARNING, None)]


@pytest.mark.parametrize("text", [
    "The library has served East Harbor since its founding on May 1, 1998.",
    "The department was established on March 4, 1952, and has grown since.",
    "Twenty-four years ago, on Tuesday, September 11, 2001, the country changed.",
    "We mark the anniversary of the flood of Friday, August 26, 2011.",
    "The report of March 3, 2024 found that response times improved.",
    "The ordinance adopted on 2019-04-02 still applies.",
])
def test_history_is_left_alone(text: str) -> None:
    assert found(text) == []


def test_no_statement_date_no_window() -> None:
    assert found("The meeting on Friday, June 12, 2026, is open to all.", on=None) == []


# -- Spanish


def test_a_spanish_weekday_that_does_not_match() -> None:
    [finding] = found("La reunión será el viernes, 10 de junio de 2025, en el ayuntamiento.", language="es")
    assert (finding.text, finding.severity, finding.fix) == (
        "viernes, 10 de junio de 2025", Severity.ERROR, "martes, 10 de junio de 2025")
    assert finding.message == ("“viernes, 10 de junio de 2025”: June 10, 2025 is a Tuesday (martes), "
                               "not a Friday (viernes).")


@pytest.mark.parametrize(("text", "expected"), [
    ("La alcaldesa hablará el martes, 10 de junio de 2025.", []),
    ("La alcaldesa hablará el 10 de junio.", []),
    ("Viernes, 10 de junio: reunión abierta.",
     [("Viernes, 10 de junio", Severity.ERROR, "Martes, 10 de junio")]),
    ("El plazo vence el 31 de junio de 2025.", [("31 de junio de 2025", Severity.ERROR, None)]),
    ("El plazo vence el 10/6/2025.", []),  # day first
    ("El plazo vence el 31/6/2025.", [("31/6/2025", Severity.ERROR, None)]),
    ("La biblioteca abrió sus puertas desde el lunes, 1 de mayo de 1995.", []),
])
def test_spanish_dates(text: str, expected: list[tuple[str, Severity, str | None]]) -> None:
    assert spans(found(text, language="es")) == expected


def test_spanish_names_are_only_read_in_a_spanish_statement() -> None:
    assert found("El plazo vence el 31 de junio de 2025.", language="en") == []


# -- what is not a date, or not looked at


@pytest.mark.parametrize("text", [
    "Chief Bell will be at the community meeting on Thursday at 7 p.m.",
    "Residents may 3 times a week call the non-emergency line.",
    "Officers march in the parade; the March 3 march drew a crowd.",
    "The budget for May 2025 is published.",
    "In June 1,000 people came to the listening sessions.",
    "The score was 3/4 and the ratio 12/31.",
    "We are one community – there is no us versus them.",
    "Chief Bell said: “Residents told me, ‘We trust the EHPD,’ and FEMA agreed.”",
    "Case 2025-02-3045 was closed; see file 24-2025-02-30.",
    "Part numbers 0000-13-45 and 1/1/0000 are not dates.",
    "Run `drafter check --since 2025-02-30` to see it.",
    "See [the notice](https://example.org/2025-02-30/notice) for details.",
])
def test_left_alone(text: str) -> None:
    assert found(text) == []


def test_the_sample_statement_has_no_date_problem() -> None:
    text = (
        "# Statement from Mayor Elena Ruiz\n\n"
        "*For immediate release — Tuesday, June 10, 2025*\n\n"
        "Chief Bell and I will be at the community meeting on **Thursday, June 12, at 7 p.m.** in the "
        "council chamber of Town Hall, and we want to hear from you.\n"
    )
    assert found(text) == []


def test_without_a_statement_date_the_dateline_is_the_reference() -> None:
    text = ("# Statement\n\n*For immediate release — Tuesday, June 10, 2025*\n\n"
            "Chief Bell and I will be at the meeting on Thursday, June 12, at 7 p.m.\n")
    assert list(dates.check(Draft(text=text))) == []
    wrong = text.replace("Thursday, June 12", "Friday, June 12")
    [found] = dates.check(Draft(text=wrong))
    assert found.text == "Friday, June 12" and found.fix == "Thursday, June 12"


def test_later_dates_are_read_against_the_dateline_and_the_dateline_against_the_statement() -> None:
    text = ("*For immediate release — Tuesday, June 10, 2025*\n\n"
            "Chief Bell and I will be at the meeting on Thursday, June 12, at 7 p.m.\n")
    # Written today, dated last year: the dateline is questioned, the meeting's weekday is right.
    [found] = dates.check(Draft(text=text, statement_date=dt.date(2026, 11, 26)))
    assert found.text == "Tuesday, June 10, 2025" and found.severity is Severity.WARNING
    assert "534 days before" in found.message


def test_a_far_date_that_is_plainly_meant_is_left_alone() -> None:
    assert found("Construction will be finished by December 31, 2025.") == []


def test_history_in_the_first_lines_is_not_taken_for_the_dateline() -> None:
    text = ("On April 14, 2020, floodwaters reached Main Street, and we will mark the anniversary with a "
            "walk on Saturday, June 14, starting at 10 a.m.")
    assert found(text) == []
