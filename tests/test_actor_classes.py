"""Every side gets a class with its provenance: registry, producer convention, producer type code, fallback.

The coverage test runs on ACLED's real actor names (tests/data/actors/acled_2022h1_actor_names.csv: every actor
name in 9,000 ACLED rows of 2022 with its inter code, country and count; an aggregate, credited in NOTICE).
"""

from __future__ import annotations

import csv
import re

import pytest

from conftest import DATA
from dyadscope.actors.conventions import convention, state_forces
from dyadscope.sources.geo import country_iso3
from dyadscope.sources.taxonomy import ACLED_INTER

NAMES = DATA / "actors" / "acled_2022h1_actor_names.csv"


@pytest.fixture(scope="module")
def acled_names(registry):
    """(row, resolution) for every name of the 2022 list, resolved with its inter code in its country."""
    with NAMES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        (row, registry.resolve_side(row["name"], country_iso3(row["country"]), ACLED_INTER.get(row["inter"])))
        for row in rows
    ]


def test_nearly_every_acled_side_appearance_gets_a_class(acled_names):
    total = sum(int(row["events"]) for row, _ in acled_names)
    classed = sum(int(row["events"]) for row, res in acled_names if res.actor_class)
    assert total == 18125
    assert classed / total >= 0.99
    # Every classed side says how: nothing is classed without a route.
    routes = {res.route for _, res in acled_names if res.resolved}
    assert routes <= {"registry", "convention", "source-code", "fallback"}


def test_acled_state_forces_resolve_to_the_named_country(acled_names):
    named = re.compile(r"^(?:Military|Police) Forces of (?:the )?(.+?) \(")
    total = right = 0
    for row, res in acled_names:
        match = named.match(row["name"].split(";")[0])
        iso3 = country_iso3(match.group(1)) if match else None
        if iso3 is None:  # no state-forces name, or a de facto state without an ISO code (Somaliland)
            continue
        total += int(row["events"])
        right += int(row["events"]) * any(a.actor_class == "state" and a.country == iso3 for a in res.actors)
    assert total > 3000 and right == total


def test_one_state_under_every_name_and_period(registry):
    ids = {
        registry.resolve_side(name, "NGA").ids
        for name in (
            "Military Forces of Nigeria (2007-2010)",
            "Military Forces of Nigeria (2010-2015)",
            "Police Forces of Nigeria (2015-)",
            "Government of Nigeria",
        )
    }
    assert ids == {"|govt_nga|"}
    abroad = registry.resolve_side("Military Forces of Russia (2000-) Air Force", "UKR")
    assert (abroad.ids, abroad.actor_class, abroad.route) == ("|govt_rus|", "foreign_state", "convention")


def test_a_faction_claiming_the_state_is_its_own_state_actor():
    haftar = state_forces("Military Forces of Libya (2014-) Haftar Faction")
    assert (haftar.actor_id, haftar.country, haftar.kind) == ("govt_lby_haftar_faction", "LBY", "state")
    assert state_forces("Police Forces of South Sudan (2011-)").actor_id == "govt_ssd"
    assert state_forces("Former Military Forces of Libya (1969-2011)") is None  # not the state's forces


@pytest.mark.parametrize(
    ("name", "kind", "coarse"),
    [
        ("Protesters (India)", "protesters", "civilians"),
        ("Rioters (Libya)", "rioters", "civilians"),
        ("Zintan Ethnic Militia (Libya)", "identity_militia", "militia"),
        ("Unidentified Communal Militia (South Sudan)", "identity_militia", "militia"),
        ("Unidentified Gang (Mexico)", "unidentified_armed_group", "unknown"),
    ],
)
def test_new_acled_kinds_map_to_coarse_classes(registry, name, kind, coarse):
    res = registry.resolve_side(name, None)
    assert (res.kind, res.actor_class, res.route) == (kind, coarse, "convention")
    assert convention(name) is not None


def test_type_codes_then_fallback_then_unresolved(registry):
    rebel = registry.resolve_side("Olonyi Rebel Group", "SSD", "Rebel Forces")
    assert (rebel.actor_class, rebel.route) == ("rebel", "source-code")
    words = registry.resolve_side("Olonyi Rebel Group", "SSD", "Rebel group")  # 2024 exports give words
    assert words.actor_class == "rebel"
    perpetrator = registry.resolve_side("Murle Tribe", "SSD", "perpetrator")  # GTD: every perpetrator is non-state
    assert (perpetrator.actor_class, perpetrator.route) == ("non_state", "fallback")
    assert registry.resolve_side("Murle Tribe", "SSD").actor_class is None  # no evidence: unresolved
    cameo = registry.resolve_side("NIGERIAN POLICE", "NGA", "COP")
    assert (cameo.actor_class, cameo.route) == ("state", "source-code")


def test_acled_allies_stay_on_their_side(registry):
    side = registry.resolve_side(
        "Military Forces of South Sudan (2011-); Bul Nuer Ethnic Militia (South Sudan)", "SSD", "State Forces"
    )
    assert side.ids == "|govt_ssd|bul_nuer_ethnic_militia_ssd|"
    assert side.actor_class == "militia+state"
    # ACLED's "<X> Ethnic Group" names people, not a militia; as an ally with no type code of its own it is left
    # out of the side's ids rather than guessed.
    people = registry.resolve_side("Civilians (South Sudan); Dinka Ethnic Group (South Sudan)", "SSD", "Civilians")
    assert (people.ids, people.actor_class) == ("|civilians|", "civilians")


def test_acronym_names_do_not_cross_borders(registry):
    # "ISF" is Iraq's security forces in the registry; ACLED's "ISF: Indian Secular Front" is an Indian party.
    res = registry.resolve_side("ISF: Indian Secular Front", "IND", "Protesters")
    assert "govt_irq" not in (res.ids or "") and res.kind == "protesters"
    assert registry.resolve_side("PKK: Kurdistan Workers Party", "TUR").route == "registry"


def test_a_name_several_foreign_actors_share_is_not_guessed(registry):
    # "SRF" is Sudan's Revolutionary Front and Syria's Revolutionaries Front; in South Sudan neither is local.
    srf = registry.resolve_side("SRF", "SSD", "ged opposition organisation")
    assert (srf.ids, srf.actor_class, srf.route) == ("|srf_ssd|", "non_state", "fallback")
    assert registry.resolve_side("SRF", "SDN").ids == "|sudan_revolutionary_front|"
