"""English reading kinds of the twentieth round (issue 9), from the misses of set 25 (fact-checkers' and officials'
English) and set 26: a share of an actor's events by the data's type of violence ("most of its fighting was against
other non-state armed groups", "every one of its engagements was with the state").

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (marked), which hold on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import one_verdict, read_claims, year_window

from dyadscope.api import Dyadscope
from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- a share by the data's type of violence -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "what", "actor", "year"),
    [
        (
            "In 2018 roughly a third of ISIS's clashes in Syria were with other non-state groups.",
            "en",
            "non-state groups",
            "Islamic State",
            2018,
        ),
        (
            "About 60 percent of the SDF's engagements in Syria in 2016 were against non-state actors.",
            "en",
            "non-state actors",
            "Syrian Democratic Forces",
            2016,
        ),
        ("In 2015 four in five of the PKK's clashes in Turkey were with the state.", "en", "the state", None, 2015),
        (
            "I 2017 var omkring 55 procent af IS' kampe i Syrien med ikke-statslige aktører.",
            "da",
            "ikke-statslige aktører",
            "Islamic State",
            2017,
        ),
    ],
)
def test_a_share_with_non_state_groups_or_the_state_is_a_share_by_type_of_violence(
    lexicon: Lexicon, text: str, lang: str, what: str, actor: str | None, year: int
) -> None:
    (claim,) = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.counterpart) == ("attribute_share", what, None)
    assert actor is None or claim.actor == actor
    assert (claim.start, claim.end) == year_window(year)


@pytest.mark.parametrize(
    ("sentence", "verdict", "k", "n"),
    [
        # ISIS in Syria 2017: 1,561 of its 2,853 events were non-state conflict (54.7%)
        (
            "Most of the Islamic State's fighting in Syria in 2017 was against non-state armed groups, not states.",
            "supported",
            1561,
            2853,
        ),
        # 2018: 607 of 1,025 (59.2%), not a third
        (
            "In 2018 roughly a third of ISIS's clashes in Syria were with other non-state groups.",
            "contradicted",
            607,
            1025,
        ),
        # ISIS in Iraq 2015: all 497 state-based
        ("In Iraq, all of the ISIS engagements of 2015 were with the state.", "supported", 497, 497),
        # a state is never in non-state conflict: 0 of the regime's 3,608 events of 2017
        (
            "In 2017 nearly all of the Syrian government's battles were with non-state actors.",
            "contradicted",
            0,
            3608,
        ),
        ("I 2016 var under halvdelen af IS' kampe i Syrien mod andre ikke-statslige grupper.", "supported", 966, 2153),
    ],
)
def test_a_share_by_type_of_violence_is_judged_on_the_data_s_type(
    demo: Dyadscope, tmp_path: Path, sentence: str, verdict: str, k: int, n: int
) -> None:
    got = one_verdict(demo, tmp_path, sentence)
    assert (got.as_counted or got.verdict, got.matching_events, got.events) == (verdict, k, n)
    assert "conflict" in got.reason


def test_the_words_read_as_a_group_of_sides_are_the_other_definition(demo: Dyadscope, tmp_path: Path) -> None:
    # ISIS in Syria 2014: 1,429 of 2,111 events non-state conflict (67.7%: about 64 percent holds); read as the rebel
    # and jihadist groups, as another tester counts "non-state armed groups", it does not
    sentence = "In 2014 around 64 percent of ISIS engagements in Syria were with other non-state groups."
    got = one_verdict(demo, tmp_path, sentence)
    assert (got.verdict, got.as_counted, got.matching_events, got.events) == (
        "depends on definition",
        "supported",
        1429,
        2111,
    )
    (row,) = got.alternatives
    assert (row["definition"], row["verdict"]) == ("violence_sides", "contradicted")


@pytest.mark.parametrize(
    "text",
    [
        "Half of the SDF's battles in 2017 were against the Islamic State.",  # a side, not a type (guard)
        "In 2017 most of the SDF's fights were against the State.",  # "the State" may be the Islamic State
        "In 2016 most of the regime's engagements were with the state's enemies.",
        "Halvdelen af SDF's kampe mod ikke-statslige grupper fandt sted i Aleppo i 2017.",  # where, not which type
        # "non-state armed groups" not set against states names the armed groups, a side (guard)
        "In 2014 around 64 percent of ISIS engagements in Syria were with other non-state armed groups.",
    ],
)
def test_other_states_and_sides_are_no_type_of_violence(lexicon: Lexicon, text: str) -> None:
    lang = "da" if "kampe" in text else "en"
    assert all(c.kind != "attribute_share" for c in _claims(lexicon, text, lang))


# --- a means as the cause of a part of the dead ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "means"),
    [
        (
            "Suicide bombings were responsible for a third of the deaths in ISIS attacks in Iraq in 2017.",
            "en",
            "suicide bombings",
        ),
        ("Car bombs caused roughly a quarter of the Islamic State's victims in Iraq in 2015.", "en", "car bombs"),
        ("Bilbomber forårsagede omkring en femtedel af dødsfaldene i IS' angreb i Irak i 2016.", "da", "bilbomber"),
    ],
)
def test_a_means_that_caused_a_part_of_the_dead_is_a_means_share(
    demo: Dyadscope, tmp_path: Path, lexicon: Lexicon, text: str, lang: str, means: str
) -> None:
    (claim,) = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.actor, claim.country) == ("attribute_share", means, "Islamic State", "IRQ")
    assert one_verdict(demo, tmp_path, text).verdict == "not checkable"  # the data does not record the means


# --- a question asking whom a side fought, and its answer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart", "year"),
    [
        (
            "Which group did the SDF clash with most often in 2018? Islamic State, in about two thirds of its "
            "engagements.",
            "en",
            "Syrian Democratic Forces",
            "Islamic State",
            2018,
        ),
        (
            "Q: Who did ISIS fight most in Syria in 2016? A: The regime, in well over a third of its battles.",
            "en",
            "Islamic State",
            "Government of Syria",
            2016,
        ),
        (
            "Hvem kæmpede IS mest mod i Syrien i 2017? SDF, i næsten halvdelen af gruppens kampe.",
            "da",
            "Islamic State",
            "Syrian Democratic Forces",
            2017,
        ),
    ],
)
def test_the_side_a_question_asks_whom_it_fought_is_the_answer_s_actor(
    lexicon: Lexicon, text: str, lang: str, actor: str, counterpart: str, year: int
) -> None:
    (claim,) = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert (claim.start, claim.end) == year_window(year)


def test_an_answer_to_whom_a_side_fought_is_judged_as_that_side_s_share(demo: Dyadscope, tmp_path: Path) -> None:
    # the SDF in 2018: 505 of its 794 events were with ISIS (63.6%)
    text = (
        "Which group did the SDF clash with most often in 2018? Islamic State, in about two thirds of its engagements."
    )
    got = one_verdict(demo, tmp_path, text)
    assert (got.verdict, got.matching_events, got.events) == ("supported", 505, 794)


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        # the answer names both sides itself (guard)
        (
            "Q: Who did ISIS fight most in 2015? A: In 2015 the regime fought ISIS in about a sixth of its battles.",
            "Government of Syria",
            "Islamic State",
        ),
        # a question about something else: the next sentence keeps its own sides (guard)
        (
            "Where did the SDF fight in 2017? ISIS was in about half of the SDF's battles that year.",
            "Syrian Democratic Forces",
            "Islamic State",
        ),
    ],
)
def test_an_answer_that_names_its_sides_keeps_them(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    (claim,) = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


# --- the dead, or a death toll, moving to a level ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "operator", "year", "verdict"),
    [
        # ISIS in Iraq: 462 dead in 2019, 728 in 2018; in Syria 19,736 in 2016
        (
            "Deaths in fighting involving ISIS in Iraq dropped to fewer than 600 in 2019.",
            "en",
            600,
            "<",
            2019,
            "supported",
        ),
        (
            "In 2018 the death toll in fighting involving ISIS in Iraq declined to around 730.",
            "en",
            730,
            "~",
            2018,
            "supported",
        ),
        (
            "Deaths in ISIS-related fighting in Syria jumped to more than 25,000 in 2016.",
            "en",
            25000,
            ">",
            2016,
            "contradicted",
        ),
        ("Dødsfaldene i IS' kampe i Irak faldt til under 600 i 2019.", "da", 600, "<", 2019, "supported"),
    ],
)
def test_the_dead_moving_to_a_level_are_a_count_of_deaths(
    demo: Dyadscope,
    tmp_path: Path,
    lexicon: Lexicon,
    text: str,
    lang: str,
    value: int,
    operator: str,
    year: int,
    verdict: str,
) -> None:
    (claim,) = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.operator, claim.measure) == ("count", value, operator, "deaths")
    assert (claim.actor, (claim.start, claim.end)) == ("Islamic State", year_window(year))
    assert one_verdict(demo, tmp_path, text).verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Deaths in ISIS-related fighting in Iraq fell by 2,000 in 2019.",  # a change, not a level (guard)
        "Deaths in ISIS-related fighting in Iraq fell 40% in 2019.",  # (guard)
    ],
)
def test_the_dead_moving_by_an_amount_are_no_level(lexicon: Lexicon, text: str) -> None:
    assert not [c for c in _claims(lexicon, text) if c.kind == "count" and c.measure == "deaths"]


# --- "one ISIS engagement in five": the owner's name inside the split ratio -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "actor", "counterpart", "year"),
    [
        (
            "In 2018 government forces were on the other side of about one ISIS engagement in five.",
            0.2,
            "Islamic State",
            "government forces",
            2018,
        ),
        (
            "In 2016 one SDF clash in three was with Turkish-backed rebels.",
            1 / 3,
            "Syrian Democratic Forces",
            "Syrian National Army",
            2016,
        ),
    ],
)
def test_a_split_ratio_with_its_owner_s_name_inside_is_a_share(
    lexicon: Lexicon, text: str, value: float, actor: str, counterpart: str, year: int
) -> None:
    (claim,) = _claims(lexicon, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert claim.value == pytest.approx(value)
    assert (claim.start, claim.end) == year_window(year)


def test_a_split_ratio_with_its_owner_s_name_is_judged(demo: Dyadscope, tmp_path: Path) -> None:
    # ISIS in Syria in 2018: 369 of its 1,025 events were with the regime (36.0%), not one in five
    text = "In 2018 government forces were on the other side of about one ISIS engagement in five."
    got = one_verdict(demo, tmp_path, text)
    assert (got.verdict, got.matching_events, got.events) == ("contradicted", 369, 1025)
