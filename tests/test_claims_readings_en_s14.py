"""English reading kinds of the fourteenth round (issue 9), from the misses of set 13: absences without a fight verb,
the state's forces as the side written first, a means as the object of its owner's verb ("used car bombs in a third
of its attacks"), "eight of ten", head counts of foreigners and populations with no scale word, a state's forces
abroad in an absence.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (marked), which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("Iraqi troops were not involved in any recorded clash with the SDF in 2017.", "iraq", "sdf"),
        ("The regime did not take part in any battles with HTS in Idlib in 2019.", "syria", "hts"),
        ("The Islamic State fought no recorded ground battles in Kirkuk in 2019.", "isis", None),
        ("The SDF saw no combat in Daraa in 2016.", "sdf", None),
        ("There was not any fighting between the SDF and the regime in Raqqa in 2016.", "sdf", "syria"),
    ],
)
def test_an_absence_without_a_fight_verb(lexicon: Lexicon, text: str, actor: str, counterpart: str | None) -> None:
    names = {"iraq": "Government of Iraq", "syria": "Government of Syria", "isis": "Islamic State"}
    names |= {"sdf": "Syrian Democratic Forces", "hts": "Hay'at Tahrir al-Sham"}
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.actor) == ("absence", 0, names[actor])
    assert claim.counterpart == (names[counterpart] if counterpart else None)
    assert claim.start is not None


def test_any_of_a_counted_number_is_no_absence(lexicon: Lexicon) -> None:
    """Guard: "not involved in any of the 300 clashes" gives a number, not an absence."""
    claims = _claims(lexicon, "ISIS was not involved in any of the 300 clashes in Idlib in 2017.")
    assert not [c for c in claims if c.kind == "absence"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian troops were not involved in any clash with the SDF in 2018.", "SYR"),  # abroad: where the SDF is
        ("The SDF had not a single recorded clash with the Turkish army in 2017.", "SYR"),  # guard: the actor's home
    ],
)
def test_a_state_abroad_in_an_absence_is_where_the_other_side_is(lexicon: Lexicon, text: str, country: str) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.country) == ("absence", country)


@pytest.mark.parametrize(
    "text",
    [
        "The army fought the Islamic State roughly 700 times in 2015.",
        "In March 2017 government forces and ISIS clashed about 80 times.",
    ],
)
def test_the_state_forces_written_first_stay_the_acting_side(lexicon: Lexicon, text: str) -> None:
    """The army is left for the verifier to name (the state dominating state forces' events), never swapped to be
    the counterpart of the other side's events."""
    [claim] = _claims(lexicon, text)
    assert claim.kind == "count"
    assert (claim.actor, claim.counterpart) == (None, "Islamic State")


def test_the_state_forces_with_a_country_are_that_state(lexicon: Lexicon) -> None:
    """Guard: with the country named the army is its state, as before."""
    [claim] = _claims(lexicon, "In Syria the army fought the Islamic State roughly 700 times in 2015.")
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "Islamic State")


@pytest.mark.parametrize(
    ("text", "value", "means"),
    [
        ("The Islamic State used suicide bombers in a fifth of its attacks in 2016.", 0.2, "suicide bombers"),
        ("The regime dropped barrel bombs in most of its attacks on Homs in 2015.", 0.5, "barrel bombs"),
        ("Barrel bombs were dropped in nine of ten regime attacks in 2015.", 0.9, "barrel bombs"),
    ],
)
def test_a_means_used_in_a_share_of_attacks_is_an_attribute_share(
    lexicon: Lexicon, text: str, value: float, means: str
) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.measure) == ("attribute_share", value, means)
    assert claim.actor is not None


def test_a_means_used_in_a_count_of_attacks_is_unread(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "The regime used barrel bombs in more than 900 attacks in 2015.")
    assert (claim.kind, claim.value) == ("count", 900)
    assert claim.unread == ["barrel bombs"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seven of ten ISIS battles in 2016 were against the regime.", 0.7),
        ("Two of three SDF clashes in 2017 were with ISIS.", 2 / 3),
    ],
)
def test_n_of_ten_in_words_is_a_share(lexicon: Lexicon, text: str, value: float) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value) == ("share", pytest.approx(value))


def test_one_of_ten_names_one_event(lexicon: Lexicon) -> None:
    """Guard: "one of ten attacks" is that one attack, not a tenth."""
    claims = _claims(lexicon, "It was one of ten ISIS attacks on the town in 2016.")
    assert not [c for c in claims if c.kind == "share"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The camps hold about 12,000 IS suspects, including 3,000 foreigners.", [12000, 3000]),
        ("Before the war the population of Deir ez-Zor was roughly 240,000.", [240000]),
        ("The town's population is 45,000, officials say.", [45000]),
    ],
)
def test_head_counts_are_not_event_data(lexicon: Lexicon, text: str, values: list[int]) -> None:
    claims = _claims(lexicon, text)
    assert [(c.kind, c.value) for c in claims] == [("not_event_data", v) for v in values]


def test_a_population_share_is_no_head_count(lexicon: Lexicon) -> None:
    """Guard: a population in per cent is not a head count of the population."""
    claims = _claims(lexicon, "The population of Raqqa was about 60 per cent Arab.")
    assert not [c for c in claims if c.value == 60]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Between mid-March and mid-May 2017 ISIS fought the SDF about 300 times.", (2017, 3, 15), (2017, 5, 15)),
        ("From early June to late August 2016 the regime fought rebels 500 times.", (2016, 6, 1), (2016, 8, 31)),
        ("From late November to early January 2017 the SDF fought ISIS 90 times.", (2016, 11, 21), (2017, 1, 10)),
    ],
)
def test_a_range_between_parts_of_months(
    lexicon: Lexicon, text: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.start, claim.end) == (dt.date(*start), dt.date(*end))
    assert claim.unread == []
    assert any("read as" in n for n in claim.notes)  # the reading of "mid-March" is said


def test_combat_is_a_measure_of_events(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Homs governorate made up about 30 percent of government combat in 2015.")
    assert (claim.kind, claim.value, claim.place, claim.actor) == ("concentration", 0.3, "Homs", "Government of Syria")


def test_a_part_of_a_city_named_by_where_it_lies_is_no_figure(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "ISIS fought 300 battles in 2016, the year the eastern half of the city fell.")
    assert [(c.kind, c.value) for c in claims] == [("count", 300)]
