"""Reading kinds of the twelfth round (issue 9), from set 9's misses: the dead of a year as a count of deaths,
shares about what kind of attack events were, a list of towns, a window named as "the same period", Danish genitive
plurals of role nouns, and one fight-verb span.

Sentences are our own, written for the kind; each test fails on the code before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon
from tests.conftest import one_verdict


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(Registry.load())


def _claims(lexicon: Lexicon, text: str, lang: str = "en") -> list[Claim]:
    return extract_claims(parse_article(text, fmt="text"), lexicon, lang=lang).claims


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Around 4,000 people were killed in fighting between ISIS and Kurdish forces in 2014.", "en", 4000),
        ("Mindst 900 dræbte i kampene mellem IS og regimet i 2015.", "da", 900),
        ("Kampene mellem IS og kurderne kostede omkring 1.500 menneskeliv i 2015.", "da", 1500),
        ("Fighting between the regime and the rebels killed more than 2,000 people in the first half of 2016.", "en", 2000),
    ],
)
def test_the_dead_of_a_year_are_a_count_of_deaths(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.value) == ("count", "deaths", value)


def test_one_days_toll_stays_a_single_event(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "An ISIS car bomb killed 40 people in Idlib on 3 March 2017.")
    assert (claim.kind, claim.measure) == ("single_event", "deaths")


def test_a_count_of_deaths_is_judged_on_the_deaths_not_the_events(demo: Dyadscope, tmp_path: Path) -> None:
    # 1,500 against the thousands of deaths of IS's fighting with the Kurds in Syria in 2015 (its events number
    # some hundreds: counted as events, 1,500 would be contradicted the other way)
    verdict = one_verdict(demo, tmp_path, "Fighting between ISIS and Kurdish forces killed about 1,500 people in Syria in 2015.")
    assert verdict.verdict == "contradicted"
    assert verdict.figure is not None and verdict.figure > 3000
