"""Side, scope and definition kinds found by set 25 (issue 9, round 20: Danish wire copy, parliament answers,
fact-checkers). Sentences are our own. Numbers that are not event data (money, ages, a share of a place destroyed)
are listed as such, each with its own reason, in both languages (docs/claims.md, round 20, defs)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import read_claims
from dyadscope.claims.resolve import Lexicon


def _listed(lexicon: Lexicon, text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.kind, c.value, c.measure) for c in read_claims(lexicon, text, lang)]


# --- a sum of money: not event data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The ministry put the cost of the mission at $3.2 billion.", "en", 3.2e9),
        ("Norway promised NOK 40 million and Sweden SEK 55 million in aid.", "en", None),  # guard: no currency known
        ("Sweden gave USD 85 million to the appeal.", "en", 85e6),
        ("The ransom was put at $5-7 million per hostage.", "en", 6e6),
        ("The armed group was said to collect half a billion dollars a year.", "en", None),  # guard: no number
        ("Parliament voted 4.5 billion euros for the mission.", "en", 4.5e9),
        ("The group took in a million dollars a week from smuggling.", "en", 1e6),
        ("Indsatsen har kostet knap 2,4 mia. kr. siden 2016.", "da", 2.4e9),
        ("Regeringen har givet 310 millioner kroner til nødhjælp.", "da", 310e6),
        ("Forsvaret brugte over en milliard kroner på missionen.", "da", 1e9),
    ],
)  # fmt: skip
def test_a_sum_of_money_is_listed_as_not_event_data(
    lexicon: Lexicon, text: str, lang: str, value: float | None
) -> None:
    listed = _listed(lexicon, text, lang)
    if value is None:
        assert ("not_event_data", pytest.approx(value), "money") not in listed
        return
    assert listed == [("not_event_data", pytest.approx(value), "money")]


def test_a_price_on_the_page_is_no_claim(lexicon: Lexicon) -> None:
    assert read_claims(lexicon, "Subscribe today: £2 a week for your first three months.", "en") == []
    assert read_claims(lexicon, "Abonnér nu for 9 kr. den første måned.", "da") == []


def test_money_beside_a_count_of_events_leaves_the_count(lexicon: Lexicon) -> None:
    claims = read_claims(lexicon, "In 2016 ISIS fought 2,100 battles in Syria, while it made $2 billion.", "en")
    assert [(c.kind, c.value) for c in claims] == [("count", 2100), ("not_event_data", 2e9)]


# --- an age: not event data ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("The median age of the detainees on the list was 29.", "en", 29),
        ("Den dømte, der er 31 år, rejste til Syrien i 2015.", "da", 31),
        ("Den ældste af de tilbageholdte var 67 år.", "da", 67),
        ("Kommandanten blev 52 år gammel.", "da", 52),
        ("Lejren huser 9.000 mennesker, de fleste børn under 10 år.", "da", 10),
    ],
)
def test_an_age_is_listed_as_not_event_data(lexicon: Lexicon, text: str, lang: str, age: int) -> None:
    assert ("not_event_data", age, "age") in _listed(lexicon, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "For 3 år siden var der 400 kampe i provinsen.",  # a time ago, with a count: the count only
        "Det var 5 år efter, at kalifatet faldt.",  # a time after, no age
    ],
)
def test_years_that_are_no_age_are_not_listed_as_one(lexicon: Lexicon, text: str) -> None:
    # guard
    assert all(c.measure != "age" for c in read_claims(lexicon, text, "da"))


# --- a share of a place destroyed: not event data ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "share"),
    [
        ("Homs old city was about 60 percent destroyed by 2014.", "en", 0.6),
        ("Some 70% of the houses in Kobane were damaged or destroyed.", "en", 0.7),
        ("Næsten halvdelen af byens skoler blev ødelagt i kampene.", "da", 0.45),
    ],
)
def test_a_share_destroyed_is_listed_as_not_event_data(lexicon: Lexicon, text: str, lang: str, share: float) -> None:
    [(kind, value, measure)] = _listed(lexicon, text, lang)
    assert (kind, measure) == ("not_event_data", "destroyed") and value == pytest.approx(share, abs=0.06)


def test_a_share_of_events_that_destroyed_something_is_about_events(lexicon: Lexicon) -> None:
    # guard: "40% of the regime's airstrikes destroyed hospitals" counts events
    [claim] = read_claims(lexicon, "In 2017, 40 percent of the regime's airstrikes destroyed hospitals.", "en")
    assert claim.kind != "not_event_data"


# --- what a user sees: each kind its reason, in both languages ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "en", "da"),
    [
        ("The mission cost $3.2 billion.", "en", "a sum of money ($3.2 billion)", "et pengebeløb ($3.2 billion)"),
        ("Kommandanten blev 52 år gammel.", "da", "an age (52)", "en alder (52)"),
        ("Homs old city was 60 percent destroyed.", "en", "a share destroyed (60 percent)", "en ødelagt andel"),
    ],
)
def test_the_verdict_says_what_the_number_is(demo, lexicon: Lexicon, text: str, lang: str, en: str, da: str) -> None:
    from dyadscope.claims.verify import verify_claims
    from dyadscope.claims.wording import verdict_text

    [claim] = read_claims(lexicon, text, lang)
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not event data"
    assert en in verdict.reason
    assert da in str(verdict_text(verdict, "reason", "da"))


# --- a country backing a side is no place (set 26's en018) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2018, factions backed by Turkey fought the SDF in about a third of its clashes.", "en"),
        ("Rebels supported by Turkey were on the other side of a third of the SDF's engagements in 2018.", "en"),
        ("I 2018 var grupper støttet af Tyrkiet modpart i hver tredje af SDF's kampe.", "da"),
    ],
)
def test_a_country_backing_a_side_is_not_the_claims_country(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert claim.country != "TUR"


def test_a_country_named_as_the_place_still_is(lexicon: Lexicon) -> None:
    # guard: "in Turkey" is the scope
    [claim] = read_claims(lexicon, "In Turkey, the army fought the PKK about 700 times in 2016.", "en")
    assert claim.country == "TUR"


# --- the Kurdish-led forces' rebels: the rebel class, the jihadists the other definition (set 26's da016) ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rebel factions were the SDF's opponents in a little over a third of its clashes in 2018.", "en"),
        ("I 2018 kæmpede SDF mod oprørere i godt en tredjedel af sine kampe.", "da"),
    ],
)
def test_the_kurdish_forces_rebels_are_counted_without_the_jihadists(
    demo, lexicon: Lexicon, text: str, lang: str
) -> None:
    from dyadscope.claims.verify import verify_claims

    # SDF 2018 in the demo store: 280 of 794 engagements with the rebel class (35.3%), 785 with rebels and jihadists
    [claim] = read_claims(lexicon, text, lang)
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert (verdict.matching_events, verdict.events) == (280, 794)
    assert verdict.verdict == "depends on definition" and verdict.as_counted == "supported"
    assert "98.9%" in verdict.reason  # the reading with the jihadists, stated


def test_the_regimes_rebels_count_the_rebel_class_first(demo, lexicon: Lexicon) -> None:
    from dyadscope.claims.verify import verify_claims

    # round 22 made the rebel class the reach counted first for every side (round 19 had kept the jihadists in for
    # every side but the Kurds'); the jihadists with them are the other definition
    [claim] = read_claims(lexicon, "In 2016 rebels were on the other side of most of the regime's battles.", "en")
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert (verdict.matching_events, verdict.events) == (3736, 4694)  # the rebel class: 79.6% (with jihadists 99.3%)


# --- a date: its year the value, a month and year listed too (sets 20-26 write the year) --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "year", "first"),
    [
        ("The Free Syrian Army was formed in July 2011 by defecting officers.", "en", 2011, dt.date(2011, 7, 1)),
        ("Operation Olive Branch was launched on 20 January 2018.", "en", 2018, dt.date(2018, 1, 20)),
        ("Koalitionen blev dannet i september 2014.", "da", 2014, dt.date(2014, 9, 1)),
        ("Den Islamiske Stat udråbte sit kalifat den 29. juni 2014.", "da", 2014, dt.date(2014, 6, 29)),
    ],
)
def test_a_date_something_began_on_is_listed_with_its_year(
    lexicon: Lexicon, text: str, lang: str, year: int, first: dt.date
) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.value, claim.start) == ("not_event_data", "date", year, first)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In October 2015 ISIS began attacks on the SDF near Hasakah.", "en"),  # the month opens an event claim
        ("The ceasefire was agreed in May 2017 and broke down in June 2017.", "en"),  # two months: no one date
        ("Talks resumed in March 2017.", "en"),  # no founding, beginning or declaring
    ],
)
def test_a_month_with_no_beginning_of_its_own_is_not_listed(lexicon: Lexicon, text: str, lang: str) -> None:
    # guard
    assert all(c.measure != "date" for c in read_claims(lexicon, text, lang))
