"""Kinds from set 19's last wrong verdicts (issue 9, the lead's fixes at the start of round 17).

A count or toll naming no country whose two sides (nearly) only met outside the actor's main country is counted where
they met: "some 11,700 deaths in fighting between ISIS and Iraq's security forces" over 2014 is Iraq's toll (set 19's
en016 was judged on Syria, 566 deaths, and called contradicted).

A semicolon ends a side part as a comma does, and an aside may start with "about"/"roughly": in "Key numbers, 2018:
ISIS in Syria, about 1,000 engagements; half of them in Deir ez-Zor; roughly 9,000 deaths" the toll is Syria's, not
Deir ez-Zor's (set 19's en138).

"One in four clashes between X and Y ... took place in P", "Hver fjerde kamp mellem X og Y ... fandt sted i P": the
part of the dyad's events in the place, as "of the clashes" already was (set 19's da030 read it as a share of X's
events against Y inside P: 100%, contradicted).

"The rebels fought ISIS in about a third of its 2015 engagements": "its" after a plural subject is the singular side's,
also with a year between "its" and the noun (set 19's en092 counted the rebels' own events).

Sentences are our own; each test fails on the code before the change, except the guards (marked), which hold on both.
"""

from __future__ import annotations

import pytest

from conftest import read_claims, verified_claims
from dyadscope.api import Dyadscope
from dyadscope.claims.resolve import Lexicon


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Over 2014 the war between IS and Iraq's army cost about 11,700 lives.", "en"),
        ("Over 2014 fighting between the Islamic State and Iraq's security forces claimed roughly 11,700 lives.", "en"),
        ("I 2014 kostede kampene mellem IS og Iraks hær omkring 11.700 mennesker livet.", "da"),
    ],
)
def test_a_pair_that_met_abroad_is_counted_where_it_met(demo: Dyadscope, text: str, lang: str) -> None:
    [(claim, verdict)] = verified_claims(demo, Lexicon(demo.registry), text, lang)
    # counted in Iraq: since round 18 the reading takes the country from the state the side names ("Iraq's army"),
    # where round 17 inferred it from where the pair met (the verdict said "counted in IRQ"); the figure is the same
    assert claim.country == "IRQ" and verdict.verdict == "supported"
    assert verdict.figure == pytest.approx(11_696)


def test_a_pair_that_met_at_home_stays_there(demo: Dyadscope) -> None:  # guard
    [(claim, verdict)] = verified_claims(
        demo, Lexicon(demo.registry), "ISIS fought the Syrian army about 600 times in 2014."
    )
    assert claim.country == "SYR" and verdict.verdict == "supported"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Figures for 2017: ISIS in Syria, roughly 1,300 clashes; about a third of them in Deir ez-Zor; some 10,000 "
            "deaths.",
            "en",
        ),
        (
            "Tal for 2017: IS i Syrien, cirka 1.300 kampe; omkring en tredjedel af dem i Deir ez-Zor; "
            "godt 10.000 døde.",
            "da",
        ),
    ],
)
def test_a_semicolon_ends_an_aside(lexicon: Lexicon, text: str, lang: str) -> None:
    claims = read_claims(lexicon, text, lang)
    [concentration] = [c for c in claims if c.kind == "concentration"]
    [toll] = [c for c in claims if c.measure == "deaths" or c.kind == "single_event"]
    assert concentration.place == "Deir ez-Zor" and toll.place is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("One in three clashes between ISIS and the Iraqi army in 2015 took place in Anbar.", "en"),
        ("Hver tredje kamp mellem IS og den irakiske hær i 2015 fandt sted i Anbar.", "da"),
    ],
)
def test_a_ratio_of_a_dyads_clashes_in_a_place_is_a_concentration(demo: Dyadscope, text: str, lang: str) -> None:
    [(claim, verdict)] = verified_claims(demo, Lexicon(demo.registry), text, lang)
    assert (claim.kind, claim.place, verdict.verdict) == ("concentration", "Anbar", "supported")
    assert verdict.events > verdict.matching_events  # the dyad's events anywhere in Iraq, not only Anbar's


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The rebels fought ISIS in about a third of its 2015 engagements.", "Islamic State"),
        ("Rebel groups fought ISIS in roughly a third of its 2015 battles.", "Islamic State"),
        ("The army fought ISIS in about a third of its engagements in Syria in 2015.", "Government of Syria"),  # guard
    ],
)
def test_its_after_a_plural_subject_is_the_other_sides(lexicon: Lexicon, text: str, owner: str) -> None:
    [share] = [c for c in read_claims(lexicon, text) if c.kind == "share"]
    assert share.actor == owner


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("The SDF and the SNA met in roughly 560 engagements in 2018-19.", "en", 2019),
        ("About three quarters of the SNA's clashes in 2018–19 were in Aleppo governorate.", "en", 2019),
        ("SNA og SDF stødte sammen omkring 560 gange i 2018-19.", "da", 2019),
        ("ISIS fought 40 battles on 2016-02-11.", "en", 2016),  # guard: a day, not two years
    ],
)
def test_a_year_range_with_a_two_digit_end_is_both_years(lexicon: Lexicon, text: str, lang: str, end: int) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert claim.end is not None and claim.end.year == end


def test_a_winter_across_two_years_is_no_two_year_window(lexicon: Lexicon) -> None:  # guard
    [claim] = read_claims(lexicon, "Winter 2017-18 was quiet: fewer than 100 ISIS clashes in Syria.")
    if claim.start is not None and claim.end is not None:  # the season (December to February), when it is read
        assert (claim.start.year, claim.end.year) == (2017, 2018) and (claim.end - claim.start).days < 200
