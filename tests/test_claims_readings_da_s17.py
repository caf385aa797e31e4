"""Danish reading kinds of the seventeenth round (issue 9), from set 20's Danish misses (reference, timeline and
fact-box registers): windows written the short way ("marts '16"), counts again the year after, sides and years of a
later share, head counts listed as not event data, lethality and means as attribute shares, "godt en fjerdedel".

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

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


def test_a_bracket_with_no_colon_after_a_year_is_no_label(lexicon: Lexicon) -> None:
    # guard: "2016 (se grafik)" inside a sentence is no label; the year is still read as the sentence's one year
    [claim] = _claims(lexicon, "IS kæmpede 2.153 gange i Syrien i 2016 (se grafik).", "da")
    assert (claim.start, claim.end) == year_window(2016)


# --- a count again the year after, its events left out (a number with its own year after it: grammar-en's) ---


def _counts(lexicon: Lexicon, text: str, lang: str) -> list[tuple[float, int | None]]:
    """The counts of events read (a toll, such as a side's own dead "mistede 300 krigere", counts no events)."""
    tolls = ("deaths", "own losses")
    counts = [c for c in _claims(lexicon, text, lang) if c.kind == "count" and c.measure not in tolls]
    return [(c.value, c.start.year if c.start else None) for c in counts]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("IS udkæmpede 2.100 kampe i Syrien i 2014, året efter omkring 1.900.", "da", [(2100, 2014), (1900, 2015)]),
        ("I 2018 var SDF med i knap 800 kampe, og året efter i godt 450.", "da", [(800, 2018), (450, 2019)]),
        ("ISIS fought 2,100 battles in 2014, the following year about 1,900.", "en", [(2100, 2014), (1900, 2015)]),
    ],
)  # fmt: skip
def test_a_bare_number_the_year_after_a_count_is_the_count_again(
    lexicon: Lexicon, text: str, lang: str, want: list[tuple[float, int]]
) -> None:
    assert _counts(lexicon, text, lang) == want


def test_a_danish_verb_before_the_number_of_events_reads_both_counts(lexicon: Lexicon) -> None:
    text = "I Syrien faldt antallet af sammenstød mellem SDF og IS fra 1.300 i 2017 til 600 i 2018."
    assert _counts(lexicon, text, "da") == [(1300, 2017), (600, 2018)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a share after the count is no count; a number of people is no count of events
        ("IS kæmpede 2.100 gange i Syrien i 2014 og 40 procent af dem i 2015 mod kurderne.", "da", [(2100, 2014)]),
        ("IS kæmpede 2.100 gange i 2014 og mistede 300 krigere i 2015.", "da", [(2100, 2014)]),
        # a bare number after "the following year" with more words after it is not read as that year's count
        ("ISIS fought 2,100 battles in 2014, the following year 1,900 of them in Iraq.", "en", [(2100, 2014)]),
    ],
)
def test_other_numbers_after_a_count_are_no_count_again(
    lexicon: Lexicon, text: str, lang: str, want: list[tuple[float, int]]
) -> None:
    assert _counts(lexicon, text, lang) == want


# --- a share's sides and year in the reference register -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("I 2017 var SDF - ikke regimet - IS' vigtigste modstander i Syrien med 47 pct. af kampene.", "da", "SDF"),
        ("I 2013 var kurderne IS' største modstander med omkring tre ud af fem kampe.", "da", "kurderne"),
        ("In 2017 the SDF was ISIS's most important opponent in Syria, with 47 per cent of its battles.", "en", "SDF"),
    ],
)
def test_a_side_called_the_owner_s_most_important_opponent_is_the_counterpart(
    lexicon: Lexicon, text: str, lang: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert claim.actor == "Islamic State"
    assert counterpart in (claim.counterpart or "") or claim.counterpart == "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regimet var modpart i 43 pct. af IS' kampe i Syrien i 2016 og i 36 pct. i 2018.", "da"),
        ("I 2016 stod regimet for omkring 43 pct. af IS' kampe i Syrien, og for 36 pct. i 2018.", "da"),
        ("The regime was ISIS's opponent in 43% of its Syrian battles in 2016 and in 36% in 2018.", "en"),
    ],
)
def test_a_later_share_with_its_year_after_it_keeps_the_sides_and_takes_that_year(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    first, second = _claims(lexicon, text, lang)
    assert (second.actor, second.counterpart) == (first.actor, first.counterpart)
    assert [(c.value, c.start.year if c.start else None) for c in (first, second)] == [(0.43, 2016), (0.36, 2018)]
    assert first.unread == second.unread == []


def test_danish_end_is_than_not_the_end_of_a_period(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "SDF kæmpede i 2017 omkring 1.450 gange - flere end noget andet år.", "da")
    assert (claim.value, claim.start, claim.unread) == (1450, dt.date(2017, 1, 1), [])


def test_the_end_of_a_period_is_still_an_unread_edge(lexicon: Lexicon) -> None:
    # guard: "the end of the year" names a part of the window the checker does not apply
    [claim] = _claims(lexicon, "Towards the end of the year 2017 the SDF fought about 300 battles.", "en")
    assert claim.unread != []


# --- not event data: head counts in the fact-box register ------------------------------------------------------------


def test_one_and_a_half_million_people_is_a_head_count(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Aleppo havde før krigen halvanden million indbyggere.", "da")
    assert (claim.kind, claim.value) == ("not_event_data", 1_500_000)


def test_a_share_of_the_people_just_counted_in_its_own_clause_is_listed(lexicon: Lexicon) -> None:
    text = "Raqqa-provinsen havde omkring 900.000 indbyggere i 2011; en tredjedel er siden flygtet."
    assert [(c.kind, round(c.value, 3)) for c in _claims(lexicon, text, "da")] == [
        ("not_event_data", 900_000),
        ("not_event_data", 0.333),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # guards: testers list neither the apposition nor "hvoraf halvdelen er ..."
        "Omkring 60.000 mennesker bor i lejren, halvdelen af dem børn.",
        "Idlib har omkring tre millioner indbyggere, hvoraf halvdelen er fordrevne.",
    ],
)
def test_a_share_of_people_in_an_apposition_or_relative_is_not_listed(lexicon: Lexicon, text: str) -> None:
    assert [c.kind for c in _claims(lexicon, text, "da")] == ["not_event_data"]


# --- what kind of events a share's events were ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regimets kampe med mindst 10 dræbte udgjorde omkring en tredjedel af alle i Syrien i 2014.", "da"),
        ("SDF's kampe med ti eller flere døde stod for godt en tiendedel af alle i 2017.", "da"),
        ("ISIS events with ten or more deaths made up about a third of its activity in Syria in 2016.", "en"),
    ],
)
def test_deadly_events_as_the_subject_of_a_share_are_a_lethality_share(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)  # no toll of ten beside it
    assert claim.kind == "attribute_share"
    assert claim.measure is not None and ("10" in claim.measure or "ti" in claim.measure or "ten" in claim.measure)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hver fjerde af hærens kampe i Irak i 2015 var amerikanske luftangreb.", "da"),
        ("In 2016 a third of ISIS's engagements in Syria were American airstrikes.", "en"),
    ],
)
def test_a_means_with_its_owner_s_adjective_after_the_share_is_an_attribute(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure) == ("attribute_share", "luftangreb" if lang == "da" else "airstrikes")


# --- "godt en fjerdedel": a good quarter, a little above it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Idlib stod for godt en fjerdedel af regimets kampe i 2019.", 0.25, 0.3),
        ("I 2016 var godt og vel en tredjedel af SDF's kampe mod IS.", 1 / 3, 0.4),
        ("Kurderne var modpart i godt hver femte af IS' kampe i Syrien i 2014.", 0.2, 0.24),
    ],
)
def test_a_good_fraction_is_a_little_above_it(lexicon: Lexicon, text: str, low: float, high: float) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.value, claim.upper) == pytest.approx((low, high))


def test_a_good_number_in_digits_is_still_more_than_it(lexicon: Lexicon) -> None:
    # guard: "godt 40 procent", "godt 1.100 gange" keep the bound the writer gave
    claims = _claims(lexicon, "Regimet stod for godt 40 procent af IS' kampe i 2016 og kæmpede godt 1.100 gange.", "da")
    assert [(c.value, c.operator, c.upper) for c in claims] == [(0.4, ">", None), (1100, ">", None)]


# --- the state's forces read as the counterpart are no second actor --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ifølge opgørelsen stødte SDF og regeringshæren aldrig sammen i 2019.",
        "Ifølge data kæmpede HTS og hæren aldrig mod hinanden i 2018.",
    ],
)
def test_a_state_s_forces_joined_to_the_actor_are_the_counterpart_not_a_co_actor(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.counterpart, claim.unread) == ("absence", "Government of Syria", [])


def test_a_second_actor_beside_the_subject_is_still_unread(lexicon: Lexicon) -> None:
    # guard: "HTS og hæren kæmpede mod IS": the army fought IS too, the count is not HTS's alone
    [claim] = _claims(lexicon, "HTS og hæren kæmpede mod IS omkring 40 gange i 2017.", "da")
    assert claim.unread == ["hæren"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Inde i Tyrkiet var over 90 procent af statens kampe i 2016 mod PKK.", "Government of Turkey"),
        ("I Irak kæmpede staten mod IS omkring 500 gange i 2016.", "Government of Iraq"),
    ],
)
def test_the_state_in_danish_is_the_named_country_s_state(lexicon: Lexicon, text: str, actor: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.actor == actor


def test_islamic_state_is_no_state(lexicon: Lexicon) -> None:
    # guard: "Islamisk Stats kampe" are the group's, never a state's
    [claim] = _claims(lexicon, "I 2016 var omkring 40 procent af Islamisk Stats kampe i Syrien mod regimet.", "da")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Government of Syria")
