"""Danish reading kinds of the fifteenth round (issue 9), from set 15's Danish misses: a second clause ", mens X stod
for ..." whose subject is a new owner, "de" as the subject before "modstander", Danish endings after an abbreviation
("SDF'erne"), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Kurderne bar kampen. I 2018 var de modstander i knap halvdelen af IS' kampe i Syrien, mens regimet stod "
            "for godt en tredjedel.",
            "Kurderne",
            "Government of Syria",
        ),
        (
            "YPG'erne førte an. I 2017 var de modstander i over halvdelen af IS' kampe i Syrien, mens oprørerne stod "
            "for en femtedel.",
            "PYD/YPG",
            "oprørerne",
        ),
    ],
)
def test_a_share_before_a_new_subject_clause_keeps_its_own_counterpart(
    lexicon: Lexicon, text: str, first: str, second: str
) -> None:
    one, two = _claims(lexicon, text, "da")
    assert (one.kind, two.kind) == ("share", "share")
    assert (one.actor, one.counterpart) == ("Islamic State", first)
    assert (two.actor, two.counterpart) == ("Islamic State", second)


def test_the_next_clause_s_subject_is_never_the_first_share_s_counterpart(lexicon: Lexicon) -> None:
    text = "I 2018 var de modstander i knap halvdelen af IS' kampe i Syrien, mens regimet stod for godt en tredjedel."
    one, two = _claims(lexicon, text, "da")
    assert one.counterpart is None  # "de" with nothing before it: unknown, not the regime
    assert two.counterpart == "Government of Syria"


@pytest.mark.parametrize("written", ["SDF'ernes", "SDF’ernes"])
def test_danish_endings_after_an_abbreviation(lexicon: Lexicon, written: str) -> None:
    [claim] = _claims(lexicon, f"{written} kampe mod IS i Syrien toppede i 2017 med over 500 sammenstød.", "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", "Syrian Democratic Forces", "Islamic State")


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("Der blev ikke registreret nogen sammenstød mellem Hizbollah og SDF i Syrien i 2016.", "Hezbollah",
         "Syrian Democratic Forces"),
        ("I 2019 blev der ikke registreret kampe mellem Tyrkiet og regimet.", "Government of Turkey",
         "Government of Syria"),
        ("Der var ikke nogen træfninger mellem IS og HTS i Idlib i 2017.", "Islamic State", "Hay'at Tahrir al-Sham"),
    ],
)  # fmt: skip
def test_no_recorded_fights_between_two_sides_is_an_absence(
    lexicon: Lexicon, text: str, actor: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.actor, claim.counterpart) == ("absence", 0, actor, counterpart)
    assert claim.start is not None


def test_not_recorded_as_fights_without_fights_is_no_absence(lexicon: Lexicon) -> None:
    assert _claims(lexicon, "Der blev ikke registreret nogen ændring i regimets politik i 2016.", "da") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Røde Kors har omkring 900 medarbejdere i Irak.", 900),
        ("Organisationen havde 250 frivillige og hjælpearbejdere i Aleppo i 2016.", 250),
    ],
)
def test_staff_and_volunteers_are_not_event_data(lexicon: Lexicon, text: str, value: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value) == ("not_event_data", value)


def test_killings_are_events_of_a_count(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "IS stod bag omkring 70 drab i Deir ez-Zor i 2018.", "da")
    assert (claim.kind, claim.value, claim.actor, claim.measure) == ("count", 70, "Islamic State", "drab")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("IS og SDF stødte sammen et par hundrede gange i Syrien i 2018.", 150, 350),
        ("Et par dusin sammenstød mellem HTS og regimet fandt sted i Idlib i 2020.", 20, 36),
        ("HTS og regeringsstyrkerne stødte sammen flere dusin gange i Syrien i 2019.", 24, 99),
    ],
)
def test_a_couple_of_hundred_and_several_dozen_are_ranges(lexicon: Lexicon, text: str, low: int, high: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.upper, claim.operator) == ("count", low, high, "in")


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("I 2021 angreb IS-celler regimet over 200 gange i Syrien.", "Islamic State", "Government of Syria"),
        ("Samme år bekæmpede regeringen IS omkring 400 gange i Irak.", "Government of Iraq", "Islamic State"),
        ("IS angreb SDF over 300 gange i Syrien i 2020.", "Islamic State", "Syrian Democratic Forces"),
    ],
)
def test_the_side_after_a_fronted_danish_verb_acts(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", actor, counterpart)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Koalitionen under amerikansk ledelse fløj over 8.000 togter i Syrien og Irak i 2016.", "da"),
        ("Russia flew more than 9,000 sorties in Syria and Iraq in 2016.", "en"),
    ],
)
def test_a_second_country_after_a_place_is_a_place_too(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "count" and claim.country == "SYR"
    assert "Government of Iraq" not in (claim.actor, claim.counterpart)


@pytest.mark.parametrize(
    ("text", "lang", "value", "actor", "counterpart"),
    [
        ("Hvor stor en del af SDF's kampe i 2018 var mod IS? Omkring to tredjedele.", "da", 2 / 3,
         "Syrian Democratic Forces", "Islamic State"),
        ("Hvor mange af regimets kampe i 2017 var mod IS? Knap hver tredje.", "da", 1 / 3, "Government of Syria",
         "Islamic State"),
        ("What share of the regime's battles in 2015 were against rebels? About three in four.", "en", 0.75,
         "Government of Syria", "rebels"),
    ],
)  # fmt: skip
def test_a_short_answer_after_a_question_is_the_question_s_share(
    lexicon: Lexicon, text: str, lang: str, value: float, actor: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share" and claim.value == pytest.approx(value, abs=0.04)  # "knap hver tredje": 0.30-0.33
    assert (claim.actor, claim.counterpart) == (actor, counterpart)
    assert claim.start is not None


def test_a_question_before_a_sentence_of_its_own_stays_apart(lexicon: Lexicon) -> None:
    text = "Hvem kæmpede IS mest mod i 2016? SDF kæmpede mod IS omkring 600 gange i Syrien i 2017."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.actor) == ("count", 600, "Syrian Democratic Forces")
    assert claim.start is not None and claim.start.year == 2017


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Over 200 mennesker blev dræbt, da IS angreb Deir ez-Zor-provinsen den 16. januar 2016.", "Deir ez-Zor"),
        ("Mindst 40 soldater blev dræbt, da oprørere angreb Idlib-provinsen den 9. maj 2015.", "Idlib"),
    ],
)
def test_a_toll_takes_the_place_its_own_attack_names(lexicon: Lexicon, text: str, place: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.place) == ("single_event", place)


def test_a_count_keeps_no_place_of_a_clause_after_it(lexicon: Lexicon) -> None:
    text = "IS kæmpede mod SDF omkring 600 gange i 2017, da gruppen mistede Raqqa."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.place) == ("count", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Angrebet på markedet i Manbij har kostet 19 uskyldige mennesker livet.", 19),
        ("Kampene mellem SDF og IS har kostet mindst 60 liv i Deir ez-Zor den 3. marts 2019.", 60),
        ("Bomben i Kirkuk har kostet 12 civile livet den 1. maj 2016.", 12),
    ],
)
def test_has_cost_n_lives_is_a_toll(lexicon: Lexicon, text: str, value: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.measure) == ("single_event", value, "deaths")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ved angrebet i Homs den 3. maj 2016 blev 12 soldater samt 8 civile dræbt.", 20),
        ("Mindst 30 oprørere og seks regeringstro soldater er dræbt i Daraa den 2. juni 2018.", 36),
    ],
)
def test_both_sides_dead_with_samt_a_word_number_or_the_verb_first_are_one_toll(
    lexicon: Lexicon, text: str, value: int
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.measure) == ("single_event", value, "deaths")


def test_two_head_counts_before_a_later_toll_are_no_sum(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "IS har 300 krigere og 40 kampvogne i byen, hvor 12 blev dræbt i 2017.", "da")
    heads, *tolls = claims
    assert (heads.kind, heads.value) == ("not_event_data", 300)
    assert [(c.value, c.measure) for c in tolls] == [(12, "deaths")]  # the toll alone, no sum with the heads


def test_a_place_after_the_attacked_side_stays_the_clause_s(lexicon: Lexicon) -> None:
    text = "Den 4. juni 2017 blev 20 soldater dræbt, da IS angreb hæren i Homs."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.place) == ("single_event", 20, None)
