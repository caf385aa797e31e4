"""A kind two independent testers wrote and the checker misread (issue 9, the lead's fix after round 19).

"Civilians died in roughly a quarter of the events involving ISIS" (set 25's en078) and "a third of the regime's
engagements in 2016 killed civilians" (set 23's en121) say how many of an actor's events had a civilian among the
dead: a lethality share (claims/lethality.py), as "civilians were among the dead in ..." already was. Both were read
as a share of the actor's events AGAINST civilians (one-sided violence), a different figure: set 23's and set 25's
hidden wrong verdicts.

Sentences are our own; each test fails on the code before the change, except the guards (marked), which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.api import Dyadscope
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import verify_claims


@pytest.fixture(scope="module")
def lexicon(demo: Dyadscope) -> Lexicon:
    return Lexicon(demo.registry)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Civilians died in about a fifth of the clashes involving the SDF in 2017.", "en", "Civilians died"),
        ("Civilians were killed in some 30% of ISIS's Syrian events in 2015.", "en", "Civilians were killed"),
        ("Roughly one in four of the regime's battles in 2017 killed civilians.", "en", "killed civilians"),
        ("Half of ISIS's events in 2016 killed at least one civilian.", "en", "killed at least one civilian"),
        ("Civile omkom i cirka hver femte af SDF's kampe i 2017.", "da", "Civile omkom"),
        ("Hver fjerde af regimets kampe i 2017 dræbte civile.", "da", "dræbte civile"),
    ],
)
def test_civilians_dying_in_a_part_of_the_events_is_a_lethality_share(
    lexicon: Lexicon, text: str, lang: str, words: str
) -> None:
    (claim,) = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.counterpart) == ("attribute_share", words, None)


def test_events_against_civilians_stay_a_share_against_them(lexicon: Lexicon) -> None:  # guard
    (claim,) = read_claims(lexicon, "A third of the regime's engagements in 2016 were against civilians.")
    assert (claim.kind, claim.counterpart) == ("share", "civilians")


def test_the_verdict_counts_events_with_a_civilian_among_the_dead(demo: Dyadscope, lexicon: Lexicon) -> None:
    # ISIS in Syria, 2016: 567 of its 2,153 events had at least one civilian dead (26.3%); its events against
    # civilians are another, smaller figure
    text = "Civilians died in roughly a quarter of the events involving ISIS in Syria in 2016."
    claims = extract_claims(parse_article(text, fmt="text"), lexicon, lang="en").claims
    (verdict,) = verify_claims(demo, lexicon, claims)
    assert (verdict.verdict, round(verdict.figure, 3)) == ("supported", 0.263)
    assert "at least one civilian death" in verdict.reason
