"""The claim grammar on its own (no store): quantities in words, roles, references, time expressions, false friends.

Each case is a kind of phrasing found failing on sentences written by people who never read the rules (issue 9);
the checker is built for the kind, so the sentences here are new ones, not copies of the evaluation sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.claims.dates import Window, find_window
from dyadscope.claims.extract import MAX_CLAIMS, extract_claims
from dyadscope.claims.figures import find_figures
from dyadscope.claims.html import claim_value
from dyadscope.claims.model import Claim
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(Registry.load())


def _claims(lexicon: Lexicon, text: str, lang: str = "en", as_of: dt.date | None = None) -> list[Claim]:
    return extract_claims(parse_article(text, fmt="text"), lexicon, lang=lang, as_of=as_of).claims


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("the two sides clashed 48 times", "count", 48, None),
        ("they fought twenty-five battles", "count", 25, None),
        ("over 100 gange", "count", 100, None),
        ("dozens of attacks on civilians", "count", 24, 99),
        ("hundredvis af angreb", "count", 200, 999),
        ("seven per cent of its attacks", "share", 0.07, None),
        ("otte procent af angrebene", "share", 0.08, None),
        ("three-fifths of its battles", "share", 0.6, None),
        ("one in five attacks", "share", 0.2, None),
        ("hver femte kamp", "share", 0.2, None),
        ("the overwhelming majority of its clashes", "share", 0.75, 1.0),
        ("hardly any of its attacks", "share", 0.0, 0.05),
        ("samtlige af gruppens angreb", "share", 1.0, 1.0),
    ],
)
def test_quantities_in_words_and_vague_ranges(text: str, kind: str, low: float, high: float | None) -> None:
    [figure] = find_figures(text, [])
    assert figure.kind == kind and figure.value == pytest.approx(low)
    assert figure.high == (pytest.approx(high) if high is not None else None)
    assert (figure.op == "in") == (high is not None)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy left 3 days later.",
        "ISIS left 2 towns in Syria in 2017.",
        "three times as many fighters",
        "in the first half of 2016",
        "one of the attacks",
    ],
)
def test_false_friends_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text, []) if f.kind != "other"] == []


def test_left_dead_is_a_death_toll() -> None:
    [figure] = find_figures("The bombing left 30 people dead.", [])
    assert (figure.kind, figure.value) == ("deaths", 30)


def test_month_abbreviation_is_not_an_alias(lexicon: Lexicon) -> None:
    # "JaN" is an alias of Jabhat al-Nusra; "Jan." is January
    assert [m.entry.key for m in lexicon.mentions("On Jan. 5 the SDF said")] == ["sdf"]
    assert [m.entry.key for m in lexicon.mentions("JaN fighters moved")] == ["jabhat_al_nusra"]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "counterpart"),
    [
        ("Kurdish fighters were IS's opponent in well over half of its clashes in Syria in 2017.", "en",
         "Islamic State", "Kurdish fighters"),
        ("Rival rebel and jihadist factions accounted for about a quarter of ISIS's fighting in 2015.", "en",
         "Islamic State", "Rival rebel and jihadist factions"),
        ("In 2016 the SDF fought ISIS in roughly 80 percent of its battles.", "en",
         "Syrian Democratic Forces", "Islamic State"),
        ("Fighting against ISIS made up about a fifth of the Syrian government's battles in 2016.", "en",
         "Government of Syria", "Islamic State"),
        ("I 2015 var den syriske hær modstanderen i over halvdelen af IS' kampe i Syrien.", "da",
         "Islamic State", "Government of Syria"),
        ("Tyrkiske styrker kæmpede mod IS 120 gange i Syrien i 2016.", "da", "Government of Turkey", "Islamic State"),
    ],
)  # fmt: skip
def test_roles_in_either_order(lexicon: Lexicon, text: str, lang: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_references_resolve_to_the_salient_actor(lexicon: Lexicon) -> None:
    text = (
        "Hayat Tahrir al-Sham dominates Idlib. In 2018 the group was involved in 174 battles, "
        "and half of them were against IS."
    )
    count, share = _claims(lexicon, text)
    assert (count.actor, count.counterpart, count.value) == ("Hay'at Tahrir al-Sham", None, 174)
    assert (share.actor, share.counterpart, share.base_count) == ("Hay'at Tahrir al-Sham", "Islamic State", 174)
    [da] = _claims(lexicon, "Kurdiske styrker kæmpede mod IS i hver femte af gruppens kampe i Irak i 2015.", "da")
    assert (da.actor, da.counterpart) == ("Islamic State", "Kurdiske styrker")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the third quarter of 2016", "2016-07-01", "2016-09-30"),
        ("i første halvår 2015", "2015-01-01", "2015-06-30"),
        ("from 1 January to 31 March 2016", "2016-01-01", "2016-03-31"),
        ("mellem juni og oktober 2017", "2017-06-01", "2017-10-31"),
        ("in the summer of 2017", "2017-06-01", "2017-08-31"),
        ("late Friday", "2016-12-09", "2016-12-09"),  # the article is dated Thursday 15 December 2016
        ("torsdag", "2016-12-15", "2016-12-15"),
        ("last month", "2016-11-01", "2016-11-30"),
    ],
)
def test_time_expressions(text: str, start: str, end: str) -> None:
    window = find_window(text, dt.date(2016, 12, 15))
    assert window is not None and (str(window.start), str(window.end)) == (start, end)


def test_year_from_context_is_said() -> None:
    previous = Window(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "March 2019", "explicit")
    window = find_window("I årets første kvartal kæmpede gruppen", None, previous)
    assert (str(window.start), str(window.end)) == ("2019-01-01", "2019-03-31")
    assert "context" in window.basis


def test_territory_and_people_are_not_event_shares(lexicon: Lexicon) -> None:
    assert _claims(lexicon, "HTS controls most of Idlib, and all of the senior leaders were arrested in 2014.") == []


def test_vague_range_is_stated(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Dozens of ISIS attacks in Syria in 2018 targeted civilians.")
    assert (claim.kind, claim.value, claim.upper, claim.operator) == ("count", 24, 99, "in")
    assert claim_value(claim) == "read as 24–99"


def test_extraction_is_bounded(lexicon: Lexicon) -> None:
    # 8 KB of "1%" took 69 s before; now each sentence piece is bounded and the claim count is capped
    text = "ISIS attacks 1% " * 40_000
    extraction = extract_claims(parse_article(text, fmt="text"), lexicon, lang="en")
    assert len(extraction.claims) == MAX_CLAIMS and extraction.truncated


def test_non_event_ratio_is_shown_as_written(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "17 of the 25 prisoners were released in 2010.")
    assert claim.kind == "not_event_data" and claim_value(claim) == ""
