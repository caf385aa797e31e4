"""Reading kinds of the thirteenth round (issue 9), from the misses of sets 11 and 12: a window refined in brackets, a
count reached after a move ("fell to fewer than 40", "halved ... to about 100"), a count recorded or listed after a
colon, a second count in its own quarter or year ("to roughly 140 in the fourth", "versus about 800 the year before"),
"N times as" a conjunction, a yearly rate over one calendar year, a pronoun whose owner is the previous sentence's
subject group, the people a verb killed, a force's size, Danish "slag".

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards (a move by a share, "times as many", a yearly rate over years, Danish "de" as an article, English "killed
around 60 people"), which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("In the summer of 2017 (June to August), ISIS fought 400 battles.", "en", (2017, 6, 1), (2017, 8, 31)),
        ("In the spring of 2016 (April to June), the SDF fought 120 battles.", "en", (2016, 4, 1), (2016, 6, 30)),
        ("I foråret 2016 (april til juni) udkæmpede IS 300 kampe.", "da", (2016, 4, 1), (2016, 6, 30)),
    ],
)
def test_a_bracket_refines_the_season_before_it(
    lexicon: Lexicon, text: str, lang: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.start, claim.end) == (dt.date(*start), dt.date(*end))
    assert claim.unread == []  # the months in the bracket are read, not left over


@pytest.mark.parametrize(
    ("text", "lang", "value", "op"),
    [
        ("In the first quarter of 2018, ISIS clashes in Syria dropped below 250.", "en", 250, "<"),
        ("In 2019, attacks by the Islamic State in Iraq fell to fewer than 60.", "en", 60, "<"),
        ("In the second half of 2016, the regime's battles with rebels exceeded 900.", "en", 900, ">"),
        ("I 2016 steg IS' kampe mod regimet til over 200.", "da", 200, ">"),
        ("Regimets kampe mod IS faldt til under 400 i 2018.", "da", 400, "<"),
    ],
)
def test_the_count_a_move_reached_is_a_count_with_its_operator(
    lexicon: Lexicon, text: str, lang: str, value: int, op: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.operator) == ("count", value, op)
    assert claim.actor is not None and claim.start is not None


def test_a_move_by_a_share_is_no_count(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "ISIS attacks in Syria fell by more than half from 2017 to 2018.")
    assert not [c for c in claims if c.kind == "count"]


def test_a_count_recorded_after_a_colon_is_in_its_own_year(lexicon: Lexicon) -> None:
    text = "Battles involving the SDF fell sharply from 2017 to 2018: some 700 were recorded in 2018."
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.value, claim.actor) == ("count", 700, "Syrian Democratic Forces")
    assert (claim.start, claim.end) == year_window(2018)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The regime's engagements with the Kurds were few: fewer than 30 in 2016.", "en"),
        ("Regimets kampe med kurderne var få: færre end 30 i 2016.", "da"),
    ],
)
def test_a_count_after_a_colon_counts_the_events_before_it(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.operator) == ("count", 30, "<")
    assert claim.actor == "Government of Syria" and claim.counterpart is not None


def test_times_before_a_conjunction_is_a_count(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In June 2014, Iraqi forces fought ISIS around 300 times as Mosul fell.")
    assert (claim.kind, claim.value) == ("count", 300)


def test_times_as_many_stays_no_count(lexicon: Lexicon) -> None:
    assert not _claims(lexicon, "In 2017 ISIS fought three times as many battles as HTS.")


def test_a_yearly_rate_over_one_calendar_year_is_that_years_count(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "By 2019 fighting between the SDF and ISIS had fallen to around 300 clashes a year.")
    assert (claim.kind, claim.value, claim.unread) == ("count", 300, [])
    [many] = _claims(lexicon, "Between 2015 and 2017 ISIS fought 300 battles a year.")
    assert many.unread == ["a year"]  # over three years a rate is no total


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kurdish forces took Kobani back in January 2015. That year they were ISIS's opponent in a quarter of "
            "its clashes in Syria.",
            "en",
        ),
        (
            "Kurdiske styrker generobrede Kobani i januar 2015. Samme år var de IS' modstander i en fjerdedel af "
            "dens kampe i Syrien.",
            "da",
        ),
    ],
)
def test_they_after_a_group_subject_is_that_group(lexicon: Lexicon, text: str, lang: str) -> None:
    # before: "they" fell back to an actor named further back (none here), and the share lost its counterpart
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor) == ("share", "Islamic State")
    assert lexicon.lookup(claim.counterpart).key == "kurds"


def test_danish_den_before_an_approximation_is_the_previous_subject(lexicon: Lexicon) -> None:
    text = "Hæren generobrede Palmyra i marts 2016. I første kvartal det år udkæmpede den cirka 300 kampe mod IS."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value) == ("count", 300)
    # the army and IS, counted from IS's side against the class (as "Hæren kæmpede mod IS 300 gange" is)
    assert claim.actor == "Islamic State" and lexicon.lookup(claim.counterpart or "").key == "state"


def test_danish_de_before_a_noun_stays_an_article(lexicon: Lexicon) -> None:
    text = "Regimet angreb Aleppo. I 2016 kæmpede de kurdiske styrker mod IS 400 gange."
    [claim] = _claims(lexicon, text, "da")
    assert claim.actor == "Islamic State" and lexicon.lookup(claim.counterpart or "").key == "kurds"


@pytest.mark.parametrize(
    ("text", "lang", "values", "quarters"),
    [
        (
            "SDF fighting fell over 2017: from some 600 engagements in the first quarter to roughly 200 in the fourth.",
            "en",
            [600, 200],
            [1, 4],
        ),
        (
            "In the first half of 2017 ISIS fought roughly 900 battles in Syria, against some 300 in the last quarter.",
            "en",
            [900, 300],
            [None, 4],
        ),
        (
            "I 2016 udkæmpede IS omkring 1.000 kampe i første kvartal mod cirka 400 i fjerde kvartal.",
            "da",
            [1000, 400],
            [1, 4],
        ),
    ],
)
def test_a_second_count_in_its_own_quarter(
    lexicon: Lexicon, text: str, lang: str, values: list[int], quarters: list[int | None]
) -> None:
    counts = [c for c in _claims(lexicon, text, lang) if c.kind == "count"]
    assert [c.value for c in counts] == values
    for claim, q in zip(counts, quarters, strict=True):
        assert claim.unread == []
        if q is not None:  # the quarter of the sentence's year
            assert (claim.start.month, claim.end.month) == (3 * q - 2, 3 * q)


def test_versus_a_count_the_year_before(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "The SDF fought ISIS in some 1,400 clashes in 2017, versus about 900 the year before.")
    assert [(c.value, c.start.year) for c in claims] == [(1400, 2017), (900, 2016)]
    assert claims[1].counterpart == claims[0].counterpart == "Islamic State"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Clashes between ISIS and the SDF were halved in 2018 compared with 2017, falling to about 700.", "en", 700),
        ("Kampene mellem IS og SDF blev i 2018 mere end halveret til omkring 700.", "da", 700),
        ("I 2018 var sammenstødene mellem IS og SDF faldet til omkring 700.", "da", 700),
    ],
)
def test_the_level_a_halving_reached_is_a_count(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.start.year, claim.unread) == ("count", value, 2018, [])
    assert {claim.actor, claim.counterpart} == {"Islamic State", "Syrian Democratic Forces"}


def test_danish_the_number_had_fallen_to(lexicon: Lexicon) -> None:
    text = (
        "SDF var i første kvartal af 2019 involveret i omkring 300 kampe. "
        "I årets sidste kvartal var tallet faldet til færre end 80."
    )
    first, second = _claims(lexicon, text, "da")
    assert (second.kind, second.value, second.operator) == ("count", 80, "<")
    assert (second.actor, second.start, second.end) == (first.actor, dt.date(2019, 10, 1), dt.date(2019, 12, 31))


def test_danish_slag_are_battles(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "IS udkæmpede over 500 slag mod regimet i 2016.", "da")
    assert (claim.kind, claim.value, claim.operator) == ("count", 500, ">")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 12 May 2017 ISIS's attack in Homs province killed around 60 people.", "en"),
        ("Den 12. maj 2017 dræbte IS' angreb i Homs-provinsen omkring 60 mennesker.", "da"),
    ],
)
def test_the_people_a_verb_killed_are_a_toll(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.actor) == ("single_event", 60, "Islamic State")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The YPG numbers around 30,000, according to its own commanders.", "en", 30000),
        ("Norge sendte i 2017 et bidrag på 60 specialstyrkesoldater.", "da", 60),
    ],
)
def test_a_force_size_is_not_event_data(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The YPG fought ISIS about 600 times in Syria in 2014, the year of the Kobani siege.", "en"),
        ("YPG kæmpede mod IS omkring 600 gange i Syrien i 2014, året for belejringen af Kobani.", "da"),
    ],
)
def test_a_town_in_an_apposition_about_the_year_is_no_place(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.unread) == ("count", None, [])
    assert claim.start == dt.date(2014, 1, 1)


def test_its_after_a_plural_group_is_the_one_actor(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In 2015 rebel factions faced ISIS in 14 per cent of its engagements in Syria.")
    assert claim.actor == "Islamic State"
    assert lexicon.lookup(claim.counterpart or "").key == "rebels"


def test_its_after_a_genitive_stays_the_owner(lexicon: Lexicon) -> None:
    # "the army's fighting ... its engagements": the army's own, the genitive is no plural
    [claim] = _claims(
        lexicon, "In 2016 the army's fighting against ISIS was 20 per cent of all its engagements in Syria."
    )
    assert claim.counterpart == "Islamic State" and claim.actor != "Islamic State"


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        ("Turkish and Iraqi government troops did not exchange fire once in 2017.", "en", {"turkey", "iraq"}),
        ("IS og SDF har aldrig bekæmpet hinanden i 2016.", "da", {"islamic state", "syrian democratic forces"}),
    ],
)
def test_absence_verbs_exchange_fire_and_bekaempet(lexicon: Lexicon, text: str, lang: str, sides: set[str]) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "absence"
    named = {(claim.actor or "").lower(), (claim.counterpart or "").lower()}
    assert all(any(side in name for name in named) for side in sides)


def test_two_adjectives_sharing_one_noun_are_both_sides_or_unread(lexicon: Lexicon) -> None:
    # "Iraqi and Syrian government forces fought ISIS": never the Iraqi state's events alone
    [claim] = _claims(lexicon, "Iraqi and Syrian government forces fought ISIS 2,000 times in 2015.")
    assert claim.unread == ["Syrian government forces"]


def test_an_aside_after_the_count_leaves_its_window_alone(lexicon: Lexicon) -> None:
    text = "In 2017 the SDF was involved in roughly 1,400 clashes, most of them in the second half of the year."
    count = next(c for c in _claims(lexicon, text) if c.kind == "count")
    assert (count.value, count.unread) == (1400, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Some 20 per cent of the regime's clashes in 2016 took place in Daraa province in the south.", "en"),
        ("Omkring 20 procent af regimets kampe i 2016 fandt sted i Daraa-provinsen i syd.", "da"),
    ],
)
def test_where_a_governorate_lies_is_no_unread_region(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.unread) == ("concentration", "Daraa", [])


def test_a_month_range_between_dashes_refines_the_season(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In the summer of 2016 - July to September - ISIS fought some 500 battles in Syria.")
    assert (claim.start, claim.end, claim.unread) == (dt.date(2016, 7, 1), dt.date(2016, 9, 30), [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The number of SDF engagements peaked in the third quarter of 2017 at around 600.", "en"),
        ("Antallet af SDF's kampe toppede i tredje kvartal af 2017 med omkring 600.", "da"),
    ],
)
def test_the_level_at_a_peak_is_a_count(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.start, claim.end) == (
        "count",
        600,
        dt.date(2017, 7, 1),
        dt.date(2017, 9, 30),
    )


def test_never_recorded_fighting_is_an_absence(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Iranian forces were never recorded fighting the SDF in Syria in 2018.")
    assert (claim.kind, claim.counterpart) == ("absence", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ISIS massacred around 120 people in Homs province on 3 May 2016.", "en"),
        ("Bomberne i Homs-provinsen dræbte den 3. maj 2016 omkring 120 civile.", "da"),
    ],
)
def test_a_toll_with_its_date_between_verb_and_number(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.start) == ("single_event", 120, dt.date(2016, 5, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The envoy has visited Damascus nine times since 2015.", "en"),
        ("Hæren og IS kæmpede 200 gange i Homs-provinsen i 2017, mens byen skiftede hænder tre gange.", "da"),
    ],
)
def test_times_after_a_visit_or_a_change_of_hands_is_no_count(lexicon: Lexicon, text: str, lang: str) -> None:
    counts = [c.value for c in _claims(lexicon, text, lang) if c.kind == "count"]
    assert counts == ([] if lang == "en" else [200])


def test_danish_people_and_their_lives_are_a_toll(lexicon: Lexicon) -> None:
    text = "Den 3. juli 2018 kostede kampe mellem hæren og oprørere i Daraa omkring 60 mennesker livet."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.start) == ("single_event", 60, dt.date(2018, 7, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2015 about 30% of ISIS's fighting was against the Kurds; in 2017 it was closer to 47%.", "en"),
        ("I 2015 var omkring 30 procent af IS' kampe mod kurderne, og i 2017 næsten halvdelen.", "da"),
    ],
)
def test_a_later_clause_with_its_own_year_is_the_same_share_then(lexicon: Lexicon, text: str, lang: str) -> None:
    first, second = _claims(lexicon, text, lang)
    assert (first.start.year, second.start.year) == (2015, 2017)
    assert second.counterpart == first.counterpart is not None
    assert first.unread == second.unread == []


def test_a_fall_to_a_count_in_words(lexicon: Lexicon) -> None:
    text = "The SDF's engagements fell from almost 1,500 in 2017 to about a thousand in 2018."
    assert [(c.value, c.start.year) for c in _claims(lexicon, text)] == [(1500, 2017), (1000, 2018)]


def test_double_the_count_of_the_year_before(lexicon: Lexicon) -> None:
    text = "ISIS was involved in roughly 2,100 engagements in 2014, almost double the 1,100 of the year before."
    assert [(c.value, c.start.year) for c in _claims(lexicon, text)] == [(2100, 2014), (1100, 2013)]


def test_a_ratio_to_another_years_figure_is_no_share_nor_scope(lexicon: Lexicon) -> None:
    text = "ISIS was weaker in 2019: just 400 clashes with the SDF were recorded in Syria, a third of the 2017 figure."
    claim, other = _claims(lexicon, text)  # round 15: the other year's count is read too (2017: 1,200)
    assert (claim.kind, claim.value, claim.start.year, claim.unread) == ("count", 400, 2019, [])
    assert (other.kind, other.value, other.start.year) == ("count", 1200, 2017)


def test_a_groups_branch_in_a_country_is_that_countrys(lexicon: Lexicon) -> None:
    # "government forces" are Iraq's when the group's Iraqi branch fights them, never the Syrian state's
    [claim] = _claims(lexicon, "The Islamic State's Iraqi branch fought 114 clashes with government forces in 2018.")
    assert claim.country == "IRQ" and lexicon.lookup(claim.counterpart or "").key == "state"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iraq's population was about 38 million in 2018.", "en"),
        ("Iraks befolkning var omkring 38 millioner i 2018.", "da"),
    ],
)
def test_a_population_stated_with_was_is_not_event_data(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", 38_000_000)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ISIS was involved in some 1,900 engagements in 2015, and in roughly as many again in 2016.", "en"),
        ("IS udkæmpede omkring 1.900 kampe i Syrien i 2015 og lige så mange i 2016.", "da"),
    ],
)
def test_as_many_again_is_the_count_before_in_its_own_year(lexicon: Lexicon, text: str, lang: str) -> None:
    first, second = _claims(lexicon, text, lang)
    assert (first.value, first.start.year, first.unread) == (1900, 2015, [])
    assert (second.kind, second.value, second.start.year, second.actor) == ("count", 1900, 2016, first.actor)
