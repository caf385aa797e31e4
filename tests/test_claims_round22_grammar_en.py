"""English reading kinds of the twenty-second round (issue 9), from set 28's English misses (NGO reports, readers'
letters, encyclopedia entries): a toll over a window the data's coarser events overlap, the part of a toll that
says who its dead were ("roughly half of them civilians"), "the Kurdish-led force" as one force, "opposition
factions", and "the group" after a leading time aside ("In 2015, the year IS ..., ").

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked

# --- a toll over a window that events dated a few days past it overlap ----------------------------------------------
# IS and the SDF in Ar Raqqah, 6 June - 15 October 2017: 3,281 deaths in the events inside the window; the offensive's
# own event (6 June - 20 October, 960 dead) and two others reach past it and are left out of the count.


def test_a_toll_the_overlapping_events_may_reach_is_no_verdict(demo, tmp_path: Path) -> None:
    sentence = (
        "From 6 June to 15 October 2017 some 4,300 people died in fighting between IS and the SDF in Raqqa governorate."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.measure, claim.place, str(claim.start), str(claim.end)) == (
        "deaths",
        "Ar Raqqah",
        "2017-06-06",
        "2017-10-15",
    )
    assert (verdict.verdict, verdict.figure) == ("not checkable", 3281.0)
    assert "dated only partly inside the window" in verdict.reason
    assert "delvis" in verdict.danish["reason"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("9,000", "contradicted"), ("3,200", "supported")],  # beyond what the overlap can add; or held inside already
)
def test_a_toll_the_overlapping_events_cannot_change_keeps_its_verdict(
    demo, tmp_path: Path, value: str, expected: str
) -> None:
    sentence = (
        f"From 6 June to 15 October 2017 some {value} people died in fighting between IS and the SDF in Raqqa "
        "governorate."
    )
    [(_, verdict)] = _checked(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == (expected, 3281.0)
    assert "partly inside" not in verdict.reason


# --- who the dead were: "about half of them civilians" after a toll ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017 roughly 8,700 people were killed in fighting between IS and the SDF, about half of them civilians.",
        "In 2017 roughly 8,700 people were killed in fighting between IS and the SDF, a third of them children.",
        "I 2017 blev omkring 8.700 mennesker dræbt i kampene mellem IS og SDF, og knap halvdelen af dem var civile.",
    ],
)
def test_the_part_of_a_toll_naming_its_dead_is_no_share_and_no_side(demo, tmp_path: Path, sentence: str) -> None:
    # the toll alone: 8,762 deaths in IS-SDF events in Syria in 2017 (no share of events, civilians no side)
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.measure, claim.actor, claim.counterpart) == (
        "deaths",
        "Islamic State",
        "SDF" if "dræbt" in sentence else "Syrian Democratic Forces",
    )
    assert (verdict.verdict, verdict.figure) == ("supported", 8762.0)


def test_a_share_of_events_after_a_toll_stays_a_share(demo, tmp_path: Path) -> None:
    # guard: a share of the events themselves ("half of them against the SDF") is no people noun
    sentence = "IS fought 2,853 engagements in Syria in 2017, about half of them against the SDF."
    claims = [c for c, _ in _checked(demo, tmp_path, sentence)]
    assert [(c.kind, c.counterpart) for c in claims if c.kind == "share"] == [("share", "Syrian Democratic Forces")]


# --- "the Kurdish-led force": one force, the SDF; the plural stays the Kurdish forces ---------------------------------


def test_the_kurdish_led_force_is_the_sdf(demo, tmp_path: Path) -> None:
    # IS in Syria 2018: 505 of 1,025 events with the SDF (49.3%)
    sentence = "In 2018 just over 40 per cent of IS engagements in Syria were against the Kurdish-led force."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 505, 1025)


def test_kurdish_led_forces_stay_the_kurdish_class(demo, tmp_path: Path) -> None:
    sentence = "In 2018 about 40 per cent of IS engagements in Syria were against Kurdish-led forces."
    [(claim, _)] = _checked(demo, tmp_path, sentence)
    assert claim.counterpart == "Kurdish-led forces"


# --- "opposition factions": the rebels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014 roughly 45 per cent of IS's engagements in Syria were against opposition factions.",
        "In 2014 roughly 45 per cent of IS's engagements in Syria were against other opposition factions.",
        "I 2014 var omkring 45 procent af IS' kampe i Syrien mod oppositionsfraktioner.",
    ],
)
def test_opposition_factions_are_the_rebels(demo, tmp_path: Path, sentence: str) -> None:
    # IS in Syria 2014: 949 of 2,111 events with the rebels as counted first since round 22 (defs), 45.0%
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert claim.actor == "Islamic State"
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("supported", 949, 2111)


# --- "the group" after a leading time aside or "when" clause that names it -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015, the year IS overran much of the desert, about 18 per cent of the Syrian army's engagements were "
        "against the group.",
        "In 2015, when IS overran much of the desert, about 18 per cent of the Syrian army's engagements were "
        "against the group.",
    ],
)
def test_the_group_is_the_one_a_leading_aside_names(demo, tmp_path: Path, sentence: str) -> None:
    # the Syrian government in 2015: 1,059 of 5,994 events with IS (17.7%)
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "Islamic State")
    assert (str(claim.start), str(claim.end)) == ("2015-01-01", "2015-12-31")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 1059, 5994)


def test_the_group_stays_unknown_when_only_a_state_is_named(demo, tmp_path: Path) -> None:
    # guard: the aside names no organisation, so "the group" has none to stand for
    sentence = "In 2015, the year Russia intervened, about 18 per cent of the Syrian army's engagements were against "
    sentence += "the group."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert claim.counterpart is None
    assert verdict.verdict == "not checkable"


# --- "the alliance's", "the group's" after "X's fight against Y": X, whose fight it is ------------------------------


def test_a_description_after_a_sides_fight_is_the_side_fighting(demo, tmp_path: Path) -> None:
    # the SDF in Syria 2019: 295 of its 584 events with IS (50.5%); IS's own would be 295 of 455 (64.8%)
    sentence = "In 2019 the SDF's war on IS made up well over half of the alliance's recorded battles."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 295, 584)


def test_the_group_after_its_own_fight_is_the_side_fighting(demo, tmp_path: Path) -> None:
    sentence = "In 2019 IS's war on the SDF made up well over half of the group's recorded battles."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 295, 455)


# --- "the Assad government": the Syrian state, not Assad and a class of governments --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 about 43 per cent of IS's engagements in Syria were with the Assad government.",
        "I 2016 var omkring 43 procent af IS' kampe i Syrien mod Assad-regeringen.",
    ],
)
def test_the_assad_government_is_the_syrian_state(demo, tmp_path: Path, sentence: str) -> None:
    # IS in Syria 2016: 926 of 2,153 events with the Syrian government (43.0%)
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Government of Syria")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 926, 2153)


# --- "N of its more than M engagements": the part against the side, and the whole with its bound --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017, the regime fought IS in some 1,100 of its more than 3,500 recorded engagements.",
        "I 2017 kæmpede regimet mod IS i omkring 1.100 af sine mere end 3.500 kampe.",
    ],
)
def test_a_part_of_a_bounded_whole_is_two_counts(demo, tmp_path: Path, sentence: str) -> None:
    # the Syrian government in 2017: 1,130 events with IS of 3,608
    checked = _checked(demo, tmp_path, sentence)
    got = [(c.value, c.operator, c.counterpart, v.verdict, v.figure) for c, v in checked]
    assert got == [
        (1100, "~", "Islamic State", "supported", 1130.0),
        (3500, ">", None, "supported", 3608.0),
    ]


# --- "X accounted for a fifth of the rebels' engagements": the rebels' events, X their other side --------------------


def test_a_share_a_side_accounts_for_of_a_groups_events_is_the_groups(demo, tmp_path: Path) -> None:
    # the SDF's own events would be 201 of 298 with the rebels (67.4%, contradicted); the rebels': 785 of 2,735 (28.7%)
    sentence = "In 2018 the SDF accounted for about a fifth of the rebels' engagements in Syria."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("the rebels", "Syrian Democratic Forces")
    assert verdict.verdict != "contradicted"


# --- civilians among the dead: "were dying in", a side that "killed civilians in", the events a side "was involved in"


def test_a_side_that_killed_civilians_in_a_share_is_its_attacks_on_them_first(demo, tmp_path: Path) -> None:
    # IS in Syria 2016: 143 of 2,153 events one-sided (6.6%, as counted); 567 had a civilian dead (26.3%)
    sentence = "Across 2016, IS killed civilians in roughly one in fifteen of its Syrian events."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("attribute_share", "Islamic State", None)
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", "supported")
    assert (verdict.matching_events, verdict.events) == (143, 2153)
    assert [(a["verdict"], a["matching_events"]) for a in verdict.alternatives] == [("contradicted", 567)]


def test_a_state_that_killed_civilians_in_a_tenth_is_contradicted_either_way(demo, tmp_path: Path) -> None:
    # the Syrian government in 2013: no one-sided event, 4,218 of 10,640 with a civilian dead (39.6%)
    sentence = "In 2013 the regime killed civilians in about one in ten of its engagements."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor) == ("attribute_share", "Government of Syria")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("contradicted", 0, 10640)


def test_events_that_killed_civilians_stay_the_events_with_civilian_dead(demo, tmp_path: Path) -> None:
    # guard: the events as the killers, not the side: the Syrian government 2016, 1,475 of 4,694 with civilian dead
    sentence = "In 2016 roughly a third of the regime's engagements killed civilians."
    [(_, verdict)] = _checked(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 1475, 4694)
    assert verdict.alternatives == []


@pytest.mark.parametrize(
    ("sentence", "actor", "k", "n"),
    [
        (
            "In 2019 civilians were dying in nearly half of the events involving the regime.",
            "Government of Syria",
            703,
            1534,
        ),
        (
            "In 2017 civilians died in close to half of the engagements the SDF was involved in.",
            "Syrian Democratic Forces",
            693,
            1464,
        ),
    ],
)
def test_civilians_dying_in_a_share_of_a_sides_events(
    demo, tmp_path: Path, sentence: str, actor: str, k: int, n: int
) -> None:
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("attribute_share", actor, None)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", k, n)


# --- "the group's" in a clause before the one naming the group ------------------------------------------------------


def test_the_group_in_an_opening_clause_is_the_one_named_after_the_break(demo, tmp_path: Path) -> None:
    # IS in Syria 2018: 536 of 1,025 events in Deir ez-Zor (52.3%)
    sentence = (
        "By 2018 the group's last strongholds lay along the Euphrates: about half of IS events in Syria that year "
        "were in Deir ez-Zor governorate."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.place, claim.unread) == ("concentration", "Islamic State", "Deir ez-Zor", [])
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 536, 1025)


def test_the_group_is_never_the_side_named_as_its_opponent_after_it(demo, tmp_path: Path) -> None:
    # guard: "the group's engagements ... with the SDF" is not the SDF's own (IS: 505 of 1,025 with the SDF)
    sentence = "In 2018 about half of the group's engagements in Syria were with the SDF."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 505, 1025)


# --- a place as the subject, its part of the events told after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "k", "n"),
    [
        (
            "The Aleppo governorate was the main front in 2016, hosting about a third of all IS events in Syria "
            "that year.",
            "Aleppo",
            651,
            2153,
        ),
        (
            "Deir ez-Zor province was the heart of IS's war, with about half of its Syrian events in 2018.",
            "Deir ez-Zor",
            536,
            1025,
        ),
    ],
)
def test_a_place_as_the_subject_with_its_part_of_the_events_is_a_concentration(
    demo, tmp_path: Path, sentence: str, place: str, k: int, n: int
) -> None:
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.place, claim.counterpart) == ("concentration", "Islamic State", place, None)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", k, n)


# --- "with some 2,000 killed" after a count of the state's forces named only as "government forces" -----------------


def test_the_dead_after_a_count_of_government_forces_and_a_group_are_its_toll(demo, tmp_path: Path) -> None:
    # the Syrian government and IS in Homs, June-August 2017: 127 events, 958 deaths
    sentence = (
        "Between June and August 2017 government forces and IS fought in about 130 recorded events in Homs, "
        "with some 950 killed."
    )
    checked = _checked(demo, tmp_path, sentence)
    # (as counted: "government forces" read as the Syrian government, all state forces the other definition)
    got = [(c.measure, c.actor, v.as_counted, v.figure) for c, v in checked]
    assert got == [
        ("events", "Government of Syria", "supported", 127.0),
        ("deaths", "Government of Syria", "supported", 958.0),
    ]


# --- a month naming an operation ("the group's July offensive") when the claim has its own window -------------------


def test_a_month_naming_an_operation_is_no_scope_of_a_claim_with_its_own_year(demo, tmp_path: Path) -> None:
    # IS and the Syrian government in Deir ez-Zor in 2016: 357 events
    sentence = (
        "In Deir ez-Zor the group's September offensive shaped the year: government forces and IS clashed in "
        "some 360 recorded battles in the province in 2016."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.unread, str(claim.start), str(claim.end)) == ([], "2016-01-01", "2016-12-31")
    assert (verdict.verdict, verdict.figure) == ("supported", 357.0)


def test_a_month_naming_an_operation_stays_unread_with_no_other_window(demo, tmp_path: Path) -> None:
    # guard: with no year of its own the month is the only time the sentence gives, and it cannot be placed
    [(claim, verdict)] = _checked(demo, tmp_path, "IS's July offensive in Sweida killed more than 200 people.")
    assert (claim.start, claim.end) == (None, None)
    assert verdict.verdict == "not checkable"


# --- a toll with no day of its own after a count ("..., with fewer than 60 deaths in all"): the count's dead ---------


def test_a_toll_after_a_count_with_no_day_is_the_dead_of_those_events(demo, tmp_path: Path) -> None:
    # IS in Jordan over the whole span the data covers: 5 events, 37 deaths (was one day's toll, with no day)
    sentence = (
        "In Jordan the toll stayed small: the data record just five IS events on Jordanian soil, with fewer than "
        "60 deaths in all."
    )
    checked = _checked(demo, tmp_path, sentence)
    got = [(c.kind, c.measure, c.actor, c.country, v.verdict, v.figure) for c, v in checked]
    assert got == [
        ("count", "events", "Islamic State", "JOR", "supported", 5.0),
        ("count", "deaths", "Islamic State", "JOR", "supported", 37.0),
    ]


def test_a_toll_on_a_day_after_a_count_stays_that_days(demo, tmp_path: Path) -> None:
    # guard: a day named is the toll's window, one event's toll
    sentence = "On 21 February 2016 IS fought 12 battles with the regime, with some 60 killed."
    claims = [c for c, _ in _checked(demo, tmp_path, sentence)]
    assert [c.kind for c in claims] == ["count", "single_event"]


# --- a country as the topic before a colon, the clause after it naming its own actor -------------------------------


def test_the_clause_after_a_colon_names_the_counts_actor(demo, tmp_path: Path) -> None:
    sentence = (
        "Turkey did not escape the war: IS was involved in about 20 recorded events on Turkish soil, with under 50 "
        "deaths."
    )
    claims = [c for c, _ in _checked(demo, tmp_path, sentence)]
    assert [(c.measure, c.actor, c.counterpart, c.country) for c in claims] == [
        ("events", "Islamic State", None, "TUR"),
        ("deaths", "Islamic State", None, "TUR"),
    ]


# --- the year a figure was counted at ("As of 2020, ...") and a town in an aside after its governorate ---------------


def test_the_year_a_figure_was_counted_at_is_no_scope(demo, tmp_path: Path) -> None:
    # IS in Syria 2017: 22,190 deaths
    sentence = "As of 2020, UCDP counted roughly 22,000 deaths in fighting involving IS in Syria during 2017."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.unread, str(claim.start), str(claim.end)) == ([], "2017-01-01", "2017-12-31")
    assert (verdict.verdict, verdict.figure) == ("supported", 22190.0)


def test_a_town_in_an_aside_after_its_governorate_is_not_the_place(demo, tmp_path: Path) -> None:
    # IS in Syria 2016: 651 of 2,153 events in Aleppo governorate (al-Bab alone is a town, not checkable)
    sentence = "Aleppo governorate, with the countryside near al-Bab, saw about a third of IS events in Syria in 2016."
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.place) == ("concentration", "Aleppo")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 651, 2153)


# --- "its" after a leading "Contrary to the image of X as an enemy of Y," is X, the lead's subject -------------------


def test_its_after_a_lead_naming_an_opponent_is_the_leads_subject(demo, tmp_path: Path) -> None:
    # IS in Syria 2015: 1,059 of 1,887 events with the Syrian government (56.1%)
    sentence = (
        "Contrary to the image of IS as mainly a foe of the Assad government, fewer than a third of its clashes in "
        "Syria in 2015 were with regime forces."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Government of Syria")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("contradicted", 1059, 1887)


# --- "one regime engagement in three": the regime's share, as "one SDF clash in three" ------------------------------


def test_a_split_ratio_with_the_regime_inside_is_the_regimes_share(demo, tmp_path: Path) -> None:
    # the Syrian government in 2017: 1,130 of 3,608 events with IS (31.3%); it was not read at all
    [(claim, verdict)] = _checked(demo, tmp_path, "In 2017 roughly one regime engagement in three was with IS.")
    assert (claim.kind, claim.actor, claim.counterpart, claim.value) == (
        "share",
        "Government of Syria",
        "Islamic State",
        pytest.approx(1 / 3),
    )
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 1130, 3608)
