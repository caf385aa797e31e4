"""Danish reading kinds of the nineteenth round (issue 9), from set 24's Danish misses (social registers: Facebook
debates, threads, wiki prose): the owner written into a compound noun ("hver tredje IS-kamp"), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

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
    assert (again.start, again.end) == year_window(year)


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
    assert (claim.start, claim.end) == year_window(2016)


# --- a part of a head count by where they went, in the count's scale: "heraf over 3,6 millioner til Tyrkiet" ---------


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("Omkring 6,5 millioner syrere har forladt landet, heraf knap 1 million til Libanon.", "da", 1_000_000),
        ("Over 4 millioner irakere flygtede, hvoraf omkring 250.000 til Jordan.", "da", 250_000),
        ("Some 6.5 million Syrians have left the country, of whom about 3.5 million to Turkey.", "en", 3_500_000),
    ],
)  # fmt: skip
def test_a_part_of_a_head_count_by_where_they_went_is_no_event_data(
    lexicon: Lexicon, text: str, lang: str, part: int
) -> None:
    claims = _claims(lexicon, text, lang)
    assert [c.kind for c in claims] == ["not_event_data", "not_event_data"]
    assert claims[1].value == part


def test_a_part_of_events_in_a_place_is_still_a_concentration(lexicon: Lexicon) -> None:
    # guard: "heraf ... i Raqqa" after events is the events' part in a place, not people
    text = "IS havde omkring 2.800 kampe med oprørere og hæren i 2017, heraf cirka 1.000 i Raqqa-provinsen."
    assert "not_event_data" not in [c.kind for c in _claims(lexicon, text, "da")]


# --- the day something was declared, founded or freed: a date, listed as no event data -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Den Syriske Demokratiske Styrke blev grundlagt den 10. oktober 2015.", "da", dt.date(2015, 10, 10)),
        ("Mosul blev erklæret befriet den 10. juli 2017.", "da", dt.date(2017, 7, 10)),
        ("Islamisk Stat udråbte sit kalifat den 29. juni 2014.", "da", dt.date(2014, 6, 29)),
        ("Mosul was declared liberated on 10 July 2017.", "en", dt.date(2017, 7, 10)),
    ],
)  # fmt: skip
def test_the_day_something_was_declared_is_no_event_data(lexicon: Lexicon, text: str, lang: str, day: dt.date) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "not_event_data"
    assert (claim.start, claim.end, claim.value) == (day, day, day.year)  # the year, as testers since set 20 write it


@pytest.mark.parametrize(
    "text",
    [
        "Den 17. oktober 2017 meldte SDF, at IS havde mistet Raqqa.",  # no declaration
        # the declaration is another clause's, of another time
        "Tyrkiet rykkede ind i Afrin den 20. januar 2018 og erklærede byen for indtaget i marts.",
    ],
)
def test_a_date_without_a_declaration_or_a_day_is_no_claim(lexicon: Lexicon, text: str) -> None:
    # guard
    assert _claims(lexicon, text, "da") == []


def test_the_verdict_on_a_declared_day_says_it_is_a_date(demo, lexicon: Lexicon) -> None:
    from dyadscope.claims.verify import verify_claims
    from dyadscope.claims.wording import verdict_text

    [claim] = _claims(lexicon, "Kalifatet blev udråbt den 29. juni 2014.", "da")
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not event data"
    assert "en dato (29. juni 2014)" in str(verdict_text(verdict, "reason", "da"))
    assert "a date (29. juni 2014)" in verdict.reason


# --- a means as the cause of a share of the dead: an attribute share ("skyldtes russiske luftangreb") --------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cirka en tredjedel af de civile dødsfald i Aleppo i 2016 skyldtes tøndebomber.", "da"),
        ("Over halvdelen af de civile dødsfald i Idlib i 2018 blev forårsaget af russiske luftangreb.", "da"),
        ("About a third of the civilian deaths in Aleppo in 2016 were caused by barrel bombs.", "en"),
    ],
)  # fmt: skip
def test_a_means_causing_a_share_of_the_dead_is_an_attribute_share(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "attribute_share"


# --- a side's own dead ("mistede YPG over 500 krigere", "lost about 100 fighters"): a toll, not checked by side -----


@pytest.mark.parametrize(
    ("text", "lang", "actor", "value"),
    [
        ("Under slaget om Manbij mistede SDF omkring 300 krigere.", "da", "Syrian Democratic Forces", 300),
        ("Den tyrkiske hær mistede over 70 soldater ved al-Bab i vinteren 2016-17.", "da", "Government of Turkey", 70),
        ("In 2017 the SDF lost some 650 fighters in the battle for Raqqa.", "en", "Syrian Democratic Forces", 650),
    ],
)  # fmt: skip
def test_a_side_s_own_dead_are_a_toll(lexicon: Lexicon, text: str, lang: str, actor: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind in ("count", "single_event")
    assert (claim.value, claim.actor, claim.measure) == (value, actor, "own losses")


def test_a_side_s_own_dead_are_not_checked_against_the_whole_toll(demo, lexicon: Lexicon) -> None:
    from dyadscope.claims.verify import verify_claims
    from dyadscope.claims.wording import verdict_text

    [claim] = _claims(lexicon, "I 2017 mistede SDF omkring 650 krigere i kampen mod IS.", "da")
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not checkable"
    assert "den ene sides egne tab" in str(verdict_text(verdict, "reason", "da"))


def test_losing_a_share_is_no_toll(lexicon: Lexicon) -> None:
    # guard: "mistede 40 procent af sine krigere" is no number of dead
    claims = _claims(lexicon, "IS mistede i 2017 omkring 40 procent af sit territorium.", "da")
    assert all(c.measure != "own losses" for c in claims)
