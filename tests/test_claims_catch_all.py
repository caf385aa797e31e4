"""A named group against a state that the data records only against the group's whole camp (claims/verify_catch_all.py).

UCDP files the Syrian government's war with the armed opposition under one side, "Syrian insurgents": no event
names HTS or Ahrar al-Sham against the government, so zero for such a pair is no finding either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import one_verdict

from dyadscope.api import Dyadscope
from dyadscope.claims.verify_judge import NOT_CHECKABLE, SUPPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Hay'at Tahrir al-Sham did not fight the Syrian government once in 2018.",  # an absence
        "HTS battled regime forces more than 300 times in 2018.",  # a count of the pair
        "Under 5 per cent of the Syrian army's battles in 2018 were against Hay'at Tahrir al-Sham.",  # a share
        "Ahrar al-Sham kæmpede ikke én eneste gang mod regeringsstyrkerne i 2016.",  # Danish
    ],
)
def test_a_group_filed_under_the_catch_all_side_is_not_checkable(demo: Dyadscope, tmp_path: Path, sentence) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == NOT_CHECKABLE
    assert "under one side, Syrian insurgents" in verdict.reason and "0 says nothing of" in verdict.reason
    # the count of the catch-all's events in the claim's own window, as the store holds it
    n = demo.store.con.execute(
        "SELECT count(*) FROM events WHERE country = 'SYR' AND side_a = 'Government of Syria'"
        " AND side_b = 'Syrian insurgents' AND year(date_start) = ?",
        [2016 if "2016" in sentence else 2018],
    ).fetchone()[0]
    assert f"({n:,} events in this scope)" in verdict.reason


def test_a_pair_the_data_names_keeps_its_verdict(demo: Dyadscope, tmp_path: Path) -> None:
    # UCDP names IS against the government and HTS against IS: their zeros and counts are findings
    never = one_verdict(demo, tmp_path, "IS never fought the Syrian government in 2015.")
    assert never.verdict != NOT_CHECKABLE and never.matching_events > 1000
    absent = one_verdict(demo, tmp_path, "The SDF never fought Hay'at Tahrir al-Sham in Iraq in 2018.")
    assert "Syrian insurgents" not in absent.reason
    kurds = one_verdict(demo, tmp_path, "The YPG never fought the Syrian government in 2013.")
    assert "Syrian insurgents" not in kurds.reason  # the Kurdish forces are named sides, not in the catch-all
    assert kurds.verdict != SUPPORTED or kurds.matching_events == 0


def test_the_note_is_in_danish_too(demo: Dyadscope, tmp_path: Path) -> None:
    verdict = one_verdict(demo, tmp_path, "HTS kæmpede aldrig mod regimet i 2018.")
    assert verdict.verdict == NOT_CHECKABLE
    assert "under én part" in verdict.danish["reason"] and "0 siger intet om" in verdict.danish["reason"]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the data, Hay'at Tahrir al-Sham and the Syrian army did not clash at all in 2018.",
        "UCDP har ikke registreret én eneste kamp mellem regimet og HTS i 2018.",
    ],
)
def test_a_sentence_about_the_record_keeps_its_verdict_with_the_note(demo: Dyadscope, tmp_path: Path, sentence) -> None:
    # what the record holds is what the sentence says: true of the record, and the reader learns why it is so
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == SUPPORTED and verdict.matching_events == 0
    assert "under one side, Syrian insurgents" in verdict.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces were involved in around 40 per cent of the Syrian government's battles in 2017.",
        "Russiske styrker var involveret i omkring 40 procent af regimets kampe i Syrien i 2017.",
    ],
)
def test_a_counterpart_the_data_never_codes_as_a_side_is_not_checkable(
    demo: Dyadscope, tmp_path: Path, sentence
) -> None:
    # UCDP records Russia on no side (an ally's part is not coded): 0 of the regime's battles "against" it is no finding
    sides = demo.store.con.execute(
        "SELECT count(*) FROM events WHERE side_a_ids LIKE '%|govt_rus|%' OR side_b_ids LIKE '%|govt_rus|%'"
    ).fetchall()[0][0]
    assert sides == 0
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == NOT_CHECKABLE
    assert "no event at all with Government of Russia as a side" in verdict.reason
