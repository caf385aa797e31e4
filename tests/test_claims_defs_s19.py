"""Side, scope and definition kinds found by set 24 (issue 9, round 19: social registers). Sentences and articles are
our own; figures from SQL over the demo store (the bundled UCDP data), e.g. ISIS's engagements with Syria's government
in November 2017:

    SELECT count(*) FROM events WHERE country = 'SYR' AND date_start >= '2017-11-01' AND date_end <= '2017-11-30'
      AND (side_a_ids LIKE '%|isis|%' OR side_b_ids LIKE '%|isis|%')    -- 166 (with '|govt_syr|' as the other side: 85)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import read_claims
from dyadscope.api import Dyadscope
from dyadscope.claims import check_article
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict


def _one(demo: Dyadscope, tmp_path: Path, sentence: str) -> tuple[Claim, Verdict]:
    """The one claim of `sentence` checked as a one-sentence article, with its verdict."""
    text = tmp_path / "one.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    report = check_article(demo, text)
    [claim], [verdict] = report.claims, report.verdicts
    return claim, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "In November 2017 about half of ISIS clashes in Syria were with government forces (the Deir ez-Zor push).",
        "In November 2017 about half of ISIS clashes in Syria were with government forces (the push on Deir ez-Zor).",
        "I november 2017 var omkring halvdelen af IS' kampe i Syrien mod regeringsstyrker "
        "(fremstødet mod Deir ez-Zor).",
    ],
)
def test_a_place_naming_an_operation_in_brackets_is_no_scope(demo, tmp_path: Path, sentence: str) -> None:
    # all Syria: 85 of 166 (51.2%); read as Deir ez-Zor's, 77 of 116 (66.4%), "about half" was contradicted
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.place, claim.country) == (None, "SYR")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 85, 166)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("In 2018, the Afrin year, the SDF fought Turkish-backed rebels in about a third of its clashes.", "en"),
        ("I 2018, Afrin-året, kæmpede SDF mod tyrkiskstøttede oprørere i omkring en tredjedel af sine kampe.", "da"),
    ],
)
def test_a_place_naming_a_year_is_no_scope(lexicon: Lexicon, sentence: str, lang: str) -> None:
    # "the Afrin year" names the time, not where the SDF's clashes were (Afrin, a town, had made it not checkable)
    [claim] = read_claims(lexicon, sentence, lang)
    assert (claim.place, claim.country) == (None, "SYR")
    assert "Afrin" not in " ".join(claim.unread)


def test_a_place_of_the_claim_in_brackets_stays(lexicon: Lexicon) -> None:
    [claim] = read_claims(lexicon, "ISIS fought the regime in about half of its clashes in 2017 (in Deir ez-Zor).")
    assert claim.place == "Deir ez-Zor"
