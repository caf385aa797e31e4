"""Danish reading kinds of the nineteenth round (issue 9), from set 24's Danish misses (social registers: Facebook
debates, threads, wiki prose): the owner written into a compound noun ("hver tredje IS-kamp"), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- the owner written into a Danish compound: "hver tredje IS-kamp" is IS's, the other side its counterpart --------


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("I 2016 var kurderne i SDF modstander i omkring hver fjerde IS-kamp.", "Islamic State",
         "Syrian Democratic Forces"),
        ("Oprørerne var modparten i godt halvdelen af IS-kampene i 2014.", "Islamic State", "Oprørerne"),
        ("Om efteråret 2017 stod SDF over for IS i næsten hver anden IS-kamp i Syrien.", "Islamic State",
         "Syrian Democratic Forces"),
        ("I 2018 var IS modstander i cirka hver tiende SDF-kamp.", "Syrian Democratic Forces", "Islamic State"),
    ],
)  # fmt: skip
def test_the_owner_written_into_a_compound_noun_acts(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share"
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_a_count_of_compound_nouns_keeps_its_owner(lexicon: Lexicon) -> None:
    # guard: a count's own compound noun already named its owner
    [claim] = _claims(lexicon, "I marts 2017 var der omkring 250 IS-kampe i Syrien.", "da")
    assert (claim.kind, claim.value, claim.actor) == ("count", 250, "Islamic State")


# --- the count before, moved "en smule, til ..." or "nede på ...": a count again ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "year"),
    [
        ("IS havde 2.300 kampe i Syrien i 2016. I 2017 faldt det en smule, til omkring 2.100.", "da", 2100, 2017),
        ("IS havde 2.300 kampe i Syrien i 2016. I 2017 steg tallet kraftigt, til over 2.800.", "da", 2800, 2017),
        ("IS havde 2.300 kampe i Syrien i 2016. I 2018 var tallet nede på omkring 1.000.", "da", 1000, 2018),
        ("IS havde 2.300 kampe i Syrien i 2016. Året efter lå det oppe på 2.850.", "da", 2850, 2017),
        ("ISIS had 2,300 clashes in Syria in 2016. In 2017 it fell slightly, to about 2,100.", "en", 2100, 2017),
    ],
)  # fmt: skip
def test_a_count_moved_some_way_or_at_its_level_is_a_count_again(
    lexicon: Lexicon, text: str, lang: str, value: int, year: int
) -> None:
    _, again = _claims(lexicon, text, lang)
    assert (again.kind, again.value, again.actor, again.country) == ("count", value, "Islamic State", "SYR")
    assert (again.start, again.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_a_share_at_its_level_is_no_count(lexicon: Lexicon) -> None:
    # guard: "nede på 40 procent" is a share's level, never a count of 40
    text = "IS havde 2.300 kampe i Syrien i 2016. I 2017 var det nede på 40 procent."
    assert all(c.kind != "count" or c.value != 40 for c in _claims(lexicon, text, "da"))


# --- a month of a year named by reference: "I december samme år", "in March the following year" --------------------


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("I juni 2016 havde IS omkring 250 kampe i Syrien. I oktober samme år var der knap 200 IS-kampe.", "da",
         dt.date(2016, 10, 1), dt.date(2016, 10, 31)),
        ("I juni 2016 havde IS omkring 250 kampe i Syrien. I februar året efter var der knap 200 IS-kampe.", "da",
         dt.date(2017, 2, 1), dt.date(2017, 2, 28)),
        ("ISIS had about 250 clashes in Syria in June 2016. In October of that year there were under 200 ISIS "
         "clashes.", "en", dt.date(2016, 10, 1), dt.date(2016, 10, 31)),
    ],
)  # fmt: skip
def test_a_month_of_a_year_named_by_reference_is_that_month(
    lexicon: Lexicon, text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    claim = _claims(lexicon, text, lang)[-1]
    assert claim.kind == "count"
    assert (claim.start, claim.end) == (start, end)


def test_the_year_named_by_reference_alone_is_the_whole_year(lexicon: Lexicon) -> None:
    # guard: with no month before it, "samme år" stays the previous window's year
    text = "I juni 2016 havde IS omkring 250 kampe i Syrien. Samme år havde SDF omkring 700 kampe."
    claim = _claims(lexicon, text, "da")[-1]
    assert (claim.start, claim.end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
