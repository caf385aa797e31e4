"""A kind from set 19's wrong verdicts (issue 9, the lead's fix after round 16's sealed measurement).

A capital that speaks ("whatever Damascus says", "as Baghdad claims", "ifølge Damaskus", "hvad end Damaskus siger") is
its government talking about the claim, neither the claim's place nor one of its sides: set 19's en091 was judged on
the Damascus governorate alone (6 of 125 events) where the writer meant all of Syria.

A number after Danish "dræbte"/"dræbt" is a toll when it follows at once or after a subject written with a capital
("dræbte Islamisk Stat 300 civile"), never after a lower-case word: "IS dræbte civile i cirka 300 ensidige angreb"
counts 300 attacks (set 19's da050 was judged as 300 deaths against 1,945), and "er blevet dræbt siden 26. maj" has
no toll of 26 (the pattern ignored case, so any word passed for a subject).

A place's share in a later clause with "the following year" after its figure is that year's ("Deir ez-Zor accounted
for half of it in 2018, and two thirds the following year": set 19's en098 judged both on 2018); so is one after it
(", and the following year for about 50%"), which a place's share did not read before either.

Sentences are our own; each test fails on the code before the change, except the guards (marked), which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims, start_years

from dyadscope.claims.resolve import Lexicon


def _scopes(lexicon: Lexicon, text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.kind, c.place, c.actor, c.counterpart) for c in read_claims(lexicon, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2016 the regime fought the rebels in about 70% of its engagements, whatever Damascus says.", "en"),
        ("The Syrian army fought ISIS in barely a tenth of its battles in 2017, as Damascus itself claimed.", "en"),
        ("According to Damascus, the regime fought ISIS in under 5% of its clashes in 2016.", "en"),  # guard
        ("Ifølge Damaskus kæmpede regimet mod IS i under 5 procent af sine kampe i 2016.", "da"),  # guard
        ("Regimet kæmpede mod oprørerne i omkring 70 procent af sine kampe i 2016, hvad end Damaskus siger.", "da"),
    ],
)
def test_a_capital_that_speaks_is_no_place_of_the_claim(lexicon: Lexicon, text: str, lang: str) -> None:
    (share,) = [c for c in _scopes(lexicon, text, lang) if c[0] == "share"]
    assert share[1] is None and share[2] in ("Government of Syria", "govt_syr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Damascus the regime fought the rebels in about 70% of its engagements in 2016.", "en"),  # guard
        ("I Damaskus kæmpede regimet mod oprørerne i omkring 70 procent af sine kampe i 2016.", "da"),  # guard
    ],
)
def test_a_capital_after_in_stays_the_place(lexicon: Lexicon, text: str, lang: str) -> None:
    (share,) = [c for c in _scopes(lexicon, text, lang) if c[0] == "share"]
    assert share[1] is not None and share[1].startswith("Damascus")


def _figures(lexicon: Lexicon, text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.kind, c.value, c.measure) for c in read_claims(lexicon, text, "da")]


def test_killed_civilians_in_n_attacks_counts_the_attacks(lexicon: Lexicon) -> None:
    text = "IS dræbte civile i omkring 250 ensidige angreb i Syrien fra 2016 til 2018."
    assert _figures(lexicon, text) == [("count", 250.0, "angreb")]


def test_a_date_after_killed_is_no_toll(lexicon: Lexicon) -> None:
    text = "Over 120 civile, der flygtede fra Raqqa, er blevet dræbt siden 14. juni."
    assert all(value != 14 for _, value, _ in _figures(lexicon, text))


def test_killed_with_its_subject_after_the_verb_stays_a_toll(lexicon: Lexicon) -> None:  # guard
    assert _figures(lexicon, "I 2017 dræbte Islamisk Stat 300 civile i Raqqa.") == [("count", 300.0, "deaths")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Raqqa accounted for a third of the regime's fighting in Syria in 2016, and about 50% the following year.",
            [("a third", 2016), ("about 50%", 2017)],
        ),
        (
            "Aleppo saw about 40% of ISIS's engagements in Syria in 2015; and a quarter a year later.",
            [("about 40%", 2015), ("a quarter", 2016)],
        ),
    ],
)
def test_a_place_share_followed_by_the_following_year_is_that_years(lexicon, text, expected) -> None:
    assert start_years(read_claims(lexicon, text)) == expected


def test_a_place_share_after_the_following_year_is_that_years_too(lexicon: Lexicon) -> None:
    text = (
        "Raqqa accounted for a third of the regime's fighting in Syria in 2016, and the following year for about 50%."
    )
    assert start_years(read_claims(lexicon, text)) == [("a third", 2016), ("about 50%", 2017)]
