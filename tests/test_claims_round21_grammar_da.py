"""Danish reading kinds of the twenty-first round (issue 9), from set 28's Danish misses (NGO appeals and reports,
readers' letters, encyclopedia entries): counts said of the whole war ("i alt", "under hele krigen"), a vague count
restated by its number, "voldshændelser", a country named as a toll's side, a governorate's border and "lå i",
civilians among the dead in Danish word order, a travel destination, the suburbs of Damascus, a toll's aside in
hyphens and a side's fighters in one compound.

Sentences are our own, written for the kind (English beside Danish where the shape is shared); each kind's tests
fail on the code before the change it covers, except the guards, which hold on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked
from conftest import read_claims
from dyadscope.claims.resolve import Lexicon

# --- a count said of the whole war: "i alt", "in all", "under hele krigen", "over the entire war" -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Under hele krigen kæmpede SDF og regimet omkring 35 gange.",
        "SDF og regimet stødte i alt sammen i cirka 35 kampe.",
        "Over the entire war, the SDF and the regime fought about 35 times.",
        "The SDF and the regime clashed in some 35 battles in all.",
        "Throughout the war the regime and the SDF met in roughly 35 engagements.",
    ],
)
def test_a_count_said_of_the_whole_war_is_over_the_whole_span(demo, tmp_path: Path, sentence: str) -> None:
    # Syria's government and the SDF: 35 events in all the data (2003-2019); the claim keeps its own window (none)
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events) == ("supported", 35)
    assert (claim.start, claim.end) == (None, None)
    assert any("the whole span the data covers" in n for n in claim.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Samme år stødte SDF og regimet i alt sammen i cirka 35 kampe.",  # the year is the sentence before's
        "That year the SDF and the regime clashed some 35 times in all.",
        "I perioden kæmpede SDF og regimet i alt omkring 35 gange.",
        "Under belejringen kæmpede SDF og regimet i alt omkring 35 gange.",  # a time the reading cannot place
    ],
)
def test_a_total_in_a_time_only_named_elsewhere_is_not_the_whole_war(demo, tmp_path: Path, sentence: str) -> None:
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable"
    assert not any("the whole span the data covers" in n for n in claim.notes)


def test_an_absence_with_ever_is_over_the_whole_span(demo, tmp_path: Path) -> None:
    # "ever" / "nogensinde" as "never": IS and the PKK have no event together in the data
    for sentence in (
        "Der har ikke nogensinde været én eneste kamp mellem IS og PKK.",
        "IS and the PKK have not clashed a single time, ever.",
    ):
        [(claim, verdict)] = _checked(demo, tmp_path, sentence)
        assert (claim.kind, verdict.verdict) == ("absence", "supported")


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the whole war the United States fought IS in about a dozen battles in Syria.",
        "Under hele krigen kæmpede USA og IS i alt omkring et dusin kampe i Syrien.",
    ],
)
def test_a_whole_war_count_of_a_pair_the_data_never_records_is_not_contradicted(
    demo, tmp_path: Path, sentence: str
) -> None:
    # no event of the pair at any time: the data does not know the sides so, which says nothing against the claim
    verdicts = [v for c, v in _checked(demo, tmp_path, sentence) if c.kind == "count"]
    assert verdicts and all(v.verdict == "not checkable" for v in verdicts)
    assert all(v.matching_events in (0, None) for v in verdicts)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The SDF and the regime fought only a few dozen times, some 35 battles in all.", "en", 35),
        ("Hizbollah og IS kæmpede kun en håndfuld gange - syv kampe i alt.", "da", 7),
        ("IS og SDF stødte sammen et par dusin gange i 2016: omkring 30 kampe.", "da", 30),
    ],
)  # fmt: skip
def test_a_vague_count_given_as_a_number_right_after_is_one_count(
    lexicon: Lexicon, text: str, lang: str, value: int
) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.value) == ("count", value)


def test_a_number_outside_the_vague_words_range_is_another_count(lexicon: Lexicon) -> None:
    # guard: "a handful" is 2-9, so 40 is not its number
    claims = read_claims(lexicon, "IS fought the SDF only a handful of times in 2013, 40 times in 2014.")
    assert [c.value for c in claims if c.kind == "count"] == [2, 40]


# --- "voldshændelser": a measure noun of events --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "actor"),
    [
        ("I 2016 var Hizbollah part i omkring 200 voldshændelser i Syrien.", 200, "Hezbollah"),
        ("SDF var i 2018 involveret i over 1.000 registrerede voldshændelser.", 1000, "Syrian Democratic Forces"),
    ],
)  # fmt: skip
def test_voldshaendelser_are_a_count_of_events(lexicon: Lexicon, text: str, value: int, actor: str) -> None:
    [claim] = read_claims(lexicon, text, "da")
    assert (claim.kind, claim.value, claim.actor) == ("count", value, actor)
    assert claim.measure != "deaths"


# --- a state named by its country as a side of a year's toll ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I 2016 blev omkring 900 mennesker dræbt i konflikten mellem Tyrkiet og PKK.",
        "In 2016 about 900 people were killed in the conflict between Turkey and the PKK.",
    ],
)
def test_a_country_named_as_a_side_of_a_toll_is_its_state(demo, tmp_path: Path, sentence: str) -> None:
    # Turkey's government and the PKK, 2016: 919 deaths in the data (was: "counts the dead, not events")
    [(claim, verdict)] = _checked(demo, tmp_path, sentence)
    assert (claim.actor, claim.measure) == ("Government of Turkey", "deaths")
    assert verdict.verdict == "supported"


# --- a governorate's border, and "lå i": where a part of the events was --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("I 2018 fandt omkring halvdelen af IS-kampene i Syrien sted i Deir ez-Zor-provinsen ved grænsen til Irak.",
         "da", "Deir ez-Zor"),
        ("I 2016 lå omkring 40 procent af IS-hændelserne i Irak i Ninive-provinsen.", "da", "Nineveh"),
        ("I 2015 lå en tredjedel af IS' aktivitet i Irak i Anbar-provinsen.", "da", "Anbar"),
    ],
)  # fmt: skip
def test_a_part_of_the_events_in_a_governorate_is_a_concentration(
    lexicon: Lexicon, text: str, lang: str, place: str
) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.counterpart, claim.unread) == ("concentration", place, None, [])


def test_a_border_with_no_governorate_before_it_stays_unread(lexicon: Lexicon) -> None:
    # guard: "langs grænsen til Tyrkiet" with no governorate is a region the checker does not place
    [claim] = read_claims(lexicon, "I 2017 var halvdelen af IS-kampene i Syrien langs grænsen til Tyrkiet.", "da")
    assert claim.unread == ["grænsen"]


# --- civilians among the dead, in Danish word order and "kostede civile livet" ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("I 2016 omkom der civile i omkring hver tiende af regimets kampe i Syrien.", "da", 0.1),
        ("I 2014 mistede civile livet i under en femtedel af IS' kampe i Syrien.", "da", 0.2),
        ("Hver femte af IS-kampene i Syrien i 2015 kostede civile livet.", "da", 0.2),
        ("One in five ISIS battles in Syria in 2015 cost civilian lives.", "en", 0.2),
        ("In 2014 civilians lost their lives in more than half of ISIS events in Syria.", "en", 0.5),
    ],
)  # fmt: skip
def test_civilians_dead_in_a_share_of_events_is_a_lethality_share(
    lexicon: Lexicon, text: str, lang: str, value: float
) -> None:
    # was a share with the civilians as the other side (0 events: a wrong "contradicted"), or a means
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.counterpart) == ("attribute_share", None)
    assert claim.value == pytest.approx(value)


def test_civilians_dead_share_is_judged_on_the_civilian_deaths(demo, tmp_path: Path) -> None:
    # Islamic State in Syria, 2015: 385 of 1,887 events had a civilian among the dead (20.4%)
    [(_, verdict)] = _checked(demo, tmp_path, "Hver femte af IS-kampene i Syrien i 2015 kostede civile livet.")
    assert (verdict.verdict, verdict.matching_events) == ("supported", 385)


# --- where someone travelled is not the claim's place when the figure's "where" clause names its own scope --------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hun rejste i 2015 til Raqqa, hvor over halvdelen af IS' kampe i Syrien var mod regimet.", "da"),
        ("He travelled to Raqqa in 2015, where more than half of ISIS battles in Syria were against the regime.", "en"),
    ],
)  # fmt: skip
def test_a_travel_destination_is_not_the_place_of_a_figure_about_the_country(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    # was read in Raqqa (a wrong "contradicted": 25.3% there against 56.1% in all Syria)
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.place, claim.country) == ("share", None, "SYR")


def test_a_travel_destination_the_where_clause_refers_to_stays_the_place(lexicon: Lexicon) -> None:
    # guard: "hvor" with no scope of its own is the destination
    text = "Han rejste i 2016 til Idlib, hvor HTS stod for omkring 40 procent af kampene."
    [claim] = read_claims(lexicon, text, "da")
    assert claim.place == "Idlib"


# --- the suburbs of Damascus are Rif Dimashq ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I 2018 kæmpede regimet omkring 500 gange i forstæderne til Damaskus.", "da"),
        ("Regimets angreb i Damaskus-forstæderne i 2018 talte omkring 500 kampe.", "da"),
        ("In 2018 the regime fought about 500 battles in the Damascus suburbs.", "en"),
    ],
)  # fmt: skip
def test_the_suburbs_of_damascus_are_rif_dimashq(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert claim.place == "Rif Dimashq"


# --- tolls: an aside set off by hyphens, and a side's fighters named in one compound -----------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mindst 20 personer - heraf flere børn - blev fredag dræbt af IS i Homs-provinsen.", "da"),
        ("At least 20 people - several of them children - were killed by IS in Homs province on Friday.", "en"),
    ],
)  # fmt: skip
def test_a_toll_with_an_aside_in_hyphens_is_a_toll(lexicon: Lexicon, text: str, lang: str) -> None:
    # was a number of people (not event data)
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.measure) == ("single_event", 20, "deaths")


@pytest.mark.parametrize(
    "text",
    ["I 2016 blev over 100 SDF-krigere dræbt i Raqqa-provinsen.", "I 2017 blev omkring 300 IS-krigere dræbt i Raqqa."],
)
def test_a_sides_fighters_in_one_compound_killed_are_its_own_losses(demo, tmp_path: Path, text: str) -> None:
    # was not event data, or (with the compound read as people) all the SDF's events' dead: 854, "supported"
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    assert verdict.verdict == "not checkable"
    assert claim.measure == "own losses"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russiske fly har siden 2015 gennemført titusindvis af luftangreb i Syrien.", "da"),
        ("Russian jets have carried out tens of thousands of airstrikes in Syria since 2015.", "en"),
    ],
)  # fmt: skip
def test_tens_of_thousands_is_twenty_thousand_or_more(lexicon: Lexicon, text: str, lang: str) -> None:
    # was "thousands" inside it (2,000-9,999), or nothing
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.upper) == ("count", 20000, 99999)


# --- a month in a trailing "med ... som ..." aside names the peak, not the claim's window -------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I 2017 kæmpede SDF og IS omkring 1.300 gange i Syrien, med kampene i juni som højdepunktet.", "da"),
        ("In 2017 the SDF fought IS about 1,300 times in Syria, with the June battle as the bloodiest.", "en"),
    ],
)  # fmt: skip
def test_a_month_named_as_the_peak_in_a_trailing_aside_is_no_unread_time(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    [claim] = read_claims(lexicon, text, lang)
    assert (claim.kind, claim.unread, claim.start.year, claim.end.month) == ("count", [], 2017, 12)


def test_a_month_a_part_of_the_count_falls_in_stays_unread(lexicon: Lexicon) -> None:
    # guard: "with most of them in July" says when, and is no "as" of a peak
    text = "In 2017 the SDF fought IS about 1,300 times in Syria, with most of them in June."
    [claim] = read_claims(lexicon, text, "en")
    assert claim.unread == ["June"]
