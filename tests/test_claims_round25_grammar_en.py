"""English reading kinds of the twenty-fifth round (issue 9), from the English misses of sets 32 and 33 (and 29-31):
chart and list labels ("SDF 2016:", "• Raqqa:", "Chart label: 2012,"), "its" after a side that makes up a share,
absences a record denies ("the data never pits X against Y"), a yes/no "ever" question answered "Never", a place's
part of a dyad's fight ("..., which saw 70% of it"), civilian deaths as a noun, and "Who was X fighting?".

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers (main
fa62f9c), except the guards, which hold on both. Figures are the demo store's.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked
from dyadscope.claims.model import Claim

IS, SDF, PKK, HTS = "Islamic State", "Syrian Democratic Forces", "Kurdistan Workers' Party", "Hay'at Tahrir al-Sham"


def _reading(claim: Claim) -> tuple[str | None, ...]:
    return (claim.kind, claim.actor, claim.counterpart, claim.country, claim.place, str(claim.start), str(claim.end))


def _one(demo, tmp_path: Path, text: str) -> tuple[Claim, str, float | None]:
    [(claim, verdict)] = _checked(demo, tmp_path, text)
    return claim, verdict.verdict, verdict.figure


# --- a year in a chart's or list's label: "SDF 2016:", "• 2016 in review:", "Chart label: 2012," -------------------


def test_a_bulleted_label_with_words_after_its_year_gives_the_window(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(
        demo, tmp_path, "• 2016 in review: IS fought the SDF in about a quarter of its Syrian battles."
    )
    assert _reading(claim) == ("share", IS, SDF, "SYR", None, "2016-01-01", "2016-12-31")
    assert verdict == "supported"  # 27.8%


def test_a_country_and_year_label_gives_the_window(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "Turkey 2016: the PKK clashed with the army about 185 times.")
    assert _reading(claim) == ("count", PKK, "Government of Turkey", "TUR", None, "2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("supported", 185.0)


def test_a_year_right_after_a_labels_colon_gives_the_window(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "Map note: 2013, about half of IS's battles in Syria were with rebels.")
    assert (claim.kind, claim.actor, str(claim.start), str(claim.end)) == ("share", IS, "2013-01-01", "2013-12-31")
    assert verdict == "contradicted"  # 7.2% against the rebels alone


def test_a_country_after_a_side_in_a_label_is_where_not_a_side(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "HTS, Syria 2018: civilians killed in about a quarter of its engagements.")
    assert _reading(claim) == ("attribute_share", HTS, None, "SYR", None, "2018-01-01", "2018-12-31")
    assert verdict == "contradicted"  # 12.1% of HTS's events had a civilian dead


# --- "its" after a side that accounted for a share: the other side's events ----------------------------------------


def test_its_after_a_side_that_accounted_for_a_share_is_the_side_named_before(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "ISIS in Iraq, 2016: the Iraqi army accounted for most of its battles.")
    assert _reading(claim) == ("share", IS, "Government of Iraq", "IRQ", None, "2016-01-01", "2016-12-31")
    assert verdict == "supported"  # was the Iraqi army's share of its own battles against IS


def test_its_after_a_state_that_accounted_for_a_share_is_the_group_in_the_label(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "PKK, 2016: the Turkish army accounted for nearly all of its clashes."
    )
    assert (claim.kind, claim.actor, claim.counterpart, claim.country) == ("share", PKK, "Government of Turkey", "TUR")
    assert (verdict, figure) == ("supported", 1.0)  # was Turkey's share, 68.5%: depends on definition


def test_its_after_a_sides_own_events_stays_that_side(demo, tmp_path: Path) -> None:
    # guard: the subject is IS's own clashes, so "its" is IS
    claim, verdict, _ = _one(
        demo, tmp_path, "IS's clashes with the SDF made up about half of its fighting in Syria in 2017."
    )
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", IS, SDF)
    assert verdict == "supported"  # 47.1%


# --- absences a record denies, in the ground named, and a yes/no question answered "Never" ---------------------------


def test_the_records_never_pitting_two_sides_is_an_absence(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "The records never once pit the PKK against IS in Turkey.")
    assert (claim.kind, claim.actor, claim.counterpart, claim.country) == ("absence", PKK, IS, "TUR")
    assert verdict == "supported"


def test_a_record_that_does_not_list_two_sides_fighting_is_an_absence(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "UCDP does not list HTS fighting the Turkish army even once in 2018.")
    assert _reading(claim) == ("absence", HTS, "Government of Turkey", "SYR", None, "2018-01-01", "2018-12-31")
    assert verdict == "supported"


def test_not_a_single_engagement_recorded_is_an_absence(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "IS did not record a single engagement in Lebanon in 2017.")
    assert (claim.kind, claim.actor, claim.country) == ("absence", IS, "LBN")
    assert verdict == "contradicted"


def test_an_absence_on_a_countrys_soil_is_in_that_country(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "The SDF never clashed with IS on Iraqi soil.")
    assert (claim.kind, claim.actor, claim.counterpart, claim.country) == ("absence", SDF, IS, "IRQ")
    assert verdict == "supported"  # was Syria, where they fought thousands of times: contradicted


def test_an_ever_question_answered_never_is_an_absence_of_its_sides(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "Did HTS and the PKK ever fight each other? Never, by the records.")
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", HTS, PKK)
    assert verdict == "supported"


# --- a place's part of the dyad's fight named before it: "..., which saw 70% of it" ----------------------------------


def test_a_place_which_saw_a_part_of_the_sides_fight_is_the_dyads_concentration(demo, tmp_path: Path) -> None:
    text = "In 2017 the fight between IS and the SDF centred on Raqqa, which saw roughly 70% of it."
    claim, verdict, figure = _one(demo, tmp_path, text)
    assert _reading(claim) == ("concentration", IS, SDF, "SYR", "Ar Raqqah", "2017-01-01", "2017-12-31")
    assert verdict == "supported" and figure is not None and abs(figure - 0.715) < 0.001


# --- civilian deaths as a noun ---------------------------------------------------------------------------------------


def test_civilian_deaths_reported_in_a_share_of_events(demo, tmp_path: Path) -> None:
    text = "Civilian deaths were reported in about a third of the SDF's engagements in Syria in 2018."
    claim, verdict, figure = _one(demo, tmp_path, text)
    assert (claim.kind, claim.actor, str(claim.start)) == ("attribute_share", SDF, "2018-01-01")
    assert verdict == "supported" and figure is not None and abs(figure - 0.316) < 0.001


def test_events_that_caused_civilian_deaths(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "In 2014 about a sixth of IS events in Syria caused civilian deaths.")
    assert (claim.kind, claim.actor, claim.country) == ("attribute_share", IS, "SYR")
    assert verdict == "supported" and figure is not None and abs(figure - 0.164) < 0.001


# --- a place's part in a chart's or list's words ---------------------------------------------------------------------


def test_a_bulleted_place_label_is_a_concentration(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "• Raqqa: about two-thirds of all SDF activity in Syria in 2017.")
    assert _reading(claim) == ("concentration", SDF, None, "SYR", "Ar Raqqah", "2017-01-01", "2017-12-31")
    assert verdict == "supported"  # 65.8%


def test_a_place_that_took_a_part_of_the_events_is_a_concentration(demo, tmp_path: Path) -> None:
    text = "Chart: IS in 2018 - Deir ez-Zor governorate took more than half of its engagements."
    claim, verdict, _ = _one(demo, tmp_path, text)
    assert _reading(claim) == ("concentration", IS, None, "SYR", "Deir ez-Zor", "2018-01-01", "2018-12-31")
    assert verdict == "supported"  # 52.3%


def test_events_that_fell_in_a_place_are_a_concentration(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "More than half of IS's Syrian events in 2018 fell in Deir ez-Zor.")
    assert (claim.kind, claim.actor, claim.place) == ("concentration", IS, "Deir ez-Zor")
    assert verdict == "supported"  # 52.3%


def test_a_place_answering_where_is_a_concentration(demo, tmp_path: Path) -> None:
    text = "Q: Where did the SDF fight most in 2017? A: Raqqa, with about two-thirds of its clashes."
    claim, verdict, _ = _one(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.place) == ("concentration", SDF, "Ar Raqqah")
    assert verdict == "supported"


# --- "Who was X fighting?", "X v. Y", "inside X's borders" -----------------------------------------------------------


def test_who_was_a_side_fighting_makes_it_the_answers_actor(demo, tmp_path: Path) -> None:
    text = "Q: Who was the SDF mostly fighting in 2018? A: IS, in around 60% of its clashes."
    claim, verdict, _ = _one(demo, tmp_path, text)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", SDF, IS)
    assert verdict == "supported"  # 63.6%


def test_a_v_label_inside_a_countrys_borders(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "Iraq v. IS, 2016: about 500 clashes inside Iraq's borders.")
    assert _reading(claim) == ("count", "Government of Iraq", IS, "IRQ", None, "2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("supported", 520.0)
