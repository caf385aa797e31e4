"""English reading kinds of the twenty-fourth round (issue 9), from the English misses of sets 29, 30 and 31: a
capital standing for its state as one side of a fight - "between Ankara and the PKK" when the data holds no place
called Ankara, and "Damascus and the SDF, <a few words>, clashed" when the fight verb comes after an aside.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked
from dyadscope.claims.model import Claim


def _reading(claim: Claim) -> tuple[str | None, ...]:
    return (claim.kind, claim.actor, claim.counterpart, claim.place, str(claim.start), str(claim.end))


# --- "between Ankara and the PKK": a capital with no place in the data as the first side of a pair ------------------
# Turkey vs PKK: 202 events in 2015 (207 of them in TUR), 185 in 2016.


def test_an_unplaced_capital_between_two_sides_is_its_state(demo, tmp_path: Path) -> None:
    text = "Between Ankara and the PKK, 2015 brought roughly 250 clashes."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "count",
        "Government of Turkey",
        "Kurdistan Workers' Party",
        None,
        "2015-01-01",
        "2015-12-31",
    )
    assert (verdict.verdict, verdict.figure) == ("contradicted", 202.0)


def test_an_unplaced_capital_between_two_places_names_no_actor(demo, tmp_path: Path) -> None:
    text = "The highway between Ankara and Istanbul saw more than 100 events in 2016."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert claim.actor is None
    assert verdict.verdict == "not checkable"


# --- "Damascus and the SDF, despite their truce, clashed": the fight verb after an aside ------------------------------
# Syrian government vs SDF: 4 events in 2017, 4 in 2018.


def test_a_capital_paired_with_an_actor_before_a_later_fight_verb_is_its_state(demo, tmp_path: Path) -> None:
    text = "Damascus and the US-backed SDF, despite their truce, clashed more than 20 times in 2017."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == (
        "count",
        "Government of Syria",
        "Syrian Democratic Forces",
        None,
        "2017-01-01",
        "2017-12-31",
    )
    assert (verdict.verdict, verdict.figure) == ("contradicted", 4.0)


def test_a_capital_paired_with_a_led_actor_in_a_denial_is_its_state(demo, tmp_path: Path) -> None:
    text = "Damascus and the Kurdish-led SDF did not fight at all in 2018."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == (
        "absence",
        "Government of Syria",
        "Syrian Democratic Forces",
        None,
    )
    assert verdict.verdict == "contradicted"


def test_a_capital_paired_with_another_place_stays_a_place(demo, tmp_path: Path) -> None:
    text = "The road between Damascus and Homs saw more than 100 events in 2013."
    [(claim, _verdict)] = _checked(demo, tmp_path, text)
    assert claim.actor is None


# --- a place naming a time by what happened there: "after Mosul:", "as the push towards Mosul ...", "the year X fell" -
# Islamic State events in Iraq: 521 in 2016, 496 in 2017, 114 in 2018; 208 in Mosul (Nineveh) in 2016.


def test_a_place_after_after_before_a_colon_is_a_time(demo, tmp_path: Path) -> None:
    text = "The Islamic State's activity in Iraq shrank sharply after Mosul: about 120 recorded events in 2018."
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("count", "Islamic State", None, None, "2018-01-01", "2018-12-31")
    assert (verdict.verdict, verdict.figure) == ("supported", 114.0)


def test_the_target_of_an_offensive_in_an_as_clause_is_a_time(demo, tmp_path: Path) -> None:
    text = (
        "The Islamic State was involved in more than 900 events in Iraq in 2016 as the offensive towards Mosul "
        "gathered pace."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("count", "Islamic State", None, None, "2016-01-01", "2016-12-31")
    assert (verdict.verdict, verdict.figure) == ("contradicted", 521.0)


def test_places_retaken_in_a_year_apposition_are_a_time(demo, tmp_path: Path) -> None:
    text = (
        "In 2017, the year Raqqa and Mosul were retaken, the Islamic State was involved in more than 300 events in "
        "Iraq."
    )
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert _reading(claim) == ("count", "Islamic State", None, None, "2017-01-01", "2017-12-31")
    assert (verdict.verdict, verdict.figure) == ("supported", 496.0)


def test_a_place_after_in_stays_the_claims_place(demo, tmp_path: Path) -> None:
    text = "The Islamic State was involved in more than 100 events in Mosul in 2016."
    [(claim, _verdict)] = _checked(demo, tmp_path, text)
    assert claim.place == "Mosul"
