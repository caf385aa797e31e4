"""Danish reading kinds of the seventeenth round (issue 9), from set 20's Danish misses (reference, timeline and
fact-box registers): windows written the short way ("marts '16", a label's year before its bracketed tag), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- windows written the short way ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("I august '17 kæmpede SDF 150 gange mod IS i Syrien.", "da", dt.date(2017, 8, 1), dt.date(2017, 8, 31)),
        ("Hæren stod i nov. '15 for 60 angreb i Aleppo.", "da", dt.date(2015, 11, 1), dt.date(2015, 11, 30)),
        ("In June '18 the SDF fought ISIS some 90 times.", "en", dt.date(2018, 6, 1), dt.date(2018, 6, 30)),
    ],
)  # fmt: skip
def test_a_month_with_a_two_digit_year_is_that_month(
    lexicon: Lexicon, text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "count"
    assert (claim.start, claim.end) == (start, end)
    assert claim.unread == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regimet i Syrien, 2018 (nøgletal): omkring 1.700 kampe; 40 pct. mod oprørerne.", "da"),
        ("The regime in Syria, 2018 (key figures): about 1,700 battles; 40 per cent against the rebels.", "en"),
    ],
)
def test_a_label_s_year_before_its_bracketed_tag_is_the_window(lexicon: Lexicon, text: str, lang: str) -> None:
    claims = _claims(lexicon, text, lang)
    assert [c.kind for c in claims] == ["count", "share"]
    assert {(c.start, c.end) for c in claims} == {(dt.date(2018, 1, 1), dt.date(2018, 12, 31))}


def test_a_bracket_with_no_colon_after_a_year_is_no_label(lexicon: Lexicon) -> None:
    # guard: "2016 (se grafik)" inside a sentence is no label; the year is still read as the sentence's one year
    [claim] = _claims(lexicon, "IS kæmpede 2.153 gange i Syrien i 2016 (se grafik).", "da")
    assert (claim.start, claim.end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
