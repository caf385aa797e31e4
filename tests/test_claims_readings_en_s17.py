"""English reading kinds of the seventeenth round (issue 9), from the misses of set 20 (reference, timeline and
data-journalism registers): the year an owner's noun is dated by ("the group's 2015 campaign") and a label's year
with an aside before its colon ("Iraq, 2016 (data box): ..."); lists of yearly figures, each number with its own year
("412 clashes (2015); 530 (2016)", "2014 (120) and 2015 (260)", "4,100 in 2015 and 3,200 in 2016") and the toll closing
such a list ("and some 6,300 dead", "with about 700 killed in 2017", "About 4,000 died ..."); a place's size and a head
count set against another ("Homs, a city of 800,000", "down from 4 million"), not event data; a day in digits
("14/8/2016", "8/14/2016", not the ambiguous "3/4/2016") and a day's toll "killed in ... fighting"; Danish number
words in English ("linked to HTS clashes" is no count of two) and the exact figure in brackets after a bound
("fewer than 500 deaths ... (431)") or a bound summing up the yearly figures in brackets after it ("dropped below
1,000 a year after 2016 (880 in 2017; 640 in 2018)"); a nationality before the actor's war ("its 2015 Syrian
footprint", "the group's Iraqi war") is the scope; a place's part with its verb left out (", Raqqa for 12%") and a
place as the sentence's label ("Idlib: about a fifth of HTS engagements in 2017"); the other half of the year with its
verb and noun left out ("...; in the second half, about 700"); a chart's months ("by month, 2017 - February 210");
a second toll in other events ("..., and 2,100 in its fights with ISIS").

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (marked), which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

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
    assert (claim.kind, claim.start, claim.end) == ("count", *year_window(year))


def test_a_year_joined_to_another_is_no_owners_year(lexicon: Lexicon) -> None:
    """Guard: "the SDF's 2016 and 2017 ..." names two years, not the first alone."""
    for claim in _claims(lexicon, "The SDF's 2016 and 2017 campaigns saw 2,200 engagements in Syria."):
        assert (claim.start, claim.end) != year_window(2016)


def test_a_labels_year_with_an_aside_before_its_colon(lexicon: Lexicon) -> None:
    """ "Iraq, 2016 (data box): ..." lost its year to the aside."""
    claims = _claims(lexicon, "ISIS in Iraq, 2016 (data box): 520 recorded engagements; about 40% against the army.")
    assert [c.kind for c in claims] == ["count", "share"]
    assert {(c.start, c.end) for c in claims} == {year_window(2016)}


def _read(claims: list) -> list[tuple[str, float, str | None, dt.date | None]]:
    return [(c.kind, c.value, c.measure, c.start) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "HTS: 412 engagements (2015); 530 (2016); 1,060 (2017).",
            [(412, 2015), (530, 2016), (1060, 2017)],
        ),
        ("The SDF's recorded clashes tripled between 2015 (310) and 2016 (930).", [(310, 2015), (930, 2016)]),
        ("The Peshmerga fought some 420 battles in 2015 and about 380 in 2016.", [(420, 2015), (380, 2016)]),
        (
            "Iraqi government engagements stayed high (1,240 in 2016; 1,180 in 2017).",
            [(1240, 2016), (1180, 2017)],
        ),
    ],
)
def test_a_list_of_yearly_counts_gives_each_its_year(lexicon: Lexicon, text: str, want: list) -> None:
    """Only the first of "N (2016); N (2017)" or "N in 2015 and N in 2016" was read, in the sentence's year."""
    claims = _claims(lexicon, text)
    assert [(c.kind, c.value, c.start) for c in claims] == [("count", v, dt.date(y, 1, 1)) for v, y in want]
    assert len({c.actor for c in claims}) == 1 and claims[0].actor is not None


def test_a_list_of_yearly_tolls_under_its_heading(lexicon: Lexicon) -> None:
    """ "Deaths in ... : N (2015); N (2016)": tolls, each in its year."""
    claims = _claims(lexicon, "Deaths in fighting involving the SDF in Syria: 2,310 (2016); 4,020 (2017).")
    assert _read(claims) == [
        ("count", 2310, "deaths", dt.date(2016, 1, 1)),
        ("count", 4020, "deaths", dt.date(2017, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Peshmerga in Iraq, 2016: 350 engagements and some 2,900 dead.", [(350, None), (2900, "deaths")]),
        ("Al-Shabaab in Somalia, 2017: about 900 attacks, with roughly 4,000 killed.", [(900, None), (4000, "deaths")]),
    ],
)
def test_a_toll_closing_a_list_is_a_toll(lexicon: Lexicon, text: str, want: list) -> None:
    """ "and some 2,900 dead." and "with roughly 4,000 killed." were no figures."""
    claims = _claims(lexicon, text)
    assert [(c.value, c.measure if c.measure == "deaths" else None) for c in claims] == want
    assert claims[-1].kind == "count"  # a year's toll, not one event's


def test_a_toll_with_died_and_a_second_year(lexicon: Lexicon) -> None:
    """ "About 4,100 died ... in 2015 and 3,700 in 2016": two yearly tolls (neither was read)."""
    claims = _claims(lexicon, "About 4,100 died in fighting involving the SDF in Syria in 2015 and 3,700 in 2016.")
    assert _read(claims) == [
        ("count", 4100, "deaths", dt.date(2015, 1, 1)),
        ("count", 3700, "deaths", dt.date(2016, 1, 1)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The number of attacks there fell to 1,420, from 2,310 in 2016.",  # a thousands comma is no list
        "The convoy was hit with 15 killed in the two attacks.",  # "N killed in the ..." quotes the attacks
    ],
)
def test_no_yearly_figure_inside_a_number_or_a_quote(lexicon: Lexicon, text: str) -> None:
    """Guard: "2,310" holds no "310 in 2016"; "15 killed in the two attacks" is no toll of its own."""
    values = {c.value for c in _claims(lexicon, text)}
    assert 310 not in values and 15 not in values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Deir ez-Zor, a city of 300,000 before the war, was besieged from 2014.", 300_000),
        ("Aleppo, a city of 2.1 million, was divided in 2012.", 2_100_000),
        ("Lebanon hosts about 1.5 million refugees today, down from 1.9 million in 2015.", 1_900_000),
    ],
)
def test_a_places_size_and_a_head_count_against_another_are_not_event_data(
    lexicon: Lexicon, text: str, value: int
) -> None:
    """ "a city of 300,000" and "down from 1.9 million" were no figures (testers list them as not event data)."""
    claims = _claims(lexicon, text)
    assert ("not_event_data", value) in [(c.kind, c.value) for c in claims]
    assert {c.kind for c in claims} == {"not_event_data"}


def test_money_down_from_is_no_head_count(lexicon: Lexicon) -> None:
    """Guard: "down from 5 million dollars" is money, no population (both sums listed as money since round 20)."""
    claims = _claims(lexicon, "The fund held $3 million in 2018, down from 5 million dollars in 2016.")
    assert [(c.kind, c.value, c.measure) for c in claims] == [
        ("not_event_data", 3e6, "money"),
        ("not_event_data", 5e6, "money"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 14/8/2016 the SDF killed about 60 people in Manbij in heavy fighting.",
        "On 8/14/2016 the SDF killed about 60 people in Manbij in heavy fighting.",
    ],
)
def test_a_day_in_digits_is_the_window(lexicon: Lexicon, text: str) -> None:
    """ "14/8/2016" was no date: a one-day toll with no day."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.start, claim.end) == (
        "single_event",
        60,
        dt.date(2016, 8, 14),
        dt.date(2016, 8, 14),
    )


def test_a_day_in_digits_in_either_order_is_no_date(lexicon: Lexicon) -> None:
    """Guard: "3/4/2016" is 3 April or March 4: no day is guessed."""
    for claim in _claims(lexicon, "On 3/4/2016 the SDF killed about 60 people in Manbij in heavy fighting."):
        assert claim.start not in (dt.date(2016, 4, 3), dt.date(2016, 3, 4))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("9 June 2016: some 45 killed in SDF fighting around Manbij.", dt.date(2016, 6, 9)),
        ("12 March 2015: at least 80 killed in heavy clashes near Tikrit.", dt.date(2015, 3, 12)),
    ],
)
def test_a_days_toll_killed_in_fighting(lexicon: Lexicon, text: str, day: dt.date) -> None:
    """ "some 45 killed in SDF fighting" was no toll."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.measure, claim.start) == ("single_event", "deaths", day)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In 2017 about 900 deaths in Syria were linked to HTS clashes.", [900]),
        ("In the first quarter of 2018 HTS-regime fighting fell to under thirty engagements.", [30]),
    ],
)
def test_a_danish_number_word_is_no_number_in_english(lexicon: Lexicon, text: str, want: list) -> None:
    """ "to HTS clashes" was a count of two (Danish "to"); "to under thirty" hid the thirty."""
    assert [c.value for c in _claims(lexicon, text)] == want


def test_a_danish_number_word_is_a_number_in_danish(lexicon: Lexicon) -> None:
    """Guard: "to" is still two in Danish."""
    assert [c.value for c in _claims(lexicon, "HTS kæmpede mod regimet i to kampe i 2019.", "da")] == [2]


def test_the_exact_figure_in_brackets_after_a_bound(lexicon: Lexicon) -> None:
    """ "fewer than 500 deaths ... (431)": one toll of 431, not a bound of 500."""
    [claim] = _claims(lexicon, "In 2019 fewer than 500 deaths in Iraq were tied to ISIS fighting (431).")
    assert (claim.kind, claim.value, claim.operator, claim.measure) == ("count", 431, "~", "deaths")


def test_a_footnote_mark_is_no_exact_figure(lexicon: Lexicon) -> None:
    """Guard: "(2)" far below its bound is a note mark, the bound stays."""
    [claim] = _claims(lexicon, "In 2019 fewer than 500 deaths in Iraq were tied to ISIS fighting (2).")
    assert (claim.value, claim.operator) == (500, "<")


def test_a_places_part_with_its_verb_left_out(lexicon: Lexicon) -> None:
    """ ", Raqqa for 12%" was a share in the first clause's place (Aleppo), not Raqqa's part."""
    claims = _claims(lexicon, "Aleppo accounted for a quarter of SDF engagements in 2017, Raqqa for 12%.")
    assert [(c.kind, c.place, c.value, c.actor, c.start) for c in claims] == [
        ("concentration", "Aleppo", 0.25, "Syrian Democratic Forces", dt.date(2017, 1, 1)),
        ("concentration", "Ar Raqqah", 0.12, "Syrian Democratic Forces", dt.date(2017, 1, 1)),
    ]


def test_a_place_as_the_label_is_the_parts_place(lexicon: Lexicon) -> None:
    """ "Idlib: about a fifth of HTS engagements in 2017; 30% in 2019": the place's parts, not shares."""
    claims = _claims(lexicon, "Idlib: about a fifth of HTS engagements in 2017; 30% in 2019.")
    assert [(c.kind, c.place, c.value, c.start) for c in claims] == [
        ("concentration", "Idlib", 0.2, dt.date(2017, 1, 1)),
        ("concentration", "Idlib", 0.3, dt.date(2019, 1, 1)),
    ]


def test_the_other_half_with_its_count_left_bare(lexicon: Lexicon) -> None:
    """ "...; in the second half, about 700" was no figure."""
    claims = _claims(
        lexicon, "In the first half of 2018 the SDF fought 520 engagements in Syria; in the second half, about 700."
    )
    assert [(c.kind, c.value, c.actor, c.start, c.end) for c in claims] == [
        ("count", 520, "Syrian Democratic Forces", dt.date(2018, 1, 1), dt.date(2018, 6, 30)),
        ("count", 700, "Syrian Democratic Forces", dt.date(2018, 7, 1), dt.date(2018, 12, 31)),
    ]


def test_the_other_half_with_a_share_is_no_count(lexicon: Lexicon) -> None:
    """Guard: "in the second half, about 40%" is no count of 40."""
    claims = _claims(
        lexicon, "In the first half of 2018 the SDF fought 520 engagements in Syria; in the second half, about 40%."
    )
    assert not [c for c in claims if c.kind == "count" and c.value == 40]


def test_a_charts_months_are_counts_of_those_months(lexicon: Lexicon) -> None:
    """ "SDF engagements in Syria by month, 2017 - February 210, May 180" was no figure and no window."""
    claims = _claims(lexicon, "Graphic: SDF engagements in Syria by month, 2017 - February 210, May 180, October 95.")
    assert [(c.kind, c.value, c.actor, c.start, c.end) for c in claims] == [
        ("count", 210, "Syrian Democratic Forces", dt.date(2017, 2, 1), dt.date(2017, 2, 28)),
        ("count", 180, "Syrian Democratic Forces", dt.date(2017, 5, 1), dt.date(2017, 5, 31)),
        ("count", 95, "Syrian Democratic Forces", dt.date(2017, 10, 1), dt.date(2017, 10, 31)),
    ]


def test_a_month_and_a_number_without_by_month_is_no_count(lexicon: Lexicon) -> None:
    """Guard: ", March 12" is a day, not twelve events, when nothing is listed by month."""
    claims = _claims(lexicon, "The SDF fought 40 engagements in Raqqa in 2017, the last on a Sunday, March 12.")
    assert [c.value for c in claims if c.kind == "count"] == [40]


def test_a_bound_before_its_yearly_figures_in_brackets_is_no_claim(lexicon: Lexicon) -> None:
    """ "dropped below 1,000 a year after 2016 (880 in 2017; 640 in 2018)": the two counts, not a bound in 2016."""
    text = "SDF engagements dropped below 1,000 a year after 2016 (880 in 2017; 640 in 2018)."
    assert [(c.value, c.operator, c.start) for c in _claims(lexicon, text)] == [
        (880, "~", dt.date(2017, 1, 1)),
        (640, "~", dt.date(2018, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Islamic State's 2015 Syrian footprint was modest: 310 engagements, half of them with the army.", "SYR"),
        ("The group's Iraqi war was winding down: 520 engagements in 2018, against 900 the year before.", "IRQ"),
    ],
)
def test_a_nationality_before_the_actors_war_is_the_scope(lexicon: Lexicon, text: str, country: str) -> None:
    """ "Syrian footprint" named no country: a count over every country the actor fought in (a wrong verdict)."""
    claims = _claims(lexicon, text)
    assert claims and {c.country for c in claims} == {country}


def test_a_second_toll_in_the_actors_other_fights(lexicon: Lexicon) -> None:
    """ "and 2,100 in its fights with ISIS" was a count of 2,100 fights."""
    text = (
        "In 2016 some 4,300 people died in engagements between HTS and the Syrian army, "
        "and 2,100 in its fights with ISIS."
    )
    claims = _claims(lexicon, text)
    assert [(c.kind, c.value, c.measure) for c in claims] == [("count", 4300, "deaths"), ("count", 2100, "deaths")]
    assert (claims[1].actor, claims[1].counterpart) == ("Hay'at Tahrir al-Sham", "Islamic State")
