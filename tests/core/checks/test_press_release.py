"""Press-release form: headline capitals, exclamation marks, media contact, end mark, dateline."""

from __future__ import annotations

import pytest

from drafter.core.checks.draft import Draft, TemplateTargets
from drafter.core.checks.findings import Finding, Severity
from drafter.core.checks.press_release import check
from drafter.core.templates.fill import fill_template
from drafter.core.templates.loader import bundled_templates_folder, load_file
from drafter.core.templates.profile import PROFILE_KEYS, OrganisationProfile

PROFILE = {"org.town": "East Harbor", "org.state": "Ohio"}

SPACE, BREAK = " ", "  "  # the template's trailing space and Markdown hard line breaks

# The press-release template, filled in by hand as a drafter would.
RELEASE = f"""\
**FOR IMMEDIATE RELEASE**{SPACE}

# Town Opens Cooling Centers as Heat Advisory Continues

**East Harbor, Ohio** — Tuesday, June 10, 2025 — The Town of East Harbor opens three cooling centers \
today for residents without air conditioning, as the National Weather Service extends its heat advisory \
through Thursday.

The centers at the public library, the Riverside Community Center and Town Hall are open from noon to \
8 p.m. daily. Water, seating and phone charging are available.

Residents who cannot travel can call (555) 010-0150 for a free ride. The East Harbor Police Department \
(EHPD) will check on older residents who have asked for a visit.

> "No one in East Harbor should ride out this heat alone. Check on your neighbors, drink water, and \
come in and cool off."
>
> — Elena Ruiz, Mayor of East Harbor

<!-- fixed: about -->
**About the Town of East Harbor**{BREAK}
The Town of East Harbor serves the residents, businesses and visitors of East Harbor, Ohio. News, \
public notices and information about its services are published at www.eastharbor.example.gov.
<!-- /fixed -->

<!-- fixed: media-contact -->
**Media contact**{BREAK}
Sam Okafor{BREAK}
(555) 010-0199{BREAK}
press@eastharbor.example.gov
<!-- /fixed -->

\\###
"""


def run(text: str, *, press_release: bool = True) -> list[Finding]:
    draft = Draft(text=text, template=TemplateTargets(press_release=press_release), profile=PROFILE)
    return list(check(draft))


def found(text: str) -> list[tuple[str, str | None]]:
    return [(finding.text, finding.fix) for finding in run(text)]


def edited(old: str, new: str, text: str = RELEASE) -> str:
    assert old in text
    return text.replace(old, new)


def test_a_correctly_filled_release_gives_no_finding() -> None:
    assert run(RELEASE) == []


@pytest.mark.parametrize(("release_type", "embargo"), [
    ("FOR IMMEDIATE RELEASE", ""),
    ("EMBARGOED UNTIL", "6:00 a.m. EDT, Thursday, June 12, 2025"),
])
def test_the_template_filled_by_the_program_gives_no_finding(release_type: str, embargo: str) -> None:
    template = load_file(bundled_templates_folder() / "press-release.md").template
    assert template is not None
    profile = OrganisationProfile({key: info.example for key, info in PROFILE_KEYS.items()})
    text = fill_template(template, {
        "release_type": release_type, "embargo_until": embargo,
        "headline": "Town Opens Cooling Centers as Heat Advisory Continues", "date": "2025-06-10",
        "lede": "The town opens three cooling centers today for residents without air conditioning.",
        "body": "The centers are open from noon to 8 p.m.\n\n- Public library\n- Town Hall",
        "quote": "No one should ride out this heat alone.\n\nCheck on your neighbors.",
        "quote_person": "Elena Ruiz", "quote_title": "Mayor of East Harbor",
    }, profile)
    assert run(text) == []


def test_only_press_releases_are_checked() -> None:
    text = "TOWN OPENS COOLING CENTERS TODAY\n\nThe town opens three centers today! Come in."
    assert run(text, press_release=False) == []
    assert len(run(text)) == 5


# ---------------------------------------------------------------- headline


def test_headline_in_capitals_is_found_with_a_title_case_suggestion() -> None:
    text = edited("Town Opens Cooling Centers as Heat Advisory Continues",
                  "TOWN OPENS COOLING CENTERS AS HEAT ADVISORY CONTINUES")
    [finding] = run(text)
    assert (finding.check, finding.severity, finding.fix) == ("press-release", Severity.WARNING, None)
    assert finding.text == "TOWN OPENS COOLING CENTERS AS HEAT ADVISORY CONTINUES"
    assert text[finding.start:finding.end] == finding.text
    assert finding.suggestions == ("Town Opens Cooling Centers as Heat Advisory Continues",)
    assert finding.message == (
        "The headline is in capital letters, which reads as shouting and is hard to scan. "
        "Write it in headline capitals, e.g. “Town Opens Cooling Centers as Heat Advisory Continues”.")


def test_acronyms_used_in_the_release_stay_in_capitals_in_the_suggestion() -> None:
    text = edited("Town Opens Cooling Centers as Heat Advisory Continues", "EHPD AND FEMA OPEN SHELTER")
    text = edited("(EHPD)", "(EHPD) and FEMA", text)
    [finding] = run(text)
    assert finding.text == "EHPD AND FEMA OPEN SHELTER"
    assert finding.suggestions == ("EHPD and FEMA Open Shelter",)


def test_headline_on_a_plain_first_line_is_checked() -> None:
    text = edited("**FOR IMMEDIATE RELEASE** \n\n# Town Opens Cooling Centers as Heat Advisory Continues",
                  "TOWN OPENS COOLING CENTERS")
    assert found(text) == [("TOWN OPENS COOLING CENTERS", None)]


@pytest.mark.parametrize("headline", [
    "EHPD, FEMA Open Shelter at East Harbor High School",
    "EHPD Names New Chief",
    "FEMA Aid Arrives",
    "HEAT ADVISORY",  # two words: a label, not a headline in capitals
])
def test_headlines_with_acronyms_or_short_labels_are_left_alone(headline: str) -> None:
    assert run(edited("Town Opens Cooling Centers as Heat Advisory Continues", headline)) == []


# ---------------------------------------------------------------- exclamation marks


def test_exclamation_marks_outside_quotations_are_found_one_by_one() -> None:
    text = edited("for a free ride.", "for a free ride!")
    text = edited("are available.", "are available!!", text)
    text = edited("who have asked for a visit.", "who have asked for a visit?!", text)
    findings = run(text)
    assert [(f.text, f.fix) for f in findings] == [("!!", "."), ("!", "."), ("?!", "?")]
    assert [text[f.start:f.end] for f in findings] == ["!!", "!", "?!"]
    assert findings[1].message == (
        "Press releases do not use exclamation marks outside quotations: they read "
        "as advertising. End the sentence with “.”.")


def test_exclamation_marks_inside_quotations_are_the_speakers() -> None:
    text = edited("ride out this heat alone.", "ride out this heat alone!")
    text = edited("for a free ride.", "for a ride, and “call us now!” is our motto.", text)
    assert run(text) == []


def test_an_exclamation_mark_after_a_closed_quotation_is_found() -> None:
    text = edited("for a free ride.", "for a “free” ride!")
    assert found(text) == [("!", ".")]


# ---------------------------------------------------------------- media contact


def test_missing_media_contact_is_found_on_the_last_line() -> None:
    text = edited("<!-- fixed: media-contact -->\n**Media contact**  \nSam Okafor  \n(555) 010-0199  \n"
                  "press@eastharbor.example.gov\n<!-- /fixed -->\n\n", "")
    [finding] = run(text)
    assert (finding.text, finding.fix) == ("\\###", None)
    assert finding.message == ("The release has no media contact. Add one at the end, after “Media contact”: "
                               "a name, a phone number and an e-mail address reporters can use.")


def test_media_contact_without_phone_or_email_is_found_on_its_label() -> None:
    text = edited("(555) 010-0199  \npress@eastharbor.example.gov\n", "")
    [finding] = run(text)
    assert finding.text == "Media contact"
    assert finding.message.startswith("The media contact has no phone number or e-mail address.")


@pytest.mark.parametrize("contact", [
    "Contact: Sam Okafor, press@eastharbor.example.gov",
    "PRESS CONTACT\nSam Okafor\n555-010-0199",
    "Media inquiries: Sam Okafor at (555) 010-0199",
])
def test_other_ways_of_writing_the_contact_are_accepted(contact: str) -> None:
    block = "**Media contact**  \nSam Okafor  \n(555) 010-0199  \npress@eastharbor.example.gov"
    text = edited(block, contact)
    assert run(text) == []


# ---------------------------------------------------------------- end mark


def test_missing_end_mark_is_found_on_the_last_line() -> None:
    [finding] = run(edited("\\###\n", ""))
    assert (finding.text, finding.fix) == ("press@eastharbor.example.gov", None)
    assert finding.message == ("The release has no end mark. Add a line with only “###” at the very end, "
                               "so editors know nothing is missing.")


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "- 30 -"])
def test_other_end_marks_are_accepted(mark: str) -> None:
    assert run(edited("\\###", mark)) == []


def test_an_end_mark_far_from_the_end_is_found_on_itself() -> None:
    text = edited("\\###\n", "\\###\n\n" + "More news follows here.\n\n" * 16)
    [finding] = run(text)
    assert finding.text == "\\###"
    assert finding.message.startswith("The end mark is followed by much of the release.")


# ---------------------------------------------------------------- dateline


def test_missing_dateline_is_found_on_the_first_words_of_the_lede() -> None:
    text = edited("**East Harbor, Ohio** — Tuesday, June 10, 2025 — ", "")
    [finding] = run(text)
    assert (finding.text, finding.fix) == ("The Town of", None)
    assert finding.suggestions == ("EAST HARBOR, Ohio — The Town of",)
    assert finding.message == (
        "The first paragraph has no dateline. Start it with the town in capitals, the state and a dash, "
        "e.g. “EAST HARBOR, Ohio — ”, so editors see where the news comes from.")


def test_town_in_title_case_without_a_state_is_not_a_dateline() -> None:
    text = edited("**East Harbor, Ohio** — Tuesday, June 10, 2025 — ", "East Harbor — ")
    [finding] = run(text)
    assert (finding.text, finding.fix, finding.suggestions) == (
        "East Harbor", None, ("EAST HARBOR, Ohio", "EAST HARBOR"))
    assert finding.message == (
        "Write the dateline's town in capitals, followed by the state: “EAST HARBOR, Ohio — ”.")


@pytest.mark.parametrize("dateline", [
    "EAST HARBOR, Ohio — ",
    "EAST HARBOR, Ohio (June 10, 2025) – ",
    "EAST HARBOR, Ohio, June 10, 2025 -- ",
    "EAST HARBOR — ",
    "ISLE OF PALMS, S.C. — ",
])
def test_wire_style_datelines_are_accepted(dateline: str) -> None:
    assert run(edited("**East Harbor, Ohio** — Tuesday, June 10, 2025 — ", dateline)) == []


def test_a_date_line_or_subhead_before_the_lede_is_skipped() -> None:
    text = edited("Continues\n\n", "Continues\n\n*Three centers open daily from noon*\n\nJune 10, 2025\n\n")
    assert run(text) == []
    without_dateline = edited("**East Harbor, Ohio** — Tuesday, June 10, 2025 — ", "", text)
    assert found(without_dateline) == [("The Town of", None)]
