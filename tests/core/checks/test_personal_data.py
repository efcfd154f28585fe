"""The personal-data check: phone numbers, e-mail and street addresses, dates of birth, case
numbers and people named as arrested, suspected, juvenile or victims, each to be confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.checks.draft import Draft
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.personal_data import CHECK, check

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "community-statement.md"

PROFILE = {
    "org.name": "Town of East Harbor",
    "org.town": "East Harbor",
    "org.state": "Ohio",
    "org.address": "1 Main Street, East Harbor, OH 44000",
    "org.website": "www.eastharbor.example.gov",
    "speaker.name": "Elena Ruiz",
    "speaker.title": "Mayor",
    "police.chief": "Marcus Bell",
    "police.department": "East Harbor Police Department",
    "media.name": "Sam Okafor",
    "media.phone": "(555) 010-0199",
    "media.email": "press@eastharbor.example.gov",
}


def findings(text: str) -> list[Finding]:
    return list(check(Draft(text=text, profile=PROFILE)))


def found(text: str) -> list[str]:
    return [finding.text for finding in findings(text)]


# --- Every finding -------------------------------------------------------------------------------


def test_every_finding_is_a_warning_to_confirm_with_no_fix() -> None:
    text = "Call Jane at 555-0143."
    (finding,) = findings(text)
    assert finding.check == CHECK == "personal-data"
    assert finding.severity is Severity.WARNING
    assert finding.confirmation is True
    assert finding.fix is None and finding.suggestions == ()
    assert (finding.start, finding.end) == (13, 21) and text[13:21] == "555-0143"
    assert finding.message == (
        "“555-0143” is a telephone number that is not the organisation's: is it meant to be published? "
        "Confirm it with a reason, or take it out.")


# --- Telephone numbers ---------------------------------------------------------------------------


def test_finds_telephone_numbers_as_written() -> None:
    text = ("Residents can reach the family at (555) 020-1234, 555-020-1235, 555.020.1236, "
            "+1 555 020 1237, 555-0143 or, abroad, +44 20 7946 0958.")
    assert found(text) == ["(555) 020-1234", "555-020-1235", "555.020.1236", "+1 555 020 1237", "555-0143",
                           "+44 20 7946 0958"]


def test_leaves_alone_numbers_that_are_not_telephone_numbers() -> None:
    text = ("In 2019 and again on June 10, 2025, at 7 p.m., the council set aside $1,250,000 "
            "(and $555-1234 for repairs) for 2019-2025. Write to East Harbor, OH 44000 or 44000-1234. "
            "In an emergency call 911; for services call 311; in a crisis call or text 988. "
            "Between 250-1200 residents came; 500-1000 more watched online. "
            "The count on 06-10-2025 was 1,234.")
    assert found(text) == []


def test_leaves_alone_the_organisations_own_number_in_any_format() -> None:
    text = ("Media: Sam Okafor, (555) 010-0199, 555-010-0199, 555.010.0199, +1 555 010 0199 "
            "or 1-555-010-0199.")
    assert found(text) == []


def test_leaves_alone_toll_free_numbers_and_numbers_given_for_an_office() -> None:
    text = ("Call the 988 Lifeline at 1-800-273-8255, the EHPD tip line at 555-0123, "
            "or the Parks and Recreation Department at 555-0142. Jane is at 555-0143.")
    assert found(text) == ["555-0143"]


def test_the_same_phone_twice_gives_two_findings_with_one_key() -> None:
    text = "Call 555-0143 today. If no one answers, call 555-0143 again."
    first, second = findings(text)
    assert (first.text, second.text) == ("555-0143", "555-0143")
    assert first.start != second.start
    assert first.key == second.key == "personal-data:phone:555-0143"


def test_leaves_alone_numbers_in_code_and_comments() -> None:
    text = "Call `555-0143` or\n\n```\n555-0144\n```\n\n<!-- 555-0145 -->\nnothing else."
    assert found(text) == []


# --- E-mail addresses ----------------------------------------------------------------------------


def test_finds_private_email_addresses_also_in_links() -> None:
    text = "Write to jane.doe@gmail.com or [her brother](mailto:tom.doe@example.com)."
    assert found(text) == ["jane.doe@gmail.com", "tom.doe@example.com"]


def test_leaves_alone_the_organisations_addresses() -> None:
    text = ("Write to press@eastharbor.example.gov, clerk@eastharbor.example.gov or "
            "records@police.eastharbor.example.gov, or follow @EastHarborPD.")
    assert found(text) == []


def test_the_organisations_domain_also_comes_from_its_website() -> None:
    profile = {"org.website": "https://www.riverton.example.org/news"}
    draft = Draft(text="Write to clerk@riverton.example.org or jo@riverton.example.com.", profile=profile)
    assert [f.text for f in check(draft)] == ["jo@riverton.example.com"]


def test_a_phone_number_inside_an_email_address_is_not_a_phone() -> None:
    assert found("Write to 555-0143@example.com.") == ["555-0143@example.com"]


# --- Street addresses ----------------------------------------------------------------------------


def test_finds_street_addresses() -> None:
    text = "The fire started at 1423 Burnside Avenue and spread to 17 Elm St. within minutes."
    assert found(text) == ["1423 Burnside Avenue", "17 Elm St."]


def test_the_block_is_how_police_avoid_an_address() -> None:
    text = "Officers were called to the 300 block of Burnside Avenue at about 11:40 p.m."
    assert found(text) == []


def test_leaves_alone_the_organisations_address_and_public_places() -> None:
    text = ("Town Hall, 1 Main Street, is open until 5 p.m.; send mail to 1 Main St. The meeting is "
            "at the Riverton Community Center, 45 Oak Street, and at the public library. "
            "In 2019 Main Street was repaved.")
    assert found(text) == []


# --- Dates of birth ------------------------------------------------------------------------------


def test_finds_dates_of_birth() -> None:
    text = ("He was born March 3, 1987. DOB 03/03/1987. D.O.B.: 3/3/87. Date of birth: 3 March 1987. "
            "She is 37 (born on Mar. 3, 1987).")
    assert found(text) == ["born March 3, 1987", "DOB 03/03/1987", "D.O.B.: 3/3/87",
                           "Date of birth: 3 March 1987", "born on Mar. 3, 1987"]


def test_born_without_a_date_is_not_a_date_of_birth() -> None:
    text = "Chief Bell was born and raised in East Harbor, and born in 1972 to a family of teachers."
    assert found(text) == []


# --- Case and incident numbers -------------------------------------------------------------------


def test_finds_case_and_incident_numbers_with_their_label() -> None:
    text = ("See Case No. 2025-00123, case #25-1234, incident number 25-004512, the police report "
            "2025-1234 and CAD #2025-001234.")
    assert found(text) == ["Case No. 2025-00123", "case #25-1234", "incident number 25-004512",
                           "report 2025-1234", "CAD #2025-001234"]


def test_a_case_number_is_not_a_phone_number() -> None:
    assert found("The report no. 555-0143 is closed.") == ["report no. 555-0143"]


def test_leaves_alone_years_and_counts_after_a_label() -> None:
    text = ("The annual report 2025 and the budget report 2024-25 are online; the showcase 12345 "
            "and case 12 are not records.")
    assert found(text) == []


# --- People named as arrested, suspected, juvenile or victims ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "named_as"),
    [
        ("Police arrested John Smith, 34, of Riverton on Monday.", "John Smith", "arrested or charged"),
        ("Yesterday Maria de la Cruz was charged with assault.", "Maria de la Cruz", "arrested or charged"),
        ("Mr. Smith was arrested at his home.", "Mr. Smith", "arrested or charged"),
        ("A person of interest, Mark O'Brien, was questioned.", "Mark O'Brien", "a suspect"),
        ("Detectives say Dana Reed is a suspect.", "Dana Reed", "a suspect"),
        ("Kevin Brown, 15, was detained.", "Kevin Brown", "a juvenile"),
        ("The 15-year-old, Tom Lee, was taken home.", "Tom Lee", "a juvenile"),
        ("The victim, Jane Doe, was taken to Riverton General Hospital.", "Jane Doe", "a victim"),
        ("Officer Daniel Price was injured.", "Daniel Price", "a victim"),
    ],
)
def test_finds_the_name_not_the_keyword(text: str, name: str, named_as: str) -> None:
    (finding,) = findings(text)
    assert finding.text == name
    assert finding.message == (
        f"“{name}” is named as {named_as}: police media guidance names arrested people, suspects, "
        "juveniles and victims only in exceptional cases. Confirm with the reason, or take the name out.")


def test_a_suspect_is_not_flagged_for_who_speaks_about_him() -> None:
    assert found("Chief Marcus Bell said the suspect was arrested.") == []
    assert found("Councilmember Ana Ortiz said the victims deserve justice.") == []


def test_leaves_alone_the_organisations_own_people() -> None:
    text = "Sam Okafor said the victim is stable. Ms. Ruiz said the suspect was arrested."
    assert found(text) == []


def test_leaves_alone_officers_doing_their_job() -> None:
    text = ("Sgt. Ana Lopez arrested the man. Officer Tom Reyes gave first aid to the victim until "
            "paramedics arrived.")
    assert found(text) == []


def test_leaves_alone_places_and_people_far_from_a_keyword() -> None:
    text = ("Two residents of East Harbor were injured in Riverton. Residents in New Haven were injured too. "
            "Jane Doe gave first aid to the victim until paramedics arrived. "
            "Jo Martin, who runs the bakery on the corner, said she had been told about the victim. "
            "Ruth Adams, 45, was honored for her service.")
    assert found(text) == []


def test_leaves_alone_title_case_headings() -> None:
    assert found("# Suspect Arrested in Burnside Avenue Shooting\n\nThe investigation continues.\n") == []


def test_the_sample_statement_names_only_the_fallen_officer() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    (finding,) = findings(text)
    assert finding.text == "Daniel Price"
    assert text[finding.start:finding.end] == "Daniel Price"
    assert text[finding.start - 8:finding.start] == "Officer "
    assert "named as a victim" in finding.message


# --- What every check must leave alone -----------------------------------------------------------


def test_leaves_alone_quotes_dashes_acronyms_and_names() -> None:
    text = ("Mayor Elena Ruiz said: “As the chief told me, ‘Our officers serve this town.’ "
            "We are one community – there is no us versus them.” The EHPD and FEMA are working "
            "with Chief Marcus Bell, Sgt. Ana Lopez and Officer Tom Reyes in East Harbor.")
    assert found(text) == []


# --- Confirmation --------------------------------------------------------------------------------


def test_a_confirmed_finding_is_dropped_by_the_registry() -> None:
    from drafter.core.checks.registry import run_checks

    text = "Call 555-0143 or Jane Doe at 555-0144. Call 555-0143 again; Jane Doe was injured."
    draft = Draft(text=text, profile=PROFILE)
    before = run_checks(draft, only=["personal-data"])
    assert [f.text for f in before] == ["555-0143", "555-0144", "555-0143", "Jane Doe"]
    confirmed = frozenset({before[0].key, before[3].key})
    after = run_checks(Draft(text=text, profile=PROFILE, confirmed=confirmed), only=["personal-data"])
    assert [f.text for f in after] == ["555-0144"]


def test_public_contact_details_are_left_alone() -> None:
    text = ("Residents with questions can call the police non-emergency number at 207-555-0100, "
            "write to parks@maine.gov, or call 207-555-0110.\n")
    draft = Draft(text=text, field_values=("207-555-0110",))
    assert list(check(draft)) == []


def test_confirming_a_name_as_a_victim_does_not_confirm_it_as_arrested() -> None:
    victim = Draft(text="Officer Daniel Price was killed on Tuesday.\n")
    arrested = Draft(text="Officers said Daniel Price was arrested on Tuesday.\n")
    [as_victim] = check(victim)
    [as_arrested] = check(arrested)
    assert as_victim.text == as_arrested.text == "Daniel Price"
    assert as_victim.key != as_arrested.key
