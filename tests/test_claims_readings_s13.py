"""Readings behind set 12's wrong and hidden wrong verdicts (issue 9), each as a kind on new sentences.

- A share of an actor's (or a dyad's) events located in a governorate is a concentration, the dyad kept as the
  counterpart filter: "N of the clashes between X and Y took place in P", "P saw N of the fighting between X and Y",
  "N of X's activity was concentrated in P", "fandt sted i", "var samlet i", "udspillede sig i".
- A country named as ground ("on Syrian soil", "på syrisk jord") is the claim's country.
- A group's founding the text dates starts the window of a later claim about it ("In its first year", "Samme år").
- "the regime in Damascus", "regimet i Damaskus": the capital is the regime's seat, not the claim's place.
- An absence in its own clause ("..., but fought X not once", "– men aldrig mod X") takes that clause's side.
- An aside's place joined to another ("mostly in Homs and Hama") is not the first place alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

from dyadscope.api import Dyadscope
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict, verify_claims

_claims = read_claims


def _one(lexicon: Lexicon, text: str, lang: str, kind: str) -> Claim:
    found = [c for c in _claims(lexicon, text, lang) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.value_text, c.counterpart, c.place) for c in _claims(lexicon, text, lang)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "value", "actor", "counterpart", "place"),
    [
        (
            "Two-thirds of the battles between the Syrian army and ISIS in 2017 took place in Deir ez-Zor.",
            "en",
            2 / 3,
            "Government of Syria",
            "Islamic State",
            "Deir ez-Zor",
        ),
        (
            "Roughly a fifth of the Turkish army's engagements with the PKK in 2016 were fought in Hakkari.",
            "en",
            0.2,
            "Government of Turkey",
            "Kurdistan Workers' Party",
            "Hakkari",
        ),
        (
            "Deir ez-Zor saw about a third of the fighting between the SDF and the Islamic State in 2018.",
            "en",
            1 / 3,
            "Syrian Democratic Forces",
            "Islamic State",
            "Deir ez-Zor",
        ),
        (
            "Anbar accounted for some 30 per cent of the clashes between Iraqi troops and the insurgents in 2015.",
            "en",
            0.3,
            "Government of Iraq",
            "insurgents",
            "Anbar",
        ),
        (
            "Omkring en tredjedel af kampene mellem regimet og Islamisk Stat i 2017 fandt sted i "
            "Deir ez-Zor-provinsen.",
            "da",
            1 / 3,
            "Government of Syria",
            "Islamic State",
            "Deir ez-Zor",
        ),
        (
            "Halvdelen af kampene mellem de irakiske styrker og IS i 2016 udspillede sig i Anbar.",
            "da",
            0.5,
            "Government of Iraq",
            "Islamic State",
            "Anbar",
        ),
    ],
)
def test_a_dyads_share_in_a_governorate_is_its_concentration(
    lexicon: Lexicon, text: str, lang: str, value: float, actor: str, counterpart: str, place: str
) -> None:
    claim = _one(lexicon, text, lang, "concentration")
    assert claim.value == pytest.approx(value, abs=0.01)
    assert (claim.actor, claim.counterpart, claim.place) == (actor, counterpart, place)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "place"),
    [
        (
            "In 2016, about a quarter of the Syrian army's activity was concentrated in Aleppo.",
            "en",
            "Government of Syria",
            "Aleppo",
        ),
        (
            "I 2016 var over halvdelen af Islamisk Stats aktivitet i Irak samlet i Ninive-provinsen.",
            "da",
            "Islamic State",
            "Nineveh",
        ),
        # the side after "involving" owns the battles: no counterpart
        (
            "The regime's year had one front: roughly 40 per cent of all battles involving government forces in 2018 "
            "took place in Rif Dimashq.",
            "en",
            "Government of Syria",
            "Rif Dimashq",
        ),
        # the side fought in a later clause is not the concentration's
        (
            "About half of the SDF's engagements in 2017 took place in Raqqa, and it was there that the alliance "
            "fought the Islamic State hardest.",
            "en",
            "Syrian Democratic Forces",
            "Ar Raqqah",
        ),
    ],
)
def test_an_actors_share_in_a_governorate_is_its_concentration(
    lexicon: Lexicon, text: str, lang: str, actor: str, place: str
) -> None:
    claim = _one(lexicon, text, lang, "concentration")
    assert (claim.actor, claim.counterpart, claim.place) == (actor, None, place)


def test_a_part_of_a_dyads_count_in_a_governorate_keeps_the_dyad(lexicon: Lexicon) -> None:
    text = "In 2017 the Syrian army fought ISIS about 900 times, and two in three of those battles were in Deir ez-Zor."
    claim = _one(lexicon, text, "en", "concentration")
    assert (claim.counterpart, claim.place, claim.value) == ("Islamic State", "Deir ez-Zor", pytest.approx(2 / 3))


@pytest.mark.parametrize(
    "text",
    [
        "The SDF fought 174 battles in Raqqa in 2017, half of them against IS.",
        "In Raqqa, the SDF accounted for 40 per cent of the fighting against IS in 2017.",
        "Half of ISIS's battles in Raqqa in 2017 were fought against the SDF.",
    ],
)
def test_a_share_against_a_side_within_a_place_stays_a_share(lexicon: Lexicon, text: str) -> None:
    assert [c.kind for c in _claims(lexicon, text) if c.kind in ("share", "concentration")][-1] == "share"


def _verdict(demo: Dyadscope, lexicon: Lexicon, text: str, lang: str = "en") -> tuple[Claim, Verdict]:
    claim = _one(lexicon, text, lang, "concentration")
    [verdict] = verify_claims(demo, lexicon, [claim])
    return claim, verdict


def test_a_dyads_concentration_is_counted_over_the_dyad(demo: Dyadscope, lexicon: Lexicon) -> None:
    text = "Half of the clashes between the regime and ISIS in 2016 took place in Aleppo."
    claim, verdict = _verdict(demo, lexicon, text)
    scope = {"country": "SYR", "start": claim.start, "end": claim.end, "by": "admin1"}
    dyad = demo.targets("Government of Syria", with_actor="Islamic State", **scope)
    here = dyad.total("with_events", lambda key: key == "Aleppo")
    assert (verdict.matching_events, verdict.events) == (here, dyad.total("with_events"))
    assert dyad.total("with_events") < dyad.total_events  # the dyad, not all the regime's events
    assert verdict.verdict == ("supported" if abs(here / dyad.total("with_events") - 0.5) < 0.05 else "contradicted")


def test_a_concentration_against_a_class_counts_that_class(demo: Dyadscope, lexicon: Lexicon) -> None:
    text = "Half of the clashes between the regime and Kurdish forces in 2016 took place in Aleppo."
    claim, verdict = _verdict(demo, lexicon, text)
    scope = {"country": "SYR", "start": claim.start, "end": claim.end}

    def kurdish(admin1: str | None) -> int:
        table = demo.targets("Government of Syria", admin1=admin1, **scope)
        return table.total("events", lambda key: "kurdish" in key.split("+"))

    assert claim.counterpart == "Kurdish forces"
    assert (verdict.matching_events, verdict.events) == (kurdish("Aleppo"), kurdish(None))
    assert 0 < kurdish(None) < demo.targets("Government of Syria", **scope).total_events / 10


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2016 Turkish troops fought about 70 battles against ISIS on Syrian soil.", "en"),
        ("I 2016 udkæmpede tyrkiske tropper omkring 70 kampe mod IS på syrisk jord.", "da"),
    ],
)
def test_a_countrys_ground_is_the_claims_country(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _one(lexicon, text, lang, "count")
    assert (claim.actor, claim.country) == ("Government of Turkey", "SYR")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("HTS was formed in January 2017. That year it fought the regime in around 300 battles.", "en"),
        ("HTS blev grundlagt i januar 2017. Samme år kæmpede gruppen mod regimet i omkring 300 kampe.", "da"),
    ],
)
def test_a_dated_founding_starts_the_groups_window(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _one(lexicon, text, lang, "count")
    founded = lexicon.registry.find("Hay'at Tahrir al-Sham").valid_from
    assert claim.actor == "Hay'at Tahrir al-Sham"
    assert (claim.start, claim.end) == (founded, dt.date(2017, 12, 31))
    assert any("founding" in n for n in claim.notes)


def test_without_a_founding_the_year_is_whole(lexicon: Lexicon) -> None:
    claim = _one(lexicon, "In 2017 HTS fought the regime in around 300 battles.", "en", "count")
    assert (claim.start, claim.end) == year_window(2017)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Kurds and the regime in Damascus clashed about 30 times in 2018.", "en"),
        ("Kurderne og regimet i Damaskus stødte sammen omkring 30 gange i 2018.", "da"),
    ],
)
def test_the_regimes_seat_is_no_place(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _one(lexicon, text, lang, "count")
    assert claim.place is None
    assert "Government of Syria" in (claim.actor, claim.counterpart)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2017 the SDF fought ISIS in most of its battles, but it fought the Syrian army not once.", "en"),
        ("I 2017 kæmpede SDF mod IS i de fleste af sine kampe – men aldrig mod den syriske hær.", "da"),
    ],
)
def test_an_absence_in_its_own_clause_takes_that_clauses_side(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _one(lexicon, text, lang, "absence")
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Government of Syria")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ISIS fought the regime about 600 times in 2016, mostly in Homs and Deir ez-Zor.", "en"),
        ("IS kæmpede mod regimet omkring 600 gange i 2016, hovedsageligt i Homs og Deir ez-Zor.", "da"),
    ],
)
def test_an_asides_two_places_are_not_the_first_alone(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _one(lexicon, text, lang, "concentration")
    assert claim.place == "Homs" and "Deir ez-Zor" in claim.unread
