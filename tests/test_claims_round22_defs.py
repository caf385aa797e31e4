"""Definition kinds of round 22 (issue 9; docs/claims.md, "Round 22, defs"): a unit the data files under its
organisation, a state's own nationality before its fights, a coalition named by the state leading it, and the rebels'
reach counted first as the rebel class. Sentences are our own; figures are the demo store's (bundled UCDP data)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import verified_claims, year_window
from dyadscope.api import Dyadscope
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict


def _one(demo: Dyadscope, lexicon: Lexicon, text: str, lang: str = "en") -> tuple[Claim, Verdict]:
    [(claim, verdict)] = verified_claims(demo, lexicon, text, lang)
    return claim, verdict


# --- a unit the data never records, filed under its organisation ---------------------------------------------------


def test_a_unit_never_recorded_is_counted_as_its_organisation(demo: Dyadscope, lexicon: Lexicon) -> None:
    claim, verdict = _one(demo, lexicon, "US forces hit the Khorasan group 13 times in Syria between 2014 and 2017.")
    assert (claim.kind, claim.actor, claim.counterpart) == (
        "count",
        "Government of United States of America",
        "al-Qaida",
    )
    assert (claim.start, claim.end) == (dt.date(2014, 1, 1), dt.date(2017, 12, 31))
    assert verdict.verdict == "supported" and verdict.figure == 13
    assert "no event under Khorasan group: counted as al-Qaida" in verdict.reason
    assert "ingen hændelser under Khorasan group" in verdict.danish["reason"]


def test_a_unit_figure_below_its_organisation_may_be_its_part(demo: Dyadscope, lexicon: Lexicon) -> None:
    # al-Qaida has 10 events against the US in Syria in 2014-2015: four of them may be the unit's
    _, verdict = _one(demo, lexicon, "US forces struck the Khorasan group in Syria about 4 times in 2014 and 2015.")
    assert verdict.verdict == "not checkable" and verdict.figure == 10
    assert "may be its part of them" in verdict.reason


def test_a_unit_figure_above_its_organisation_is_contradicted(demo: Dyadscope, lexicon: Lexicon) -> None:
    _, verdict = _one(demo, lexicon, "US forces struck the Khorasan group in Syria about 40 times in 2014 and 2015.")
    assert verdict.verdict == "contradicted" and verdict.figure == 10


def test_a_unit_absence_or_share_is_no_verdict(demo: Dyadscope, lexicon: Lexicon) -> None:
    _, never = _one(demo, lexicon, "The United States never fought the Khorasan group in Syria in 2014.")
    assert never.verdict == "not checkable" and "whether any were the unit's" in never.reason
    claim, share = _one(demo, lexicon, "Half of the Tiger Forces' battles in 2017 were against ISIS.")
    assert claim.actor == "Government of Syria"  # the army unit, filed under the government
    assert share.verdict == "not checkable" and "not the unit's share" in share.reason


def test_the_organisation_itself_is_counted_as_before(demo: Dyadscope, lexicon: Lexicon) -> None:
    claim, verdict = _one(demo, lexicon, "US forces hit al-Qaida 13 times in Syria between 2014 and 2017.")
    assert claim.counterpart == "al-Qaida" and verdict.verdict == "supported"
    assert "organisation it is part of" not in verdict.reason


# --- a state's own nationality before its fights names the state, not its ground -----------------------------------


def test_the_states_own_adjective_is_no_scope(demo: Dyadscope, lexicon: Lexicon) -> None:
    claim, verdict = _one(demo, lexicon, "American strikes on al-Qaida add up to 13 recorded events in 2014-2017.")
    assert (claim.actor, claim.counterpart, claim.country) == (
        "Government of United States of America",
        "al-Qaida",
        None,
    )
    assert verdict.verdict == "supported" and verdict.figure == 13  # was counted in the USA: 0 events, contradicted


def test_another_countrys_adjective_stays_the_scope(demo: Dyadscope, lexicon: Lexicon) -> None:
    claim, verdict = _one(demo, lexicon, "ISIS's Syrian engagements numbered about 2,100 in 2014.")
    assert (claim.actor, claim.country) == ("Islamic State", "SYR")
    assert verdict.verdict == "supported" and verdict.figure == 2111


# --- a coalition named by the state leading it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2003 the US-led coalition and the Iraqi army clashed about 50 times.", "en"),
        ("The U.S.-led coalition fought Iraqi government forces some 50 times in 2003.", "en"),
        ("I 2003 kæmpede den USA-ledede koalition mod den irakiske hær omkring 50 gange.", "da"),
        ("I 2003 kæmpede den amerikanskledede koalition mod den irakiske hær omkring 50 gange.", "da"),
    ],
)  # fmt: skip
def test_a_coalition_led_by_a_state_is_the_state_with_its_partners(
    demo: Dyadscope, lexicon: Lexicon, text: str, lang: str
) -> None:
    claim, verdict = _one(demo, lexicon, text, lang)
    sides = {claim.actor, claim.counterpart}
    assert sides == {"Government of United States of America", "Government of Iraq"}
    assert (claim.kind, (claim.start, claim.end)) == ("count", year_window(2003))
    assert verdict.verdict == "supported" and verdict.figure == 51  # Australia, the UK and the US as one side
    assert "with its coalition partners" in verdict.reason
    assert "med sine koalitionspartnere" in verdict.danish["reason"]


def test_a_led_coalitions_toll_is_the_coalitions(demo: Dyadscope, lexicon: Lexicon) -> None:
    text = "Fighting between the US-led coalition and Iraqi forces killed about 1,250 people in 2003."
    claim, verdict = _one(demo, lexicon, text)
    assert (claim.actor, claim.measure, claim.country) == ("Government of United States of America", "deaths", "IRQ")
    assert verdict.verdict == "supported" and verdict.figure == 1265  # was: the foreign class, not checkable


def test_a_led_coalition_the_data_does_not_record_keeps_its_reading(demo: Dyadscope, lexicon: Lexicon) -> None:
    # the anti-IS coalition's fights in Syria are no coalition side in UCDP: not read as the United States
    claim, verdict = _one(demo, lexicon, "The US-led coalition fought ISIS in Syria more than 1,000 times in 2015.")
    assert "Government of United States of America" not in (claim.actor, claim.counterpart)
    assert "coalition partners" not in verdict.reason


# --- the rebels' reach: the rebel class first, with the jihadists the other definition -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2016 about four in five of the regime's battles were against rebel groups.", "en", 3736 / 4694),
        ("I 2016 var omkring fire ud af fem af regimets kampe mod oprørere.", "da", 3736 / 4694),
        ("Rebel groups fought government forces in around 87% of their engagements in 2016.", "en", 3736 / 4298),
    ],
)  # fmt: skip
def test_the_rebels_are_the_rebel_class_first(
    demo: Dyadscope, lexicon: Lexicon, text: str, lang: str, figure: float
) -> None:
    claim, verdict = _one(demo, lexicon, text, lang)
    assert claim.kind == "share" and (claim.start, claim.end) == year_window(2016)
    assert verdict.as_counted == "supported" and verdict.figure == pytest.approx(figure)
    assert verdict.verdict == "depends on definition"  # with the jihadists: 99.3% / 76.2%, contradicted, stated
    [other] = [a for a in verdict.alternatives if a["definition"] == "broader"]
    assert other["verdict"] == "contradicted" and other["decides"]


def test_words_naming_the_jihadists_or_armed_groups_count_them_first(demo: Dyadscope, lexicon: Lexicon) -> None:
    _, both = _one(
        demo, lexicon, "In 2016 about 99 per cent of the regime's battles were against rebel and jihadist groups."
    )
    assert both.verdict == "supported" and both.figure == pytest.approx(4662 / 4694)
    claim, armed = _one(demo, lexicon, "HTS clashed with other armed groups more than 200 times in 2017.")
    assert claim.counterpart == "other armed groups"
    assert armed.as_counted == "supported" and armed.figure == 236  # rebel and jihadist groups (89 without them)
    assert any(a["definition"] == "narrower" and a["verdict"] == "contradicted" for a in armed.alternatives)


def test_the_rebels_of_a_war_with_no_rebel_class_keep_the_jihadists(demo: Dyadscope, lexicon: Lexicon) -> None:
    # Iraq's "insurgents" in 2019 are the Islamic State: the rebel class has no event against Baghdad there
    text = "In 2019 Iraqi government forces fought the insurgents about 120 times."
    claim, verdict = _one(demo, lexicon, text)
    assert (claim.actor, claim.counterpart, claim.country) == ("Government of Iraq", "insurgents", "IRQ")
    assert verdict.as_counted == "supported" and verdict.figure == 120


def test_rebels_joined_to_a_jihadist_keep_the_jihadists(demo: Dyadscope, lexicon: Lexicon) -> None:
    text = "In 2016 the regime fought rebels and the Nusra Front together in nearly all of its battles."
    _, verdict = _one(demo, lexicon, text)
    assert verdict.as_counted == "supported" and verdict.figure == pytest.approx(4662 / 4694)


# --- civilians dying in a share of the events: a lethality share, not a share against civilians ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 civilians were dying in roughly a third of the regime's engagements.",
        "In 2016 civilians were being killed in about a third of the regime's engagements.",
    ],
)
def test_civilians_dying_in_a_share_of_events_is_lethality(demo: Dyadscope, lexicon: Lexicon, text: str) -> None:
    # the regime's 2016 events with a civilian among the dead: 1,475 of 4,694 (31.4%); read as a share against
    # civilians it had been 0.3% and contradicted (set 28's en074, a hidden wrong verdict)
    claim, verdict = _one(demo, lexicon, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("attribute_share", "Government of Syria", None)
    assert verdict.verdict == "supported" and (verdict.matching_events, verdict.events) == (1475, 4694)
