"""Reading kinds of the twelfth round (issue 9), from set 9's misses: the dead of a year as a count of deaths,
shares about what kind of attack events were, a list of towns, a window named as "the same period", Danish genitive
plurals of role nouns, and one fight-verb span.

Sentences are our own, written for the kind; each test fails on the code before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import one_verdict, read_claims

from dyadscope.api import Dyadscope
from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Around 4,000 people were killed in fighting between ISIS and Kurdish forces in 2014.", "en", 4000),
        ("Mindst 900 dræbte i kampene mellem IS og regimet i 2015.", "da", 900),
        ("Kampene mellem IS og kurderne kostede omkring 1.500 menneskeliv i 2015.", "da", 1500),
        (
            "Fighting between the regime and the rebels killed more than 2,000 people in the first half of 2016.",
            "en",
            2000,
        ),
    ],
)
def test_the_dead_of_a_year_are_a_count_of_deaths(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.value) == ("count", "deaths", value)


def test_one_days_toll_stays_a_single_event(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "An ISIS car bomb killed 40 people in Idlib on 3 March 2017.")
    assert (claim.kind, claim.measure) == ("single_event", "deaths")


def test_a_count_of_deaths_is_judged_on_the_deaths_not_the_events(demo: Dyadscope, tmp_path: Path) -> None:
    # 1,500 against the thousands of deaths of IS's fighting with the Kurds in Syria in 2015 (its events number
    # some hundreds: counted as events, 1,500 would be contradicted the other way)
    verdict = one_verdict(
        demo, tmp_path, "Fighting between ISIS and Kurdish forces killed about 1,500 people in Syria in 2015."
    )
    assert verdict.verdict == "contradicted"
    assert verdict.figure is not None and verdict.figure > 3000


def test_the_dead_before_the_fighting_are_no_count_of_it(lexicon: Lexicon) -> None:
    claims = _claims(lexicon, "Some 60 killed in clashes between ISIS and the regime on 3 May 2016.")
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a number right before the death word is the dead, not a count of the fighting after it
        ("Den 3. maj 2016 blev over 70 dræbt i kampe mellem IS og regimet i Homs-provinsen.", "da", 70),
    ],
)
def test_a_number_before_a_death_word_is_a_toll(lexicon: Lexicon, text: str, lang: str, value: int) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.value) == ("single_event", "deaths", value)


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        # the backer in "USA-støttede X" modifies X, as "US-backed X" does
        (
            "I 2016 var en tredjedel af IS' kampe i Syrien mod de USA-støttede Syriens Demokratiske Styrker.",
            "da",
            "Syrian Democratic Forces",
        ),
        (
            "I 2017 var halvdelen af IS' kampe i Syrien mod de Rusland-støttede regeringsstyrker.",
            "da",
            "regeringsstyrker",
        ),
    ],
)
def test_a_backer_in_a_danish_compound_is_not_a_side(lexicon: Lexicon, text: str, lang: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.actor, claim.counterpart) == ("Islamic State", counterpart)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "the jihadists" after a pronoun subject: the group the sentence before named, never the subject itself
        (
            "The SDF carried the war against ISIS in 2018. They faced the jihadists in about 500 clashes that year.",
            "en",
        ),
        ("SDF bar krigen mod IS i 2018. De stod over for jihadisterne i omkring 500 kampe det år.", "da"),
        # "styrkerne", "these forces": the forces named before
        ("SDF blev dannet i 2015. I 2018 var styrkerne i kamp med Islamisk Stat omkring 500 gange.", "da"),
        ("The SDF was founded in 2015. In 2018 these forces fought the Islamic State about 500 times.", "en"),
    ],
)
def test_a_reference_to_the_forces_or_the_jihadists_named_before(lexicon: Lexicon, text: str, lang: str) -> None:
    claim = _claims(lexicon, text, lang)[-1]
    assert (claim.kind, claim.value) == ("count", 500)
    assert (claim.actor, claim.counterpart) == ("Syrian Democratic Forces", "Islamic State")


@pytest.mark.parametrize(
    ("text", "lang", "value", "what"),
    [
        # what kind of attacks a share of them were: the means, which the data does not record
        (
            "In Iraq in 2016, roughly one in four of the Islamic State's attacks were suicide bombings.",
            "en",
            0.25,
            "suicide bombings",
        ),
        ("Hver femte af IS' angreb i Irak i 2016 var bilbomber.", "da", 0.2, "bilbomber"),
        ("Most of the Islamic State's attacks in Iraq in 2018 were ambushes.", "en", 0.5, "ambushes"),
        ("About 30 percent of the Islamic State's attacks in Iraq in 2015 involved IEDs.", "en", 0.3, "ieds"),
        ("Selvmordsbombere stod bag hver tiende af IS' angreb i Irak i 2016.", "da", 0.1, "selvmordsbombere"),
        (
            "Barrel bombs were dropped in around 60% of the regime's attacks in Aleppo in 2015.",
            "en",
            0.6,
            "barrel bombs",
        ),
        # how deadly they were: the death figure inside is no toll of its own
        (
            "More than half of the regime's engagements in 2016 killed at least three people.",
            "en",
            0.5,
            "killed at least three people",
        ),
        (
            "Children were among the dead in one in ten of the Islamic State's attacks in Iraq in 2016.",
            "en",
            0.1,
            "Children were among the dead",
        ),
        (
            "Civile var blandt de dræbte i hver tredje af IS' kampe i Irak i 2016.",
            "da",
            1 / 3,
            "Civile var blandt de dræbte",
        ),
        (
            "Otte ud af ti af regimets kampe i 2016 kostede mindst ét menneskeliv.",
            "da",
            0.8,
            "kostede mindst ét menneskeliv",
        ),
    ],
)
def test_a_share_of_what_kind_of_attacks_they_were(
    lexicon: Lexicon, text: str, lang: str, value: float, what: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.measure, claim.counterpart) == ("attribute_share", what, None)
    assert claim.value == pytest.approx(value)


def test_a_share_of_fighting_against_a_side_stays_a_share(lexicon: Lexicon) -> None:
    [claim] = _claims(
        lexicon, "About 40 percent of the Islamic State's attacks in Iraq in 2016 involved the Iraqi army."
    )
    assert (claim.kind, claim.counterpart) == ("share", "Government of Iraq")


@pytest.mark.parametrize(
    "text",
    [
        # prices and funding are no events, whatever else the sentence names
        "Inflation in Damascus topped 40 per cent in 2017, while ISIS attacks fell.",
        "The UN appeal for Syria was only 45 per cent funded by June 2016, as the fighting went on.",
    ],
)
def test_prices_and_funding_are_no_claim(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # the window of the claim before, named as "the same period"
        (
            "From May 2015 to April 2016, ISIS fought the regime in 30 per cent of its engagements. "
            "Over the same twelve months, fighting with ISIS made up a tenth of the regime's engagements.",
            "en",
            "2015-05-01",
            "2016-04-30",
        ),
        (
            "I 2016 kæmpede IS 2.000 kampe i Syrien. I den samme periode kæmpede regimet mod IS omkring 900 gange.",
            "da",
            "2016-01-01",
            "2016-12-31",
        ),
        # N months to a month
        (
            "In the three months to the end of September 2017, the SDF was ISIS's opponent in half of its clashes.",
            "en",
            "2017-07-01",
            "2017-09-30",
        ),
        (
            "I de seks måneder frem til udgangen af juni 2017 var SDF modstander i halvdelen af IS' kampe.",
            "da",
            "2017-01-01",
            "2017-06-30",
        ),
        # a year after "spent", "i hele"
        (
            "The Islamic State spent 2015 fighting on many fronts. "
            "The regime was its opponent in a third of its clashes.",
            "en",
            "2015-01-01",
            "2015-12-31",
        ),
        (
            "IS mistede Raqqa i oktober 2017. I hele 2018 var gruppen involveret i under 100 kampe i Raqqa-provinsen.",
            "da",
            "2018-01-01",
            "2018-12-31",
        ),
    ],
)
def test_windows_named_by_reference_or_by_their_end(
    lexicon: Lexicon, text: str, lang: str, start: str, end: str
) -> None:
    claim = _claims(lexicon, text, lang)[-1]
    assert (str(claim.start), str(claim.end), claim.unread) == (start, end, [])


@pytest.mark.parametrize(
    ("text", "kind", "value", "high"),
    [
        ("In 2017, ISIS clashed with HTS in just under a tenth of its Syrian engagements.", "share", 0.09, 0.1),
        (
            "ISIS and Turkish troops battled near al-Bab on 20 December 2016, leaving about 40 dead.",
            "single_event",
            40,
            None,
        ),
        ("The regime's engagements in Daraa in 2018 reached about 150.", "count", 150, None),
    ],
)
def test_shares_tolls_and_counts_in_more_shapes(
    lexicon: Lexicon, text: str, kind: str, value: float, high: float | None
) -> None:
    [claim] = _claims(lexicon, text)
    assert (claim.kind, claim.upper) == (kind, high)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        # one fight-verb span (verbs.py) for "did not ...", the Danish "... ikke" and the counterpart marker: the verbs
        # the absence lists lacked ("shell", "strike", "bombede") are absences too
        ("In 2018 ISIS did not once shell the regime in Daraa.", "en", "Islamic State"),
        ("In 2016 the SDF did not strike the regime in Raqqa.", "en", "Syrian Democratic Forces"),
        ("I 2018 bombede regimet ikke IS i Daraa.", "da", "Government of Syria"),
    ],
)
def test_every_fight_verb_makes_an_absence_when_denied(lexicon: Lexicon, text: str, lang: str, actor: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.value, claim.actor) == ("absence", 0, actor)


@pytest.mark.parametrize(
    ("text", "lang", "place", "unread"),
    [
        # a landmark the claim's own place is told from: read with the place named, unread alone
        ("On 3 March 2016 ISIS killed about 40 people north of Aleppo in Idlib province.", "en", "Idlib", []),
        ("Den 3. marts 2016 dræbte IS omkring 40 mennesker nord for Aleppo i Idlib-provinsen.", "da", "Idlib", []),
        ("On 3 March 2016 ISIS killed about 40 people north of Aleppo.", "en", "Aleppo", ["north of"]),
        ("Den 3. marts 2016 dræbte IS omkring 40 mennesker nord for Aleppo.", "da", "Aleppo", ["nord for"]),
    ],
)
def test_a_landmark_is_not_the_claims_place(lexicon: Lexicon, text: str, lang: str, place: str, unread: list) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.place, claim.unread) == (place, unread)


def test_a_change_against_another_time_leaves_the_window_alone(lexicon: Lexicon) -> None:
    text = "In the first quarter of 2018, ISIS was involved in about 300 incidents in Syria, a sharp drop from 2017."
    [claim] = _claims(lexicon, text)
    assert (str(claim.start), str(claim.end), claim.unread) == ("2018-01-01", "2018-03-31", [])


def test_events_involving_the_group_belong_to_the_group_named_before(lexicon: Lexicon) -> None:
    text = "In May 2017, the month the last IS pocket at Mayadin fell, the data record 120 clashes involving the group."
    [claim] = _claims(lexicon, text)
    assert (claim.actor, claim.counterpart, claim.unread) == ("Islamic State", None, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two towns in two governorates are neither one: unread, in their one country
        ("On 5 September 2016 ISIS bombings in Jableh and Homs killed about 50 people.", "en"),
        ("Den 5. september 2016 dræbte IS omkring 50 mennesker i bombeangreb i Tartus og Jableh.", "da"),
    ],
)
def test_a_list_of_towns_in_two_governorates_is_an_unread_place(lexicon: Lexicon, text: str, lang: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.place, claim.country, len(claim.unread)) == (None, "SYR", 2)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a share of a place's things is neither land nor events; a share of its land or people stays listed, and
        # since round 20 a share damaged or destroyed is listed as not event data (testers of sets 18-25 list it)
        ("About 60% of Aleppo's hospitals were counted, according to the WHO.", []),
        ("About 60% of Aleppo's hospitals were damaged, according to the WHO.", ["not_event_data"]),
        ("About 60% of Aleppo's pre-war population has fled.", ["not_event_data"]),
    ],
)
def test_a_share_of_a_places_things_is_no_claim(lexicon: Lexicon, text: str, kinds: list) -> None:
    assert [c.kind for c in _claims(lexicon, text)] == kinds


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        # another side that was the subject, with the first share: "and Kurdish militias for about as many"
        (
            "In 2016, the regime accounted for 40 per cent of ISIS clashes in Syria, and rebels for about as many.",
            "en",
            "rebels",
        ),
        (
            "I 2016 stod regimet for omkring 40 procent af IS' kampe i Syrien, og kurderne for lige så mange.",
            "da",
            "kurderne",
        ),
    ],
)
def test_another_side_with_about_the_same_share(lexicon: Lexicon, text: str, lang: str, second: str) -> None:
    first, other = _claims(lexicon, text, lang)
    assert (other.kind, other.actor, other.counterpart, other.value) == ("share", "Islamic State", second, first.value)


def test_about_the_same_after_the_actors_own_share_is_no_second_claim(lexicon: Lexicon) -> None:
    # "the rebels about the same" could be the rebels' own share against ISIS: not read as the regime's
    text = "In 2015 the regime fought ISIS in 40 per cent of its battles, and the rebels about the same."
    assert len(_claims(lexicon, text)) == 1


def test_a_means_share_keeps_the_attacks_other_side(lexicon: Lexicon) -> None:
    text = "Selvmordsbombere stod for 30 procent af IS' angreb på SDF i 2017."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.counterpart) == ("attribute_share", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        # the second share's side named before it in its own part, the verb left out
        (
            "In 2017, ISIS fought the SDF in 45 per cent of its engagements and the regime in 30 per cent.",
            "en",
            "Government of Syria",
        ),
        (
            "I 2017 kæmpede IS mod SDF i 45 procent af sine kampe og mod oprørsgrupper i 10 procent.",
            "da",
            "oprørsgrupper",
        ),
    ],
)
def test_a_second_share_with_its_side_before_it(lexicon: Lexicon, text: str, lang: str, second: str) -> None:
    first, other = _claims(lexicon, text, lang)
    assert (first.counterpart, other.actor, other.counterpart) == ("Syrian Democratic Forces", "Islamic State", second)


def test_a_counterpart_is_an_opponent_word(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "In 2016 the SDF was ISIS's counterpart in 30% of its engagements.")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize(
    ("text", "lang", "low", "counterpart"),
    [
        # the events as the subject before a vague share: "X's fights were almost all with ..."
        ("The SDF's battles in 2018 were almost all with the Islamic State.", "en", 0.9, "Islamic State"),
        # ordinals past ten, and "aktioner" as events
        ("Kurderne var mål for omkring hver tolvte af IS' aktioner i Syrien i 2016.", "da", 1 / 12, "Kurderne"),
    ],
)
def test_more_shapes_of_a_share(lexicon: Lexicon, text: str, lang: str, low: float, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.counterpart) == ("share", counterpart)
    assert claim.value == pytest.approx(low)


# Set 11's two wrong verdicts as kinds (our own sentences): a capital as one side of a fight, and "each" after two
# counterparts.
@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("Fighting between Baghdad and the Islamic State killed more than 3,000 people in 2015.", "en", "govt_irq"),
        ("Clashes between the Kurds and Damascus killed about 500 people in 2018.", "en", "govt_syr"),
        ("Kampene mellem Damaskus og oprørerne kostede over 2.000 menneskeliv i 2016.", "da", "govt_syr"),
    ],
)
def test_a_capital_as_a_side_of_a_fight_is_its_state(lexicon: Lexicon, text: str, lang: str, state: str) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.place is None
    assert state in {lexicon.lookup(side).key for side in (claim.actor, claim.counterpart)}


@pytest.mark.parametrize(
    "text",
    [
        "ISIS attacked rebels in Damascus more than 40 times in 2015.",
        "Between Damascus and Homs, ISIS fought the rebels 300 times in 2016.",
    ],
)
def test_a_capital_after_a_preposition_or_beside_a_place_stays_a_place(lexicon: Lexicon, text: str) -> None:
    [claim] = _claims(lexicon, text)
    assert claim.place == "Damascus"
    assert "govt_syr" not in {lexicon.lookup(side).key for side in (claim.actor, claim.counterpart)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In 2017 the regime fought rebels about as often as ISIS: each made up roughly 45 per cent of its battles.",
            "en",
        ),
        ("I 2018 kæmpede SDF lige så tit mod oprørerne som mod IS: begge stod for knap halvdelen af kampene.", "da"),
    ],
)
def test_each_gives_both_counterparts_the_same_share(lexicon: Lexicon, text: str, lang: str) -> None:
    claims = [c for c in _claims(lexicon, text, lang) if c.kind == "share"]
    assert len(claims) == 2 and claims[0].value == claims[1].value
    assert {lexicon.lookup(c.counterpart).key for c in claims} == {"rebels", "isis"}


def test_each_without_two_counterparts_is_not_one_sides_share(lexicon: Lexicon) -> None:
    text = "In 2017 the regime fought ISIS, the rebels and the Kurds: each made up about 30 per cent of its battles."
    claims = [c for c in _claims(lexicon, text) if c.kind == "share"]
    assert claims and all("each" in c.unread for c in claims)
