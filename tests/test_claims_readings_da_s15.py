"""Danish reading kinds of the fifteenth round (issue 9), from set 15's Danish misses: a second clause ", mens X stod
for ..." whose subject is a new owner, "de" as the subject before "modstander", Danish endings after an abbreviation
("SDF'erne"), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Kurderne bar kampen. I 2018 var de modstander i knap halvdelen af IS' kampe i Syrien, mens regimet stod "
            "for godt en tredjedel.",
            "Kurderne",
            "Government of Syria",
        ),
        (
            "YPG'erne førte an. I 2017 var de modstander i over halvdelen af IS' kampe i Syrien, mens oprørerne stod "
            "for en femtedel.",
            "PYD/YPG",
            "oprørerne",
        ),
    ],
)
def test_a_share_before_a_new_subject_clause_keeps_its_own_counterpart(
    lexicon: Lexicon, text: str, first: str, second: str
) -> None:
    one, two = _claims(lexicon, text, "da")
    assert (one.kind, two.kind) == ("share", "share")
    assert (one.actor, one.counterpart) == ("Islamic State", first)
    assert (two.actor, two.counterpart) == ("Islamic State", second)


def test_the_next_clause_s_subject_is_never_the_first_share_s_counterpart(lexicon: Lexicon) -> None:
    text = "I 2018 var de modstander i knap halvdelen af IS' kampe i Syrien, mens regimet stod for godt en tredjedel."
    one, two = _claims(lexicon, text, "da")
    assert one.counterpart is None  # "de" with nothing before it: unknown, not the regime
    assert two.counterpart == "Government of Syria"


@pytest.mark.parametrize("written", ["SDF'ernes", "SDF’ernes"])
def test_danish_endings_after_an_abbreviation(lexicon: Lexicon, written: str) -> None:
    [claim] = _claims(lexicon, f"{written} kampe mod IS i Syrien toppede i 2017 med over 500 sammenstød.", "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", "Syrian Democratic Forces", "Islamic State")
