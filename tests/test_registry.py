"""The actor registry: aliases in several languages, coalitions, lineages, the user's own file."""

from __future__ import annotations

import pytest

from dyadscope.actors.registry import Registry, normalize_name
from dyadscope.errors import RegistryError, UnknownActor


@pytest.mark.parametrize(
    "name",
    [
        "ISIS",
        "ISIL",
        "IS",
        "Daesh",
        "Islamic State",
        "Islamisk Stat",
        "Islamic State of Iraq and the Levant (ISIL)",
        "  islamic   state ",
    ],
)
def test_every_name_of_the_islamic_state_is_one_actor(registry, name):
    assert registry.find(name).id == registry.find("ISIS").id


@pytest.mark.parametrize(
    ("name", "actor_class"),
    [
        ("Government of Syria", "state"),
        ("Assad-regimet", "state"),
        ("Syrian insurgents", "rebel"),
        ("SDF", "kurdish"),
        ("PYD", "kurdish"),
        ("Jabhat Fateh al-Sham", "jihadist"),
        ("Civilians", "civilians"),
    ],
)
def test_classes(registry, name, actor_class):
    assert registry.find(name).actor_class == actor_class


def test_curly_quotes_and_case_do_not_matter():
    assert normalize_name(" Mare’  Operations Room") == normalize_name("mare' operations room")


def test_a_coalition_string_resolves_member_by_member(registry):
    res = registry.resolve_side("Islamic Front, Jabhat Fateh al-Sham", "SYR")
    assert res.resolved
    assert [a.id for a in res.actors] == [registry.find("Islamic Front").id, registry.find("Jabhat Fateh al-Sham").id]
    assert res.ids.count("|") == 3


def test_a_coalition_of_governments_is_split_not_read_as_one_state(registry):
    # UCDP's side "Government of A, Government of B": the "Government of X" convention alone would make one state
    # called "A, Government of B"; each member resolves, so it is a coalition. A name the registry knows whole stays.
    res = registry.resolve_side("Government of Australia, Government of United Kingdom, Government of Peru", "IRQ")
    assert [a.id for a in res.actors][:2] == [
        registry.find("Government of Australia").id,
        registry.find("Government of United Kingdom").id,
    ]
    assert len(res.actors) == 3 and res.actors[2].name == "Government of Peru"
    assert registry.resolve_side("Government of Turkey", "SYR").ids.count("|") == 2


def test_a_state_abroad_is_a_foreign_state(registry):
    assert registry.resolve_side("Government of Turkey", "SYR").actor_class == "foreign_state"
    assert registry.resolve_side("Government of Turkey", "TUR").actor_class == "state"
    rule_based = registry.resolve_side("Government of Peru", "PER")
    assert rule_based.resolved and rule_based.actor_class == "state"


def test_renames_are_one_lineage(registry):
    nusra = registry.find("Jabhat al-Nusra").id
    jfs = registry.find("Jabhat Fateh al-Sham").id
    hts = registry.find("Hay'at Tahrir al-Sham").id
    assert {nusra, jfs, hts} <= registry.lineage(hts)
    assert registry.lineage(nusra) == registry.lineage(hts)


def test_unknown_names_stay_unresolved(registry):
    res = registry.resolve_side("Islamic Front, Nobody Brigade", "SYR")
    assert not res.resolved and res.unresolved == ("Nobody Brigade",)
    with pytest.raises(UnknownActor):
        registry.find("Nobody Brigade")


def test_a_user_file_extends_and_overrides(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n"
        "  - id: nobody_brigade\n    name: Nobody Brigade\n    class: rebel\n    aliases: [Ingen Brigade]\n"
        "  - id: isis\n    name: Islamic State (mine)\n    class: jihadist\n    aliases: [Daesh]\n",
        encoding="utf-8",
    )
    reg = Registry.load(user)
    assert reg.find("Ingen Brigade").name == "Nobody Brigade"
    assert reg.find("Daesh").name == "Islamic State (mine)"
    assert reg.fingerprint != Registry.load().fingerprint


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors: [", "not valid YAML"),
        ("people: []", "a list under 'actors:'"),
        ("actors:\n  - id: x\n    name: X\n    class: wizard\n", "class 'wizard' is not one of"),
        ("actors:\n  - id: x\n    name: X\n    class: state\n", "needs its ISO3 country"),
        ("actors:\n  - id: x\n    name: X\n    class: rebel\n    member_of: [ghost]\n", "unknown id"),
        ("actors:\n  - id: x\n    name: X\n    class: rebel\n    valid_from: someday\n", "not an ISO date"),
    ],
)
def test_a_malformed_user_file_gets_a_clear_error(tmp_path, text, message):
    user = tmp_path / "bad.yaml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        Registry.load(user)


def test_shipped_aliases_are_unambiguous_within_a_country(registry):
    # One name may denote actors of different countries (UCDP's "SRF"): resolution picks the event's country.
    seen: dict[tuple[str, str | None], str] = {}
    for actor in registry.actors.values():
        for alias in actor.typed_names():
            key = (normalize_name(alias), actor.country)
            assert seen.setdefault(key, actor.id) == actor.id, f"{alias!r} names {seen[key]} and {actor.id}"


def test_a_name_resolves_in_the_event_country_first(registry):
    assert registry.resolve_side("SRF", "SDN").ids == "|sudan_revolutionary_front|"
    assert registry.resolve_side("SRF", "SYR").ids == "|syria_revolutionaries_front|"
    assert registry.resolve_side("Army of the Tribes", "LBY").ids == "|libya_army_of_the_tribes|"
    assert registry.resolve_side("Army of the Tribes", "SYR").ids == "|jaysh_al_ashaer|"


def test_the_danish_names_the_pages_show_can_be_typed(registry):
    # Danish pages and tables name actors by name_da ("Syriens regering"): a user copying it must find the actor.
    named = [a for a in registry.actors.values() if a.name_da]
    assert len(named) >= 10
    for actor in named:
        assert registry.find(actor.name_da).id == actor.id
    assert registry.find("syriens  regering").id == registry.find("Government of Syria").id
    assert registry.find("ISIS") in registry.search("Islamisk")
    assert registry.display_label("Government of Syria + Islamic State", "da") == "Syriens regering + Islamisk Stat"
    assert registry.display_label("Government of Syria + X Brigade", "en") == "Government of Syria + X Brigade"
