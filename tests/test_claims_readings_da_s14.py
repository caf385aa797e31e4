"""Danish reading kinds of the fourteenth round (issue 9), from set 13's Danish misses: shares in Danish wordings
("hver fjerde af ... handlinger", "i samtlige registrerede kampe", "under en procent", "et flertal af", "en brøkdel
af", definite plurals such as "sammenstødene"), absences with no fight verb ("var ikke i kamp med", "slet ikke i kamp
i", "ingen registrerede sammenstød mellem") and the subject pronoun "det" after a role-noun subject.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims, year_window

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "value", "counterpart"),
    [
        ("Hver femte af Islamisk Stats handlinger i Syrien i 2016 ramte civile.", 0.2, "civile"),
        ("Hver tredje af regimets voldshandlinger i Syrien i 2017 ramte IS.", 1 / 3, "Islamic State"),
        ("I 2016 kæmpede IS mod SDF i mere end halvdelen af sammenstødene i Syrien.", 0.5, "Syrian Democratic Forces"),
        ("Regimet stod over for IS i en tredjedel af træfningerne i Syrien i 2015.", 1 / 3, None),
    ],
)
def test_danish_event_nouns_and_definite_plurals_carry_a_share(
    lexicon: Lexicon, text: str, value: float, counterpart: str | None
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share" and claim.value == pytest.approx(value, abs=0.01)
    assert claim.start is not None and claim.country is not None
    if counterpart is not None:
        assert claim.counterpart == counterpart


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        (
            "SDF kæmpede mod IS i samtlige registrerede kampe i Raqqa i 2017.",
            "Syrian Democratic Forces",
            "Islamic State",
        ),
        ("I 2016 kæmpede IS mod regimet i alle sine kampe i Homs.", "Islamic State", "Government of Syria"),
        ("Hizbollah kæmpede mod oprørere i hver eneste kamp i Qalamoun i 2015.", "Hezbollah", "oprørere"),
    ],
)
def test_all_before_an_event_noun_is_the_whole_share(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.upper) == ("share", 1.0, 1.0)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_in_all_cases_is_no_share(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "I alle tilfælde kæmpede IS mod SDF 300 gange i 2017.", "da")
    assert [(c.kind, c.value) for c in claims] == [("count", 300)]


@pytest.mark.parametrize(
    ("text", "value", "op", "upper"),
    [
        ("Under en procent af IS' kampe i Syrien i 2019 var mod Hizbollah.", 0.01, "<", None),
        ("Kun en procent af SDF's kampe i 2019 var mod regimet.", 0.01, "~", None),
        ("Et flertal af SDF's kampe i 2018 var mod IS.", 0.5, "in", 1.0),
        ("Et klart flertal af regimets kampe i 2014 var mod oprørere.", 0.5, "in", 1.0),
        ("Kun en brøkdel af IS' kampe i Syrien i 2019 var mod regimet.", 0.0, "in", 0.1),
    ],
)
def test_danish_quantifier_shapes(lexicon: Lexicon, text: str, value: float, op: str, upper: float | None) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.operator, claim.upper) == ("share", op, upper)
    assert claim.value == pytest.approx(value)
    assert claim.actor is not None and claim.counterpart is not None


def test_a_majority_of_votes_is_no_claim(lexicon: Lexicon) -> None:
    assert _claims(lexicon, "Partiet fik et flertal af stemmerne ved valget i 2016.", "da") == []


@pytest.mark.parametrize(
    ("text", "actor", "counterpart", "place"),
    [
        ("Hizbollah var ikke i kamp med SDF i 2018.", "Hezbollah", "Syrian Democratic Forces", None),
        ("Regimet var slet ikke i kamp i Quneitra-provinsen i 2017.", "Government of Syria", None, "Quneitra"),
        ("SDF deltog ikke i kampe i Daraa i 2018.", "Syrian Democratic Forces", None, "Daraa"),
        ("Der var ingen registrerede sammenstød mellem IS og SDF i Hasakah i 2019.", "Islamic State",
         "Syrian Democratic Forces", "Al Hasakah"),
    ],
)  # fmt: skip
def test_absences_with_no_fight_verb(
    lexicon: Lexicon, text: str, actor: str, counterpart: str | None, place: str | None
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value) == ("absence", 0)
    assert (claim.actor, claim.counterpart, claim.place) == (actor, counterpart, place)


def test_not_in_a_fight_turns_a_bound_round(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Regimet var ikke i kamp med IS mere end 100 gange i 2017.", "da")
    assert (claim.kind, claim.value, claim.operator) == ("count", 100, "<=")


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("Regimet indtog Palmyra i marts 2016. Det år kæmpede det mod oprørere og jihadister i fire ud af fem kampe.",
         "Government of Syria", "oprørere"),
        ("Assad-styret mistede Idlib i 2015. Samme år kæmpede det mod oprørere og IS omkring 3.000 gange.",
         "Government of Syria", "oprørere"),
    ],
)  # fmt: skip
def test_det_after_a_verb_is_the_previous_subject(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_det_as_an_article_is_no_side(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "IS mistede Raqqa i 2017. Det år kæmpede SDF mod IS 400 gange.", "da")
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


# Set 14's Danish reading kinds (sentences our own).
def test_a_share_of_its_own_after_a_clause_break_is_the_second_subjects(lexicon: Lexicon) -> None:
    text = "I 2017 var 30 procent af IS' kampe mod SDF, mens hæren kun havde fem procent af sine."
    first, second = _claims(lexicon, text, "da")
    assert (first.actor, first.counterpart) == ("Islamic State", "Syrian Democratic Forces")
    assert (second.actor, second.counterpart, second.value) == ("Government of Syria", "Syrian Democratic Forces", 0.05)


def test_not_one_of_them_after_a_count_is_an_absence_and_the_count_keeps_no_side(lexicon: Lexicon) -> None:
    text = "SDF var i 2019 part i omkring 300 kampe – og ikke én eneste af dem mod regimet."
    count, absence = _claims(lexicon, text, "da")
    assert (count.kind, count.value, count.counterpart) == ("count", 300, None)
    assert (absence.kind, absence.actor, absence.counterpart) == (
        "absence",
        "Syrian Democratic Forces",
        "Government of Syria",
    )


def test_not_one_of_them_about_people_is_no_absence(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "IS havde 20 krigere i byen i 2017, og ikke en af dem overlevede.", "da")
    assert [c.kind for c in claims] == ["not_event_data"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Der blev ikke registreret ét eneste sammenstød mellem regimet og SDF i Raqqa i 2016.", ["absence"]),
        ("Regimet og SDF har næsten aldrig kæmpet mod hinanden: kun 12 sammenstød i 2015.", ["count"]),
    ],
)
def test_et_eneste_is_an_absence_and_naesten_aldrig_is_none(lexicon: Lexicon, text: str, kinds: list[str]) -> None:
    assert [c.kind for c in _claims(lexicon, text, "da")] == kinds


def test_nineteen_out_of_twenty_is_a_ratio_not_a_count(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "I 2016 var SDF i kamp med IS i 19 ud af 20 sammenstød i Syrien.", "da")
    assert [(c.kind, c.value) for c in claims] == [("share", 0.95)]


def test_lives_lost_are_deaths(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Omkring 3.000 mennesker mistede livet i kampe i Aleppo i 2016.", "da")
    assert (claim.kind, claim.measure, claim.value) == ("count", "deaths", 3000)


def test_a_count_that_fell_to_only_n(lexicon: Lexicon) -> None:
    text = "SDF udkæmpede omkring 2.500 kampe i 2017. Året efter faldt tallet til kun 900."
    first, second = _claims(lexicon, text, "da")
    assert (first.value, first.start) == (2500, dt.date(2017, 1, 1))
    assert (second.kind, second.value, second.actor) == ("count", 900, "Syrian Democratic Forces")
    assert (second.start, second.end) == year_window(2018)


def test_all_against_after_a_count_is_the_whole_share(lexicon: Lexicon) -> None:
    text = "Tyrkiske styrker var i 2017 part i lidt over 60 kampe i Syrien – alle mod Islamisk Stat."
    count, share = _claims(lexicon, text, "da")
    assert (count.kind, count.counterpart) == ("count", None)
    assert (share.kind, share.value, share.upper, share.counterpart) == ("share", 1.0, 1.0, "Islamic State")


def test_half_of_them_in_a_province_after_a_fight_verb_is_a_concentration(lexicon: Lexicon) -> None:
    text = "SDF og IS stødte sammen omkring 900 gange i 2017 – halvdelen af dem i Raqqa-provinsen."
    count, part = _claims(lexicon, text, "da")
    assert (part.kind, part.value, part.place) == ("concentration", 0.5, "Ar Raqqah")
    assert count.unread == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("SDF deltog i omkring 1.200 kampe i 2019 – mod knap 2.500 to år forinden.", "da"),
        ("The SDF fought about 1,200 battles in 2019, against almost 2,500 two years earlier.", "en"),
    ],
)
def test_a_second_count_years_before(lexicon: Lexicon, text: str, lang: str) -> None:
    later, earlier = _claims(lexicon, text, lang)
    assert (later.value, later.start) == (1200, dt.date(2019, 1, 1))
    assert (earlier.kind, earlier.value, earlier.actor) == ("count", 2500, "Syrian Democratic Forces")
    assert (earlier.start, earlier.end) == year_window(2017)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("I de tolv måneder frem til 14. marts 2016 var 30 procent af IS' kampe mod SDF.", "da",
         (2015, 3, 15), (2016, 3, 14)),
        ("I de seks måneder frem til den 31. maj 2017 udkæmpede SDF 700 kampe.", "da", (2016, 12, 1), (2017, 5, 31)),
        ("In the twelve months to 14 March 2016, ISIS fought the SDF 500 times.", "en", (2015, 3, 15), (2016, 3, 14)),
    ],
)  # fmt: skip
def test_the_months_up_to_a_dated_day(
    lexicon: Lexicon, text: str, lang: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.start, claim.end) == (dt.date(*start), dt.date(*end))


@pytest.mark.parametrize(
    ("text", "value", "op", "start", "end"),
    [
        ("I første halvår af 2017 var 40 procent af SDF's kampe mod IS. I årets sidste kvartal steg andelen til 70 "
         "procent.",
         0.7, "~", (2017, 10, 1), (2017, 12, 31)),
        ("I 2015 kæmpede regimet mod IS i hver femte af sine kampe. Men i 2016 var det kun hver tiende.",
         0.1, "~", (2016, 1, 1), (2016, 12, 31)),
    ],
)  # fmt: skip
def test_the_share_before_again_in_a_later_sentences_own_time(
    lexicon: Lexicon, text: str, value: float, op: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    first, later = _claims(lexicon, text, "da")
    assert (later.kind, later.value, later.operator) == ("share", value, op)
    assert (later.actor, later.counterpart, later.country) == (first.actor, first.counterpart, first.country)
    assert (later.start, later.end) == (dt.date(*start), dt.date(*end))


def test_a_later_sentence_with_no_time_of_its_own_is_no_share_again(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "I 2016 var 40 procent af IS' kampe mod regimet. Det var 40 procent for meget.", "da")
    assert [c.value for c in claims] == [0.4]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Frankrig havde omkring 2000 soldater i Irak i 2017.", "da"),
        ("Vi vurderer, at der er cirka 2000 IS-krigere tilbage i Mosul.", "da"),
        ("Britain had some 2000 troops in Iraq in 2017.", "en"),
    ],
)
def test_a_head_count_that_looks_like_a_year_is_not_event_data(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", 2000)


def test_a_year_before_people_is_still_a_year(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "I 2015 kæmpede soldater fra SDF mod IS 300 gange.", "da")
    assert [(c.kind, c.value, c.start) for c in claims] == [("count", 300, dt.date(2015, 1, 1))]


def test_the_dead_after_a_fronted_verb_are_a_toll(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Den 3. juni 2016 døde omkring 60 i kampe mellem regimet og IS i Homs-provinsen.", "da")
    assert (claim.kind, claim.value, claim.place) == ("single_event", 60, "Homs")
    assert claim.start == claim.end == dt.date(2016, 6, 3)


def test_up_to_a_year_with_a_move_is_the_level_that_year(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Frem til 2018 faldt SDF's andel af IS' kampe til omkring 40 procent.", "da")
    assert (claim.start, claim.end, claim.unread) == (*year_window(2018), [])


def test_up_to_a_year_without_a_move_is_no_window(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Frem til 2019 kæmpede IS over 5.000 gange mod SDF.", "da")
    assert (claim.start, claim.unread) == (None, ["2019"])


def test_the_group_whose_share_the_subject_made_up_is_the_other_side(lexicon: Lexicon) -> None:
    text = "SDF var IS' hovedfjende i 2018. De stod for omkring 70 procent af gruppens kampe det år."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("SDF udkæmpede omkring 1.500 kampe i 2017. Tre ud af fire af dem fandt sted i Raqqa.", "da"),
        ("The SDF fought about 1,500 battles in 2017. Three in four of them took place in Raqqa.", "en"),
    ],
)
def test_a_part_of_the_count_before_in_a_place_is_a_concentration(lexicon: Lexicon, text: str, lang: str) -> None:
    count, part = _claims(lexicon, text, lang)
    assert (part.kind, part.value, part.place) == ("concentration", 0.75, "Ar Raqqah")
    assert (part.actor, part.start, part.end) == ("Syrian Democratic Forces", count.start, count.end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("SDF kæmpede i 2017 mod IS omkring 400 gange mellem midten af marts og midten af maj.",
         (2017, 3, 15), (2017, 5, 15)),
        ("Mellem begyndelsen af juni og slutningen af august 2016 kæmpede IS mod SDF 300 gange.",
         (2016, 6, 1), (2016, 8, 31)),
    ],
)  # fmt: skip
def test_parts_of_months_in_danish(
    lexicon: Lexicon, text: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.start, claim.end, claim.unread) == (dt.date(*start), dt.date(*end), [])


def test_a_month_range_with_no_year_after_it_still_needs_one(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "I 2016 og 2017 kæmpede IS mod SDF 300 gange mellem midten af juni og august.", "da")
    assert (claim.start, claim.end) != (dt.date(2016, 6, 15), dt.date(2016, 8, 31))


def test_the_army_against_one_actor_with_a_third_side_named_is_counted_from_the_actor(lexicon: Lexicon) -> None:
    text = "Hæren stod over for IS 900 gange i 2016, mens kurderne kæmpede mod gruppen 1.100 gange."
    first, second = _claims(lexicon, text, "da")
    assert (first.actor, first.counterpart) == ("Islamic State", "Hæren")  # verify.py reads the army as the other side
    assert (second.actor, second.counterpart) == ("Islamic State", "kurderne")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30 medlemmer af Islamisk Stat og 12 kurdiske krigere er dræbt i kampe ved Manbij.", 42),
        ("Ifølge observatørerne er 150 oprørere og 90 soldater også blevet dræbt.", 240),
    ],
)
def test_the_dead_of_both_sides_are_one_toll(lexicon: Lexicon, text: str, value: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.measure) == ("single_event", value, "deaths")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Additionally, 90 civilians including 12 children and 14 women were killed in the raids.", "en"),
        ("I 2015 var der 300 kampe og 40 mennesker blev dræbt.", "da"),
    ],
)
def test_a_part_of_a_toll_or_a_count_of_fights_is_no_sum(lexicon: Lexicon, text: str, lang: str) -> None:
    assert all(c.value not in (26, 340) for c in _claims(lexicon, text, lang))


def test_avoiding_a_fight_is_an_absence(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Hizbollah og SDF har undgået at kæmpe mod hinanden i Syrien i 2018.", "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", "Hezbollah", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Ninive-provinsen stod for over halvdelen af IS' hændelser i Irak i 2017, mens Kirkuk kun stod for hver "
            "femte.",
            "da",
            ["Nineveh", "Kirkuk"],
        ),
        (
            "Deir ez-Zor accounted for two-thirds of the Islamic State's events in Syria in 2019, while Homs accounted "
            "for barely a tenth.",
            "en",
            ["Deir ez-Zor", "Homs"],
        ),
    ],
)
def test_a_second_clause_naming_its_own_place_is_that_place_s_concentration(
    lexicon: Lexicon, text: str, lang: str, places: list[str]
) -> None:
    # the lead's place stayed on the second figure: a wrong verdict on an unseen set (set 15, da066)
    claims = _claims(lexicon, text, lang)
    assert [c.kind for c in claims] == ["concentration", "concentration"]
    assert [c.place for c in claims] == places
