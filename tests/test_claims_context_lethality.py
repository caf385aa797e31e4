"""How deadly an actor's events were (issue 9, round 13): a lethality share is checked as the share of the actor's
events in scope whose deaths meet the words' threshold, on the best estimate, with the low and high estimates
shown as the other definitions. Sentences are our own; figures from SQL over the demo store (the bundled UCDP data):

    SELECT count(*), count(*) FILTER (WHERE fatalities_best >= 5), ... FROM events
    WHERE country = 'SYR' AND date_start >= '2017-01-01' AND date_end <= '2017-12-31'
      AND (side_a_ids LIKE '%|isis|%' OR (NOT directed AND side_b_ids LIKE '%|isis|%'))
      AND NOT coalesce(self_dyad, false)

ISIS in Syria, 2017: 2,853 events; at least 5 dead 797 (best), 782 (low), 868 (high); at least 10 dead 451 (best),
435 (low), 503 (high); none dead 294 (best), 301 (low), 2 (high); a civilian among the dead 1,078.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import one_verdict
from dyadscope.claims.lethality import Deadly, deadly_of
from dyadscope.claims.wording import verdict_text


@pytest.mark.parametrize(
    ("words", "deadly"),
    [
        ("killed at least five people", Deadly(5)),
        ("killed ten or more people", Deadly(10)),
        ("killed ten people or more", Deadly(10)),
        ("killed more than 20 people", Deadly(21)),
        ("left at least one person dead", Deadly(1)),
        ("were deadly", Deadly(1)),
        ("killed no one", Deadly(1, none=True)),
        ("were bloodless", Deadly(1, none=True)),
        ("Civilians were among the dead", Deadly(1, civilians=True)),
        ("kostede mindst ét menneskeliv", Deadly(1)),
        ("kostede ti eller flere liv", Deadly(10)),
        ("var uden dødsofre", Deadly(1, none=True)),
        ("Civile var blandt de dræbte", Deadly(1, civilians=True)),
    ],
)
def test_the_words_of_a_lethality_share_give_its_threshold(words: str, deadly: Deadly) -> None:
    assert deadly_of(words) == deadly


@pytest.mark.parametrize(
    "words", ["car bombs", "suicide bombings", "ambushes", "luftangreb", "children were among the dead"]
)
def test_a_means_or_a_victim_the_data_does_not_record_is_no_lethality(words: str) -> None:
    assert deadly_of(words) is None


def test_a_threshold_written_in_the_claim_wins_over_the_words() -> None:
    assert deadly_of("killed at least five people", 3) == Deadly(3)
    assert deadly_of("killed at least five people", 0) == Deadly(1, none=True)


@pytest.mark.parametrize(
    ("sentence", "verdict", "k"),
    [
        ("More than half of ISIS's engagements in Syria in 2017 killed at least five people.", "contradicted", 797),
        ("Mindst hver fjerde af IS' kampe i Syrien i 2017 kostede mindst fem liv.", "supported", 797),
    ],
)
def test_a_share_of_events_with_so_many_deaths_is_checked_on_the_best_estimate(
    demo, tmp_path: Path, sentence: str, verdict: str, k: int
) -> None:
    result = one_verdict(demo, tmp_path, sentence)
    assert (result.verdict, result.matching_events, result.events) == (verdict, k, 2853)
    assert result.figure == pytest.approx(797 / 2853)
    # the other estimates agree, on other figures: shown as notes, not as a change of verdict
    assert [(row["definition"], row["matching_events"], row["decides"]) for row in result.alternatives] == [
        ("deaths_low", 782, False),
        ("deaths_high", 868, False),
    ]
    assert "had at least 5 deaths on the data's best estimate" in result.reason
    assert "mindst 5 dødsfald efter datas bedste skøn" in str(verdict_text(result, "reason", "da"))


@pytest.mark.parametrize(
    ("sentence", "k", "flip"),
    [
        # 10%: 451/2,853 = 15.8% (14.5-17.2) supported; the high estimate, 503 = 17.6% (16.3-19.1), is not
        ("One in ten of the Islamic State's engagements in Syria in 2017 killed ten people or more.", 451, 503),
        # 10%: 294/2,853 = 10.3% without deaths; on the high estimate only 2 events had none
        ("Hver tiende af IS' kampe i Syrien i 2017 var uden dødsofre.", 294, 2),
    ],
)
def test_an_estimate_that_decides_otherwise_is_said(demo, tmp_path: Path, sentence: str, k: int, flip: int) -> None:
    result = one_verdict(demo, tmp_path, sentence)
    assert (result.verdict, result.as_counted, result.matching_events) == ("depends on definition", "supported", k)
    [high] = [row for row in result.alternatives if row["decides"]]
    assert (high["definition"], high["verdict"], high["matching_events"]) == ("deaths_high", "contradicted", flip)
    assert "contradicted if the data's high estimate of deaths counts" in result.reason
    assert "modsagt, hvis datas høje skøn over dødsfald lægges til grund" in str(verdict_text(result, "reason", "da"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Civilians were among the dead in more than half of ISIS's engagements in Syria in 2017.",
        "Civile var blandt de dræbte i over halvdelen af IS' kampe i Syrien i 2017.",
    ],
)
def test_civilians_among_the_dead_count_events_with_a_civilian_death(demo, tmp_path: Path, sentence: str) -> None:
    result = one_verdict(demo, tmp_path, sentence)
    assert (result.verdict, result.matching_events, result.events) == ("contradicted", 1078, 2853)
    assert result.alternatives == []  # one figure of civilian deaths per event: no other estimate


def test_a_means_stays_not_checkable(demo, tmp_path: Path) -> None:
    result = one_verdict(demo, tmp_path, "Suicide bombings were used in a fifth of ISIS's attacks in Iraq in 2016.")
    assert result.verdict == "not checkable" and "does not record the means" in result.reason
