"""The organisation's profile: the values behind ``{{org.name}}`` and the other dotted placeholders.

An administrator sets them once; every template uses them. The logo is part
of the profile too, but it is a file for the letterhead, not a placeholder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class ProfileKey:
    """One profile placeholder, described for the settings form."""

    key: str  # as templates write it, without braces: "org.name"
    label: str
    help: str
    example: str


_KEYS = (
    ProfileKey("org.name", "Organization name",
               "Without a leading 'the': templates write 'the {{org.name}}'.", "Town of East Harbor"),
    ProfileKey("org.town", "Town or city", "As residents name it.", "East Harbor"),
    ProfileKey("org.state", "State", "As datelines write it.", "Ohio"),
    ProfileKey("org.address", "Postal address", "On one line.", "1 Main Street, East Harbor, OH 44000"),
    ProfileKey("org.website", "Public website", "The address residents type.", "www.eastharbor.example.gov"),
    ProfileKey("speaker.name", "Speaker's name", "The person who signs or speaks.", "Elena Ruiz"),
    ProfileKey("speaker.title", "Speaker's title",
               "The bare title, on its own: templates write '{{speaker.title}} {{speaker.name}}'.", "Mayor"),
    ProfileKey("police.chief", "Police chief's name",
               "Without rank: templates write 'Chief {{police.chief}}'.", "Marcus Bell"),
    ProfileKey("police.department", "Police department",
               "Without a leading 'the'.", "East Harbor Police Department"),
    ProfileKey("media.name", "Media contact", "The person reporters should call.", "Sam Okafor"),
    ProfileKey("media.phone", "Media contact's phone", "As it should be printed.", "(555) 010-0199"),
    ProfileKey("media.email", "Media contact's email", "An address that is read every day.",
               "press@eastharbor.example.gov"),
)  # fmt: skip

#: Every profile placeholder, in the order the settings form shows them.
PROFILE_KEYS: Mapping[str, ProfileKey] = MappingProxyType({k.key: k for k in _KEYS})

#: The profile's logo (a file path for the letterhead). Not a placeholder.
LOGO_KEY = "logo"


@dataclass(frozen=True)
class OrganisationProfile:
    """The profile's values, by placeholder key, and the logo's path ("" when none)."""

    values: dict[str, str] = field(default_factory=dict)
    logo: str = ""

    def get(self, key: str) -> str:
        """The value for ``key`` (e.g. ``"org.name"``), or "" when it is not set."""
        return self.values.get(key, "")

    def missing(self) -> list[str]:
        """The profile placeholders that have no value yet, in form order."""
        return [key for key in PROFILE_KEYS if not self.get(key).strip()]

    def with_value(self, key: str, value: str) -> OrganisationProfile:
        return OrganisationProfile({**self.values, key: value}, self.logo)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OrganisationProfile:
        """Read what ``to_dict`` wrote. Anything that is not text is ignored."""
        values = {k: v.strip() for k, v in data.items()
                  if isinstance(k, str) and isinstance(v, str) and k != LOGO_KEY}
        logo = data.get(LOGO_KEY)
        return cls(values, logo.strip() if isinstance(logo, str) else "")

    def to_dict(self) -> dict[str, str]:
        """One flat, JSON-ready mapping of text: ``{"org.name": …, …, "logo": "…"}``.

        This is how the workspace stores the profile (SettingsStore keeps text values only).
        """
        return {**self.values, LOGO_KEY: self.logo}
