"""Side, scope and definition kinds found by set 22 (issue 9, round 18: spoken registers). Sentences and articles are
our own; figures from SQL over the demo store (the bundled UCDP data), e.g. the SDF's engagements with ISIS in 2018:

    SELECT count(*) FROM events WHERE country = 'SYR' AND date_start >= '2018-01-01' AND date_end <= '2018-12-31'
      AND (side_a_ids LIKE '%|sdf|%' OR side_b_ids LIKE '%|sdf|%')    -- 794 (with '|isis|' as the other side: 505)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims, read_claims
from dyadscope.api import Dyadscope
from dyadscope.claims import check_article
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict


def _one(demo: Dyadscope, tmp_path: Path, sentence: str) -> tuple[Claim, Verdict]:
    """The one claim of `sentence` checked as a one-sentence article, with its verdict."""
    [(claim, verdict)] = checked_claims(demo, tmp_path, sentence)
    return claim, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "GUEST: In 2018 it was mainly ISIS for the SDF, some sixty percent of the clashes.",
        "For SDF var det i 2018 stadig IS: omkring 60 procent af kampene.",
    ],
)
def test_the_side_after_for_is_the_one_whose_events_are_counted(demo, tmp_path: Path, sentence: str) -> None:
    # "it's ISIS for the SDF": the SDF's clashes, 505 of 794 against ISIS (63.6%); read the other way round it was
    # ISIS's, 505 of 1,025 (49.3%), contradicted (a wrong verdict)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 505, 794)


@pytest.mark.parametrize(
    "sentence",
    [
        "For the Syrian army, ISIS was a side issue in 2014: about six percent of the battles.",
        "For regimet var IS en bisag i 2014: cirka seks procent af hærens kampe.",
    ],
)
def test_a_state_seen_from_its_own_view_keeps_the_other_side(demo, tmp_path: Path, sentence: str) -> None:
    # the army's 613 engagements with ISIS of 10,207 in Syria in 2014 (6.0%); the army's own forces ("hærens") are
    # the viewing state, not the other side (the counterpart had been lost: not checkable)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "Islamic State")
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 613, 10207)


def test_a_hyphenated_dyad_keeps_a_counterpart_of_several_words(demo, tmp_path: Path) -> None:
    # "ISIS-Iraqi army clashes": the Iraqi army was lost after the hyphen, and ISIS's 2,111 Syrian events of 2014
    # contradicted the 627 it fought with Iraq's army (a wrong verdict)
    claim, verdict = _one(demo, tmp_path, "The data counts roughly 630 ISIS-Iraqi army clashes in 2014.")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Government of Iraq")
    assert (verdict.verdict, verdict.figure) == ("supported", 627.0)


def test_a_hyphenated_pair_of_one_word_names_is_unchanged(lexicon: Lexicon) -> None:
    [claim] = read_claims(lexicon, "There were some 500 ISIS-SDF clashes in 2018.")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "In 2014 rebel groups - counting their coalitions with al-Nusra - were the other side in over 40 percent "
            "of ISIS's clashes.",
            "en",
        ),
        ("I 2014 var oprørerne - medregnet alliancerne med al-Nusra - modpart i over 40 procent af IS' kampe.", "da"),
    ],
)
def test_a_group_counted_with_an_actor_in_an_aside_stays_the_side(
    demo, tmp_path: Path, sentence: str, lang: str
) -> None:
    # the aside's al-Nusra had become the counterpart: 503 of ISIS's 2,111 events in 2014 (23.8%), contradicted (a
    # wrong verdict); the rebels as counted (jihadist groups among them) are 949 (45.0%), the rebels alone the
    # other definition
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.actor == "Islamic State"
    assert claim.counterpart in ("rebel groups", "oprørerne")
    assert (verdict.as_counted or verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 949, 2111)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017 the jihadists - mostly ISIS - were about a third of the regime's battles.",
        "I 2017 var jihadisterne - overvejende IS - cirka en tredjedel af regimets kampe.",
    ],
)
def test_the_jihadists_with_their_main_part_named_are_the_class(lexicon: Lexicon, sentence: str) -> None:
    # "the jihadists - mostly ISIS -": the class, ISIS its largest part (the counterpart had been ISIS alone)
    [claim] = read_claims(lexicon, sentence)
    assert (claim.actor, claim.counterpart) == ("Government of Syria", "jihadist groups")


@pytest.mark.parametrize(
    "sentence",
    [
        "Almost half of all the fighting ISIS did in Syria in 2017 was against Kurdish-led forces.",
        "The coalition was a small counterpart for ISIS in 2014, about three percent of its engagements.",
        "Koalitionen var en lille modpart for IS i 2014, omkring tre procent af dens kampe.",
    ],
)
def test_the_side_whose_events_are_meant_is_named_after_its_noun(demo, tmp_path: Path, sentence: str) -> None:
    # "the fighting ISIS did" (1,345 of 2,853 against Kurdish forces in 2017), "a counterpart for ISIS" (69 of 2,111
    # with the coalition in 2014): ISIS's events; the actor had been lost (not checkable)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.actor == "Islamic State"
    assert verdict.verdict == "supported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels, not ISIS, remained the army's main enemy: in 2016 around eight in ten government engagements were "
        "with rebel groups.",
        "Oprørerne, ikke IS, var hærens hovedfjende: i 2016 var omkring otte ud af ti af regeringens kampe mod "
        "oprørsgrupper.",
    ],
)
def test_a_side_set_apart_is_not_the_article_s_actor(demo, tmp_path: Path, sentence: str) -> None:
    # "not ISIS" made ISIS the actor the article's lead names most, so the share became ISIS's against the rebels
    # (367 of 2,153, contradicted: a wrong verdict); the army's, named twice ("the army's", "government"), are
    # 3,736 of 4,694 against the rebels alone (the sentence sets ISIS apart)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.actor == "Government of Syria"
    assert (verdict.as_counted, verdict.matching_events, verdict.events) == ("supported", 3736, 4694)


def test_a_country_paired_with_a_side_by_a_hyphen_is_its_state(demo, tmp_path: Path) -> None:
    # "the ISIS-Iraq war": ISIS against Iraq's government, 10,043 dead in Iraq in 2015 (the counterpart had been lost,
    # and ISIS's Syrian dead counted)
    claim, verdict = _one(demo, tmp_path, "The ISIS-Iraq war killed about ten thousand people in 2015.")
    assert (claim.counterpart, claim.country) == ("Government of Iraq", "IRQ")
    assert (verdict.verdict, verdict.figure) == ("supported", 10043.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Baghdad's fight against ISIS made up nearly all of Iraqi government engagements in 2016.",
        "Bagdads kamp mod IS udgjorde næsten alle den irakiske regerings kampe i 2016.",
    ],
)
def test_a_capital_s_fight_is_its_state_not_a_place(demo, tmp_path: Path, sentence: str) -> None:
    # Iraq's government: 520 of its 520 engagements in 2016 were with ISIS (Baghdad governorate's 49 had been counted)
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (claim.actor, claim.place) == ("Government of Iraq", None)
    assert (verdict.verdict, verdict.matching_events, verdict.events) == ("supported", 520, 520)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting between ISIS and the regime killed about 10,000 people in 2016.",
        "Kampene mellem IS og regimet kostede omkring 10.000 liv i 2016.",
    ],
)
def test_a_year_s_toll_is_judged_like_a_count(demo, tmp_path: Path, sentence: str) -> None:
    # 12,040 dead in the data, 17% off the claim: contradicted beyond ±10% like a count (it was not checkable between
    # ±10% and ±50%, where every tester contradicts)
    _, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.figure) == ("contradicted", 12040.0)
    assert "±50%" not in verdict.tolerance


@pytest.mark.parametrize(("toll", "expected"), [(200, "contradicted"), (250, "not checkable"), (300, "supported")])
def test_a_day_s_toll_far_off_either_way_is_contradicted(demo, tmp_path: Path, toll: int, expected: str) -> None:
    # ISIS in As Suwayda on 25 July 2018: 325 dead; 200 is within 50% of 325, but 325 is 62% above 200
    _, verdict = _one(demo, tmp_path, f"ISIS's attack in Sweida on 25 July 2018 killed about {toll} people.")
    assert (verdict.verdict, verdict.figure) == (expected, 325.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016, its first full year of fighting, the SDF was involved in some 770 events.",
        "I 2016 - dets første hele år - deltog SDF i omkring 770 hændelser.",
    ],
)
def test_a_year_described_in_an_aside_is_the_window_used(demo, tmp_path: Path, sentence: str) -> None:
    # "its first full year" describes 2016, the window used: no time left unread (it was not checkable); 767 events
    claim, verdict = _one(demo, tmp_path, sentence)
    assert claim.unread == []
    assert (verdict.verdict, verdict.figure) == ("supported", 767.0)


@pytest.mark.parametrize(("months", "expected"), [("April to June", "supported"), ("April to May", "not checkable")])
def test_a_range_of_months_naming_the_window_again_is_read(demo, tmp_path: Path, months: str, expected: str) -> None:
    # the second quarter of 2017 said again as "April to June": 469 of ISIS's 811 engagements were with Kurdish
    # forces; "April to May" is another scope, left unread as before
    sentence = (
        f"In the second quarter of 2017 - {months} - Kurdish forces were ISIS's opponent in over half of its clashes."
    )
    claim, verdict = _one(demo, tmp_path, sentence)
    assert verdict.verdict == expected
    assert (claim.unread == []) == (expected == "supported")


def test_a_counterpart_state_in_danish_words_gives_the_country(lexicon: Lexicon, demo, tmp_path: Path) -> None:
    # "de irakiske styrker" are Iraq's government, whose home is the toll's country (none had been found, so the
    # dead were not checkable as "counting the dead, not events"); 11,696 dead in 2014
    sentence = "Omkring 11.700 mennesker døde i 2014 i kampene mellem IS og de irakiske styrker."
    [claim] = read_claims(lexicon, sentence, "da")
    assert claim.country == "IRQ"
    assert _one(demo, tmp_path, sentence)[1].figure == 11696.0


def test_the_acting_state_s_country_is_no_scope_left_unread(lexicon: Lexicon, demo, tmp_path: Path) -> None:
    # "Turkey's own army ... Syrian events": Turkey acts, Syria is the scope (Turkey's had been left unread)
    sentence = "By 2018, the year of Operation Olive Branch in Afrin, Turkey's own army had just three Syrian events."
    [claim] = read_claims(lexicon, sentence)
    assert (claim.actor, claim.country, claim.unread) == ("Government of Turkey", "SYR", [])
    assert _one(demo, tmp_path, sentence)[1].verdict == "supported"


@pytest.mark.parametrize(
    ("sentence", "expected", "events"),
    [
        ("The SDF has never fought ISIS in Iraq.", "supported", 0),
        ("SDF har aldrig kæmpet mod IS i Irak.", "supported", 0),
        ("The SDF never fought the regime.", "contradicted", 35),
    ],
)
def test_never_with_no_time_named_is_over_the_data_s_whole_span(
    demo, tmp_path: Path, sentence: str, expected: str, events: int
) -> None:
    # "never" names no window: at no time the data covers (2003-2019 in the demo store), said in a note; it had been
    # not checkable for want of a window
    claim, verdict = _one(demo, tmp_path, sentence)
    assert (verdict.verdict, verdict.matching_events) == (expected, events)
    assert any("the whole span the data covers" in n for n in claim.notes)


def test_an_undated_article_s_bare_months_take_the_year_it_speaks_of(demo) -> None:
    # our own article with no date ("Date:" empty): "In February, it carried out some 200 attacks" after "May 2017" is
    # February 2017 (ISIS in Syria: 204 events; March: 238), said in a note; May had been carried over onto both, and
    # "SDF/YPG-held districts" had named the SDF as the attacks' actor
    article = Path(__file__).parent / "data" / "claims" / "context" / "articles" / "is-raids-months-undated.txt"
    report = check_article(demo, article)
    found = [
        (c.value_text, c.actor, c.start.isoformat() if c.start else None, v.verdict, v.figure)
        for c, v in zip(report.claims, report.verdicts, strict=True)
        if c.kind == "count"
    ]
    assert found == [
        ("some 200 attacks", "Islamic State", "2017-02-01", "supported", 204.0),
        ("about 230 attacks", "Islamic State", "2017-03-01", "supported", 238.0),
    ]
    assert all("year from the context" in " ".join(c.notes) for c in report.claims if c.kind == "count")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The UCDP tally for Iraq in 2015 comes to roughly 30,000 deaths.", "en"),
        ("Dødstallet for Irak i 2015 var cirka 30.000.", "da"),
    ],
)
def test_a_country_a_figure_is_given_for_is_its_scope_not_a_side(lexicon: Lexicon, sentence: str, lang: str) -> None:
    # "the count for Syria" had made Syria's government the toll's actor: its own dead (40,115 in 2014), 20% off the
    # country's 50,711, which a year's toll judged like a count would have contradicted (set 19's en063)
    [claim] = read_claims(lexicon, sentence, lang)
    assert (claim.actor, claim.country) == (None, "IRQ")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Honestly, the army and the Kurds practically never fought each other.", "en"),
        ("Hæren og kurderne kæmpede stort set aldrig mod hinanden.", "da"),
    ],
)
def test_a_hedged_never_is_no_absence(lexicon: Lexicon, sentence: str, lang: str) -> None:
    # "basically never fought ... About 35 clashes" (set 19's en093) became an absence over the data's whole span once
    # "never" with no time was read so, and was contradicted: "practically never" is "hardly ever", no claim of none
    assert [c.kind for c in read_claims(lexicon, sentence, lang)] == []
