"""Sides and scopes a sentence leaves unnamed: "the group" with nothing before it, "government forces" with no
state, no country at all, a day's toll with coarser events. Sentences are our own; figures from SQL over the
demo store (the bundled UCDP data), as in tests/test_claims.py."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from conftest import one_verdict
from dyadscope.claims.wording import verdict_text
from dyadscope.cli import main


@pytest.mark.parametrize(
    "sentence,words",
    [
        # ISIS in Syria 2016: 143 of its 2,153 events were on civilians (6.6%); it has 2,153 of the 2,225 events
        # of single jihadist sides there that year
        ("In 2016 roughly 7 per cent of the group's engagements in Syria were attacks on civilians.", "the group's"),
        ("I 2016 var omkring 7 procent af gruppens kampe i Syrien angreb på civile.", "gruppens"),
    ],
)
def test_a_group_named_by_nothing_before_it_is_the_dominant_jihadist_group_said_so(
    demo, tmp_path: Path, sentence: str, words: str
) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.as_counted == "supported" and (verdict.matching_events, verdict.events) == (143, 2153)
    assert f"“{words}” names no group before it: read as Islamic State, which has 2,153 of the 2,225" in verdict.reason
    assert "læst som Islamisk Stat" in str(verdict_text(verdict, "reason", "da"))


@pytest.mark.parametrize(
    "sentence",
    [
        # the words are the other side of "They": whose share it is is unknown
        "They fought the jihadists in roughly half of their engagements in Syria in 2018.",
        # a count's other side named in a clause the claim does not hold
        "The militants and the SDF clashed about 150 times in the first quarter of 2019, as Turkish troops massed.",
    ],
)
def test_a_reference_whose_side_is_unclear_stays_not_checkable(demo, tmp_path: Path, sentence: str) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable" and "refers to no actor named before it" in verdict.reason


@pytest.mark.parametrize(
    "sentence,words,verdict_as_counted,figure",
    [
        # Syria's government vs rebel sides, 2015: 4,925 events (5,984 with the jihadists, the other reach since round
        # 22); it has 5,994 of 6,708 state-forces events
        ("In 2015 the army and the rebels clashed over 9,000 times.", "the army", "contradicted", 4925),
        ("Hæren og oprørerne stødte sammen over 9.000 gange i 2015.", "Hæren", "contradicted", 4925),
        # 2016: a share of the fights against IS (IS's events): 926 of IS's 2,153 in Syria were with the state's forces
        # (43%; round 16 reads "X stod for N af kampene mod Y" as Y's events, as set 18's tester does)
        ("Regeringsstyrkerne stod for omkring 20 procent af kampene mod IS i 2016.", "Regeringsstyrkerne",
         "contradicted", 926),
    ],
)  # fmt: skip
def test_state_forces_with_no_state_named_are_the_dominant_state_said_so(
    demo, tmp_path: Path, sentence: str, words: str, verdict_as_counted: str, figure: int
) -> None:
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events) == (verdict_as_counted, figure)
    assert f"“{words}” names no state: read as Government of Syria" in verdict.reason
    assert "nævner ingen stat: læst som Syriens regering" in str(verdict_text(verdict, "reason", "da"))


def test_no_country_named_counts_the_main_country_and_states_all_countries(
    demo, demo_db: Path, tmp_path: Path, capsys
) -> None:
    # ISIS 2018: Kurdish sides in 505 of its 1,025 Syrian events (49.3%) but 505 of 1,140 everywhere (44.3%)
    verdict = one_verdict(
        demo, tmp_path, "In 2018 some 40 per cent of the Islamic State's fighting was against Kurdish units."
    )
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", "contradicted")
    assert (verdict.matching_events, verdict.events) == (505, 1025)
    assert "the sentence names no country: counted in SYR" in verdict.reason
    [row] = [a for a in verdict.alternatives if a["definition"] == "all_countries"]
    assert (row["verdict"], row["matching_events"], row["events"]) == ("supported", 505, 1140)
    assert "gælder alle lande" in str(verdict_text(verdict, "reason", "da"))
    # the other definition's own query (no --country) prints its figure
    assert "--country" in str(verdict.query) and "--country" not in str(row["query"])
    assert main(["--db", str(demo_db), *shlex.split(str(row["query"]))[1:], "--format", "json"]) == 0
    assert sum(r["events"] for r in json.loads(capsys.readouterr().out)["rows"]) == 1140


def test_no_country_named_and_other_countries_dated_to_the_year_is_checked_where_the_window_is_covered(
    demo, tmp_path: Path
) -> None:
    # ISIS vs Kurdish sides, July-September 2018: 98 events in Syria; its Iraqi events that year are year-dated
    verdict = one_verdict(
        demo, tmp_path, "In the third quarter of 2018 the Islamic State clashed with Kurdish forces about 100 times."
    )
    assert (verdict.verdict, verdict.matching_events) == ("supported", 98)
    assert "counted in SYR" in verdict.reason and "talt i SYR" in str(verdict_text(verdict, "reason", "da"))


def test_a_share_scoped_only_by_the_other_sides_nationality_is_the_actors_own_events(demo, tmp_path: Path) -> None:
    # "Iraqi soldiers" name no place: ISIS's 2016 events in Syria (45 of 2,153 against Iraq's forces) and everywhere
    # (565 of 2,699) decide differently; never one silent verdict on Iraq alone
    verdict = one_verdict(
        demo, tmp_path, "In 2016 Iraqi soldiers were the enemy in about 20 per cent of the Islamic State's fights."
    )
    assert verdict.verdict == "depends on definition"
    assert (verdict.matching_events, verdict.events) == (45, 2153)
    [row] = [a for a in verdict.alternatives if a["definition"] == "all_countries"]
    assert (row["verdict"], row["matching_events"], row["events"]) == ("supported", 565, 2699)


def test_a_days_toll_above_the_day_dated_deaths_is_not_contradicted_while_coarser_events_may_hold_them(
    demo, tmp_path: Path
) -> None:
    # SDF vs ISIS in Deir ez-Zor on 25 January 2019: one day-dated event (76 deaths) and 9 events dated coarser
    sentence = "Clashes between the SDF and ISIS in Deir ez-Zor killed around 150 people on 25 January 2019."
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("not checkable", 76.0)
    assert "fewer than claimed, but 9 of the 10 events in scope are dated only to a month or year" in verdict.reason
    assert "kan rumme flere af dagens dræbte" in str(verdict_text(verdict, "reason", "da"))
    # below the day-dated deaths, the coarser events cannot help the claim: still contradicted
    low = one_verdict(demo, tmp_path, sentence.replace("around 150", "around 20"))
    assert low.verdict == "contradicted"


def test_the_articles_country_is_where_its_lead_places_events_past_menus_and_kickers(demo) -> None:
    from dyadscope.claims.context import article_context
    from dyadscope.claims.reading import parse_article
    from dyadscope.claims.resolve import Lexicon

    body = (
        "Analysts who counted every recorded clash say the jihadists spent most of their strength on rival rebels "
        "rather than on the government forces in Syria during the year, a pattern the data bear out."
    )
    article = parse_article(f"Sign in\n\nOpinion\n\nIs ISIS Turkey’s proxy?\n\n{body}")
    # "Turkey’s" only names a country; the first body paragraph places the events: Syria
    assert article_context(article, Lexicon(demo.registry)).country == "SYR"


def test_a_count_above_the_main_countrys_is_not_contradicted_while_year_dated_events_elsewhere_may_reach_it(
    demo, tmp_path: Path
) -> None:
    # ISIS, April-June 2017: 811 events in Syria; 512 in other countries are dated only to the year
    below = one_verdict(demo, tmp_path, "In the second quarter of 2017 ISIS fought about 300 battles.")
    assert (below.verdict, below.figure) == ("contradicted", 811.0)  # more than claimed in Syria alone already
    above = one_verdict(demo, tmp_path, "In the second quarter of 2017 ISIS fought about 1,100 battles.")
    assert above.verdict == "not checkable"
    assert "512 events in other countries are dated only to the year and could make up the rest" in above.reason
    assert "kunne udgøre resten" in str(verdict_text(above, "reason", "da"))


def test_a_possessive_reference_owns_the_share_and_the_named_side_is_its_counterpart(demo, tmp_path: Path) -> None:
    # ISIS in Syria 2016: 926 of its 2,153 events against the Syrian government (43.0%)
    verdict = one_verdict(
        demo, tmp_path, "In 2016 the regime's troops faced roughly 43 per cent of the jihadists' battles in Syria."
    )
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 926, 2153)
    assert "“the jihadists” names no group before it: read as Islamic State" in verdict.reason


def test_state_forces_absences_are_contradicted_by_one_states_events_never_supported_by_its_none(
    demo, tmp_path: Path
) -> None:
    # Syria's government vs Kurdish sides, 2016-2018: 31 events
    verdict = one_verdict(
        demo, tmp_path, "Between 2016 and 2018 the government army never clashed with Kurdish fighters."
    )
    assert (verdict.verdict, verdict.figure) == ("contradicted", 31.0)
    # a claim whose two sides are read as one actor is never judged
    same = one_verdict(demo, tmp_path, "In 2017 government forces never fought Turkish troops.")
    assert same.verdict == "not checkable" and "both sides of the claim were read as" in same.reason


def test_a_number_that_is_not_event_data_quotes_the_articles_own_word(demo, tmp_path: Path) -> None:
    verdict = one_verdict(demo, tmp_path, "Some 4,000 men defended the city in 2015.")
    assert verdict.verdict == "not event data" and "a number about “men”" in verdict.reason
    assert "et tal om “men”" in str(verdict_text(verdict, "reason", "da"))  # never the Danish word "men" (but)


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Jets bombed ISIS positions in Raqqa province roughly 300 times in the summer of 2017.", "bombed"),
        ("Fly bombede IS-stillinger i Raqqa-provinsen omkring 300 gange i sommeren 2017.", "bombede"),
    ],
)
def test_a_count_of_what_bombers_did_is_not_an_event_count(demo, tmp_path: Path, sentence: str, word: str) -> None:
    # read as Islamic State's events in Raqqa (the target), it was contradicted on 359 events
    verdict = one_verdict(demo, tmp_path, sentence)
    assert verdict.verdict == "not checkable" and f"({word})" in verdict.reason
