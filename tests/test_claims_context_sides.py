"""Who the sides of a claim are (issue 9, round 13): a capital named as a side of a fight is its state, any other
side stays as written; a class of actors as the acting side is counted as the class. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import one_verdict
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.sides import between
from dyadscope.claims.wording import verdict_text


def _pair(lexicon: Lexicon, sentence: str) -> tuple[str, str] | None:
    mentions = lexicon.capitals_acting(sentence, lexicon.mentions(sentence))
    return between(sentence, mentions)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Clashes between the Kurds and Damascus killed about 500 people in 2018.", "Government of Syria"),
        ("Kampene mellem kurderne og Damaskus kostede omkring 500 liv i 2018.", "Government of Syria"),
        ("Fighting between the Kurds and Baghdad killed 300 people in 2017.", "Government of Iraq"),
        # a capital the data holds no place for takes the same reading as one it does (resolve._side_of_between)
        ("Clashes between the Kurds and Ankara killed about 900 people in 2015.", "Government of Turkey"),
        ("Kampene mellem PKK og Ankara kostede omkring 900 liv i 2015.", "Government of Turkey"),
    ],
)
def test_a_capital_as_the_second_side_is_its_state(lexicon: Lexicon, sentence: str, second: str) -> None:
    assert _pair(lexicon, sentence)[1] == second


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Clashes between the regime and ISIS killed about 9,000 people in 2017.", "ISIS"),
        ("Kampene mellem regimet og IS kostede omkring 9.000 liv i 2017.", "IS"),
        ("Kampene mellem hæren og Islamisk Stat kostede over 2.000 liv i 2016.", "Islamisk Stat"),
    ],
)
def test_any_other_second_side_stays_as_written(lexicon: Lexicon, sentence: str, second: str) -> None:
    assert _pair(lexicon, sentence)[1] == second


# A class as the acting side (claims/class_side.py). Figures from SQL over the demo store: events with the class on
# either side (coalitions included, self-dyads out), e.g. for the rebels in Syria in 2017
#   SELECT count(*) FROM events WHERE country = 'SYR' AND date_start >= '2017-01-01' AND date_end <= '2017-12-31'
#     AND (list_has_any(string_split(side_a_class, '+'), ['rebel', 'jihadist']) OR ... side_b_class ...)
# rebels SYR 2017: 5,559 events, 3,591 against the state; the rebel class alone 2,870, 2,461 against the state (the
# reach counted first since round 22).
# Kurdish forces 2015: 480 events in Syria (453 against ISIS), 686 in all countries. Idlib 2017: 387 events, 372
# with a rebel side (383 with a rebel or jihadist one), 5 with ISIS.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel factions fought the regime in nearly two-thirds of their battles in Syria in 2017.",
        "Oprørsgrupperne kæmpede mod regimet i næsten to tredjedele af deres kampe i Syrien i 2017.",
    ],
)
def test_a_class_as_the_acting_side_is_counted_with_its_other_reach(demo, tmp_path, sentence: str) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("contradicted", 2461, 2870)
    [broader] = [row for row in verdict.alternatives if row["definition"] == "broader"]
    assert (broader["verdict"], broader["matching_events"], broader["events"]) == ("supported", 3591, 5559)
    assert verdict.verdict == "depends on definition"
    assert "counted as non-jihadist rebel groups" in verdict.reason
    assert "talt som ikke-jihadistiske oprørsgrupper" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015, Kurdish fighters were battling ISIS in over 90% of their engagements.",
        "I 2015 kæmpede kurdiske styrker mod IS i over 90 procent af deres kampe.",
    ],
)
def test_a_class_naming_no_country_is_counted_where_most_of_its_events_are(demo, tmp_path, sentence: str) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("supported", 453, 480)
    [everywhere] = [row for row in verdict.alternatives if row["definition"] == "all_countries"]
    assert (everywhere["verdict"], everywhere["events"]) == ("contradicted", 686)


@pytest.mark.parametrize(
    ("sentence", "k"),
    [
        ("Rebel groups were involved in 60% of the clashes in Idlib in 2017.", 372),
        ("Oprørsgrupper stod bag 60 procent af kampene i Idlib i 2017.", 372),
        ("ISIS was involved in 40 per cent of the clashes in Idlib in 2017.", 5),
    ],
)
def test_a_share_of_the_fighting_in_a_place_counts_all_of_its_events(demo, tmp_path, sentence: str, k: int) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("contradicted", k, 387)
    assert "a share of all events in Idlib" in verdict.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The SDF and Damascus did not fight each other once in 2019.",
        "SDF og Damaskus kæmpede aldrig mod hinanden i 2019.",
    ],
)
def test_a_capital_that_did_not_fight_is_its_state(demo, tmp_path, sentence: str) -> None:
    # 2019: one event between the SDF and the Government of Syria in the demo store
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("contradicted", 1.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 April 2017, clashes involving government forces in Idlib province killed around 135 people.",
        "Den 4. april 2017 blev omkring 135 dræbt i kampe med regeringsstyrker i Idlib-provinsen.",
    ],
)
def test_a_tolls_only_side_named_by_role_is_the_state_that_dominates(demo, tmp_path, sentence: str) -> None:
    # Idlib, 4 April 2017: the Government of Syria holds all 30 state-forces events, with 135 deaths
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("supported", 135.0)
    assert "read as Government of Syria, which has 30 of the 30 events" in verdict.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the uprising, in 2010, there were no clashes between the Syrian army and armed rebels.",
        "Før opstanden, i 2010, var der ingen kampe mellem den syriske hær og oprørerne.",
    ],
)
def test_a_window_before_the_datas_first_event_in_the_country_is_not_checkable(demo, tmp_path, sentence: str) -> None:
    # the demo store's events in Syria begin on 1 January 2011 (Iraq's earlier): an absence there is no finding
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable"
    assert "outside the data on SYR, which begins on 2011-01-01" in verdict.reason
    assert "uden for data om SYR" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    ("sentence", "verdict", "k"),
    [
        # Q4 2016: 53 events between Turkey and ISIS inside the window, all in Syria (Turkey's own are year-dated)
        ("Turkish troops clashed with ISIS about 50 times in the last three months of 2016.", "supported", 53),
        ("Den tyrkiske hær kæmpede mod IS omkring 45 gange i de sidste tre måneder af 2016.", "contradicted", 53),
    ],
)
def test_a_states_forces_with_no_place_named_are_counted_where_they_fought(
    demo, tmp_path, sentence: str, verdict: str, k: int
) -> None:
    result = one_verdict(demo, tmp_path, sentence)
    assert (result.as_counted or result.verdict, result.figure) == (verdict, float(k))
    assert "counted in SYR" in result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 100 people were killed in clashes between the army and rebels in Hama province on 8 June 2019.",
        "Mindst 100 mennesker blev dræbt i kampe mellem hæren og oprørerne i Hama-provinsen den 8. juni 2019.",
    ],
)
def test_a_tolls_side_named_by_role_between_two_sides_is_the_dominating_state(demo, tmp_path, sentence: str) -> None:
    # Hama, 8 June 2019: the Government of Syria holds all 9 state-forces events; 114 deaths against rebels
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("supported", 114.0)
    assert "read as Government of Syria, which has 9 of the 9 events" in verdict.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish airstrikes killed about 100 people in Raqqa province on 27 May 2016.",
        "Tyrkiske luftangreb dræbte omkring 100 mennesker i Raqqa-provinsen den 27. maj 2016.",
    ],
)
def test_a_tolls_means_owner_is_its_actor_and_the_means_a_note(demo, tmp_path, sentence: str) -> None:
    # Ar Raqqah, 27 May 2016: one event of Turkey against IS with 104 deaths (the data has no airstrikes as such)
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("supported", 104.0)
    assert "does not record the means" in verdict.reason
    assert "talt over alle hændelser med Tyrkiets regering" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Turkish airstrikes killed about 40 people in Raqqa province on 27 May 2016.", "not checkable"),
        ("Tyrkiske luftangreb dræbte omkring 300 mennesker i Raqqa-provinsen den 27. maj 2016.", "contradicted"),
    ],
)
def test_a_means_toll_below_all_the_states_dead_is_no_contradiction(
    demo, tmp_path, sentence: str, verdict: str
) -> None:
    # 104 deaths in Turkey's events that day: airstrikes may have killed 40 of them, never 300
    assert one_verdict(demo, tmp_path, sentence).verdict == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        # the engagements are the regime's: the class is its other side, not the owner of the share
        "Rebel groups were on the other side of almost every regime engagement in 2018 - over 99 per cent.",
        # the class after the figure, no possessive: the other side, whatever the reading made of it
        "In 2014 more than half of their engagements were with rival insurgent factions.",
        # a toll or a means is never a class's: "koalitionen" is mostly one actor, the US-led coalition
        "Den amerikanskledede koalitions luftangreb dræbte omkring 1.600 civile i Raqqa i 2017.",
    ],
)
def test_a_class_owns_only_the_figures_the_sentence_gives_it(demo, tmp_path, sentence: str) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable"
    assert "counted as" not in verdict.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "About a quarter of the Kurdish militias' fighting in 2016 took place in Hasakah province.",
        "Omkring en fjerdedel af de kurdiske militsers kampe i 2016 fandt sted i Hasakah-provinsen.",
    ],
)
def test_a_class_in_the_genitive_owns_its_concentration(demo, tmp_path, sentence: str) -> None:
    # Kurdish forces in 2016: 768 events, 196 of them in Al Hasakah (25.5%)
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("supported", 196, 768)
