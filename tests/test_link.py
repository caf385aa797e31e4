"""Cross-source linking on the invented ACLED/GTD rows written to match (or nearly match) real UCDP rows."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import DATA, SYRIA_191
from dyadscope.api import Dyadscope
from dyadscope.cli import main
from dyadscope.linking.link import _choose, _evidence_needed, link_events
from dyadscope.linking.rules import (
    TEXT_MIN,
    TEXT_MIN_DESCRIBED,
    TEXT_MIN_NEXT_DAY,
    Side,
    actor_match,
    battle_against_attack,
    deaths_close,
)
from dyadscope.linking.text import rarity, similarity, words

ACLED = DATA / "acled" / "acled_syria_2017_current.csv"
GTD = DATA / "gtd" / "gtd_syria_iraq_invented.csv"

# Written as the same real events (tests/data/acled/README.md, tests/data/gtd/README.md)
TRUE_LINKS = {
    ("acled:SYR9001", "ucdp-ged:242713"),  # Deir ez-Zor, 24 Jan 2017, regime vs ISIL
    ("acled:SYR9002", "ucdp-ged:241342"),  # Raqqa, ISIL vs SDF, one day apart
    ("acled:SYR9003", "ucdp-ged:245050"),  # Daraa, regime fire on civilians
    ("gtd:201705090001", "ucdp-ged:242989"),  # Rasm Falah, 9 May 2017
    ("gtd:201602060001", "ucdp-ged:216489"),  # Al Mayadin, 6 Feb 2016
}
NEAR_MISSES = ("acled:SYR9004", "acled:SYR9005", "acled:SYR9006", "acled:SYR9007", "gtd:201703120001")


@pytest.fixture(scope="module")
def linked(tmp_path_factory) -> tuple[Dyadscope, object]:
    ds = Dyadscope(tmp_path_factory.mktemp("link") / "link.duckdb")
    for path in (SYRIA_191, ACLED, GTD):
        ds.import_file(path)
    return ds, ds.link()


def _links(ds: Dyadscope) -> set[tuple[str, str]]:
    return set(ds.store.con.execute("SELECT uid_a, uid_b FROM links").fetchall())


def test_the_true_links_are_found(linked):
    ds, report = linked
    assert _links(ds) >= TRUE_LINKS
    assert report.links == len(_links(ds))


def test_near_misses_do_not_link(linked):
    ds, _ = linked
    linked_uids = {uid for pair in _links(ds) for uid in pair}
    assert not linked_uids & set(NEAR_MISSES)
    assert linked[1].rejected.get("actors-incompatible", 0) >= 1  # SYR9006: same day and place, other actors


def test_each_record_links_at_most_once_per_other_source(linked):
    ds, _ = linked
    rows = ds.store.con.execute(
        "SELECT l.uid_a, b.source, count(*) FROM links l JOIN events b ON b.uid = l.uid_b GROUP BY 1, 2 "
        "UNION ALL SELECT l.uid_b, a.source, count(*) FROM links l JOIN events a ON a.uid = l.uid_a GROUP BY 1, 2"
    ).fetchall()
    assert rows and max(n for *_, n in rows) == 1


def test_linking_twice_gives_the_same_links(linked):
    ds, report = linked
    before = _links(ds)
    again = ds.link()
    assert _links(ds) == before and again.link_run == report.link_run + 1


def test_dedupe_counts_each_linked_event_once(linked):
    ds, _ = linked
    args = {"country": "SYR", "start": "2017-01-01", "end": "2017-12-31", "sources": ("acled", "ucdp")}
    every = ds.targets("Government of Syria", **args)
    once = ds.targets("Government of Syria", dedupe=True, **args)
    # ACLED-UCDP pairs in 2017 in which the Syrian government is a side: in ACLED it is actor1 or in a
    # battle, so both records of each pair count for it, and --dedupe must drop exactly one per pair
    both = ds.store.con.execute(
        "SELECT count(*) FROM links l JOIN events a ON a.uid = l.uid_a JOIN events b ON b.uid = l.uid_b "
        "WHERE a.source = 'acled' AND b.source = 'ucdp-ged' "
        "AND (a.side_a_ids || coalesce(a.side_b_ids, '') LIKE '%|govt_syr|%') "
        "AND (b.side_a_ids || coalesce(b.side_b_ids, '') LIKE '%|govt_syr|%') AND year(a.date_start) = 2017"
    ).fetchone()[0]
    assert both >= 2
    assert every.total_events - once.total_events == both
    assert any("--dedupe" in note for note in once.caveats.notes)
    by_source = ds.targets("Government of Syria", dedupe=True, by="source", **args)
    # a linked event is counted under UCDP, the first in the dedupe priority
    assert dict(zip(by_source.table["key"], by_source.table["events"], strict=True))["ucdp-ged"] == (
        ds.targets("Government of Syria", **{**args, "sources": ("ucdp",)}).total_events
    )


def test_actor_rules():
    isis, govt, sdf = Side.of("|isis|", "jihadist"), Side.of("|govt_syr|", "state"), Side.of("|sdf|", "kurdish")
    unknown = Side.of("|unidentified_armed_group|", "unknown")
    assert actor_match((govt, isis), (isis, govt)) == "same-actors"  # order of sides does not matter
    assert actor_match((govt, isis), (isis, sdf)) is None  # shared IS, but state vs Kurdish forces
    # Sharing only the state, against an unknown perpetrator, is weak: it links only as an unresolved pair.
    assert actor_match((unknown, govt), (isis, govt)) == "unresolved"
    assert actor_match((unknown, isis), (govt, isis)) == "shared-actor"  # a named group shared
    assert actor_match((unknown, Side.of("|civilians|", "civilians")), (isis, Side.of("|civilians|", "civilians"))) == (
        "unresolved"  # "Civilians" on both sides is no shared actor
    )
    assert actor_match((Side.of(None, None), govt), (isis, Side.of("|govt_irq|", "state"))) == "unresolved"
    # No actor in common but every side known and compatible by class: the weakest match (MELTT's taxonomy).
    brsc, militia = Side.of("|sdb|", "jihadist"), Side.of("|islamist_militia_libya_lby|", "militia")
    haftar, hor = Side.of("|govt_lby_haftar_faction|", "rebel+state"), Side.of("|forces_of_hor|", "rebel")
    assert actor_match((militia, haftar), (brsc, hor)) == "compatible"
    assert actor_match((haftar, militia), (brsc, hor)) == "compatible"  # ACLED's actor1 is not the attacker
    assert actor_match((militia, haftar), (brsc, sdf)) is None  # Kurdish forces are not the Libyan army
    assert actor_match((militia, govt), (brsc, hor)) is None  # state vs rebel contradicts


def test_deaths_close():
    assert deaths_close(17, 18) and deaths_close(3, 3) and deaths_close(2, 3)
    assert not deaths_close(1, 1) and not deaths_close(0.33, 1)  # one death each: a Benghazi day's shooting
    assert not deaths_close(0, 0)  # nobody died in either: no evidence
    assert not deaths_close(1, 0)  # one death against none is no agreement
    assert not deaths_close(1, 3) and not deaths_close(10, 20)
    assert not deaths_close(None, 5) and not deaths_close(float("nan"), 5)


def test_cli_link(tmp_path, capsys):
    db = str(tmp_path / "cli.duckdb")
    assert main(["--db", db, "import", str(SYRIA_191), str(ACLED)]) == 0
    assert main(["--db", db, "link"]) == 0
    out = capsys.readouterr().out
    assert "acled ~ ucdp-ged" in out and "links in" in out


def test_null_ids_from_pandas_are_unresolved_not_a_crash():
    # A NULL ids column reaches the rules as NaN (a float) under pandas 3.
    side = Side.of(float("nan"), float("nan"))
    assert (side.ids, side.classes, side.known) == (frozenset(), frozenset(), False)
    named = Side.of("|boko_haram|", "jihadist")
    assert actor_match((named, side), (named, Side.of(None, None))) == "shared-actor"


def test_descriptions_choose_among_candidates():
    # Two same-day shootings in Derna and one GTD record: only the descriptions tell which is the one.
    ours = words("Libya's former prosecutor general was shot dead Saturday by unknown attackers in Derna.")
    same = words("02/08/2014: Gunmen opened fire on a former prosecutor general in Derna city; he was killed.")
    other = words("A shop selling cosmetics was bombed in central Derna's Fanar Street.")
    assert {"prosecu", "general", "former"} <= ours & same
    weight = rarity([ours, same, other])
    assert similarity(ours, same, weight) >= TEXT_MIN > similarity(ours, other, weight) * 2
    assert similarity(ours, frozenset(), weight) == 0.0
    assert words("kidnapped") == words("kidnapping") == {"kidnapp"}


def test_candidates_need_evidence_by_kind():
    # (match, days, spans, same deaths, bombing vs shooting) -> (refused, must be unambiguous, likeness needed)
    assert _evidence_needed("shared-actor", 0, 0, False, False) == (None, False, None)
    assert _evidence_needed("unresolved", 0, 0, False, False) == (None, True, None)
    assert _evidence_needed("unresolved", 1, 0, True, False) == (None, True, None)  # the next day, same deaths
    assert _evidence_needed("unresolved", 1, 0, False, False)[2] == ("weak-not-same-day", TEXT_MIN_NEXT_DAY)
    assert _evidence_needed("unresolved", 2, 0, True, False)[0] == "weak-not-same-day"
    assert _evidence_needed(None, 0, 0, False, False)[2] == ("actors-incompatible", TEXT_MIN_DESCRIBED)
    assert _evidence_needed(None, 0, 6, False, False)[0] == "actors-incompatible"  # week precision
    # A shared actor a day later: only when nothing else fits.
    assert _evidence_needed("shared-actor", 1, 0, False, False) == (None, True, None)
    # a bombing against a shooting takes alike descriptions, even with a named group shared (Boko Haram's church
    # bomb and its shooting of a reverend in Maiduguri on 7 June 2011)
    assert _evidence_needed("shared-actor", 0, 0, False, True) == (None, True, ("other-mode", TEXT_MIN_DESCRIBED))
    # Even both sides shared do not tell the next day's fighting from today's (Benghazi's battle, every day in
    # both datasets): a day apart takes the same deaths, or being unambiguous.
    assert _evidence_needed("same-actors", 1, 0, False, False) == (None, True, None)
    assert _evidence_needed("same-actors", 1, 0, True, False) == (None, False, None)
    assert _evidence_needed("same-actors", 0, 0, False, False) == (None, False, None)


def _candidate(uid_a: str, uid_b: str, days: int, a_deaths: float, b_deaths: float) -> dict:
    """A candidate row as `_candidates_sql` gives it: ACLED's Haftar faction against the Shura Council
    (BRSC) and UCDP's BRSC against the Forces of the House of Representatives, in Benghazi."""
    return {
        "uid_a": uid_a, "uid_b": uid_b, "source_a": "acled", "source_b": "ucdp-ged", "days": days, "km": 0.0,
        "km_limit": 3.0, "spans": 0, "episode_vs_event": False, "harmless_against_ucdp": False,
        "other_mode": False, "a_deaths": a_deaths,
        "b_deaths": b_deaths,
        "a_ids_a": "|govt_lby_haftar_faction|", "a_class_a": "rebel+state", "a_ids_b": "|sdb|", "a_class_b": "jihadist",
        "b_ids_a": "|sdb|", "b_class_a": "jihadist", "b_ids_b": "|forces_of_house_of_representatives|",
        "b_class_b": "rebel", "a_type": "armed engagement", "b_type": "armed engagement",
    }  # fmt: skip


def test_the_next_day_does_not_link_when_that_producer_reported_the_day():
    # UCDP has two records of the fighting on 29 Oct, ACLED one on the 29th and one on the 30th. The second
    # UCDP record is not ACLED's 30 Oct fighting: ACLED reported the 29th.
    rows = [
        _candidate("acled:A29", "ucdp-ged:G1", 0, 3, 10),
        _candidate("acled:A29", "ucdp-ged:G2", 0, 3, 10),
        _candidate("acled:A30", "ucdp-ged:G1", 1, 0, 10),
        _candidate("acled:A30", "ucdp-ged:G2", 1, 0, 10),
    ]
    fighting = dict.fromkeys(("acled:A29", "acled:A30", "ucdp-ged:G1", "ucdp-ged:G2"), "Fighting in Benghazi")
    chosen, rejected = _choose(pd.DataFrame(rows), fighting)
    assert [(c["uid_a"], c["days"]) for c in chosen] == [("acled:A29", 0)]
    assert rejected["next-day-with-same-day-candidate"] == 2
    # The same toll, high enough to be rare (29 and 29 dead), still tells the next day's report of one event.
    rows[2:] = [_candidate("acled:A30", "ucdp-ged:G2", 1, 29, 29)]
    rows[1] = _candidate("acled:A29", "ucdp-ged:G2", 0, 3, 29)
    chosen, _ = _choose(pd.DataFrame(rows), fighting)
    assert {(c["uid_a"], c["uid_b"]) for c in chosen} == {("acled:A29", "ucdp-ged:G1"), ("acled:A30", "ucdp-ged:G2")}


def test_one_party_under_each_producers_name():
    # ACLED's Haftar faction (a state faction by ACLED's convention) is UCDP's Forces of the House of Representatives.
    acled = (Side.of("|govt_lby_haftar_faction|libyan_rebel_forces_lby|", "rebel+state"), Side.of("|sdb|", "jihadist"))
    ged = (Side.of("|sdb|", "jihadist"), Side.of("|forces_of_house_of_representatives|", "rebel"))
    assert actor_match(acled, ged) == "same-actors"
    assert Side.of("|zintan_ethnic_militia_lby|", "militia").ids == {"zintan_brigades_lby"}
    # GTD's "Murle Tribe" is ACLED's "Murle Ethnic Militia (South Sudan)"; "Army of the Tribes" is no tribe
    murle_gtd, murle_acled = Side.of("|murle_tribe_ssd|", "non_state"), Side.of("|murle_ethnic_militia_ssd|", "militia")
    civilians = Side.of("|civilians|", "civilians")
    assert actor_match((murle_acled, civilians), (murle_gtd, civilians)) == "shared-actor"
    assert Side.of("|libya_army_of_the_tribes|", "non_state").ids == {"libya_army_of_the_tribes"}
    # ACLED counts that faction as the state: sharing it against an unknown gunman is weak, as the state is.
    officer_shot = (acled[0], Side.of("|unidentified_armed_group|", "unknown"))
    assert actor_match(officer_shot, ged) == "unresolved"


def test_a_named_battle_is_not_an_attack_by_an_unknown_hand():
    # UCDP's day of fighting in Benghazi (the Shura Council against Haftar's forces, 12 dead) against ACLED's
    # officer shot by unknown gunmen that day: sharing Haftar's forces is weak, and the kinds differ.
    brsc, hor = Side.of("|sdb|", "jihadist"), Side.of("|forces_of_house_of_representatives|", "rebel")
    uag = Side.of("|unidentified_armed_group|", "unknown")
    officer = (uag, Side.of("|civilians|govt_lby_haftar_faction|", "civilians+state"))
    assert actor_match(officer, (brsc, hor)) == "unresolved"
    assert battle_against_attack(("one-sided violence", officer), ("armed engagement", (brsc, hor)))
    assert battle_against_attack(("armed engagement", (brsc, hor)), ("remote violence", (uag, Side.of(None, None))))
    # two battles, or a battle whose side is unknown (one record's clash with "gunmen"), are not this kind
    assert not battle_against_attack(("armed engagement", (uag, hor)), ("armed engagement", (brsc, hor)))
    assert not battle_against_attack(("armed engagement", (uag, hor)), ("one-sided violence", officer))
    # nor is a known hand's attack: the army's killing of civilians may be UCDP's record of that day
    army_kills = (Side.of("|govt_lby|", "state"), Side.of("|civilians|", "civilians"))
    assert not battle_against_attack(("armed engagement", (brsc, hor)), ("one-sided violence", army_kills))


def test_a_gtd_perpetrator_is_never_the_state():
    # GTD records non-state perpetrators only: ACLED's police (actor1) against an unknown group is not GTD's
    # "Unknown" attacking a business, but ACLED's army victim may be GTD's government target.
    police, uag = Side.of("|govt_lby|", "state"), Side.of("|unidentified_armed_group|", "unknown")
    gtd_unknown = Side.of("|unknown|", "unknown+perpetrator")
    business, army = Side.of("|business|", "property"), Side.of("|govt_lby|", "state")
    assert actor_match((police, uag), (gtd_unknown, business)) is None
    assert actor_match((police, uag), (gtd_unknown, army)) == "unresolved"  # in GTD's order: victim shared


def _insert(ds: Dyadscope, rows: list[tuple]) -> None:
    """Resolved records straight into the store: (uid, start, end, event type, side A id and class, deaths);
    side B is civilians, all in one place in South Sudan."""
    for uid, start, end, event_type, ids_a, class_a, deaths in rows:
        ds.store.con.execute(
            "INSERT INTO events (uid, source, source_id, country, date_start, date_end, date_precision, latitude, "
            "longitude, geo_precision, event_type, side_a, side_a_ids, side_a_class, side_b, side_b_ids, "
            "side_b_class, fatalities_best, directed) VALUES (?, ?, ?, 'SSD', ?, ?, 'day', 8.6, 30.0, 'exact', "
            "?, ?, ?, ?, 'civilians', '|civilians|', 'civilians', ?, true)",
            [uid, uid.split(":")[0], uid, start, end, event_type, ids_a, ids_a, class_a, deaths],
        )


def test_a_report_of_weeks_is_not_one_days_event(empty_store):
    # A report of six weeks of White Army raids on civilians (one UCDP record) against ACLED's raid on one day
    # of them: MELTT matches episodes with episodes and events with events, even with the group shared.
    raid = ("one-sided violence", "|white_army|", "militia")
    _insert(
        empty_store,
        [
            ("ucdp-ged:1", "2015-04-20", "2015-05-31", *raid, 14),
            ("ucdp-ged:2", "2015-05-14", "2015-05-14", *raid, 3),
            ("acled:1", "2015-05-14", "2015-05-14", *raid, 12),
            # ACLED and GTD record single incidents: ACLED's month is an uncertain date, not a period
            ("acled:2", "2015-12-01", "2015-12-31", *raid, 19),
            ("gtd:2", "2015-12-14", "2015-12-14", *raid, 19),
        ],
    )
    report = link_events(empty_store.store)  # the sides as written above, not resolved again
    assert _links(empty_store) == {("acled:1", "ucdp-ged:2"), ("acled:2", "gtd:2")}
    assert report.rejected["episode-against-event"] == 1


def test_harm_without_deaths_is_not_a_ucdp_event(empty_store):
    # UCDP records only deadly events: soldiers beating a woman (ACLED, no deaths) is not the army's killing of
    # five civilians in that village that UCDP records those days; ACLED's record of five killed is.
    army = ("one-sided violence", "|govt_ssd|", "state")
    _insert(
        empty_store,
        [
            ("ucdp-ged:1", "2015-09-12", "2015-09-13", *army, 5),
            ("acled:1", "2015-09-12", "2015-09-12", *army, 0),
            ("acled:2", "2015-10-01", "2015-10-01", *army, 5),
            ("ucdp-ged:2", "2015-10-01", "2015-10-01", *army, 5),
        ],
    )
    report = link_events(empty_store.store)
    assert _links(empty_store) == {("acled:2", "ucdp-ged:2")}
    assert report.rejected["no-deaths-against-ucdp"] == 1


def test_a_named_actor_a_day_apart_needs_descriptions_that_share_something():
    # Boko Haram attacked Maiduguri most days of 2011: its suicide attack on a base is not the police inspector
    # it shot the next day, though both records name it; two reports of the inspector's killing are one event.
    rows = pd.DataFrame([_candidate("acled:A", "ucdp-ged:G", 1, 0, 0)])
    base = "Suicide bombers attack a military base; no injuries reported."
    inspector = "A police inspector was shot dead by gunmen on his way to the mosque."
    chosen, rejected = _choose(rows, {"acled:A": base, "ucdp-ged:G": inspector})
    assert not chosen and rejected["next-day-unlike"] == 1
    again = "Gunmen shot dead a police inspector near the mosque."
    chosen, _ = _choose(rows, {"acled:A": again, "ucdp-ged:G": inspector})
    assert [(c["uid_a"], c["uid_b"]) for c in chosen] == [("acled:A", "ucdp-ged:G")]


def test_a_state_and_a_militia_facing_one_named_group_are_one_party():
    # Kikla, October 2014: UCDP's "Government of Libya" against the Zintan Brigades is ACLED's Zintan militia
    # against the Gharyan militia of Libya Dawn. A rebel, Kurdish or civilian side facing the group stays apart.
    zintan = Side.of("|zintan_ethnic_militia_lby|", "militia")
    ged = (Side.of("|govt_lby|", "state"), Side.of("|zintan_brigades_lby|", "non_state"))
    gharyan = Side.of("|gharyan_communal_militia_lby|libya_dawn|", "militia+rebel")
    assert actor_match((zintan, gharyan), ged) == "shared-actor"
    assert actor_match((zintan, Side.of("|libya_dawn|", "rebel")), ged) is None
    assert actor_match((zintan, Side.of("|civilians|", "civilians")), ged) is None
    isis, sdf = Side.of("|isis|", "jihadist"), Side.of("|sdf|", "kurdish")
    assert actor_match((Side.of("|govt_syr|", "state"), isis), (isis, sdf)) is None
    # sharing only a state is no named group: the militia facing it is not the other record's state
    govt = Side.of("|govt_lby|", "state")
    assert actor_match((govt, Side.of("|militia_x|", "militia")), (govt, Side.of("|govt_egy|", "state"))) is None


def test_the_same_toll_on_the_same_day_links_sides_coded_apart():
    # Tripoli, 28 Jul 2014: GTD's unknown hand firing a missile on civilians (9 dead) is UCDP's Libya Dawn against
    # the Zintan Brigades that day (9 dead): UCDP counts the civilians a battle kills as its deaths.
    def missile(uid: str, days: int, gtd_deaths: float, ged_deaths: float) -> dict:
        return {
            **_candidate("gtd:1", uid, days, gtd_deaths, ged_deaths), "source_a": "gtd",
            "a_ids_a": "|unidentified_armed_group|", "a_class_a": "unknown+perpetrator", "a_ids_b": "|civilians|",
            "a_class_b": "civilians", "a_type": "one-sided violence", "b_ids_a": "|libya_dawn|", "b_class_a": "rebel",
            "b_ids_b": "|zintan_brigades_lby|", "b_class_b": "non_state",
        }  # fmt: skip

    chosen, _ = _choose(pd.DataFrame([missile("ucdp-ged:G1", 0, 9, 9)]), {})
    assert [(c["uid_b"], c["actor_match"]) for c in chosen] == [("ucdp-ged:G1", "same-toll")]
    # a low toll, a day apart, or two UCDP records with that toll: the sides contradict and nothing settles it
    for rows in ([missile("ucdp-ged:G1", 0, 2, 2)], [missile("ucdp-ged:G1", 1, 9, 9)]):
        chosen, rejected = _choose(pd.DataFrame(rows), {})
        assert not chosen and rejected["actors-incompatible"] == 1
    chosen, rejected = _choose(pd.DataFrame([missile("ucdp-ged:G1", 0, 9, 9), missile("ucdp-ged:G2", 0, 9, 8)]), {})
    assert not chosen and rejected["weak-and-ambiguous"] == 2


def test_every_gtd_target_type_counts_for_its_side(empty_store):
    # Buatni, 19 Jul 2014: rockets fired at a militia's camp missed and killed two Egyptians in their home. GTD's
    # first target type is the militia, its second private citizens: ACLED's attack on civilians that day.
    uag = "|unidentified_armed_group|"
    for types, linked in (
        ("Terrorists/Non-State Militia", False),
        ("Terrorists/Non-State Militia|Private Citizens & Property", True),
    ):
        _insert(
            empty_store,
            [(u, "2014-07-19", "2014-07-19", "remote violence", uag, "unknown", 2) for u in ("acled:1", "gtd:1")],
        )
        empty_store.store.con.execute(
            "UPDATE events SET side_b = 'Terrorists/Non-State Militia', side_b_ids = '|terrorists_non_state_militia|',"
            " side_b_class = 'non_state', side_b_type = ? WHERE uid = 'gtd:1'",
            [types],
        )
        link_events(empty_store.store)
        assert (_links(empty_store) == {("acled:1", "gtd:1")}) is linked
        empty_store.store.con.execute("DELETE FROM events")
