"""The organisation's profile: its keys, and storage as JSON."""

from __future__ import annotations

import json

from drafter.core.templates import PROFILE_KEYS, OrganisationProfile


def test_every_profile_key_has_a_label_help_and_example() -> None:
    assert len(PROFILE_KEYS) == 12
    for key, info in PROFILE_KEYS.items():
        assert info.key == key and "." in key
        assert info.label and info.help and info.example
    assert "logo" not in PROFILE_KEYS


def test_the_profile_round_trips_through_json() -> None:
    profile = OrganisationProfile(
        {"org.name": "Town of East Harbor", "media.phone": "(555) 010-0199"}, "logo.png"
    )
    stored = json.dumps(profile.to_dict())
    again = OrganisationProfile.from_dict(json.loads(stored))
    assert again == profile
    assert again.get("org.name") == "Town of East Harbor"
    assert again.get("org.town") == ""
    assert "org.town" in again.missing() and "org.name" not in again.missing()


def test_reading_a_damaged_profile_keeps_what_is_text() -> None:
    profile = OrganisationProfile.from_dict({"org.name": " Town ", "org.town": 5, "logo": None})
    assert profile == OrganisationProfile({"org.name": "Town"})
    assert OrganisationProfile.from_dict({}) == OrganisationProfile()
    assert OrganisationProfile.from_dict({"org.name": ["x"]}) == OrganisationProfile()


def test_with_value_gives_a_new_profile() -> None:
    profile = OrganisationProfile()
    changed = profile.with_value("org.name", "Town")
    assert profile.get("org.name") == "" and changed.get("org.name") == "Town"
