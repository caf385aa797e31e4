"""Danish reading kinds of the twenty-third round (issue 9), from the Danish misses of sets 29 and 30 and their
article quotes: Danish names of groups the registry lists in English only ("Mahdi-hæren", "Den Nationale
Befrielsesfront"); "N sammenstød mellem X og Y" framed in another side's campaign ("Under Tyrkiets offensiv ...");
a share in a contrasting clause after a concentration ("..., mens kun 7 procent var mod IS" is not the concentration's
place); the government written as the object of a relative clause whose antecedent is the other side ("IS, som stod
over for regeringen i ..."); and the wounded with no people noun as not event data ("64 blev såret").

Sentences are our own, written for the kind (English beside Danish where the shape is shared); each test fails on the
code before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked
from conftest import read_claims

# --- Danish names of groups: Mahdi-hæren, Den Nationale Befrielsesfront -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "kind", "verdict", "figure"),
    [
        # Government of Iraq vs al-Mahdi Army: 2004 82 events, 2008 118 of 297 (39.7%)
        ("I 2004 stødte den irakiske hær sammen med Mahdihæren omkring 80 gange.", "Government of Iraq",
         "al-Mahdi Army", "count", "supported", "82"),
        ("I 2008 var omkring 40 procent af den irakiske hærs kampe mod Mahdi-hæren.", "Government of Iraq",
         "al-Mahdi Army", "share", "supported", "118 of 297"),
        # HTS vs the NFL, January 2019: 17 events
        ("Hay'at Tahrir al-Sham og Den Nationale Befrielsesfront stødte sammen 17 gange i januar 2019.",
         "Hay'at Tahrir al-Sham", "National Front for Liberation", "count", "supported", "17"),
    ],
)  # fmt: skip
def test_danish_names_of_groups_are_read(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, kind: str, verdict: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == (kind, actor, counterpart)
    assert checked.verdict == verdict
    assert figure in checked.reason


# --- "N clashes between X and Y" inside another side's campaign ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict"),
    [
        # SNA vs SDF, October 2019: 135 events; the regime vs IS in 2017: 1,130
        ("I løbet af Tyrkiets offensiv i oktober 2019 talte man knap 140 sammenstød mellem SNA og SDF.",
         "Syrian National Army", "Syrian Democratic Forces", "supported"),
        ("Under Ruslands luftkampagne i 2017 registreredes omkring 1.100 kampe mellem regimet og IS.",
         "Government of Syria", "Islamic State", "supported"),
        ("During Turkey's offensive in October 2019, some 140 clashes between the Syrian National Army and the SDF "
         "were recorded.", "Syrian National Army", "Syrian Democratic Forces", "supported"),
    ],
)  # fmt: skip
def test_the_sides_after_the_counted_noun_are_the_counts_not_the_campaigns_owner(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("count", actor, counterpart)
    assert checked.verdict == verdict


# --- a share in a contrasting clause after a concentration keeps no place -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the regime in 2019: 719 of 1,534 events in Idlib (46.9%), 103 of 1,534 against IS (6.7%)
        "I 2019 fandt knap halvdelen af regimets kampe sted i Idlib-provinsen, mens kun omkring 6 procent var mod "
        "Islamisk Stat.",
        "In 2019 just under half of the regime's battles took place in Idlib province, while only about 6 percent "
        "were against the Islamic State.",
    ],
)
def test_a_share_after_a_concentration_is_of_all_the_actors_events(demo, tmp_path: Path, sentence: str) -> None:
    [(where, in_place), (share, checked)] = _checked(demo, tmp_path, sentence)
    assert (where.kind, where.place, in_place.verdict) == ("concentration", "Idlib", "supported")
    assert (share.kind, share.actor, share.counterpart, share.place) == (
        "share",
        "Government of Syria",
        "Islamic State",
        None,
    )
    assert checked.verdict == "supported"
    assert "103 of 1,534" in checked.reason


# --- the government as the object of the other side's relative clause ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict"),
    [
        # the regime vs IS in 2017: 1,130 of 3,608 (31.3%); Turkey vs the PKK in 2016: 191 of 279 (68.5%)
        ("Det syriske regimes største modstander i 2017 var IS, som stod over for regeringen i omkring hver tredje "
         "kamp.", "Government of Syria", "Islamic State", "supported"),
        ("Den tyrkiske regerings hovedfjende i 2016 var PKK, som stod over for regeringen i næsten alle kampe.",
         "Government of Turkey", "Kurdistan Workers' Party", "depends on definition"),
    ],
)  # fmt: skip
def test_the_government_in_the_other_sides_clause_is_the_actors_own_side(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert checked.verdict == verdict


# --- the wounded, no people noun: read (round 25 made them not checkable, a number about the events the data does not
# record, where round 23 had listed them as not event data) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ved bombeangrebet blev fire politifolk dræbt, og omkring 30 andre blev såret.", 30),
        ("Over 200 er blevet dræbt og næsten 5.000 er blevet såret siden foråret.", 5000),
        ("To soldater døde og tolv sårede blev fløjet til hospitalet.", 12),
    ],
)
def test_the_wounded_are_read_and_not_checkable(demo, tmp_path: Path, sentence: str, value: int) -> None:
    claims = _checked(demo, tmp_path, sentence)
    wounded = [(c, v) for c, v in claims if c.value == value]
    assert [(c.measure, v.verdict) for c, v in wounded] == [("wounded", "not checkable")]


# --- a place that fell, or the year's apposition, is not the claim's place ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure", "verdict", "figure"),
    [
        # the SDF vs IS in 2018: 505 events (49 in Ar Raqqah); the Iraqi government vs IS in 2014: 11,696 deaths
        ("Efter Raqqas fald kæmpede SDF omkring 500 gange mod IS i 2018.", None, "supported", "505"),
        ("After the fall of Raqqa the SDF fought IS some 500 times in 2018.", None, "supported", "505"),
        ("Omkring 11.700 døde i kampene mellem regeringen i Bagdad og IS i 2014, det år hvor Mosul faldt.", "deaths",
         "supported", "11,696"),
        ("Omkring 11.700 døde i kampene mellem regeringen i Bagdad og IS i 2014, det år Mosul faldt.", "deaths",
         "supported", "11,696"),
    ],
)  # fmt: skip
def test_a_fallen_place_or_the_years_apposition_is_no_place_of_the_claim(
    demo, tmp_path: Path, sentence: str, measure: str | None, verdict: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.place) == ("count", None)
    assert measure is None or claim.measure == measure
    assert checked.verdict == verdict
    assert figure in checked.reason


# --- a toll's side in a relative clause after the noun's place ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verdict", "deaths"),
    [
        # Islamic State in Syria: 2017 22,190 deaths, 2015 12,633
        ("I 2017 døde omkring 5.000 mennesker i kampe i Syrien, hvor Islamisk Stat var part.", "contradicted", 22190),
        ("I 2015 omkom over 12.000 mennesker i kampe i Syrien, hvor IS deltog.", "supported", 12633),
    ],
)  # fmt: skip
def test_a_tolls_side_in_a_relative_clause_after_its_place_is_read(
    demo, lexicon, tmp_path: Path, sentence: str, verdict: str, deaths: int
) -> None:
    [read] = read_claims(lexicon, sentence, "da")  # the sentence alone, no headline to lend a side
    assert (read.kind, read.measure, read.actor, read.country) == ("count", "deaths", "Islamic State", "SYR")
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.actor == "Islamic State"
    assert checked.verdict == verdict
    assert f"{deaths:,}" in checked.reason


# --- a question's short answer "hver tredje gang X var i kamp" is the question's figure ---------------------------


@pytest.mark.parametrize(
    ("text", "actor", "counterpart", "figure"),
    [
        # the regime vs IS in 2017: 1,130 of 3,608; the Iraqi government vs the Mahdi Army in 2008: 118 of 297
        ("Hvor ofte stødte regimet sammen med IS i 2017? Cirka hver tredje gang hæren var i kamp.",
         "Government of Syria", "Islamic State", "1,130 of 3,608"),
        ("Hvor ofte kæmpede den irakiske regering mod Mahdi-hæren i 2008? Cirka hver anden gang hæren var i kamp.",
         "Government of Iraq", "al-Mahdi Army", "118 of 297"),
    ],
)  # fmt: skip
def test_an_answer_of_every_nth_time_keeps_the_questions_sides(
    demo, tmp_path: Path, text: str, actor: str, counterpart: str, figure: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert checked.verdict == "supported"
    assert figure in checked.reason


# --- "aldrig i direkte kamp med": an absence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "verdict"),
    [
        # Turkey vs IS in Syria, 2016: events recorded; Hezbollah vs the SDF in 2018: none
        ("I 2016 var Tyrkiets hær aldrig i direkte kamp med Islamisk Stat i Syrien.", "Government of Turkey",
         "Islamic State", "contradicted"),
        ("Hizbollah var aldrig i åben kamp med SDF i 2018.", "Hezbollah", "Syrian Democratic Forces", "supported"),
    ],
)  # fmt: skip
def test_never_in_direct_combat_is_an_absence(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, verdict: str
) -> None:
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", actor, counterpart)
    assert checked.verdict == verdict
