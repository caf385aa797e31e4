"""English reading kinds of the twenty-third round (issue 9), from the wrong verdicts of sets 29 and 30 (headlines,
push alerts, briefings, Q&A): an apposition naming another actor ("X, the forerunner of Y,", "In 2015, the year
Russia intervened,"), a "between X and Y" pair before a colon, "the group's" opening a clause after a colon, a front
named after a toll (", with P the busiest front, a quarter of ..."), state forces named as their own state's
counterpart, and a question asking how much two sides fought, answered by a count; then two common misses, "left
civilians among the dead" and "the end of March" as a range's edge.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked
from dyadscope.claims.model import Claim


def _reading(claim: Claim) -> tuple[str | None, ...]:
    return (claim.kind, claim.actor, claim.counterpart, claim.place, str(claim.start), str(claim.end))


# --- an apposition naming another actor only to describe a side or the time -----------------------------------------
# al-Qaida in Iraq, IRQ 2006: 378 events (the registry's lineage of IS); IS vs the Syrian government, SYR 2015:
# 1,059 of IS's 1,887 clashes.


def test_a_lineage_apposition_names_no_counterpart(demo, tmp_path: Path) -> None:
    text = "Al-Qaeda in Iraq, the predecessor of the Islamic State, was involved in about 380 events in Iraq in 2006."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("count", "al-Qaida in Iraq", None, None, "2006-01-01", "2006-12-31")
    assert (verdict.verdict, verdict.figure) == ("supported", 378.0)


def test_government_forces_are_not_the_state_of_a_time_apposition(demo, tmp_path: Path) -> None:
    text = (
        "In 2015, the year Russia entered the war, more than half of the Islamic State's clashes in Syria were fought "
        "with government forces."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("share", "Islamic State", "Government of Syria", None, "2015-01-01", "2015-12-31")
    assert verdict.verdict == "supported"


# --- a "between X and Y" pair before a colon is its own clause's -----------------------------------------------------
# HTS, LBN 2017: 223 deaths in all its events, 190 in those with Hezbollah.


def test_a_toll_after_a_colon_keeps_the_one_side_its_clause_names(demo, tmp_path: Path) -> None:
    text = (
        "The 2017 clashes between HTS and Hezbollah carried the war across the border: roughly 225 people died in "
        "HTS-related events in Lebanon that year."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.actor, claim.counterpart, claim.country, claim.measure) == (
        "Hay'at Tahrir al-Sham",
        None,
        "LBN",
        "deaths",
    )
    assert verdict.verdict != "contradicted"
    assert verdict.figure == 223.0


def test_guard_a_between_pair_in_the_tolls_own_clause_is_its_dyad(demo, tmp_path: Path) -> None:
    text = "About 190 people were killed in fighting between HTS and Hezbollah in Lebanon in 2017."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.actor, claim.counterpart) == ("Hay'at Tahrir al-Sham", "Hezbollah")
    assert (verdict.verdict, verdict.figure) == ("supported", 190.0)


# --- "the group's" opening a clause after a colon --------------------------------------------------------------------
# IS vs the SDF, SYR 2017: 1,345 of IS's 2,853 clashes (47.1%); of the SDF's 1,464, 91.9%.


def test_the_group_after_a_colon_is_the_subject_before_it(demo, tmp_path: Path) -> None:
    text = (
        "In 2017 the Islamic State fought the SDF above all: close to half of the group's recorded clashes in Syria "
        "that year were with it."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "share",
        "Islamic State",
        "Syrian Democratic Forces",
        None,
        "2017-01-01",
        "2017-12-31",
    )
    assert verdict.verdict == "supported"
    assert 0.45 < verdict.figure < 0.5


# --- a front named after a toll, then its part -----------------------------------------------------------------------
# The Syrian government vs rebels, SYR 2013: 37,480 deaths; the government's events in Rif Dimashq: 2,605 of 10,640.


def test_a_front_after_a_toll_is_the_parts_place_not_the_tolls(demo, tmp_path: Path) -> None:
    text = (
        "In 2013 the army's war with the rebels killed around 37,000 people, with Rif Dimashq its busiest "
        "battlefield, roughly a quarter of all government engagements."
    )
    [(toll, toll_verdict), (part, part_verdict)] = _checked(demo, tmp_path, text)
    assert (toll.kind, toll.measure, toll.place, toll.counterpart) == ("count", "deaths", None, "the rebels")
    assert (toll_verdict.verdict, toll_verdict.figure) == ("supported", 37480.0)
    assert _reading(part) == ("concentration", "Government of Syria", None, "Rif Dimashq", "2013-01-01", "2013-12-31")
    assert part_verdict.verdict == "supported"
    assert 0.24 < part_verdict.figure < 0.25


def test_state_forces_are_not_their_own_states_counterpart(demo, tmp_path: Path) -> None:
    text = "In 2013 Rif Dimashq was the army's busiest battlefield, about a quarter of all government engagements."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("concentration", "Government of Syria", None, "Rif Dimashq", "2013-01-01", "2013-12-31")
    assert verdict.verdict == "supported"


# --- a question asking how much two sides fought, answered by a count ------------------------------------------------
# IS vs the SDF, Deir ez-Zor 2018: 415 events (IS in Syria 2018: 1,025); IS vs the SDF, Ar Raqqah 2017: 962.


def test_a_count_answering_how_much_of_the_fighting_was_a_dyad_is_that_dyads(demo, tmp_path: Path) -> None:
    text = (
        "How much of the Deir ez-Zor fighting in 2018 was the Islamic State against the SDF? The bulk of it: roughly "
        "400 clashes."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "count",
        "Islamic State",
        "Syrian Democratic Forces",
        "Deir ez-Zor",
        "2018-01-01",
        "2018-12-31",
    )
    assert (verdict.verdict, verdict.figure) == ("supported", 415.0)


def test_guard_the_answer_to_a_how_often_question_counts_the_dyad_asked_about(demo, tmp_path: Path) -> None:
    text = "How often did ISIS clash with the SDF in Raqqa governorate in 2017? Around 960 times."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "count",
        "Islamic State",
        "Syrian Democratic Forces",
        "Ar Raqqah",
        "2017-01-01",
        "2017-12-31",
    )
    assert (verdict.verdict, verdict.figure) == ("supported", 962.0)


def test_guard_an_answer_naming_its_own_other_side_keeps_it(demo, tmp_path: Path) -> None:
    # IS vs the Syrian government, Ar Raqqah 2017: 36 events
    text = (
        "How often did ISIS clash with the SDF in Raqqa governorate in 2017? It fought the Syrian army about 100 "
        "times there."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.actor, claim.counterpart, claim.place) == ("Islamic State", "Government of Syria", "Ar Raqqah")
    assert (verdict.verdict, verdict.figure) == ("contradicted", 36.0)


# --- "left civilians among the dead": events with at least one civilian dead ----------------------------------------
# The Syrian government, SYR 2016: 1,475 of its 4,694 events had a civilian death (31.4%).


def test_events_that_left_civilians_among_the_dead_are_a_lethality_share(demo, tmp_path: Path) -> None:
    text = "In 2016 close to a third of the Syrian government's recorded events left civilians among the dead."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.country) == ("attribute_share", "Government of Syria", "SYR")
    assert verdict.verdict == "supported"
    assert 0.31 < verdict.figure < 0.32


# --- "the end of March" as a range's edge ---------------------------------------------------------------------------
# The SNA vs the SDF in Aleppo, 20 January - 31 March 2018: 195 events.


def test_the_end_of_a_month_closes_a_range_on_its_last_day(demo, tmp_path: Path) -> None:
    text = (
        "The SNA and the SDF clashed roughly 190 times in Aleppo province between 20 January and the end of March 2018."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "count",
        "Syrian National Army",
        "Syrian Democratic Forces",
        "Aleppo",
        "2018-01-20",
        "2018-03-31",
    )
    assert (verdict.verdict, verdict.figure) == ("supported", 195.0)
