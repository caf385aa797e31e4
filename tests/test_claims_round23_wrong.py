"""The kinds behind set 31's wrong verdicts (round 23): a renamed side the data never records under its own name
("the Islamic State of Iraq" in 2006, coded as the Islamic State throughout), a rebel noun the class phrases missed
("rebel brigades", "oprørsbrigader"), Danish "blev der dræbt civile" after a fronted share (events with civilian
deaths, not clashes with civilians), and a battle's place as the subject of its toll ("The battle for P, from ... to
..., cost N lives").

Sentences are our own, written for the kind; each fails on the code before the change it covers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import checked_claims as _checked
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import verify_claims


def _reading(claim: Claim) -> tuple[str | None, ...]:
    return (claim.kind, claim.actor, claim.counterpart, claim.place, str(claim.start), str(claim.end))


# --- a name the data never records is counted as its lineage, one verdict ----------------------------------------
# Government of Iraq, IRQ 2006: 378 of its 419 clashes with the IS lineage (UCDP codes ISI as the Islamic State).


def test_a_name_the_data_never_records_counts_its_lineage(demo, tmp_path: Path) -> None:
    text = "Nearly nine in ten of the Iraqi government's clashes in 2006 were fought against the Islamic State of Iraq."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert claim.kind == "share" and claim.counterpart == "Islamic State of Iraq"
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 378, 419)
    assert not verdict.alternatives  # no "own name alone" of 0 events by coding


def test_two_names_of_one_lineage_are_not_two_sides(demo, lexicon: Lexicon) -> None:
    # a claim edited by hand (or misread) setting al-Qaeda in Iraq against its own successor's name: not 0 events
    claim = Claim(
        "c1",
        "share",
        "(edited)",
        value=0.75,
        actor="al-Qaeda in Iraq",
        counterpart="Islamic State of Iraq",
        country="IRQ",
        start=dt.date(2005, 1, 1),
        end=dt.date(2007, 12, 31),
        measure="engagements",
    )
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not checkable" and verdict.figure is None


# --- "rebel brigades" / "oprørsbrigader" are the rebel class -------------------------------------------------------
# rebels vs Kurdish forces, SYR 2013: 88 events.


def test_rebel_brigades_are_a_side_not_left_unread(demo, tmp_path: Path) -> None:
    text = "Rebel brigades battled Kurdish militias around 160 times in 2013."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.actor, claim.counterpart) == ("Rebel brigades", "Kurdish militias")
    assert verdict.verdict != "supported" and verdict.as_counted == "contradicted" and verdict.figure == 88.0


def test_oproersbrigader_are_a_side(demo, tmp_path: Path) -> None:
    text = "Oprørsbrigaderne og de kurdiske militser stødte sammen næsten 90 gange i 2013."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.actor, claim.counterpart) == ("Oprørsbrigaderne", "kurdiske militser")
    assert verdict.as_counted == "supported" and verdict.figure == 88.0


# --- "blev der dræbt civile" after a fronted share: events with civilian deaths --------------------------------------
# IS, SYR 2017: 1,078 of 2,853 events with at least one civilian dead (37.8%); the army, SYR 2016: 31.4%.


def test_blev_der_draebt_civile_is_an_attribute_share(demo, tmp_path: Path) -> None:
    text = "I cirka hver tredje af IS' kampe i Syrien i 2017 blev der dræbt mindst én civil."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("attribute_share", "Islamic State", None, None, "2017-01-01", "2017-12-31")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 1078, 2853)


def test_blev_der_slaaet_civile_ihjel_is_an_attribute_share(demo, tmp_path: Path) -> None:
    text = "I halvdelen af hærens kampe i Syrien i 2016 blev der slået civile ihjel."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert claim.kind == "attribute_share" and claim.counterpart is None
    assert verdict.verdict == "contradicted" and verdict.figure is not None and 0.30 < verdict.figure < 0.33


# --- "The battle for P, <window>, cost N lives": the battle's place scopes its toll ---------------------------------
# IS vs the Syrian army, SYR Deir ez-Zor 2017-09..11: 2,706 deaths; all SYR: more.


def test_a_battles_place_scopes_its_toll_after_a_window_aside(demo, tmp_path: Path) -> None:
    text = (
        "The battle for Deir ez-Zor governorate, from September to November 2017, cost about 2,700 lives in fighting "
        "between IS and the Syrian army."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("count", "Islamic State", "the Syrian army", "Deir ez-Zor", "2017-09-01", "2017-11-30")
    assert (verdict.verdict, verdict.figure) == ("supported", 2706.0)


def test_slaget_om_a_province_scopes_its_toll(demo, tmp_path: Path) -> None:
    text = "Slaget om Deir ez-Zor-provinsen, i efteråret 2017, kostede omkring 2.700 liv i kampe mellem IS og hæren."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert claim.place == "Deir ez-Zor" and claim.measure == "deaths"
    assert verdict.verdict == "supported"
