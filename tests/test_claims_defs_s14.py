"""Resolution, verdict and article-context kinds found by sets 13 and 14 (issue 9, round 14). Sentences and the
article are our own; figures from SQL over the demo store (the bundled UCDP data), e.g. for ISIS in Syria, 2016:

    SELECT count(*), sum(fatalities_best) FROM events WHERE country = 'SYR'
      AND date_start >= '2016-01-01' AND date_end <= '2016-12-31'
      AND (side_a_ids LIKE '%|isis|%' OR side_b_ids LIKE '%|isis|%') AND NOT coalesce(self_dyad, false)
"""

from __future__ import annotations

from pathlib import Path

from conftest import one_verdict
from dyadscope.claims import check_text
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon


def test_an_owning_their_after_another_side_is_not_the_classs(demo, tmp_path: Path) -> None:
    # "their" may be the jihadists': the class's own share would be a silent guess (it was a wrong verdict)
    enemy = "In 2016 Kurdish militias were the jihadists' fiercest enemy: "
    verdict = one_verdict(demo, tmp_path, enemy + "almost a third of their battles were with rebel groups.")
    assert verdict.verdict == "not checkable"
    # "with them": the militias are the other side, and the jihadists' battles are Islamic State's (599 of 2,153)
    theirs = one_verdict(demo, tmp_path, enemy + "almost a third of their battles were with them.")
    assert (theirs.as_counted, theirs.matching_events, theirs.events) == ("supported", 599, 2153)


def test_a_capital_owning_forces_is_its_state_and_a_capitals_suburbs_are_a_place(demo, tmp_path: Path) -> None:
    forces = one_verdict(demo, tmp_path, "Damascus's forces fought about 4,700 battles in Syria in 2016.")
    assert (forces.verdict, forces.figure) == ("supported", 4694.0)
    suburbs = one_verdict(demo, tmp_path, "In 2015 there were 200 clashes in Baghdad's suburbs.")
    assert "no actor" in suburbs.reason


def test_a_toll_of_the_fighting_with_one_side_is_that_sides_toll(demo, tmp_path: Path) -> None:
    # SDF in Syria, 2019: 3,102 deaths in its events
    verdict = one_verdict(demo, tmp_path, "Kampene med SDF kostede over 3.000 mennesker livet i Syrien i 2019.")
    assert (verdict.verdict, verdict.figure) == ("supported", 3102.0)
    assert "fighting was with" in verdict.reason


def test_the_group_with_a_state_counterpart_read_is_the_dominant_jihadist_group(demo, tmp_path: Path) -> None:
    # ISIS in Syria, October-December 2017: 273 of 508 events against the Syrian government (53.7%)
    sentence = "In the fourth quarter of 2017 about half of the group's engagements were with government forces."
    verdict = one_verdict(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 273, 508)


def test_a_window_to_today_with_no_article_date_ends_at_the_datas_last_day(demo, tmp_path: Path) -> None:
    from dyadscope.claims.extract import extract_claims
    from dyadscope.claims.verify import verify_claims

    lexicon = Lexicon(demo.registry)
    claims = extract_claims(
        parse_article("IS har kæmpet mod SDF over 100 gange siden januar 2019."), lexicon, "da"
    ).claims
    [verdict] = verify_claims(demo, lexicon, claims)
    assert (claims[0].end.isoformat(), verdict.verdict) == ("2019-12-31", "supported")
    assert any("data's last day" in n for n in claims[0].notes)


ARTICLE = """Date: 2019-08-17

Government jets pound Idlib as offensive widens

BEIRUT - Government forces and their allies pressed on with the offensive in Idlib province on Saturday, a war
monitor said, after days of heavy bombardment of the last major rebel stronghold in north-western Syria.

An airstrike on the town of Maarat al-Numan killed four people on Saturday, the monitor said.

The toll of the week's bombardment rose to 30, it said.
"""


def test_an_articles_tolls_take_its_day_and_one_incidents_dead_are_no_contradiction(demo) -> None:
    lexicon = Lexicon(demo.registry)
    report = check_text(demo, parse_article(ARTICLE), lexicon, "en")
    tolls = {c.value: (c, v) for c, v in zip(report.claims, report.verdicts, strict=True) if c.kind == "single_event"}
    claim, verdict = tolls[4.0]
    # the government's events that Saturday hold 48 deaths: one airstrike's four are a part of them
    assert (claim.start.isoformat(), verdict.verdict, verdict.figure) == ("2019-08-17", "not checkable", 48.0)
    assert "one incident" in verdict.reason


MONTHLY = """URL: https://example.org/iraq-july
Date: 2017-08-03
Note: our own invented monthly round-up, written for this test

ISIS attacks in Iraq, July 2017

Violence fell in Iraq as the battle for Mosul ended, the monitor said in its monthly report on Thursday.

The Islamic State fought the army about 60 times during the month.
"""


def test_a_figure_with_no_window_takes_the_headlines_month_and_header_notes_are_no_text(demo) -> None:
    lexicon = Lexicon(demo.registry)
    article = parse_article(MONTHLY)
    assert article.text.startswith("ISIS attacks in Iraq")  # the "Note:" header line is about the file
    report = check_text(demo, article, lexicon, "en")
    [claim] = [c for c in report.claims if c.value == 60]
    assert (claim.start.isoformat(), claim.end.isoformat()) == ("2017-07-01", "2017-07-31")
    assert "window from the article's headline, 2017-07-01..2017-07-31 (the sentence names none)" in claim.notes
    # a year in the headline is the article's topic, not every figure's window
    yearly = parse_article(MONTHLY.replace("July 2017", "in 2017"))
    [claim] = [c for c in check_text(demo, yearly, lexicon, "en").claims if c.value == 60]
    assert claim.start is None


def test_the_dead_of_a_year_in_a_named_country_are_a_toll_unless_a_side_is_missing(demo, tmp_path: Path) -> None:
    # ISIS in Syria, 2016: 19,736 deaths in its events
    toll = one_verdict(demo, tmp_path, "Only about 6,000 people died in fighting involving ISIS in Syria in 2016.")
    assert (toll.verdict, toll.figure) == ("contradicted", 19736.0)
    # a side that is not read: the toll of all ISIS's events would be a guessed scope
    between = "More than 9,000 people died in fighting between ISIS and the Iraqi establishment in Iraq in 2016."
    assert one_verdict(demo, tmp_path, between).verdict == "not checkable"
    # "the Iraqi state" is the government (bf4d8ed): their fighting's toll, 9,299
    state = one_verdict(demo, tmp_path, between.replace("establishment", "state"))
    assert (state.verdict, state.figure) == ("supported", 9299.0)
