"""Danish reading kinds of the twentieth round (issue 9), from set 25's Danish misses (formal Danish: wire copy in
Ritzau style, answers to the Folketing, committee reports): the measure noun "kamphandlinger", ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- "kamphandlinger", formal Danish for fights: a measure noun like "kampe", in every form ------------------------


@pytest.mark.parametrize(
    ("text", "value", "actor"),
    [
        ("Hizbollah var i 2017 part i omkring 300 kamphandlinger i Syrien.", 300, "Hezbollah"),
        ("Ifølge tallene deltog SDF i 2015 i over 900 kamphandlinger i Syrien.", 900, "Syrian Democratic Forces"),
        ("I 2014 var der i alt 2.100 kamphandlinger med IS i Syrien.", 2100, "Islamic State"),
    ],
)  # fmt: skip
def test_a_count_of_kamphandlinger_is_a_count_of_events(lexicon: Lexicon, text: str, value: int, actor: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.actor) == ("count", value, actor)


def test_a_count_of_kamphandlinger_moved_between_two_years(lexicon: Lexicon) -> None:
    text = "Antallet af kamphandlinger mellem IS og regimet steg fra 600 i 2014 til over 1.000 i 2015."
    first, second = _claims(lexicon, text, "da")
    assert (first.kind, first.value, first.start) == ("count", 600, dt.date(2014, 1, 1))
    assert (second.kind, second.value, second.start) == ("count", 1000, dt.date(2015, 1, 1))
    assert (second.actor, second.counterpart) == ("Islamic State", "Government of Syria")


@pytest.mark.parametrize(
    ("text", "value", "actor", "counterpart"),
    [
        ("I 2016 var oprørerne modpart i knap halvdelen af regimets kamphandlinger.", 0.45, "Government of Syria",
         "oprørerne"),
        ("I 2015 var hæren modpart i hver femte kamphandling, IS deltog i.", 0.2, "Islamic State", "hæren"),
    ],
)  # fmt: skip
def test_a_share_of_kamphandlinger_is_a_share_of_events(
    lexicon: Lexicon, text: str, value: float, actor: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I 2017 foregik en tredjedel af SDF's kamphandlinger i Raqqa-provinsen.", "Ar Raqqah"),
        ("Over en fjerdedel af kamphandlingerne med IS i 2015 fandt sted i Deir ez-Zor-provinsen.", "Deir ez-Zor"),
    ],
)
def test_a_place_s_part_of_kamphandlinger_is_a_concentration(lexicon: Lexicon, text: str, place: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.place) == ("concentration", place)


def test_a_fall_in_kamphandlingerne_by_a_per_cent_is_a_change(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "I 2018 faldt kamphandlingerne mellem IS og regimet med omkring 60 procent.", "da")
    assert (claim.kind, claim.measure) == ("count", "change")


# --- "omkom i alt over 40.000": the total's words between a death verb and its number keep it a toll --------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("I 2016 omkom i alt knap 9.000 mennesker i kampe med IS.", "da", 9000),
        ("I 2015 døde i alt omkring 7.500 mennesker i kamphandlinger med regimet.", "da", 7500),
        ("In 2016 the fighting with ISIS killed in all some 9,000 people.", "en", 9000),  # guard: English held
    ],
)  # fmt: skip
def test_a_toll_in_all_is_a_toll(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.measure) == ("count", value, "deaths")


# --- a share written as one in the teens: "hver fjortende", "every fourteenth" -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("I 2018 var kun hver fjortende af regimets kampe mod IS.", "da", 1 / 14),
        ("Oprørerne var i 2019 modpart i hver sekstende af IS' kampe i Syrien.", "da", 1 / 16),
        ("In 2018 only every thirteenth of the regime's battles was against ISIS.", "en", 1 / 13),
    ],
)  # fmt: skip
def test_one_in_the_teens_is_a_share(lexicon: Lexicon, text: str, lang: str, value: float) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert claim.value == pytest.approx(value)


# --- the death toll moved down or at its level: "dødstallet var faldet til ...", "... nede på omkring 3.000" -------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I 2017 var dødstallet faldet til omkring 8.000.", 8000),
        ("Dødstallet i kampene med IS faldt i 2019 til knap 2.000.", 2000),
        ("I 2019 var dødstallet i kampene mellem IS og SDF nede på omkring 1.500.", 1500),
        ("I 2015 lå dødstallet i kampene med regimet oppe på over 7.000.", 7000),
    ],
)
def test_a_toll_moved_down_or_at_its_level_is_a_toll(lexicon: Lexicon, text: str, value: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.measure) == ("count", value, "deaths")


def test_a_toll_s_share_at_its_level_is_no_toll(lexicon: Lexicon) -> None:
    # guard: a per cent after "nede på" is no number of the dead
    claims = _claims(lexicon, "I 2019 var dødstallet nede på 40 procent af niveauet i 2016.", "da")
    assert all(c.measure != "deaths" or c.value != 40 for c in claims)


# --- a nationality before the fights, another country named: "de tyrkiske kampe i Syrien" are Turkey's ----------


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Godt halvdelen af de tyrkiske kamphandlinger i Syrien fandt i 2017 sted i Idlib-provinsen.", "da",
         "Government of Turkey"),
        ("I 2018 faldt antallet af iranske kampe i Syrien til omkring 30.", "da", "Government of Iran"),
        ("In 2016 about half of the Turkish clashes in Iraq took place in Duhok.", "en", "Government of Turkey"),
    ],
)  # fmt: skip
def test_a_nationality_before_fights_abroad_is_the_state_that_fought(
    lexicon: Lexicon, text: str, lang: str, actor: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "Halvdelen af de irakiske kampe i 2016 foregik i Anbar-provinsen.",
        "I 2017 fandt en tredjedel af IS' syriske kampe sted i Raqqa-provinsen.",
        "In 2015 a third of ISIS's Syrian battles took place in Aleppo.",
    ],
)
def test_a_nationality_of_the_country_where_they_fought_names_no_side(lexicon: Lexicon, text: str) -> None:
    # guard: the fights' own country, or an owner before the adjective, is where they were fought
    [claim] = _claims(lexicon, text, "en" if text.startswith("In ") else "da")
    assert claim.actor in (None, "Islamic State")


# --- "kæmpede næsten udelukkende mod IS": a vague word after a fight verb is the share of its subject's fights -----


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart", "low"),
    [
        ("Irans styrker kæmpede i 2017 næsten udelukkende mod IS i Syrien.", "da", "Government of Iran",
         "Islamic State", 0.9),
        ("I 2018 kæmpede HTS hovedsageligt mod regimet.", "da", "Hay'at Tahrir al-Sham", "Government of Syria", 0.5),
        ("In 2017 Iraqi forces fought almost exclusively against ISIS.", "en", "Government of Iraq", "Islamic State",
         0.9),
    ],
)  # fmt: skip
def test_a_vague_word_after_a_fight_verb_is_a_share_of_its_fights(
    lexicon: Lexicon, text: str, lang: str, actor: str, counterpart: str, low: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert (claim.value, claim.upper) == (pytest.approx(low), 1.0)


@pytest.mark.parametrize(
    "text",
    [
        "SDF kæmpede i 2017 næsten udelukkende mod IS – i over ni ud af ti af alliancens kampe.",
        "The SDF fought mostly with American air support in 2017.",
    ],
)
def test_a_vague_word_after_a_fight_verb_gives_way_to_the_figure_or_a_means(lexicon: Lexicon, text: str) -> None:
    # guard: the figure after it is the share ("– i over ni ud af ti"); "with American air support" is no side
    claims = _claims(lexicon, text, "en" if text.startswith("The ") else "da")
    assert all(c.upper is None for c in claims if c.kind == "share")


# --- a figure denied after the one given: "omkring hver tredje ..., ikke hver anden" is no claim --------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Delvist rigtigt: IS var modpart i cirka hver femte af SDF's kampe i 2018, ikke hver anden.", "da"),
        ("Oprørerne stod for omkring 40 procent af hærens kampe i 2016 og ikke i halvdelen.", "da"),
        ("Mostly false: ISIS was the other side in about a fifth of the SDF's battles in 2018, not half.", "en"),
    ],
)
def test_a_figure_denied_after_the_one_given_is_no_claim(lexicon: Lexicon, text: str, lang: str) -> None:
    # (English "not half" was already no claim: a guard)
    [claim] = _claims(lexicon, text, lang)
    assert claim.value < 0.45


def test_a_count_after_a_denied_count_stays(lexicon: Lexicon) -> None:
    # guard: "ikke mindre end" is a bound, no denial
    text = "IS kæmpede i 2017 mod SDF i næsten halvdelen af sine kampe, ikke mindre end 1.300 gange."
    claims = _claims(lexicon, text, "da")
    assert [c.kind for c in claims] == ["share", "count"]


# --- a vague share given as a figure right after it: "langt de fleste ..., næsten fire ud af fem" is one share -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I 2018 foregik langt de fleste af SDF's kampe i Deir ez-Zor, knap ni ud af ti.", "da"),
        ("De fleste af regimets kampe var mod oprørerne: i 2016 tre ud af fire.", "da"),
        ("Most of the SDF's battles were in Deir ez-Zor in 2018 - nearly nine in ten.", "en"),
    ],
)
def test_a_vague_share_given_as_a_figure_is_one_share(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.value >= 0.67  # the figure given, not the vague word's 50% (or 75%) floor


def test_a_figure_outside_the_vague_share_s_range_is_another_share(lexicon: Lexicon) -> None:
    # guard: "most ..., a third in Raqqa alone" gives a part of it, not the vague share itself
    text = "In 2017 most of ISIS's battles were in Raqqa and Deir ez-Zor, a third in Raqqa alone."
    assert len(_claims(lexicon, text, "en")) == 2


# --- a Danish speaker's correction: "omkring tusind gange - præcis 1.059" is the 1,059 -------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Regimet og IS stødte i 2015 sammen omkring tusind gange - præcis 1.059.", 1059),
        ("SDF havde cirka 1.300 kampe med IS i 2017, nærmere bestemt 1.345.", 1345),
        ("IS havde i 2016 omkring 2.000 kampe i Syrien – nej, 2.153.", 2153),
        ("Hæren og IS stødte sammen cirka 600 gange i 2014 – 613 for at være præcis.", 613),
    ],
)
def test_a_danish_correction_is_the_figure(lexicon: Lexicon, text: str, value: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.value) == ("count", value)


def test_a_danish_share_corrected_in_per_cent(lexicon: Lexicon) -> None:
    text = "IS var i 2016 modpart i cirka 40 procent af SDF's kampe - vil jeg sige 45 procent."
    [claim] = _claims(lexicon, text, "da")
    assert claim.value == pytest.approx(0.45)
