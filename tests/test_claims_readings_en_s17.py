"""English reading kinds of the seventeenth round (issue 9), from the misses of set 20 (reference, timeline and
data-journalism registers): the year an owner's noun is dated by ("the group's 2015 campaign") and a label's year
with an aside before its colon ("Iraq, 2016 (data box): ...").

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (marked), which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The SDF's 2018 campaign was its bloodiest: 640 engagements in Syria.", 2018),
        ("Al-Nusra's 2015 northern push brought 410 recorded clashes in Syria.", 2015),
        ("The army's 2016 offensive cost 5,200 lives in recorded engagements.", 2016),
    ],
)
def test_a_year_dating_an_owners_noun_is_the_window(lexicon: Lexicon, text: str, year: int) -> None:
    """ "the group's 2014 offensive": the year between an owner and its noun was no window."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.start, claim.end) == ("count", dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_a_year_joined_to_another_is_no_owners_year(lexicon: Lexicon) -> None:
    """Guard: "the SDF's 2016 and 2017 ..." names two years, not the first alone."""
    for claim in _claims(lexicon, "The SDF's 2016 and 2017 campaigns saw 2,200 engagements in Syria."):
        assert (claim.start, claim.end) != (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_labels_year_with_an_aside_before_its_colon(lexicon: Lexicon) -> None:
    """ "Iraq, 2016 (data box): ..." lost its year to the aside."""
    claims = _claims(lexicon, "ISIS in Iraq, 2016 (data box): 520 recorded engagements; about 40% against the army.")
    assert [c.kind for c in claims] == ["count", "share"]
    assert {(c.start, c.end) for c in claims} == {(dt.date(2016, 1, 1), dt.date(2016, 12, 31))}
