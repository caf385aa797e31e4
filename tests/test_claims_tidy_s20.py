"""Round 20, tidy: the readings and checks that were written in several places, each now one definition; these tests
pin what every former site did, the cases where they differ included."""

from __future__ import annotations

from datetime import date

import pytest
from tests.conftest import read_claims

from dyadscope.analysis.targeting import window_uncovered
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.roles import participants
from dyadscope.claims.verify_judge import _uncovered, _window_reason
from dyadscope.claims.wording import render


def _claim() -> Claim:
    return Claim("c1", "share", "Some text.", start=date(2015, 1, 1), end=date(2015, 12, 31))


@pytest.mark.parametrize(
    ("left_out", "inside", "short"),
    [
        (0, 0, False),  # nothing in scope at all: nothing is left out
        (1, 0, True),  # every event in scope is year-dated
        (1, 4, False),  # exactly a fifth left out is still covered
        (3, 9, True),  # a quarter left out is not
        (0, 100, False),
    ],
)
def test_cannot_place_is_more_than_a_fifth_left_out(left_out: int, inside: int, short: bool) -> None:
    assert window_uncovered(left_out, inside) is short


def test_uncovered_counts_the_left_out_of_all_in_scope() -> None:
    text = render(_uncovered(_claim(), 3, 9), "en")
    assert "2015-01-01..2015-12-31" in text and "3 of the 12 events" in text
    assert "3 af de 12 hændelser" in render(_uncovered(_claim(), 3, 9), "da")


@pytest.mark.parametrize(
    ("left_out", "inside", "empty", "key"),
    [
        # no policy for an empty window (the class check, the lethality share, before their own 'no events'):
        # only year-dated events stop the check, even when none is inside
        (0, 0, None, None),
        (2, 0, None, "not_covered"),
        (1, 4, None, None),
        (3, 9, None, "not_covered"),
        # a place's share and a governorate's share of its country: an empty window says so, before the year-dated
        (0, 0, "no_events_scope", "no_events_scope"),
        (2, 0, "no_events_scope", "no_events_scope"),
        (3, 9, "no_events_scope", "not_covered"),
        (1, 4, "no_events_scope", None),
        # a country's total and its civilian dead: an empty window is 'not covered' too
        (0, 0, "not_covered", "not_covered"),
        (2, 0, "not_covered", "not_covered"),
        (3, 9, "not_covered", "not_covered"),
        (1, 4, "not_covered", None),
    ],
)
def test_window_reason_keeps_each_sites_empty_window(
    left_out: int, inside: int, empty: str | None, key: str | None
) -> None:
    why = _window_reason(_claim(), left_out, inside, empty=empty)
    assert (why.key if why is not None else None) == key
    if key == "not_covered":
        assert why is not None and why.values["total"] == left_out + inside and why.values["left_out"] == left_out


@pytest.mark.parametrize(
    ("text", "lang", "value", "op"),
    [
        # a speaker's correction (corrections.py) by the shared words, before the number or after it
        ("ISIS fought roughly a thousand times in Syria in 2017 - exactly 1,059.", "en", 1059, "~"),
        ("ISIS fought roughly a thousand times in Syria in 2017 - 1,059, to be exact.", "en", 1059, "~"),
        ("ISIS fought roughly a thousand times in Syria in 2017 - 1,059 to be precise.", "en", 1059, "~"),
        # a vague count's exact number (figures.py), in either language; a comma closes the aside as a dash does
        ("Hundreds of clashes – precisely 470 – pitted ISIS against the SDF in Syria in 2017.", "en", 470, "="),
        ("Hundreds of clashes – 470, to be precise – pitted ISIS against the SDF in Syria in 2017.", "en", 470, "~"),
        ("Hundredvis af sammenstød – præcis 470 – stod mellem IS og SDF i Syrien i 2017.", "da", 470, "="),
        ("Hundredvis af sammenstød – nøjagtig 470 – stod mellem IS og SDF i Syrien i 2017.", "da", 470, "="),
    ],
)
def test_the_exact_number_in_an_aside_after_a_figure(
    lexicon: Lexicon, text: str, lang: str, value: int, op: str
) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.operator) == ("count", value, op)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the actor's own former name in apposition (_FORMER_NAME): one actor, no other side
        ("In 2017 HTS, formerly Nusra, fought in about 300 engagements in Syria.", [("actor", "hts")]),
        ("In 2017 HTS (previously Jabhat al-Nusra) fought in about 300 engagements in Syria.", [("actor", "hts")]),
        ("I 2017 deltog HTS, den tidligere Nusra-front, i omkring 300 kampe i Syrien.", [("actor", "hts")]),
        # a name of another time in brackets (_THEN_NAMED): two actors of one class are their class, and a lineage
        # stays one actor; Danish "tidligere" in brackets is read so
        ("In 2016 the YPG (pre-SDF) fought in about 300 clashes with ISIS.", [("group", "kurds"), ("actor", "isis")]),
        (
            "I 2016 kæmpede SDF (tidligere YPG) i omkring 300 sammenstød med IS.",
            [("group", "kurds"), ("actor", "isis")],
        ),
        ("I 2017 deltog HTS (tidligere Nusra) i omkring 300 kampe i Syrien.", [("actor", "hts")]),
    ],
)
def test_a_groups_other_name_in_apposition(lexicon: Lexicon, text: str, sides: list[tuple[str, str]]) -> None:
    parts = participants(lexicon, text, lexicon.mentions(text))
    assert [(p.kind, p.key) for p in parts] == sides
