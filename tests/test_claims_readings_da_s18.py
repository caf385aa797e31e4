"""Danish reading kinds of the eighteenth round (issue 9), from set 22's Danish misses (spoken registers: debate and
interview transcripts, blogs) and set 21's three Danish kinds: a causal clause's sides, a fronted "Under ..." with
no comma, a place at the top of the list.

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- a causal clause after the comma ("idet", "fordi") holds its own sides ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("HTS bekæmpede i 2017 mest regimet, idet IS kun var modpart i omkring 15 procent af HTS' kampe.", "da",
         "Islamic State"),
        ("Hæren kæmpede i 2016 mest mod oprørerne, fordi IS kun var modpart i cirka hver femte af regimets kampe.",
         "da", "Islamic State"),
        ("ISIS mainly fought rebels in 2014, because the regime was the counterpart in only a third of the group's "
         "clashes.", "en", "Government of Syria"),
    ],
)  # fmt: skip
def test_the_sides_of_a_causal_clause_are_its_own(lexicon: Lexicon, text: str, lang: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert claim.counterpart == counterpart


def test_a_figure_before_a_causal_clause_keeps_its_own_sides(lexicon: Lexicon) -> None:
    # guard: the clause after the figure names no side of it
    text = "IS kæmpede i 2015 over 1.000 gange mod regimet, fordi hæren rykkede frem mod Palmyra."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", "Islamic State", "Government of Syria")


# --- "Under offensiven mod X ..." fronted with no comma: its place is the operation's, not the claim's ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Under offensiven mod Idlib fra april til august 2019 var oprørerne modpart i 90 procent af hærens kampe.",
        "Under belejringen af Aleppo i 2016 var oprørerne modpart i 80 procent af regimets kampe.",
        "Under erobringen af Raqqa i sommeren 2017 stod IS over for SDF i næsten alle alliancens kampe i Syrien.",
    ],
)
def test_a_fronted_operation_with_no_comma_is_no_place_of_the_claim(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share"
    assert claim.place is None
    assert claim.country == "SYR"


def test_a_place_after_the_verb_of_the_fronted_clause_is_the_claim_s(lexicon: Lexicon) -> None:
    # guard: the fronted part ends at its verb; a place after it is the claim's
    text = "Under offensiven i 2019 var oprørerne modpart i 90 procent af hærens kampe i Idlib."
    [claim] = _claims(lexicon, text, "da")
    assert claim.place == "Idlib"


# --- a place at the top of the list with its part: a concentration -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("I 2017 lå Deir ez-Zor-provinsen i toppen med omkring 40 procent af IS' kampe i Syrien.", "da", "Deir ez-Zor"),
        ("Anbar-provinsen lå øverst i 2015 med godt hver tredje af de irakiske styrkers kampe.", "da", "Anbar"),
        ("In 2017 Deir ez-Zor province topped the list with about 40 percent of ISIS's clashes in Syria.", "en",
         "Deir ez-Zor"),
    ],
)  # fmt: skip
def test_a_place_at_the_top_with_a_part_of_the_events_is_a_concentration(
    lexicon: Lexicon, text: str, lang: str, place: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "concentration"
    assert place in (claim.place or "")


# --- not event data: aircraft sent, a part of a head count by origin -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Norge sendte seks F-16-fly til Irak i 2014.", "da", 6),
        ("Belgien udsendte i 2015 fire jagerfly til koalitionen.", "da", 4),
        ("The Netherlands deployed six F-16s to Jordan in 2014.", "en", 6),
    ],
)
def test_aircraft_sent_are_not_event_data(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("not_event_data", value)


def test_aircraft_listed_beside_the_people_sent_leave_the_people_as_the_figure(lexicon: Lexicon) -> None:
    # guard: most testers list a contribution by its soldiers, not its aircraft
    text = "Norge sendte seks F-16-fly og omkring 120 soldater til koalitionen."
    assert [(c.kind, c.value) for c in _claims(lexicon, text, "da")] == [("not_event_data", 120)]


def test_a_year_before_the_aircraft_is_no_number_of_them(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Holland udsendte i 2015 seks F-16-fly til Jordan.", "da")
    assert (claim.kind, claim.value) == ("not_event_data", 6)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Omkring 5.000 krigere fra Europa rejste til Syrien, heriblandt godt 100 fra Sverige.", "da"),
        ("Around 5,000 fighters left Europe for Syria, including some 100 from Sweden.", "en"),
    ],
)
def test_a_part_of_a_head_count_by_origin_is_not_event_data(lexicon: Lexicon, text: str, lang: str) -> None:
    assert [(c.kind, c.value) for c in _claims(lexicon, text, lang)] == [
        ("not_event_data", 5000),
        ("not_event_data", 100),
    ]


def test_a_part_of_events_from_a_place_stays_a_part_of_the_events(lexicon: Lexicon) -> None:
    # guard: "heraf 120 fra Raqqa-provinsen" after a count of battles names no people: a part of the events
    text = "IS udkæmpede 300 kampe i 2016, heraf 120 fra Raqqa-provinsen."
    count, part = _claims(lexicon, text, "da")
    assert (count.kind, count.value) == ("count", 300)
    assert part.kind != "not_event_data" and round(part.value, 2) == 0.4


# --- a side's effort spent on another --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("I 2017 brugte SDF omkring 90 procent af sine kræfter på IS.", "da", 0.9),
        ("I 2016 brugte Tyrkiet en tredjedel af sin energi på IS i Syrien.", "da", 0.333),
        ("In 2017 the SDF spent about 90 percent of its effort on ISIS.", "en", 0.9),
    ],
)
def test_a_share_of_a_side_s_effort_on_another_is_a_share_of_its_events(
    lexicon: Lexicon, text: str, lang: str, value: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert round(claim.value, 3) == value
    assert claim.counterpart == "Islamic State"


def test_half_of_a_force_is_no_share_of_events(lexicon: Lexicon) -> None:
    # guard: "kræfter" as forces, no effort spent
    assert _claims(lexicon, "Halvdelen af de kurdiske kræfter blev sendt til Raqqa.", "da") == []


# --- spoken turns: an answer about "det" takes the question's sides; a hedge after the share ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart"),
    [
        ("VÆRT: Hvor meget kæmpede SDF mod IS? GÆST: I 2017 var det omkring ni ud af ti kampe.", "da",
         "Syrian Democratic Forces", "Islamic State"),
        ("VÆRT: Hvor tit kæmpede hæren mod oprørerne i Syrien i 2016? EKSPERT: Det var omkring 8.000 gange.", "da",
         "Government of Syria", "oprørerne"),
        ("HOST: How often did the SDF fight ISIS? GUEST: In 2017 that was about nine in ten of its battles.", "en",
         "Syrian Democratic Forces", "Islamic State"),
    ],
)  # fmt: skip
def test_an_answer_about_the_question_s_topic_takes_its_sides(
    lexicon: Lexicon, text: str, lang: str, actor: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_an_answer_naming_its_own_sides_is_its_own_sentence(lexicon: Lexicon) -> None:
    # guard: no "det" for the question's topic; the answer's own sides
    text = "VÆRT: Hvad med kurderne? EKSPERT: I 2017 kæmpede SDF omkring 1.300 gange mod IS."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("I 2016 var omkring hver fjerde af SDF's kampe mod IS, måske lidt mindre.", "da", 0.225, 0.25),
        ("I 2016 var en tredjedel af hærens kampe mod IS - nok lidt mere.", "da", 0.333, 0.4),
        ("In 2016 about a quarter of the SDF's battles were with ISIS - maybe a bit less.", "en", 0.225, 0.25),
    ],
)
def test_a_hedge_after_a_share_named_in_words_is_just_below_or_above_it(
    lexicon: Lexicon, text: str, lang: str, low: float, high: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (round(claim.value, 3), round(claim.upper or 0, 3)) == (low, high)


def test_a_smaller_share_in_a_later_clause_is_no_hedge(lexicon: Lexicon) -> None:
    # guard: "mens lidt mindre var mod oprørerne" is another share's clause, not a hedge
    text = "I 2016 var en fjerdedel af SDF's kampe mod IS, mens lidt mindre var mod oprørerne."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.value, claim.upper) == (0.25, None)


# --- one day's fighting: the day is no number of dead ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Den 10. maj 2016 kostede én dags kampe i Deir ez-Zor omkring 80 mennesker livet.", "da", 80),
        ("Den 3. april 2017 kostede to dages kampe ved Tabqa over 60 mennesker livet.", "da", 60),
    ],
)
def test_one_day_s_fighting_is_no_toll_of_one(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    assert [(c.kind, c.value) for c in _claims(lexicon, text, lang)] == [("single_event", value)]


# --- the count before, scaled or moved: "blev det halveret, til ...", "faldt det til ..." ----------------------------


def _counts_of(lexicon: Lexicon, text: str, lang: str) -> list[tuple[float, str | None, str | None, int | None]]:
    return [
        (c.value, c.actor, c.counterpart, c.start.year if c.start else None)
        for c in _claims(lexicon, text, lang)
        if c.kind == "count"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("SDF kæmpede omkring 500 gange mod IS i 2018. I 2019 blev det mere end halveret, til cirka 200.", "da"),
        ("SDF kæmpede omkring 500 gange mod IS i 2018. I 2019 faldt det til cirka 200.", "da"),
        ("The SDF fought ISIS about 500 times in 2018. In 2019 it was more than halved, to roughly 200.", "en"),
        ("The SDF fought ISIS about 500 times in 2018. In 2019 it fell to roughly 200.", "en"),
    ],
)
def test_the_count_before_scaled_or_moved_is_that_count_again_with_its_sides(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    sdf, isis = "Syrian Democratic Forces", "Islamic State"
    assert _counts_of(lexicon, text, lang) == [(500, sdf, isis, 2018), (200, sdf, isis, 2019)]


def test_the_number_before_again_keeps_the_sides_of_its_count(lexicon: Lexicon) -> None:
    # "faldt tallet til" was read before, without the count's other side
    text = "Hæren kæmpede omkring 1.100 gange mod IS i Syrien i 2017. Året efter faldt tallet til 300."
    assert _counts_of(lexicon, text, "da")[1] == (300, "Government of Syria", "Islamic State", 2018)


def test_a_share_that_fell_is_no_count(lexicon: Lexicon) -> None:
    # guard: "faldt det til 30 procent" is a share's level, not the count again
    text = "SDF kæmpede omkring 500 gange mod IS i 2018. I 2019 faldt det til 30 procent."
    assert [(c.kind, c.value) for c in _claims(lexicon, text, "da")] == [("count", 500)]


def test_the_number_moved_with_its_noun_keeps_the_sides_of_the_count_before(lexicon: Lexicon) -> None:
    text = "SDF og IS stødte sammen omkring 500 gange i 2018. Året efter faldt det til cirka 200 sammenstød."
    sdf, isis = "Syrian Democratic Forces", "Islamic State"
    assert _counts_of(lexicon, text, "da")[1] in ((200, sdf, isis, 2019), (200, isis, sdf, 2019))


def test_a_group_s_own_count_the_year_after_takes_no_side_from_the_count_before(lexicon: Lexicon) -> None:
    # guard: "gruppen kæmpede 1.900 gange" counts all its fights, not those against the army named before
    text = "IS kæmpede 600 gange mod hæren i Syrien i 2014. I 2015 kæmpede gruppen 1.900 gange."
    assert _counts_of(lexicon, text, "da")[1] == (1900, "Islamic State", None, 2015)


# --- a vague share "of them" in the sentence after a count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("I første halvår af 2017 kæmpede SDF omkring 700 gange. Og over halvdelen af dem var mod IS.", "da",
         "Islamic State"),
        ("I 2015 var hæren med i cirka 4.000 kampe i Syrien. Langt de fleste af dem var mod oprørerne.", "da",
         "oprørerne"),
        ("In the first half of 2017 the SDF fought about 700 battles. Most of them were against ISIS.", "en",
         "Islamic State"),
    ],
)  # fmt: skip
def test_a_vague_share_of_them_after_a_count_is_a_share_of_its_events(
    lexicon: Lexicon, text: str, lang: str, counterpart: str
) -> None:
    count, share = _claims(lexicon, text, lang)
    assert count.kind == "count"
    assert (share.kind, share.actor, share.counterpart) == ("share", count.actor, counterpart)
    assert (share.start, share.end) == (count.start, count.end)


def test_a_vague_share_of_people_after_a_count_is_no_share(lexicon: Lexicon) -> None:
    # guard: "de fleste af dem var udlændinge" names no side the events were against
    text = "IS kæmpede omkring 600 gange i Syrien i 2016. De fleste af dem var udlændinge."
    assert [c.kind for c in _claims(lexicon, text, "da")] == ["count"]


# --- a year the Danish speaker turns to (grammar-en's spoken year, dates._YEAR_WORDS y10) -----------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("EKSPERT: Altså, hvis man kigger på 2016, så var kurderne modpart i cirka 30 procent af IS' kampe.", 2016),
        ("Ser man på 2018, stod oprørerne for omkring 80 procent af regimets kampe.", 2018),
        ("Tager vi 2017: SDF kæmpede omkring 1.300 gange mod IS.", 2017),
    ],
)
def test_a_year_the_danish_speaker_turns_to_is_the_window(lexicon: Lexicon, text: str, year: int) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.start.year if claim.start else None, claim.end.year if claim.end else None) == (year, year)
    assert claim.unread == []


# --- a change in the events' number, in Danish word order (the lead's change as a count, figures.CHANGE) ------------


@pytest.mark.parametrize(
    "text",
    [
        "I 2019 faldt SDF's kampe mod IS med omkring 70 procent.",
        "Regimets angreb i Idlib steg med 30 procent i 2019.",  # in percent only, as in English (set 7)
    ],
)
def test_a_danish_change_in_the_events_number_is_a_change(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.measure) == ("count", "change")


def test_a_danish_change_with_its_level_keeps_the_level(lexicon: Lexicon) -> None:
    # guard: "..., til omkring 300" is the claim, not the change
    text = "I 2019 faldt SDF's kampe mod IS med omkring 40 procent, til omkring 300."
    assert [(c.kind, c.value) for c in _claims(lexicon, text, "da") if c.kind == "count"] == [("count", 300)]
