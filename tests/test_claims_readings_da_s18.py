"""Danish reading kinds of the eighteenth round (issue 9), from set 22's Danish misses (spoken registers: debate and
interview transcripts, blogs) and set 21's three Danish kinds: a causal clause's sides, a fronted "Under ..." with
no comma, a place at the top of the list.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- a causal clause after the comma ("idet", "fordi") holds its own sides ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("HTS bekæmpede i 2017 mest regimet, idet IS kun var modpart i omkring 15 procent af HTS' kampe.", "da",
         "Islamic State"),
        ("Hæren kæmpede i 2016 mest mod oprørerne, fordi IS kun var modpart i cirka hver femte af regimets kampe.",
         "da", "Islamic State"),
        ("ISIS mainly fought rebels in 2014, because the regime was the counterpart in only a third of the group's "
         "clashes.", "en", "Government of Syria"),
    ],
)  # fmt: skip
def test_the_sides_of_a_causal_clause_are_its_own(lexicon: Lexicon, text: str, lang: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert claim.counterpart == counterpart


def test_a_figure_before_a_causal_clause_keeps_its_own_sides(lexicon: Lexicon) -> None:
    # guard: the clause after the figure names no side of it
    text = "IS kæmpede i 2015 over 1.000 gange mod regimet, fordi hæren rykkede frem mod Palmyra."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", "Islamic State", "Government of Syria")


# --- "Under offensiven mod X ..." fronted with no comma: its place is the operation's, not the claim's ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Under offensiven mod Idlib fra april til august 2019 var oprørerne modpart i 90 procent af hærens kampe.",
        "Under belejringen af Aleppo i 2016 var oprørerne modpart i 80 procent af regimets kampe.",
        "Under erobringen af Raqqa i sommeren 2017 stod IS over for SDF i næsten alle alliancens kampe i Syrien.",
    ],
)
def test_a_fronted_operation_with_no_comma_is_no_place_of_the_claim(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share"
    assert claim.place is None
    assert claim.country == "SYR"


def test_a_place_after_the_verb_of_the_fronted_clause_is_the_claim_s(lexicon: Lexicon) -> None:
    # guard: the fronted part ends at its verb; a place after it is the claim's
    text = "Under offensiven i 2019 var oprørerne modpart i 90 procent af hærens kampe i Idlib."
    [claim] = _claims(lexicon, text, "da")
    assert claim.place == "Idlib"


# --- a place at the top of the list with its part: a concentration -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("I 2017 lå Deir ez-Zor-provinsen i toppen med omkring 40 procent af IS' kampe i Syrien.", "da", "Deir ez-Zor"),
        ("Anbar-provinsen lå øverst i 2015 med godt hver tredje af de irakiske styrkers kampe.", "da", "Anbar"),
        ("In 2017 Deir ez-Zor province topped the list with about 40 percent of ISIS's clashes in Syria.", "en",
         "Deir ez-Zor"),
    ],
)  # fmt: skip
def test_a_place_at_the_top_with_a_part_of_the_events_is_a_concentration(
    lexicon: Lexicon, text: str, lang: str, place: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "concentration"
    assert place in (claim.place or "")
