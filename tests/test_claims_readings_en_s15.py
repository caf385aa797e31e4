"""English reading kinds of the fifteenth round (issue 9), from the misses of set 15: a count reached by a steep or
slight move ("had collapsed to around 300"), a vague count after its events ("numbered in the hundreds"), counts
and tolls written as ranges ("between 30 and 40 clashes", "killed 30-40 people").

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
    ("text", "value", "actor", "year"),
    [
        ("By 2019, clashes between the SDF and IS had plunged to about 150.", 150, "Syrian Democratic Forces", 2019),
        ("ISIS attacks in Iraq soared to some 900 in 2016.", 900, "Islamic State", 2016),
        ("Engagements between HTS and the regime dipped to roughly 60 in 2019.", 60, "Hay'at Tahrir al-Sham", 2019),
        (
            "Regime battles with the rebels in Daraa had collapsed to fewer than 40 by 2019.",
            40,
            "Government of Syria",
            2019,
        ),
    ],
)
def test_a_count_reached_by_a_steep_or_slight_move(
    lexicon: Lexicon, text: str, value: int, actor: str, year: int
) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.actor) == ("count", value, actor)
    assert claim.start == dt.date(year, 1, 1)


def test_a_collapse_by_a_share_is_no_count(lexicon: Lexicon) -> None:
    """Guard: "plunged by 40 per cent" is a change, not a count of 40 (round 18: read as a change, not checkable)."""
    claims = _claims(lexicon, "ISIS attacks in Iraq plunged by 40 per cent in 2018.")
    assert not [c for c in claims if c.kind == "count" and c.measure != "change"]
    assert [c.value for c in claims] in ([], [0.4])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Clashes between Turkish troops and the SDF numbered in the hundreds in 2019.", 200, 999),
        ("IS attacks on civilians in Iraq ran into the thousands in 2015.", 2000, 9999),
        ("HTS engagements with the regime were in the dozens in 2016.", 24, 99),
    ],
)
def test_a_vague_count_after_its_events(lexicon: Lexicon, text: str, low: int, high: int) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.upper, claim.operator) == ("count", low, high, "in")
    assert claim.actor is not None and claim.start is not None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 30 and 40 clashes between HTS and IS were recorded in 2018.", 30, 40),
        ("HTS and IS clashed 30 to 40 times in 2018.", 30, 40),
        ("The SDF fought the regime in 5-10 engagements in 2017.", 5, 10),
    ],
)
def test_a_count_written_as_a_range_is_the_range(lexicon: Lexicon, text: str, low: int, high: int) -> None:
    """Never one end of it: "between 30 and 40 clashes" was read as 40 clashes."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.upper, claim.operator) == ("count", low, high, "in")


@pytest.mark.parametrize(
    "text",
    [
        "HTS and IS clashed 30 times in 2016 and 40 times in 2017.",  # two counts, no range
        "IS fought the SDF 1,200 times in 2016-2017.",  # a year range is no count range
    ],
)
def test_two_counts_or_a_year_range_are_no_count_range(lexicon: Lexicon, text: str) -> None:
    """Guard: "and" without "between" joins two counts; a span of years is time."""
    claims = _claims(lexicon, text)
    assert all(c.upper is None for c in claims if c.kind == "count")


def test_a_toll_written_as_a_range_after_the_verb(lexicon: Lexicon) -> None:
    """ "killed 30-40 people" was read as 30 dead and 40 people of no event."""
    claims = _claims(lexicon, "IS killed 30-40 people in Raqqa on 3 May 2017.")
    assert [(c.kind, c.value, c.upper) for c in claims] == [("single_event", 30, 40)]


@pytest.mark.parametrize(
    ("text", "value", "op", "year"),
    [
        ("The SDF fought IS about 400 times in 2018, half the 2017 level.", 800, "~", 2017),
        ("HTS clashed with the regime in some 90 events in 2019, roughly triple its 2018 total.", 30, "~", 2018),
        ("Regime forces fought rebels some 3,000 times in 2016, fewer than half the 2013 figure.", 6000, ">", 2013),
        ("The SDF fought IS about 60 times in 2019, a third of the 2018 tally.", 180, "~", 2018),
    ],
)
def test_a_count_set_against_another_years_level(lexicon: Lexicon, text: str, value: int, op: str, year: int) -> None:
    """The other year's count is this one over the ratio; a bound before the ratio turns round ("fewer than half
    the 2013 figure": 2013 had more than twice as many)."""
    first, other = _claims(lexicon, text)
    assert (other.kind, other.value, other.operator) == ("count", value, op)
    assert (other.start, other.actor, other.counterpart) == (dt.date(year, 1, 1), first.actor, first.counterpart)


@pytest.mark.parametrize(
    "text",
    [
        "HTS fought the regime some 300 times in 2017, a figure that hardly changed in 2018.",
        "HTS fought the regime some 300 times in 2017 and roughly the same in 2018.",
    ],
)
def test_the_same_count_again_in_another_year(lexicon: Lexicon, text: str) -> None:
    first, again = _claims(lexicon, text)
    assert (again.kind, again.value, again.actor) == ("count", 300, first.actor)
    assert (first.start, again.start) == (dt.date(2017, 1, 1), dt.date(2018, 1, 1))


def test_a_share_of_another_years_figure_without_a_count_is_nothing(lexicon: Lexicon) -> None:
    """Guard: a ratio with no count before it gives no figure."""
    claims = _claims(lexicon, "Regime offensives in 2019 reached barely half the 2016 level.")
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("Idlib saw just over a third of HTS engagements in 2018.", "concentration", 1 / 3, 0.4),
        ("In 2016 a little over a quarter of the SDF's clashes were with IS.", "share", 0.25, 0.3),
        ("Slightly more than a fifth of regime battles in 2015 were against ISIS.", "share", 0.2, 0.24),
    ],
)
def test_just_over_a_share_named_in_words_is_a_range_above_it(
    lexicon: Lexicon, text: str, kind: str, low: float, high: float
) -> None:
    """The mirror of "nearly a third": from the share up to a fifth above it, as "just over half" is 50-60%; "over a
    third" alone would let 60% support "just over a third"."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.operator) == (kind, "in")
    assert (claim.value, claim.upper) == (pytest.approx(low), pytest.approx(high))


def test_over_a_third_without_just_stays_a_bound(lexicon: Lexicon) -> None:
    """Guard: "more than a third" is the bound the writer gave."""
    [claim] = _claims(lexicon, "More than a third of HTS engagements in 2018 were in Idlib.")
    assert (claim.operator, claim.upper) == (">", None)


@pytest.mark.parametrize(
    "text",
    [
        "Nearly all of the regime's battles in 2017 were with insurgent or jihadist groups.",
        "About 80 per cent of Iraqi army clashes in 2015 were against insurgent and jihadist groups.",
    ],
)
def test_two_class_words_sharing_one_noun_are_both_classes(lexicon: Lexicon, text: str) -> None:
    """ "insurgent or jihadist groups" was read as the jihadist groups alone (set 16's wrong verdict)."""
    [claim] = _claims(lexicon, text)
    assert claim.counterpart is not None
    assert set(lexicon.lookup(claim.counterpart).classes) == {"rebel", "jihadist"}


def test_two_states_sharing_one_noun_stay_two_states(lexicon: Lexicon) -> None:
    """Guard: "Turkish and Syrian government troops" are two states, no class group."""
    claims = _claims(lexicon, "Turkish and Syrian government troops clashed with the SDF 40 times in 2019.")
    assert all(c.counterpart != "rebel and jihadist groups" for c in claims)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The death toll from the IS bombing in Manbij on 16 January 2019 has risen to 19.", 19),
        ("The death toll from the car bomb in Azaz on 7 January 2017 now stands at 48.", 48),
    ],
)
def test_a_death_toll_that_has_risen_is_a_toll(lexicon: Lexicon, text: str, value: int) -> None:
    """ "has risen to 250" after "the death toll" was read as a count of the attacks named before it."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.measure) == ("single_event", value, "deaths")


@pytest.mark.parametrize(
    ("text", "low", "counterpart"),
    [
        ("In 2018, nearly half its fighting was against rebel factions, the SDF said.", 0.45, "rebel factions"),
        (
            "The regime's battles in 2017 split two ways: about half against IS, the rest against rebels.",
            0.5,
            "Islamic State",
        ),
    ],
)
def test_half_with_no_of_before_its_owner_or_other_side(
    lexicon: Lexicon, text: str, low: float, counterpart: str
) -> None:
    claims = [c for c in _claims(lexicon, text) if c.kind == "share"]
    assert [(c.value, c.counterpart) for c in claims][:1] == [(low, counterpart)]


def test_half_the_country_is_no_share_of_events(lexicon: Lexicon) -> None:
    """Guard: "half the country" is no share of events."""
    claims = _claims(lexicon, "IS held half the country in 2015.")
    assert not [c for c in claims if c.kind == "share"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("HTS fought the regime a few dozen times in 2019.", 24, 99),
        ("The SDF and IS clashed several hundred times in 2016.", 200, 999),
    ],
)
def test_a_few_dozen_and_several_hundred_are_vague_counts(lexicon: Lexicon, text: str, low: int, high: int) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.upper) == ("count", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb near Manbij, in Aleppo province, killed 19 people on 16 January 2019.",
        "IS suicide attacks in Afrin in Aleppo province on 12 May 2018 left at least 30 dead.",
    ],
)
def test_a_days_toll_in_a_town_is_checked_in_the_province_named_as_its_own(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.place) == ("single_event", "Aleppo")


@pytest.mark.parametrize(
    "text",
    [
        "In Manbij, in Aleppo province, IS staged about 40 attacks on the SDF in 2018.",  # a count stays the town's
        "A car bomb in Manbij killed 19 people on 16 January 2019.",  # no province named
    ],
)
def test_a_count_in_a_town_or_a_toll_with_no_province_keeps_the_town(lexicon: Lexicon, text: str) -> None:
    """Guard: the province holds more events than the town; only a day's toll is read at the province named."""
    [claim] = _claims(lexicon, text)
    assert claim.place == "Manbij"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("What share of the regime's battles in 2015 involved IS? About 12 per cent.", "share", 0.12),
        ("How often did HTS fight IS in 2018? Some 90 times.", "count", 90),
        ("So what share of the SDF's clashes in 2017 were with the regime? Roughly one in ten.", "share", 0.1),
    ],
)
def test_a_short_answer_is_the_questions_figure(lexicon: Lexicon, text: str, kind: str, value: float) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value) == (kind, pytest.approx(value))
    assert claim.actor is not None and claim.counterpart is not None and claim.start is not None


def test_a_question_before_a_full_sentence_stays_apart(lexicon: Lexicon) -> None:
    """Guard: a question followed by a sentence of its own is split as before."""
    from dyadscope.claims.sentences import split_sentences

    text = "Was 2017 the worst year? IS fought the SDF 1,345 times in 2017."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "value", "op"),
    [
        (
            "Correction: an earlier version said HTS fought IS 40 times in 2018; the correct figure is about 90.",
            90,
            "~",
        ),
        (
            "An earlier version said the SDF and IS clashed 50 times in 2019; the correct number is more than 450.",
            450,
            ">",
        ),
    ],
)
def test_a_corrected_count_replaces_the_one_withdrawn(lexicon: Lexicon, text: str, value: int, op: str) -> None:
    """The withdrawn figure is no claim; the corrected one keeps its sides and year."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.operator) == ("count", value, op)
    assert claim.actor is not None and claim.counterpart is not None and claim.start is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A quarter of Iraq's population of 38 million needs aid, the UN says.", 9_500_000),
        ("Half of Syria's pre-war population of 22 million has fled their homes.", 11_000_000),
    ],
)
def test_a_share_of_a_population_figure_is_one_head_count(lexicon: Lexicon, text: str, value: int) -> None:
    """One head count (not a share of land and a second number): not event data."""
    claims = _claims(lexicon, text)
    assert [(c.kind, c.value) for c in claims] == [("not_event_data", value)]


def test_a_population_named_far_from_a_share_of_events_stays_apart(lexicon: Lexicon) -> None:
    """Guard: a concentration and a province's population are two figures."""
    text = "Half of the regime's battles in 2016 were in Aleppo, a province with a population of 4 million."
    kinds = sorted(c.kind for c in _claims(lexicon, text))
    assert kinds == ["concentration", "not_event_data"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Not one clash between the SDF and the regime appears in the 2016 record.", 2016),
        ("HTS and the Syrian army fought some 40 times, the 2019 data show.", 2019),
        ("The 2017 figures show IS fought the SDF about 1,350 times.", 2017),
    ],
)
def test_the_year_of_the_record_read_is_the_window(lexicon: Lexicon, text: str, year: int) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.start, claim.end) == year_window(year)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("In 2018, more than a quarter of rebel and jihadist engagements were against the Kurds.", "rebels"),
        ("About 60 per cent of rebel attacks in 2015 targeted the regime.", "rebels"),
        ("Kurdish clashes with IS made up 70 per cent of Kurdish fighting in 2016.", "kurds"),
    ],
)
def test_class_words_before_an_event_noun_own_the_events(lexicon: Lexicon, text: str, owner: str) -> None:
    [claim] = _claims(lexicon, text)
    assert claim.kind == "share"
    assert lexicon.lookup(claim.actor).key == owner


@pytest.mark.parametrize(
    "text",
    [
        "Turkish forces fought 76 armed engagements in Syria in 2016.",  # "armed groups" names rebels
        "Two-thirds of the group's Kurdish clashes in 2016 were in Hasakah.",  # possessed: not the owner
    ],
)
def test_armed_or_possessed_class_words_own_nothing(lexicon: Lexicon, text: str) -> None:
    """Guard."""
    claims = _claims(lexicon, text)
    assert all(c.actor not in ("rebel and jihadist groups", "Kurdish forces") for c in claims)
    assert all(c.counterpart != "rebel and jihadist groups" for c in claims)


@pytest.mark.parametrize(
    ("text", "kind", "actor", "counterpart"),
    [
        ("About 1,300 clashes: that is how many times the SDF and IS fought in 2017.", "count", "sdf", "isis"),
        ("Roughly 90 times: that's how often HTS and the regime clashed in 2018.", "count", "hts", "syria"),
    ],
)
def test_a_figure_before_how_often_takes_the_sides_after_the_colon(
    lexicon: Lexicon, text: str, kind: str, actor: str, counterpart: str
) -> None:
    names = {"sdf": "Syrian Democratic Forces", "isis": "Islamic State", "hts": "Hay'at Tahrir al-Sham"}
    names["syria"] = "Government of Syria"
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.actor, claim.counterpart) == (kind, names[actor], names[counterpart])
