"""Definition kinds of the twenty-fifth round (issue 9), from the article quotes of sets 29-33: numbers in news
reports that are about the events but are not the data's figure.

- The wounded ("180 injured", "55 kvæstede", "three soldiers sustained injuries") are a number about the events the
  data does not record: read and labelled not checkable, with the kind of the dead reported with them.
- People the sentence says died ("17 people from one family were also killed", "100 soldiers lost their lives", "10
  Turkish soldiers, 20 PKK militants killed", "..., as well as 75 Islamic State fighters") are the dead of a toll, not
  a head count; a side's fighters are its own losses (not checkable).

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked
from dyadscope.claims.model import Claim
from dyadscope.claims.verify import Verdict


def _by_value(pairs: list[tuple[Claim, Verdict]], value: float) -> tuple[Claim, Verdict]:
    [pair] = [(c, v) for c, v in pairs if c.value == value]
    return pair


# --- the wounded: read, labelled not checkable ----------------------------------------------------------------------


def test_the_wounded_of_a_day_are_a_toll_not_checkable(demo, tmp_path: Path) -> None:
    text = "On 3 May 2016, Islamic State fighters killed 12 soldiers and wounded 20 others in Raqqa."
    pairs = _checked(demo, tmp_path, text)
    claim, verdict = _by_value(pairs, 20)
    assert (claim.kind, claim.measure, str(claim.start), str(claim.end)) == (
        "single_event",
        "wounded",
        "2016-05-03",
        "2016-05-03",
    )
    assert verdict.verdict == "not checkable"
    assert "wounded" in verdict.reason and "does not record" in verdict.reason
    dead, _ = _by_value(pairs, 12)  # the dead keep their own toll
    assert (dead.kind, dead.measure) == ("single_event", "deaths")


def test_the_wounded_after_a_passive_and_sustained_injuries(demo, tmp_path: Path) -> None:
    for text, value in (
        ("Four policemen sustained injuries in the blast in Diyarbakir on 12 June 2016.", 4),
        ("It is reported that two more soldiers were injured in Hakkari on 12 June 2016.", 2),
        ("Clashes with the PKK on 12 June 2016 left three soldiers dead and one more wounded.", 1),
    ):
        claim, verdict = _by_value(_checked(demo, tmp_path, text), value)
        assert (claim.kind, claim.measure, verdict.verdict) == ("single_event", "wounded", "not checkable"), text


def test_danish_wounded_are_not_checkable_not_a_head_count(demo, tmp_path: Path) -> None:
    for text, value in (
        ("Den 3. maj 2016 blev 14 mennesker dræbt og 40 personer såret i Raqqa.", 40),
        ("Indtil videre er der meldt om ni dræbte og 31 kvæstede i Homs den 3. maj 2016.", 31),
        ("Bomben dræbte den 3. maj 2016 elleve civile og sårede mindst 50 i Homs.", 50),
    ):
        claim, verdict = _by_value(_checked(demo, tmp_path, text), value)
        assert (claim.kind, claim.measure, verdict.verdict) == ("single_event", "wounded", "not checkable"), text
        assert "sårede" in verdict.danish["reason"]


def test_the_wounded_of_a_year_take_the_kind_of_their_dead(demo, tmp_path: Path) -> None:
    text = "In 2016, 386 civilians were killed and another 1,066 were wounded in Iraq."
    pairs = _checked(demo, tmp_path, text)
    claim, verdict = _by_value(pairs, 1066)
    dead, _ = _by_value(pairs, 386)
    assert (claim.kind, claim.measure, str(claim.start), str(claim.end)) == (
        "count",
        "wounded",
        "2016-01-01",
        "2016-12-31",
    )
    assert dead.kind == claim.kind
    assert verdict.verdict == "not checkable"


def test_killed_or_wounded_together_is_no_count_of_the_wounded(demo, tmp_path: Path) -> None:
    text = "The bomb in Raqqa on 3 May 2016 left eight people either killed or wounded."
    assert not [c for c, _ in _checked(demo, tmp_path, text) if c.measure == "wounded"]


def test_an_injured_soldier_with_no_number_is_no_claim(demo, tmp_path: Path) -> None:
    assert _checked(demo, tmp_path, "The second injured trooper died at noon on Wednesday.") == []


# --- people the sentence says died: the dead of a toll ---------------------------------------------------------------
# Islamic State in Ar Raqqah on 2016-05-03: 28 deaths (demo store). TUR events in 2015-2016 are dated to the year only.


def test_people_from_somewhere_who_were_killed_are_a_toll(demo, tmp_path: Path) -> None:
    text = "At least 17 people from one family were also killed in Raqqa on 3 May 2016."
    [(claim, _verdict)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.value, claim.measure) == ("single_event", 17.0, "deaths")


def test_a_sides_fighters_who_lost_their_lives_are_its_own_losses(demo, tmp_path: Path) -> None:
    for text in (
        "Around 100 soldiers lost their lives in Idlib on 3 May 2016 in the fight between the army and rebels.",
        "Officials said at least 23 members of the PKK were killed in Hakkari on 3 May 2016.",
    ):
        [(claim, verdict)] = _checked(demo, tmp_path, text)
        assert (claim.kind, claim.measure, verdict.verdict) == ("single_event", "own losses", "not checkable"), text


def test_a_list_of_the_dead_before_one_death_word(demo, tmp_path: Path) -> None:
    text = "12 Turkish soldiers, 30 PKK militants killed in clashes in Hakkari on 3 May 2016"
    pairs = _checked(demo, tmp_path, text)
    assert sorted(c.value for c, _ in pairs) == [12.0, 30.0]
    assert all(c.kind == "single_event" and v.verdict == "not checkable" for c, v in pairs)


def test_fighters_listed_after_the_dead_are_part_of_the_toll(demo, tmp_path: Path) -> None:
    for text, value in (
        ("On 3 May 2016 the attack on two villages in Hama killed 15 civilians and 27 pro-government fighters.", 27),
        ("On 3 May 2016, 215 people were killed and 180 injured in Raqqa, as well as 75 Islamic State fighters.", 75),
    ):
        claim, verdict = _by_value(_checked(demo, tmp_path, text), value)
        assert (claim.kind, claim.measure, verdict.verdict) == ("single_event", "own losses", "not checkable"), text


def test_troops_deployed_before_a_toll_stay_a_head_count(demo, tmp_path: Path) -> None:
    for text in (
        "In 2016 the US deployed 5,000 troops to Iraq after 30 people were killed.",
        "Some 2,000 soldiers were deployed to Aleppo in 2016 and 300 civilians killed.",
    ):
        heads = [c for c, v in _checked(demo, tmp_path, text) if c.value in (5000, 2000)]
        assert [c.kind for c in heads] == ["not_event_data"], text


def test_people_reported_killed_are_a_toll(demo, tmp_path: Path) -> None:
    for text, value in (
        ("Der var søndag kampe i Homs-provinsen, hvor 19 civile meldes dræbt.", 19),
        ("In Homs 12 people were reported killed on 3 May 2016.", 12),
    ):
        [(claim, _verdict)] = _checked(demo, tmp_path, text)
        assert (claim.kind, claim.value, claim.measure) == ("single_event", value, "deaths"), text


# --- numbers that are not event data: populations, refugees, force sizes -------------------------------------------


def _not_event_values(demo, tmp_path: Path, text: str) -> list[float]:
    pairs = _checked(demo, tmp_path, text)
    assert all(v.verdict == "not event data" for c, v in pairs if c.kind == "not_event_data")
    return sorted(c.value for c, _ in pairs if c.kind == "not_event_data")


def test_a_population_before_and_after_are_two_head_counts(demo, tmp_path: Path) -> None:
    text = "Aleppo's population fell from about 2.3 million before the war to fewer than 1.6 million by 2016."
    assert _not_event_values(demo, tmp_path, text) == [1_600_000.0, 2_300_000.0]
    assert _not_event_values(demo, tmp_path, "Homs's pre-war population: about 800,000.") == [800_000.0]


def test_a_country_of_a_number_in_words_is_read_once_in_its_scale(demo, tmp_path: Path) -> None:
    text = "Jordan, a country of about ten million, hosted some 650,000 registered Syrian refugees by 2016."
    assert _not_event_values(demo, tmp_path, text) == [650_000.0, 10_000_000.0]


def test_refugees_and_the_displaced_in_their_scale(demo, tmp_path: Path) -> None:
    for text, value in (
        ("In 2014, as the number of Syrian refugees passed three million, the fighting went on.", 3_000_000.0),
        ("Displaced people inside Iraq numbered about 3.3 million in 2016.", 3_300_000.0),
        ("The PKK's war is fought in the southeast, home to most of the country's 12 million Kurds.", 12_000_000.0),
    ):
        assert _not_event_values(demo, tmp_path, text) == [value], text


def test_force_sizes_in_other_nouns(demo, tmp_path: Path) -> None:
    # a range of fighters stays one figure, as sets 12, 16 and 17 read it (sets 29 and 30 list both ends)
    text = "In 2015 the group could field between 15,000 and 20,000 fighters in Iraq."
    assert len(_not_event_values(demo, tmp_path, text)) == 1
    assert _not_event_values(demo, tmp_path, "Some 500 jihadists held the old city in 2016.") == [500.0]
    assert _not_event_values(demo, tmp_path, "YPG rådede i 2016 over anslået 40.000 kæmpere.") == [40_000.0]


def test_a_range_of_clashes_stays_a_count(demo, tmp_path: Path) -> None:
    text = "In 2015 ISIS fought between 200 and 300 clashes with the Kurds."
    [(claim, _verdict)] = _checked(demo, tmp_path, text)
    assert (claim.kind, claim.value) == ("count", 200.0)


# --- the places a side holds are no side of a toll: "an attack on a government-held area of Syria" ------------------
# Islamic State in SYR on 2018-07-25: 331 deaths (demo store)


def test_a_part_of_a_country_and_the_areas_a_side_holds_are_places(demo, tmp_path: Path) -> None:
    for text in (
        "Islamic State militants killed more than 200 people in an assault on a government-held area of Syria on "
        "25 July 2018.",
        "The Islamic State killed more than 200 people in coordinated attacks on regime areas of Syria on "
        "25 July 2018.",
    ):
        [(claim, verdict)] = _checked(demo, tmp_path, text)
        assert (claim.actor, claim.counterpart) == ("Islamic State", None), text
        assert (verdict.verdict, verdict.figure) == ("supported", 331.0), text
