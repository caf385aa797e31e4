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

from conftest import one_verdict


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
