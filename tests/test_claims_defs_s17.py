"""Scope, side and definition kinds found by set 20 (issue 9, round 17). Sentences and articles are our own; figures
from SQL over the demo store (the bundled UCDP data), e.g. HTS's events in Syria in 2017 under its own name and with
Jabhat Fateh al-Sham (its name until 28 January 2017):

    SELECT count(*) FROM events WHERE country = 'SYR' AND date_start >= '2017-01-01' AND date_end <= '2017-12-31'
      AND (side_a_ids LIKE '%|hts|%' OR side_b_ids LIKE '%|hts|%')    -- 236 (with '|jabhat_fateh_al_sham|': 263)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims, one_verdict
from dyadscope.claims import check_article
from dyadscope.claims.resolve import Lexicon


@pytest.mark.parametrize(
    "sentence",
    [
        "Hay'at Tahrir al-Sham was involved in some 235 clashes in Syria in 2017.",
        "HTS deltog i cirka 235 sammenstød i Syrien i 2017.",
    ],
)
def test_a_group_named_in_a_window_holding_its_naming_is_counted_under_its_name(
    demo, tmp_path: Path, sentence: str
) -> None:
    # HTS took its name on 28 January 2017; the 27 events of 2017 recorded under Jabhat Fateh al-Sham (26 of them
    # before then) are its predecessor's: 236 under its own name (the writer's figure), 263 with the lineage, which
    # had been counted first (a wrong verdict, "contradicted as counted")
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.figure) == ("supported", 236.0)
    assert "--name-alone" in verdict.query
    [lineage] = [a for a in verdict.alternatives if a["definition"] == "lineage"]
    assert (lineage["verdict"], lineage["matching_events"]) == ("contradicted", 263)
    assert "--name-alone" not in str(lineage["query"])
    assert "under its own name, which it took on 2017-01-28" in verdict.reason


def test_a_group_named_after_its_naming_keeps_its_lineage_reading(demo, tmp_path: Path) -> None:
    # 2018 begins after HTS took its name: counted as before (with its lineage), the name alone a note if it differs
    verdict = one_verdict(demo, tmp_path, "Hay'at Tahrir al-Sham was involved in some 175 clashes in Syria in 2018.")
    assert "--name-alone" not in verdict.query
    assert all(a["definition"] != "lineage" for a in verdict.alternatives)


def test_a_front_in_lower_case_is_a_line_of_the_war_not_a_group(lexicon: Lexicon) -> None:
    # "Kurdish Front" is Jabhat al-Akrad's English name; "on the Kurdish front" (a front line) named it, and the
    # share became ISIS's against it (0 of 256: a wrong verdict, where the writer meant Hasakah's share of ISIS's war)
    words = [m.entry.key for m in lexicon.mentions("Fighting on the Kurdish front and the southern front grew.")]
    assert "jabhat_al_akrad" not in words and "southern_front" not in words
    named = [m.entry.key for m in lexicon.mentions("The Kurdish Front and the Southern Front fought on.")]
    assert named == ["jabhat_al_akrad", "southern_front"]


def test_a_governorate_described_as_a_front_keeps_its_concentration(demo, tmp_path: Path) -> None:
    # ISIS in Syria, 2014: 256 of its 2,111 events in Al Hasakah (12.1%)
    sentence = "Hasakah, ISIS's Kurdish front, saw roughly 12 per cent of the group's Syrian engagements in 2014."
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 256, 2111)


@pytest.mark.parametrize(
    "sentence",
    [
        "Government of Syria, 2016: 4,694 engagements; 80% against rebel or Islamist opposition other than ISIS.",
        "Syriens regering, 2016: 4.694 kampe; 80 pct. mod oprørs- eller islamistisk opposition bortset fra IS.",
    ],
)
def test_a_side_named_as_an_exception_is_no_side(demo, tmp_path: Path, sentence: str) -> None:
    # "other than ISIS" had made ISIS the share's counterpart: the army's 926 events with ISIS of 4,694 in 2016,
    # 19.7% against the claimed 80%, contradicted (a wrong verdict); the words before it name no group the checker
    # reads, so the share is not checkable, and said so
    [share] = [(c, v) for c, v in checked_claims(demo, tmp_path, sentence) if c.kind == "share"]
    assert share[0].counterpart is None
    assert share[1].verdict == "not checkable"


@pytest.mark.parametrize(
    "sentence",
    [
        "Inside Turkey, 2016: about 200 state engagements, over nine in ten of them against Kurdish militants (PKK).",
        "I Tyrkiet, 2016: omkring 200 statslige kampe, over ni ud af ti af dem mod kurdiske militante (PKK).",
    ],
)
def test_a_group_glossed_in_brackets_stays_the_side_and_state_engagements_are_the_states(
    demo, tmp_path: Path, sentence: str
) -> None:
    # Turkey's 196 events at home in 2016, 185 of them with Kurdish groups (94.4%); "(PKK)" had become the share's
    # acting side (the PKK against Kurdish militants: 0%, a wrong verdict), and "state engagements" named no side
    got = [(c.kind, c.actor, v.as_counted, v.matching_events) for c, v in checked_claims(demo, tmp_path, sentence)]
    assert got == [
        ("count", "Government of Turkey", "supported", 196),
        ("share", "Government of Turkey", "supported", 185),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatalities in ISIS engagements in Syria climbed to about 20,000 in 2016.",
        "Dødsfaldene i IS' kampe i Syrien nåede op på omkring 20.000 i 2016.",
    ],
)
def test_the_dead_as_the_subject_of_reached_are_a_toll(demo, tmp_path: Path, sentence: str) -> None:
    # ISIS in Syria, 2016: 19,736 deaths in 2,153 events; the 20,000 had been a count of events (contradicted: a
    # wrong verdict)
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.figure) == ("supported", 19736.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 21 February 2016, twin car bombs set off by ISIS in the Zahra district killed about 60.",
        "Den 21. februar 2016 blev omkring 60 dræbt ved dobbelte bombeangreb fra IS i Zahra-kvarteret.",
    ],
)
def test_twin_bombings_are_one_incident_of_the_days_toll(demo, tmp_path: Path, sentence: str) -> None:
    # ISIS's events of 21 February 2016 in Syria hold 218 deaths; one incident's 60 may be a part of them
    # (contradicted before: a wrong verdict where the writer counts one attack)
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("not checkable", 218.0)


@pytest.mark.parametrize(
    "sentence,figure",
    [
        ("ISIS was involved in about 1,900 engagements in Syria in 2015, slightly fewer than in 2014.", 1887.0),
        ("IS var i 2015 involveret i omkring 1.900 kampe i Syrien, lidt færre end i 2014.", 1887.0),
        ("In 2018 about 9,000 people died in ISIS-related fighting in Syria, double the toll in Iraq.", 9224.0),
    ],
)
def test_the_time_and_place_of_a_figure_set_against_the_claims_are_not_its_scope(
    demo, tmp_path: Path, sentence: str, figure: float
) -> None:
    # "than in 2014", "end i 2014", "double the toll in Iraq" name the compared figure's year or country; they had
    # left the claim unread (not checkable). ISIS in Syria: 1,887 events in 2015, 9,224 deaths in 2018
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("supported", figure)


_WORLD_ARTICLE = """Date: 2017-08-21

{headline}

{lead}

{claim}
"""


@pytest.mark.parametrize(
    "headline,lead,claim",
    [
        (
            "A jihadist network spreads its attacks around the world",
            "A new study of militant violence finds that the group's campaign widened in 2016 even as it lost ground, "
            "with attacks on four continents and a rising number of victims in places far from its old heartland.",
            "In all, the Islamic State was behind about 2,200 attacks in 2016.",
        ),
        (
            "Terrornetværket breder sine angreb ud over hele kloden: angreb i hele verden",
            "En ny undersøgelse af militant vold viser, at gruppens kampagne voksede i 2016, selv om den mistede land, "
            "med angreb på fire kontinenter og et stigende antal ofre langt fra dens gamle kerneområde.",
            "Alt i alt stod Islamisk Stat bag omkring 2.200 angreb i 2016.",
        ),
    ],
)
def test_a_claim_naming_no_country_in_an_article_about_the_world_is_not_checkable(
    demo, tmp_path: Path, headline: str, lead: str, claim: str
) -> None:
    # an invented article: its headline speaks of the whole world, the claim names no country; the data covers the
    # countries of its conflicts only (ISIS in Syria in 2016: 2,153 events), so no verdict on a region the writer
    # did not mean (it had been judged on Syria)
    text = tmp_path / "world.txt"
    text.write_text(_WORLD_ARTICLE.format(headline=headline, lead=lead, claim=claim), encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    assert verdict.verdict == "not checkable"
    assert "whole world" in verdict.reason


def test_a_claim_naming_its_country_in_an_article_about_the_world_is_judged(demo, tmp_path: Path) -> None:
    text = tmp_path / "world.txt"
    claim = "In Syria, the Islamic State was behind about 2,200 attacks in 2016."
    lead = "A new study finds that the group's campaign widened in 2016 across the world, on four continents."
    text.write_text(_WORLD_ARTICLE.format(headline="Attacks around the world", lead=lead, claim=claim), "utf-8")
    [verdict] = check_article(demo, text).verdicts
    assert (verdict.verdict, verdict.figure) == ("supported", 2153.0)
