"""Who the sides of a claim are (issue 9, round 13): a capital named as a side of a fight is its state, any other
side stays as written. Sentences are our own."""

from __future__ import annotations

import pytest

from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.sides import between


def _pair(lexicon: Lexicon, sentence: str) -> tuple[str, str] | None:
    mentions = lexicon.capitals_acting(sentence, lexicon.mentions(sentence))
    return between(sentence, mentions)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Clashes between the Kurds and Damascus killed about 500 people in 2018.", "Government of Syria"),
        ("Kampene mellem kurderne og Damaskus kostede omkring 500 liv i 2018.", "Government of Syria"),
        ("Fighting between the Kurds and Baghdad killed 300 people in 2017.", "Government of Iraq"),
    ],
)
def test_a_capital_as_the_second_side_is_its_state(lexicon: Lexicon, sentence: str, second: str) -> None:
    assert _pair(lexicon, sentence)[1] == second


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Clashes between the regime and ISIS killed about 9,000 people in 2017.", "ISIS"),
        ("Kampene mellem regimet og IS kostede omkring 9.000 liv i 2017.", "IS"),
        ("Kampene mellem hæren og Islamisk Stat kostede over 2.000 liv i 2016.", "Islamisk Stat"),
    ],
)
def test_any_other_second_side_stays_as_written(lexicon: Lexicon, sentence: str, second: str) -> None:
    assert _pair(lexicon, sentence)[1] == second
