"""Scope and definition kinds found by set 18 (issue 9, round 16). Sentences and articles are our own; figures from
SQL over the demo store (the bundled UCDP data), e.g. Turkey's events with ISIS by country, 2016:

    SELECT country, count(*) FROM events WHERE date_start >= '2016-01-01' AND date_end <= '2016-12-31'
      AND (side_a_ids LIKE '%|govt_tur|%' OR side_b_ids LIKE '%|govt_tur|%')
      AND (side_a_ids LIKE '%|isis|%' OR side_b_ids LIKE '%|isis|%') GROUP BY country
    -- SYR 72, TUR 11, IRQ 1
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims, one_verdict
from dyadscope.claims import check_text
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish troops fought the Islamic State about 85 times in 2016.",
        "Tyrkiske soldater stødte sammen med Islamisk Stat omkring 85 gange i 2016.",
    ],
)
def test_a_states_count_naming_no_place_is_over_every_country_it_fought_in(demo, tmp_path: Path, sentence: str) -> None:
    # Turkey against ISIS in 2016: 84 events, 72 of them in Syria and 11 at home; counted in Turkey (where most of
    # all Turkey's events are) it was 11, a wrong verdict; Syria alone is the other definition
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.figure) == ("supported", 84.0)
    [other] = [a for a in verdict.alternatives if a["decides"]]
    assert (other["definition"], other["verdict"], other["matching_events"]) == ("main_country", "contradicted", 72)
    assert "--country" not in verdict.query and "--country SYR" in str(other["query"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey in 2016: about 30 per cent of its engagements were with the Islamic State.",
        "I 2016 var omkring 30 procent af Tyrkiets kampe mod Islamisk Stat.",
    ],
)
def test_a_states_share_naming_no_place_is_of_all_its_events(demo, tmp_path: Path, sentence: str) -> None:
    # Turkey's 279 events of 2016, 196 of them at home (70%, under the 80% a home reading needs): 84 with ISIS,
    # 30.1%; in Turkey alone 11 of 196, 5.6% (the country the sentence names is the state acting, not the scope)
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("supported", 84, 279)
    assert [a["matching_events"] for a in verdict.alternatives if a["decides"]] == [11]


def test_a_state_fighting_nearly_all_at_home_is_counted_at_home(demo, tmp_path: Path) -> None:
    # Iraq against ISIS in 2015: 497 events in Iraq of 589 (84%): counted at home, every country the other reading
    verdict = one_verdict(demo, tmp_path, "Den irakiske hær kæmpede mod Islamisk Stat omkring 500 gange i 2015.")
    assert (verdict.as_counted, verdict.figure) == ("supported", 497.0)
    assert [(a["definition"], a["matching_events"]) for a in verdict.alternatives] == [("all_countries", 589)]


def test_a_states_quarter_stays_where_the_data_can_place_its_events(demo, tmp_path: Path) -> None:
    # Turkey's own events are dated only to the year: every country cannot be counted in a quarter, so the quarter
    # is counted where Turkey fought that quarter (Syria: 53 events), as before
    verdict = one_verdict(demo, tmp_path, "Turkish troops clashed with IS some 55 times in the last quarter of 2016.")
    assert (verdict.verdict, verdict.figure) == ("supported", 53.0)
    assert "--country SYR" in verdict.query


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014 the regime's war killed some 39,000 people in recorded engagements, fewer than one in ten of them in "
        "fighting with the Islamic State.",
        "I 2014 kostede regimets krig omkring 39.000 mennesker livet, færre end hver tiende af dem i kampe mod "
        "Islamisk Stat.",
    ],
)
def test_a_toll_takes_no_side_from_the_share_after_it(demo, tmp_path: Path, sentence: str) -> None:
    # the Syrian government's events of 2014 in Syria: 40,115 deaths; read with the share's side (deaths in its
    # fighting with ISIS alone) the toll was a wrong verdict
    [(claim, verdict)] = [(c, v) for c, v in checked_claims(demo, tmp_path, sentence) if c.value == 39000]
    assert (claim.actor, claim.counterpart) == ("Government of Syria", None)
    assert (verdict.verdict, verdict.figure) == ("supported", 40115.0)


def test_a_toll_takes_no_side_from_a_later_number_and_its_between(lexicon: Lexicon) -> None:
    # "the 30,000 killed in ... between the regime and the rebels" is the later number's; the wounded of the same
    # attack are not a later number ("killed 30 people and wounded 50 others in fighting between ...")
    sentence = (
        "In 2015 some 5,000 people died in fighting involving ISIS in Iraq - a fraction of the 30,000 killed in the "
        "war between the regime and the rebels."
    )
    [claim] = extract_claims(parse_article(sentence, fmt="text"), lexicon).claims
    assert (claim.value, claim.actor, claim.counterpart) == (5000, "Islamic State", None)
    sentence = (
        "On 3 May 2016 clashes killed 30 people and wounded 50 others in fighting between the regime and the rebels."
    )
    # the wounded are a claim of their own since round 25 (not checkable); the dead's toll keeps its sides
    [claim] = [c for c in extract_claims(parse_article(sentence, fmt="text"), lexicon).claims if c.measure != "wounded"]
    assert (claim.value, claim.actor, claim.counterpart) == (30, "Government of Syria", "the rebels")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # an aside in dashes between the dead and the verb: one toll, its parts no numbers of their own
        ("Some 9,000 civilians — among them 2,000 children — were killed in Iraq in 2015, a monitor said.", 9000),
        # two nouns of the dead
        ("More than 500 civilians and fighters were killed in the three weeks of the siege, the monitor said.", 500),
        # the dead with their wounded
        ("The week's attacks in Baghdad led to 45 dead and 120 wounded.", 45),
    ],
)
def test_an_articles_tolls_in_its_own_words_are_read(lexicon: Lexicon, sentence: str, value: int) -> None:
    claims = extract_claims(parse_article(sentence, fmt="text"), lexicon).claims
    claims = [c for c in claims if c.measure != "wounded"]  # the wounded: a claim of their own (round 25)
    assert [(c.kind, c.value, c.measure) for c in claims] in (
        [("count", value, "deaths")],
        [("single_event", value, "deaths")],  # no window of a week or more: one attack's toll
    )


def test_dead_without_wounded_and_a_dash_without_its_pair_stay_unread(lexicon: Lexicon) -> None:
    # "dead" alone may be no toll ("dead ends"); a single dash is no aside
    sentence = "The talks reached 3 dead ends in 2016 — and 40 civilians were killed in Aleppo in 2016."
    claims = extract_claims(parse_article(sentence, fmt="text"), lexicon).claims
    assert [c.value for c in claims if c.measure == "deaths"] == [40]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 10,000 civilians were killed in Syria in 2016, a monitor said.", "supported"),
        ("Omkring 10.000 civile blev dræbt i Syrien i 2016, oplyser en overvågningsgruppe.", "supported"),
        ("About 20,000 civilians — among them many children — were killed in Syria in 2016.", "contradicted"),
    ],
)
def test_the_civilian_dead_with_no_killer_named_are_every_events(
    demo, tmp_path: Path, sentence: str, expected: str
) -> None:
    # the civilians killed in every event in Syria in 2016 (UCDP's civilian deaths per event): 10,203; before, the
    # toll had no side and was not checkable
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == (expected, 10203.0)


def test_the_civilian_dead_of_a_named_killer_stay_its_toll(demo, tmp_path: Path) -> None:
    # ISIS's one-sided violence in Syria in 2016: 637 deaths (not every event's civilian dead)
    verdict = one_verdict(demo, tmp_path, "In 2016 ISIS killed about 640 civilians in Syria.")
    assert (verdict.as_counted, verdict.figure) == ("supported", 637.0)


def test_the_dead_by_age_or_sex_are_part_of_a_toll_not_checkable(demo, tmp_path: Path) -> None:
    # "including 120 children and 80 women" killed: not numbers about something else (force sizes, populations),
    # but parts of the toll the data does not split by age or sex
    sentence = "Russian strikes killed 900 people in 2016, including 120 children and 80 women."
    parts = [(c, v) for c, v in checked_claims(demo, tmp_path, sentence) if c.value < 900]
    assert [(c.kind, c.value, v.verdict) for c, v in parts] == [
        ("count", 120, "not checkable"),
        ("count", 80, "not checkable"),
    ]
    assert all("age or sex" in v.reason for _, v in parts)
    # no toll in the sentence: a head count, not event data
    camp = parse_article("The camp holds 40,000 women and children.", fmt="text")
    [claim] = extract_claims(camp, Lexicon(demo.registry)).claims
    assert claim.kind == "not_event_data"


def test_a_states_own_country_stays_its_scope_at_home_or_beside_another_side(demo, tmp_path: Path) -> None:
    # Turkey against Kurdish militants in 2019: 120 events at home (all countries: 162); "at home" names the scope
    verdict = one_verdict(demo, tmp_path, "In 2019 Turkish forces fought Kurdish militants about 120 times at home.")
    assert (verdict.verdict, verdict.figure) == ("supported", 120.0)
    # Turkey and its allies acting together: the reading holds Turkey alone, so the country named stays the scope
    # (Turkey's own events of 2018 are dated only to the year: not checkable), never Turkey's none in Syria
    sentence = (
        "Tyrkiet og de allierede oprørere stødte sammen med SDF omkring 200 gange fra 20. januar til 24. marts 2018."
    )
    assert one_verdict(demo, tmp_path, sentence).verdict == "not checkable"


REPORT = """Date: 2017-01-20

Syria Report: The Civilians Killed in 2016

Some 10,000 civilians were killed in Syria in 2016, a monitoring group said.
"""


def test_the_civilian_dead_take_no_killer_from_the_headline(demo) -> None:
    # the headline's "Syria" was carried as the Syrian government, the killer of these dead: not checkable
    report = check_text(demo, parse_article(REPORT), Lexicon(demo.registry), "en")
    [verdict] = [v for c, v in zip(report.claims, report.verdicts, strict=True) if c.value == 10000]
    assert (verdict.verdict, verdict.figure) == ("supported", 10203.0)
