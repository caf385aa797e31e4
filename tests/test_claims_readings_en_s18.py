"""English reading kinds of the eighteenth round (issue 9), from the misses of set 22 (spoken and semi-spoken
registers: debate and interview transcripts with speaker labels, live blogs, blogs): the year a speaker turns to
("if you look at 2014, ...", "Take 2015: ...") or opens a clause with ("2017, the year of Mosul, saw ...", "2017 was
the peak: ..."), and the months an aside names after a part of a year ("early 2019 - the Baghouz months, January to
March -"); a speaker correcting a figure in the same sentence ("roughly a thousand times - 1,059 to be exact", ", I'd
say ninety-two", "fewer than a thousand died ... - around seven hundred", "... no, half that, in 2018"): the corrected
figure is the claim, and only it; a place as the subject of a share ("Idlib was less than a tenth of the regime's
battles") is a concentration; a count given as its subject's level ("the ISIS-regime clash count was about 1,600",
"the 2016 figure is closer to 2,500", "it dropped to roughly 500", "they were down to some 450", "fell by more than
half, to about a thousand") and a vague count's number given after it ("Dozens of clashes ...; the tally was about
90"); "battle deaths" are a toll; "had double-digit death tolls" is a lethality share (at least ten dead), and a means
behind a share of the dead ("Car bombs were behind nearly half of ISIS's civilian deaths") a means share, not
checkable; "one hundred percent" is a percentage in words; "attacks fell by eighty percent" is a change in the events'
number, read and not checkable (it was dropped as a growth rate).

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
        ("HOST: If you look at 2016, about forty percent of the SDF's engagements were with ISIS.", 2016),
        ("Take 2015: the regime fought about 2,000 battles in Syria.", 2015),
        ("Looking at 2017, roughly a third of ISIS's clashes in Syria were with the regime.", 2017),
    ],
)
def test_a_year_the_speaker_turns_to_is_the_window(lexicon: Lexicon, text: str, year: int) -> None:
    """ "if you look at 2014, ..." left the claim with no window (the year unread)."""
    [claim] = _claims(lexicon, text)
    assert ((claim.start, claim.end), claim.unread) == (year_window(year), [])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2016, the year of Aleppo, saw about 3,000 regime engagements in Syria.", 2016),
        ("2018 saw roughly 700 clashes between ISIS and the SDF.", 2018),
        ("2015 was the worst: some 1,900 ISIS events in Syria.", 2015),
        ("EXPERT: 2016, a grim year, brought some 2,100 ISIS engagements in Syria.", 2016),
    ],
)
def test_a_year_opening_the_clause_is_the_window(lexicon: Lexicon, text: str, year: int) -> None:
    """ "2017, the year of Mosul, saw over 800 clashes" and "2017 was the peak: ..." had no window."""
    [claim] = _claims(lexicon, text)
    assert ((claim.start, claim.end), claim.unread) == (year_window(year), [])


def test_a_year_inside_a_count_opening_the_sentence_is_no_window(lexicon: Lexicon) -> None:
    """Guard: "2015 engagements were ..." is a number of engagements, not the year 2015."""
    for claim in _claims(lexicon, "2015 engagements were recorded for ISIS in Syria that year."):
        assert (claim.start, claim.end) != year_window(2015)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "In early 2019 - the Baghouz months, January to March - ISIS fought the SDF in six of ten events.",
            dt.date(2019, 1, 1),
            dt.date(2019, 3, 31),
        ),
        (
            "In late 2016 (the Aleppo push, October to December) the regime fought about 900 battles in Syria.",
            dt.date(2016, 10, 1),
            dt.date(2016, 12, 31),
        ),
    ],
)
def test_an_asides_months_refine_a_part_of_a_year(lexicon: Lexicon, text: str, start: dt.date, end: dt.date) -> None:
    """ "early 2019 - the Baghouz months, January to March -" was read as January to April (early 2019)."""
    [claim] = _claims(lexicon, text)
    assert (claim.start, claim.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("In 2016 the SDF fought ISIS roughly six hundred times - 587 to be exact.", "count", 587),
        ("The army fought about 1,500 battles in Syria in 2014, to be precise 1,466.", "count", 1466),
        ("In 2017 ISIS fought about 600 battles in Iraq - exactly 574.", "count", 574),
        (
            "In 2016 something like forty percent of ISIS's clashes in Syria were with the army, I'd say forty-three.",
            "share",
            0.43,
        ),
        ("In 2015 about a third of the SDF's engagements were with ISIS - no, 40 percent.", "share", 0.4),
        ("In 2017, fewer than a thousand people died in ISIS-SDF fighting - around eight hundred.", "deaths", 800),
        ("In 2018, more than 300 died in fighting between ISIS and the regime - about 420.", "deaths", 420),
    ],
)
def test_the_corrected_figure_is_the_claim(lexicon: Lexicon, text: str, kind: str, value: float) -> None:
    """The figure a speaker corrects was the claim (or the correction was lost); now only the correction is."""
    [claim] = _claims(lexicon, text)
    assert claim.value == pytest.approx(value)
    assert (claim.measure == "deaths") == (kind == "deaths")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ISIS fought about 1,200 engagements in Syria in 2016, or 40 percent of all recorded events.", 1200),
        ("In 2016 fewer than 1,000 people died in ISIS-SDF fighting - 700 of them civilians.", 1000),
        ("The regime fought some 3,000 battles in 2016 - 12 in Quneitra.", 3000),
    ],
)
def test_a_number_after_a_figure_is_no_correction_unless_marked(lexicon: Lexicon, text: str, value: float) -> None:
    """Guard: a share of the count, a part of the dead, a count elsewhere stay what they were."""
    assert _claims(lexicon, text)[0].value == value


def test_half_that_is_the_figure_before_scaled_in_its_own_year(lexicon: Lexicon) -> None:
    """ "about 3,600 battles in 2017, and ... no, half that, in 2018": 2018's count was lost."""
    text = "The army fought about 2,400 battles in 2016, and a bit fewer than that... no, half that, in 2017."
    claims = _claims(lexicon, text)
    assert [(c.kind, c.value, c.start) for c in claims] == [
        ("count", 2400, dt.date(2016, 1, 1)),
        ("count", 1200, dt.date(2017, 1, 1)),
    ]
    assert claims[1].actor == claims[0].actor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In 2017, Raqqa was about a third of ISIS's engagements in Syria.", "Ar Raqqah"),
        ("Deir ez-Zor was only a fifth of the SDF's engagements in 2018.", "Deir ez-Zor"),
        ("Aleppo was under 20 percent of the regime's battles in 2019.", "Aleppo"),
    ],
)
def test_a_place_as_the_subject_of_a_share_is_a_concentration(lexicon: Lexicon, text: str, place: str) -> None:
    """ "Hasakah was under ten percent of ISIS activity" was a share in Hasakah (not checkable)."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.place) == ("concentration", place)


def test_a_place_before_the_subject_is_no_concentration(lexicon: Lexicon) -> None:
    """Guard: "In Idlib, ISIS was about a third of the regime's opponents" is a share in Idlib."""
    [claim] = _claims(lexicon, "In Idlib, ISIS was about a third of the regime's opponents in 2016.")
    assert claim.kind == "share"


@pytest.mark.parametrize(
    ("text", "value", "noun", "year"),
    [
        ("In 2016 the SDF-ISIS battle count was about 700.", 700, "battles", 2016),
        ("In 2017 the count was around 310 in Syria - a little lower, in fact.", 310, None, 2017),
        ("Update: the 2018 figure is closer to 1,400.", 1400, None, 2018),
        ("By 2016 they were down to some 380.", 380, None, 2016),
        ("The year after, they climbed to about 2,000.", 2000, None, None),
        ("In 2017 the regime's engagements fell by about a third, to roughly 2,400.", 2400, "engagements", 2017),
    ],
)
def test_a_count_given_as_its_subjects_level(
    lexicon: Lexicon, text: str, value: float, noun: str | None, year: int | None
) -> None:
    """ "the count was around 120", "it dropped to roughly 500", "fell by more than half, to about a thousand": lost."""
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value) == ("count", value)
    assert claim.measure == noun
    assert claim.start == (dt.date(year, 1, 1) if year else None)


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the figure was 40 percent, analysts said.",
        "HOST: Was it seven? ANALYST: I think it was seven.",
        "The total was about 2,000 people displaced in 2017.",
        "By 2015 the total was $2 billion.",
    ],
)
def test_a_level_that_counts_no_events_is_no_count(lexicon: Lexicon, text: str) -> None:
    """Guard: a share, a bare "it was seven", a head count and money are no count of events."""
    assert all(c.kind != "count" for c in _claims(lexicon, text))


def test_a_vague_counts_tally_after_it_is_the_count(lexicon: Lexicon) -> None:
    """ "Dozens of clashes ...; the tally was about 90" was read as dozens (24 to 99) and the tally lost."""
    [claim] = _claims(
        lexicon, "Dozens of clashes between the SDF and the regime were logged in 2017; the tally was 41."
    )
    assert (claim.kind, claim.value, claim.upper) == ("count", 41, None)


def test_battle_deaths_are_a_toll(lexicon: Lexicon) -> None:
    """ "over 38,000 battle deaths ... in 2013" was missed."""
    [claim] = _claims(lexicon, "The war saw over 21,000 battle deaths in Syria in 2016.")
    assert (claim.kind, claim.value, claim.operator, claim.measure) == ("count", 21000, ">", "deaths")


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("In 2016 about a fifth of the regime's battles in Syria had double-digit death tolls.", 10),
        ("In 2017 roughly one in twenty ISIS events in Iraq had triple-digit tolls.", 100),
    ],
)
def test_double_digit_death_tolls_are_a_lethality_share(lexicon: Lexicon, text: str, least: int) -> None:
    """ "about a quarter of ISIS events ... had double-digit death tolls" was a share with no other side."""
    from dyadscope.claims.lethality import deadly_of

    [claim] = _claims(lexicon, text)
    assert claim.kind == "attribute_share"
    assert deadly_of(claim.measure).least == least


def test_a_means_behind_a_share_of_the_dead_is_a_means_share(lexicon: Lexicon) -> None:
    """ "Car bombs were behind nearly half of ISIS's civilian deaths" was dropped (no event noun)."""
    [claim] = _claims(lexicon, "Car bombs were behind about a third of civilian deaths in Iraq in 2015.")
    assert (claim.kind, claim.measure) == ("attribute_share", "car bombs")


def test_one_hundred_percent_in_words_is_a_percentage(lexicon: Lexicon) -> None:
    """ "had lost one hundred percent of its territory" was missed."""
    [claim] = _claims(lexicon, "By 2019 ISIS had lost one hundred percent of its territory in Iraq.")
    assert (claim.kind, claim.value, claim.measure) == ("not_event_data", 1.0, "territory")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2017 SDF attacks in Syria rose by forty percent.", 0.4),
        ("Regime engagements in Idlib fell by about 60% in 2019.", 0.6),
    ],
)
def test_a_change_in_percent_is_a_change_not_checkable(demo, lexicon: Lexicon, text: str, value: float) -> None:
    """ "In 2020 ISIS attacks in Syria fell by eighty percent" was dropped; it is a change, which the data cannot check
    as a number of events."""
    from dyadscope.claims.verify import verify_claims

    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.measure) == ("count", pytest.approx(value), "change")
    [verdict] = verify_claims(demo, lexicon, [claim])
    assert verdict.verdict == "not checkable" and "change" in verdict.reason


def test_a_change_of_something_else_is_no_claim(lexicon: Lexicon) -> None:
    """Guard: "the wheat harvest dropped by 40 per cent" is about no events."""
    assert _claims(lexicon, "The wheat harvest in the north-east dropped by 40 per cent in 2018.") == []
