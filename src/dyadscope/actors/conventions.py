"""Producers' naming conventions: what a name says about its actor when the registry does not know it.

ACLED writes `Military Forces of Nigeria (2010-2015)`, `Police Forces of South Sudan (2011-)`,
`Military Forces of Libya (2014-) Haftar Faction`, `Civilians (Libya)`, `Protesters (India)`,
`Rioters (Libya)`, `Unidentified Armed Group (Mexico)`, `Zintan Ethnic Militia (Libya)`; UCDP writes
`Government of Nigeria`; GTD writes `Sinai Province of the Islamic State`. State forces resolve to the
state of the named country (the years in ACLED's name are the period of one government, not another
actor), so all of Nigeria's army and police names and UCDP's `Government of Nigeria` are one actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyadscope.actors.registry import state_id
from dyadscope.sources.geo import country_iso3

# Branch of the state's forces ACLED names: "<Branch> Forces of <country> (<from>-<to>) <unit or faction>".
_STATE_FORCES = re.compile(
    r"^(?:military|police|naval|air|security|armed|special|border|gendarmerie|prison) forces of (?:the )?"
    r"(?P<country>.+?)\s*(?:\((?P<years>\d{4}\s*-\s*(?:\d{4})?)\))?\s*(?P<rest>[^()]*)$",
    re.IGNORECASE,
)
_GOVERNMENT_OF = re.compile(r"^government of (?:the )?(?P<country>.+?)\s*(?:\((?P<years>[\d\s-]+)\))?$", re.I)
# A remainder that names a rival government or a faction, not a branch of the one state.
_FACTION = re.compile(r"\b(faction|council|government|salvation|accord|congress|house)\b", re.IGNORECASE)
_IN_COUNTRY = re.compile(r"^(?P<what>[^();]+?)\s*\((?P<country>[^()]+)\)$")
# "<generic label> (<country>)" -> kind
_GENERIC_KINDS: dict[str, str] = {
    "civilians": "civilians",
    "protesters": "protesters",
    "rioters": "rioters",
    "unidentified armed group": "unidentified_armed_group",
    "unidentified gang": "unidentified_armed_group",
    "unidentified military forces": "unidentified_armed_group",
    "unidentified communal militia": "identity_militia",
    "unidentified clan militia": "identity_militia",
    "unidentified ethnic militia": "identity_militia",
    "unidentified tribal militia": "identity_militia",
}
# "<X> Ethnic Militia" is armed; ACLED's "<X> Ethnic Group" names the people (often as civilians): no convention.
_IDENTITY_MILITIA = re.compile(r"\b(ethnic|communal|clan|tribal) militia$", re.IGNORECASE)
_IS_PROVINCE = re.compile(r"\bprovince of the islamic state\b|^islamic state\b", re.IGNORECASE)


@dataclass(frozen=True)
class Convention:
    """What a name's form says: the kind, the country named (ISO3), a stable id and display name."""

    kind: str
    country: str | None
    actor_id: str
    name: str
    valid_years: str | None = None
    parent_name: str | None = None  # a registry name the actor is part of (a province of the Islamic State)


def slug(text: str) -> str:
    """Id-safe form of a name: `slug("Zintan Ethnic Militia") == "zintan_ethnic_militia"`."""
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


def state_forces(name: str) -> Convention | None:
    """The state a state-forces name belongs to: ACLED `Military Forces of X (years) ...`, UCDP `Government of X`."""
    text = name.strip()
    match = _STATE_FORCES.match(text) or _GOVERNMENT_OF.match(text)
    if not match:
        return None
    country = match.group("country")
    rest = (match.groupdict().get("rest") or "").strip()
    if "rest" in match.groupdict() and not match.group("years"):
        # No years to end the country: "Military Forces of Nigeria" must not read as "N" plus "igeria".
        country, rest = _country_and_rest(text[match.start("country") :])
    iso3 = country_iso3(country)
    # A de facto state without an ISO code (Somaliland, Artsakh) is its own state, of no ISO country.
    state = state_id(iso3 or slug(country))
    years = (match.group("years") or "").replace(" ", "") or None
    if rest and _FACTION.search(rest):
        # A faction claiming the state (Libya's Haftar forces, Yemen's Supreme Political Council) is its own actor.
        return Convention("state", iso3, f"{state}_{slug(rest)}", text, years)
    return Convention("state", iso3, state, f"Government of {country}", years)


def _country_and_rest(tail: str) -> tuple[str, str]:
    """The longest leading words that name a country, and what follows: "Libya Haftar Faction" -> Libya, the rest."""
    words = tail.split()
    for k in range(len(words), 0, -1):
        if country_iso3(" ".join(words[:k])):
            return " ".join(words[:k]), " ".join(words[k:])
    return tail.strip(), ""  # a de facto state without an ISO code: the whole name


def convention(name: str, event_country: str | None = None) -> Convention | None:
    """The actor a producer's naming convention describes, or None when the name follows none."""
    found = state_forces(name)
    if found is not None:
        return found
    text = name.strip()
    if _IS_PROVINCE.search(text):
        return Convention("non_state", event_country, slug(text), text, parent_name="Islamic State")
    match = _IN_COUNTRY.match(text)
    if not match:
        return None
    what, country = match.group("what").strip(), country_iso3(match.group("country"))
    if country is None:
        return None
    kind = _GENERIC_KINDS.get(what.casefold())
    if kind is None and _IDENTITY_MILITIA.search(what):
        kind = "identity_militia"
    if kind is None:
        return None
    return Convention(kind, country, f"{slug(what)}_{country.lower()}", text)


def strip_country(name: str) -> str | None:
    """ACLED's country qualifier removed, when there is one: "Islamic State (Syria)" -> "Islamic State"."""
    match = _IN_COUNTRY.match(name.strip())
    if match and country_iso3(match.group("country")):
        return match.group("what").strip()
    return None


def acronym_parts(name: str) -> tuple[str, str] | None:
    """ACLED's "ACRONYM: Full Name" as (full name, acronym): "PKK: Kurdistan Workers Party"."""
    head, sep, tail = name.partition(": ")
    if not sep or not head or " " in head.strip() or len(head) > 12:
        return None
    return tail.strip(), head.strip()
