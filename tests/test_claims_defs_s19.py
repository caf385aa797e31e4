"""Side, scope and definition kinds found by set 24 (issue 9, round 19: social registers). Sentences and articles are
our own; figures from SQL over the demo store (the bundled UCDP data), e.g. ISIS's engagements with Syria's government
in November 2017:

    SELECT count(*) FROM events WHERE country = 'SYR' AND date_start >= '2017-11-01' AND date_end <= '2017-11-30'
      AND (side_a_ids LIKE '%|isis|%' OR side_b_ids LIKE '%|isis|%')    -- 166 (with '|govt_syr|' as the other side: 85)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims, read_claims
from dyadscope.api import Dyadscope
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict


def _one(demo: Dyadscope, tmp_path: Path, sentence: str) -> tuple[Claim, Verdict]:
    """The one claim of `sentence` checked as a one-sentence article, with its verdict."""
    [(claim, verdict)] = checked_claims(demo, tmp_path, sentence)
    return claim, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "In November 2017 about half of ISIS clashes in Syria were with government forces (the Deir ez-Zor push).",
        "In November 2017 about half of ISIS clashes in Syria were with government forces (the push on Deir ez-Zor).",
        "I november 2017 var omkring halvdelen af IS' kampe i Syrien mod regeringsstyrker "
        "(fremstødet mod Deir ez-Zor).",
    ],
)
def test_a_place_naming_an_operation_in_brackets_is_no_scope(demo, tmp_path: Path, sentence: str) -> None:
    # all Syria: 85 of 166 (51.2%); read as Deir ez-Zor's, 77 of 116 (66.4%), "about half" was contradicted
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.place, claim.country) == (None, "SYR")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 85, 166)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("In 2018, the Afrin year, the SDF fought Turkish-backed rebels in about a third of its clashes.", "en"),
        ("I 2018, Afrin-året, kæmpede SDF mod tyrkiskstøttede oprørere i omkring en tredjedel af sine kampe.", "da"),
    ],
)
def test_a_place_naming_a_year_is_no_scope(lexicon: Lexicon, sentence: str, lang: str) -> None:
    # "the Afrin year" names the time, not where the SDF's clashes were (Afrin, a town, had made it not checkable)
    [claim] = read_claims(lexicon, sentence, lang)
    assert (claim.place, claim.country) == (None, "SYR")
    assert "Afrin" not in " ".join(claim.unread)


def test_a_place_of_the_claim_in_brackets_stays(lexicon: Lexicon) -> None:
    [claim] = read_claims(lexicon, "ISIS fought the regime in about half of its clashes in 2017 (in Deir ez-Zor).")
    assert claim.place == "Deir ez-Zor"


@pytest.mark.parametrize(
    "sentence",
    [
        "More than nine in ten of the Syrian army's engagements in 2017 were with insurgents or jihadists.",
        "Over ni ud af ti af regimets kampe i 2017 var mod oprørere og jihadister.",
        "Rebel factions of every stripe were the other side in over nine in ten of the Syrian army's engagements in "
        "2017.",
    ],
)
def test_words_naming_the_jihadists_too_leave_no_narrower_reach(demo, tmp_path: Path, sentence: str) -> None:
    # the army's 2017 engagements: 3,591 of 3,608 with rebel or jihadist sides (99.5%), 2,461 with rebels alone
    # (68.2%); "oprørere og jihadister" is no matter of definition (it had been "depends", contradicted if narrower)
    _, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 3591, 3608)
    assert verdict.alternatives == []


def test_rebel_words_alone_keep_both_reaches_stated(demo, tmp_path: Path) -> None:
    # the reach counted first is the rebel class since round 22 (round 19 counted the jihadists in first; the tally of
    # every committed set, docs/claims.md, round 22); the reach with the jihadists is the other definition, stated
    _, verdict = _one(
        demo, tmp_path, "More than nine in ten of the Syrian army's engagements in 2017 were with rebels."
    )
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", "contradicted")
    assert (verdict.matching_events, verdict.events) == (2461, 3608)
    [row] = verdict.alternatives
    assert (row["definition"], row["verdict"], row["matching_events"], row["events"]) == (
        "broader",
        "supported",
        3591,
        3608,
    )


def test_an_acting_class_named_with_the_jihadists_has_no_narrower_reach(demo, tmp_path: Path) -> None:
    # 3,591 of the 5,559 events of rebel or jihadist sides in 2017 were against the regime (64.6%); the rebels alone,
    # 2,461 of 2,870 (85.7%), had made "about 65%" depend on a definition the words had settled
    _, verdict = _one(
        demo, tmp_path, "Rebel and jihadist groups fought the regime in about 65% of their clashes in 2017."
    )
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 3591, 5559)
    assert verdict.alternatives == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The YPG (before the SDF) and ISIS clashed about 450 times in 2015.", 453),
        ("I 2015 kæmpede IS mod YPG/SDF omkring 450 gange.", 453),
        ("Regimet og YPG/SDF stødte sammen omkring 25 gange i 2016.", 23),
    ],
)
def test_two_names_of_one_side_stand_for_their_class(demo, tmp_path: Path, sentence: str, count: int) -> None:
    # ISIS's 2015 clashes with the Kurdish forces (PYD, SDF, Euphrates Volcano and their coalitions): 453; the YPG
    # alone had been counted (284, contradicted), or "Regimet og YPG" read as two actors against the SDF (0)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.counterpart == "Kurdish forces"
    assert (verdict.verdict, verdict.figure) == ("supported", count)


def test_two_names_of_one_lineage_stay_one_actor(lexicon: Lexicon) -> None:
    [claim] = read_claims(lexicon, "In 2017 HTS/JFS fought ISIS in more than half of its clashes.")
    assert (claim.actor, claim.counterpart) == ("Hay'at Tahrir al-Sham", "Islamic State")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I 2015 blev omkring 32.000 mennesker dræbt i Syrien.", 32152),
        ("UCDP records roughly 20,000 deaths in Syria in 2018.", 20251),
        ("The data holds about 5,600 recorded events in Syria in 2017.", 5587),
        ("I 2018 rummer data knap 2.800 hændelser i Syrien.", 2765),
    ],
)
def test_a_total_naming_no_side_counts_every_event_in_the_country(
    demo, tmp_path: Path, sentence: str, figure: int
) -> None:
    # SELECT sum(fatalities_best), count(*) FROM events WHERE country = 'SYR' AND the year: 32,152 deaths in 2015,
    # 20,251 in 2018, 5,587 events in 2017, 2,765 in 2018 (these had been "not checkable: no actor named")
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart, claim.country) == (None, None, "SYR")
    assert (verdict.verdict, verdict.figure) == ("supported", figure)
    assert "SYR" in verdict.reason


def test_a_total_of_the_dead_states_the_other_estimates_that_decide(demo, tmp_path: Path) -> None:
    # 2016: 48,710 dead on the best estimate, 43,538 on the low one (both sums over every event of the year; the low
    # and high estimates are missing before 2016 in the bundled data, and then no other definition)
    _, verdict = _one(demo, tmp_path, "Knap 49.000 mennesker blev dræbt i Syrien i 2016.")
    assert (verdict.verdict, verdict.as_counted, verdict.figure) == ("depends on definition", "supported", 48710)
    [row] = verdict.alternatives
    assert (row["definition"], row["verdict"], row["deaths"]) == ("deaths_low", "contradicted", 43538)


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish-IS fighting in Syria killed more than 2,000 people in 2016.",
        "Russian airstrikes killed some 5,000 people in Syria in 2016.",
        "An estimated 400,000 people have died in Syria since 2011.",
        "Around 10,000 children were killed in Syria in 2014.",
    ],
)
def test_a_toll_with_a_side_a_means_or_a_window_past_the_data_is_no_total(demo, tmp_path: Path, sentence: str) -> None:
    # the dyad's, the means', the children's dead, or years the data does not hold: never every event's dead
    _, verdict = _one(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable"


@pytest.mark.parametrize(
    "sentence",
    [
        "UCDP has zero clashes between the SDF and the regime.",
        "I UCDP-data er der ikke én eneste kamp mellem SDF og regimet.",
    ],
)
def test_none_in_the_data_with_no_time_named_is_over_its_whole_span(demo, tmp_path: Path, sentence: str) -> None:
    # the SDF and Syria's government: 35 events in all the data (2003-2019); "zero ... in UCDP" had no window (not
    # checkable); the claim keeps its own window, none, and the note says the span judged
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events) == ("contradicted", 35)
    assert (claim.start, claim.end) == (None, None)
    assert any("the whole span the data covers" in n for n in claim.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "After 2017 there wasn't a single clash between Turkish troops and ISIS in Syria.",
        "Efter 2017 var der ikke én eneste kamp mellem den tyrkiske hær og IS i Syrien.",
    ],
)
def test_none_after_a_year_is_from_the_next_year_on(demo, tmp_path: Path, sentence: str) -> None:
    # Turkey's forces and ISIS in Syria in 2018-2019: 0 of Turkey's 5 events there ("wasn't a single" was no absence,
    # "After 2017" no window)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Government of Turkey", "Islamic State")
    assert (claim.start.isoformat(), claim.end.isoformat()) == ("2018-01-01", "2019-12-31")
    assert (verdict.verdict, verdict.matching_events) == ("supported", 0)


@pytest.mark.parametrize(
    ("sentence", "verdict_", "figure"),
    [
        ("Turkish forces show up in about 140 events in Syria.", "supported", 138),
        ("Iraqi forces fought ISIS inside Syria roughly 300 times in the data.", "contradicted", 225),
    ],
)
def test_a_count_in_the_data_with_no_time_named_is_over_its_whole_span(
    demo, tmp_path: Path, sentence: str, verdict_: str, figure: int
) -> None:
    # Turkey's events in Syria in all the data: 138; Iraq's with ISIS there: 225 (both had no window: not checkable)
    # (Turkey's 14 one-sided events make "about 140" depend on whether they count: as counted, supported)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.as_counted or verdict.verdict, verdict.figure) == (verdict_, figure)
    assert (claim.start, claim.end) == (None, None)


def test_a_place_in_a_clause_after_once_is_no_scope(demo, tmp_path: Path) -> None:
    # the army's 2018 engagements with ISIS over Syria: 369 of 1,674 (22.0%); read in Ghouta's Rif Dimashq, 89 of 491
    # (18.1%), "about 28%" was contradicted
    sentence = (
        "The army fought ISIS in about 28% of its clashes in Syria in 2018, once the rebels were crushed in Ghouta."
    )
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.place is None
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 369, 1674)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Damascus suburbs (Rif Dimashq) accounted for about 22 per cent of the regime's clashes in 2014.",
        "Damaskus-forstæderne (Rif Dimashq) stod for omkring 22 procent af regimets kampe i 2014.",
    ],
)
def test_a_governorate_in_brackets_glosses_the_place_before_it(demo, tmp_path: Path, sentence: str) -> None:
    # the regime's 2014 engagements in Rif Dimashq: 2,253 of 10,207 (22.1%); the suburbs had been read as Damascus
    # governorate, with Rif Dimashq left unread (not checkable)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.place == "Rif Dimashq"
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 2253, 10207)


def test_a_town_in_brackets_is_no_gloss(lexicon: Lexicon) -> None:
    [claim] = read_claims(lexicon, "Homs (Palmyra) saw about a third of the regime's clashes with ISIS in 2016.")
    assert claim.place == "Homs"


@pytest.mark.parametrize(
    "sentence",
    [
        "Aleppo accounted for about a third of all the fighting in Syria in 2016.",
        "Aleppo stod for omkring en tredjedel af kampene i Syrien i 2016.",
    ],
)
def test_a_governorate_s_share_of_all_the_fighting_in_its_country(demo, tmp_path: Path, sentence: str) -> None:
    # Aleppo's events of all Syria's in 2016: 1,975 of 6,170 (32.0%), whoever fought (no actor: not checkable before)
    _, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 1975, 6170)


def test_a_share_with_an_unknown_side_involved_is_no_share_of_all_the_fighting(demo, tmp_path: Path) -> None:
    _, verdict = _one(
        demo, tmp_path, "Local tribal militias were involved in a fifth of the fighting in Syria in 2018."
    )
    assert verdict.verdict == "not checkable"
