"""Round 12 (defs): one state's forces named by a class phrase as the other side, and every kind of claim (a
death toll too) through the same definitions step. Sentences are our own; figures from SQL over the demo store
(the bundled UCDP data), as in tests/test_claims.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import one_verdict
from dyadscope.claims.wording import verdict_text


@pytest.mark.parametrize(
    "sentence,words,counted",
    [
        # ISIS in Syria 2016: 926 of its 2,153 events against Syria's government, which holds all 4,694 events of
        # state-class sides there that year (a state abroad is the class foreign_state)
        ("In 2016 about 43 per cent of ISIS's battles in Syria were fought against the army.", "the army", (926, 2153)),
        ("I 2016 var omkring 43 procent af IS' kampe i Syrien mod hæren.", "hæren", (926, 2153)),
        # July 2017: 95 events between ISIS and the government in Syria (it holds all 238 state-class events)
        ("In July 2017 ISIS and government troops clashed about 95 times in Syria.", "government troops", (95, 95)),
    ],
)
def test_state_forces_of_no_named_state_as_the_other_side_are_the_dominant_government(
    demo, tmp_path: Path, sentence: str, words: str, counted: tuple[int, int]
) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == "supported" and verdict.counterpart == "Government of Syria"
    assert verdict.matching_events == counted[0] and (verdict.events == counted[1] or counted[0] == counted[1])
    assert "--with 'Government of Syria'" in str(verdict.query)
    assert f"“{words}” names no state: read as Government of Syria, which has" in verdict.reason
    assert "læst som Syriens regering" in str(verdict_text(verdict, "reason", "da"))


def test_state_forces_named_as_the_class_stay_the_class(demo, tmp_path: Path) -> None:
    verdict = one_verdict(
        demo, tmp_path, "In 2016 about 43 per cent of ISIS's battles in Syria were against state forces."
    )
    assert verdict.verdict == "supported" and verdict.matching_events == 926
    assert "Government of Syria" not in str(verdict.counterpart) and "--with" not in str(verdict.query)


def test_an_absence_against_state_forces_read_as_one_government_is_contradicted_by_its_events(
    demo, tmp_path: Path
) -> None:
    verdict = one_verdict(demo, tmp_path, "ISIS never fought the army in Syria in 2016.")
    assert (verdict.verdict, verdict.figure, verdict.counterpart) == ("contradicted", 926, "Government of Syria")


@pytest.mark.parametrize(
    "sentence,danish",
    [
        # ISIS vs Kurdish sides in Syria 2014: 616 events, 4,691 deaths; Kurdish sides alone (mixed coalitions such
        # as the SDF's left out) 3,790 deaths. "around 4,000" is 15% under 4,691 (beyond ±10%: contradicted, as a
        # count; not checkable before round 18) and within 10% of 3,790 (supported)
        ("ISIS's clashes with Kurdish forces killed around 4,000 people in Syria in 2014.", False),
        ("IS' kampe med kurdiske styrker dræbte omkring 3.900 mennesker i Syrien i 2014.", True),
    ],
)
def test_a_toll_that_another_definition_decides_depends_on_it_with_both_figures(
    demo, tmp_path: Path, sentence: str, danish: bool
) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.as_counted, verdict.figure) == ("depends on definition", "contradicted", 4691)
    [row] = [a for a in verdict.alternatives if a["decides"]]
    assert (row["definition"], row["verdict"], row["deaths"]) == ("counterpart_alone", "supported", 3790)
    assert "contradicted as counted here; supported if only Kurdish forces alone count" in verdict.reason
    assert "3,790 deaths" in verdict.reason and "4,691 deaths" in verdict.reason
    assert "3.790 dræbte" in str(verdict_text(verdict, "reason", "da")) or not danish


def test_a_toll_that_no_definition_decides_keeps_its_verdict(demo, tmp_path: Path) -> None:
    # "about 8,000" is beyond 10% of both 4,691 and the Kurdish class alone's 3,790: no decision (round 18: "about
    # 4,600", within 10% of 4,691, was this test's claim while 3,790 lay in the band then not checkable)
    verdict = one_verdict(
        demo, tmp_path, "ISIS's clashes with Kurdish forces killed about 8,000 people in Syria in 2014."
    )
    assert (verdict.verdict, verdict.alternatives) == ("contradicted", [])


@pytest.mark.parametrize(
    "sentence",
    [
        # ISIS in Syria 2017: 1,345 of 2,853 events against the SDF (47.1%); "USA-støttede" was read as the USA
        "I 2017 var næsten halvdelen af IS' kampe i Syrien mod de USA-støttede Syriens Demokratiske Styrker.",
        "In 2017 nearly half of ISIS's battles in Syria were against the US-backed Syrian Democratic Forces.",
    ],
)
def test_a_backer_before_a_hyphen_is_not_the_side(demo, tmp_path: Path, sentence: str) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.counterpart, verdict.matching_events) == (
        "supported",
        "Syrian Democratic Forces",
        1345,
    )


def test_a_reference_owning_the_share_beside_state_forces_the_reading_named_is_read(demo, tmp_path: Path) -> None:
    # "Government troops" read as Syria's government are held by the claim, so "the jihadists'" is the one side
    # left: Islamic State, 926 of its 2,153 events against the government in Syria in 2016 (43.0%, not 13%)
    verdict = one_verdict(
        demo,
        tmp_path,
        "Government troops were on the other side in just 13% of the jihadists' clashes in Syria in 2016.",
    )
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("contradicted", 926, 2153)
    assert "“the jihadists” names no group before it: read as Islamic State" in verdict.reason


def test_the_group_whose_count_it_is_is_the_actor_named_in_a_side_clause(demo, tmp_path: Path) -> None:
    # ISIS in Syria, March 2019: 73 events dated inside the month (it has 73 of the 81 jihadist groups' events);
    # "the group" owns the clashes ("involving the group") and IS is named only in the apposition before it
    verdict = one_verdict(
        demo,
        tmp_path,
        "In March 2019, the month the last IS enclave at Baghouz fell, the data record some 150 clashes involving "
        "the group in Syria.",
    )
    assert (verdict.verdict, verdict.figure) == ("contradicted", 73)  # the reading now names IS itself (grammar)


def test_a_count_whose_other_side_the_reading_lost_is_not_checkable(demo, tmp_path: Path) -> None:
    # "styrkerne" with no forces named before: IS, after "i kamp med", is not taken as the acting side (the reading
    # resolves "styrkerne" to forces named before it since round 12, grammar)
    from dyadscope.claims import check_article

    text = tmp_path / "lost.txt"
    text.write_text("I 2018 var styrkerne i kamp med Islamisk Stat omkring 500 gange.\n", encoding="utf-8")
    [verdict] = check_article(demo, text).verdicts
    assert verdict.verdict == "not checkable"


def test_a_reference_the_reading_dropped_after_a_fight_word_is_read_like_one_left_unread(demo, tmp_path: Path) -> None:
    # SDF vs ISIS in Syria 2019: 295 events; ISIS has 455 of the 507 jihadist groups' events there that year
    text = tmp_path / "two.txt"
    text.write_text(
        "The Syrian Democratic Forces bore the brunt of the war against ISIS in 2019. "
        "They faced the jihadists in about 300 clashes that year.\n",
        encoding="utf-8",
    )
    from dyadscope.claims import check_article

    [verdict] = check_article(demo, text).verdicts
    assert (verdict.verdict, verdict.figure, verdict.counterpart) == ("supported", 295, "Islamic State")


def test_a_count_of_battles_with_an_actor_is_its_own_count(demo, tmp_path: Path) -> None:
    # "kampe med Islamisk Stat" names the count's owner (IS in Syria 2017: 2,853 events), not a lost other side
    verdict = one_verdict(demo, tmp_path, "UCDP registrerede omkring 2.850 kampe med Islamisk Stat i Syrien i 2017.")
    assert (verdict.verdict, verdict.figure) == ("supported", 2853)


def test_a_count_whose_own_words_count_the_dead_is_no_event_count(demo, tmp_path: Path) -> None:
    # 20 Feb 2018, Rif Dimashq: 7 events between the government and rebels with 133 deaths; "over 100 dræbt i kampe"
    # read as a count of events was contradicted by the 7 events
    verdict = one_verdict(
        demo, tmp_path, "Den 20. februar 2018 blev over 100 dræbt i kampe mellem regimet og oprørerne i Rif Dimashq."
    )
    # the reading takes it as the day's toll since round 12 (grammar): 133 deaths, over 100 supported
    assert verdict.verdict == "supported" and verdict.figure == 133
