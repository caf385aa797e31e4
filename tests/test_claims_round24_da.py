"""Danish reading kinds of the twenty-fourth round (issue 9), from the Danish misses of set 31: a toll "kostede i
2015 knap 900 mennesker livet" whose year stands between the verb and the dead (the year was read as the toll and
dropped), and the Danish noun "dødsfald" counted as the English "deaths" ("over 1.000 dødsfald i regimets kampe").

Sentences are our own, written for the kind; each test fails on the code before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked


def _assert_toll(demo, tmp_path: Path, sentence: str, sides: tuple[str, str], verdict: str, figure: str) -> None:
    """The sentence's one claim is a toll of the two sides with this verdict, its reason quoting the data's figure."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.measure, claim.actor, claim.counterpart) == ("deaths", *sides)
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict", "figure"),
    [
        # Government of Turkey vs PKK: 2015 878 deaths, 2016 919 deaths
        ("Kampene mellem Tyrkiet og PKK kostede i 2016 kun 300 mennesker livet.", "Government of Turkey",
         "Kurdistan Workers' Party", "contradicted", "919"),
        ("Striden mellem Tyrkiet og PKK kostede i 2015 omkring 900 mennesker livet i Tyrkiet.", "Government of Turkey",
         "Kurdistan Workers' Party", "supported", "878"),
    ],
)  # fmt: skip
def test_a_year_between_cost_and_the_dead_is_no_toll(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str, figure: str
) -> None:
    _assert_toll(demo, tmp_path, sentence, (actor, counterpart), verdict, figure)


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict", "figure"),
    [
        # Government of Turkey vs PKK, 2016: 919 deaths; the regime vs rebels in Rif Dimashq, February 2018: 1,027
        ("I 2016 var der omkring 900 dødsfald i kampene mellem Tyrkiet og PKK.", "Government of Turkey",
         "Kurdistan Workers' Party", "supported", "919"),
        ("I februar 2018 talte man under 300 dødsfald i regimets kampe mod oprørerne i Rif Dimashq.",
         "Government of Syria", "oprørerne", "contradicted", "1,027"),
    ],
)  # fmt: skip
def test_dodsfald_counts_the_dead(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str, figure: str
) -> None:
    _assert_toll(demo, tmp_path, sentence, (actor, counterpart), verdict, figure)
