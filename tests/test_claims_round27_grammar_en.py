"""English reading kinds of the twenty-seventh round (issue 9), from set 35's English: "just over 3,000" read as about
the number (not a bound any larger figure meets), and a fronted time with its focus word before a time clause ("Even
in 2018, after IS had lost its last towns, ...": the clause's side is not the claim's).

Sentences are our own, written for the kind; figures are the demo store's.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked
from test_claims_round25_grammar_en import _one, _reading  # the round before's readers: one definition

IS, SDF = "Islamic State", "Syrian Democratic Forces"
IRAQ, SYRIA = "Government of Iraq", "Government of Syria"


# --- "just over 3,000", "slightly under 500": near the number, on one side of it ----------------------------------


def test_just_over_a_count_far_below_the_data_is_contradicted(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "The SDF fought just over 700 battles in Syria in 2017.")
    assert (claim.operator, claim.value) == ("~", 700.0)
    assert (verdict, figure) == ("contradicted", 1464.0)  # was ">": supported by any count above 700


def test_slightly_under_a_count_is_read_as_about_it(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "The SDF fought slightly under 800 battles in Syria in 2016.")
    assert _reading(claim) == ("count", SDF, None, "SYR", None, "2016-01-01", "2016-12-31")
    assert (claim.operator, verdict, figure) == ("~", "supported", 767.0)


def test_over_alone_stays_a_bound(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(demo, tmp_path, "The SDF fought over 700 battles in Syria in 2017.")
    assert (claim.operator, verdict) == (">", "supported")  # the guard: a bare "over" is the writer's bound


# --- "Even in 2018, after IS had lost its last towns, Iraqi forces ...": the time clause's side is not the claim's --


def test_a_time_clause_after_a_fronted_time_with_even_names_no_side(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "Even in 2017, after the SDF had taken Raqqa, the Syrian army fought about 3,600 battles."
    )
    assert _reading(claim) == ("count", SYRIA, None, "SYR", None, "2017-01-01", "2017-12-31")
    assert (verdict, figure) == ("supported", 3608.0)


def test_still_before_the_fronted_time_reads_the_same(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(
        demo, tmp_path, "Still in 2018, after IS had lost Mosul, Iraqi forces fought some 110 recorded battles."
    )
    assert _reading(claim)[:4] == ("count", IRAQ, None, "IRQ")
    assert verdict == "supported"  # 114


# --- "that year" after a year named earlier in the same sentence ("Our 2014 report ...: ... that year") ---------------


def test_that_year_takes_the_year_named_before_it_in_the_sentence(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(
        demo,
        tmp_path,
        "Their 2017 yearbook was blunt: about 90 per cent of the SDF's battles that year were against IS.",
    )
    assert _reading(claim) == ("share", SDF, IS, "SYR", None, "2017-01-01", "2017-12-31")
    assert verdict == "supported"  # 91.9%; was no window, the report's year unread: not checkable


def test_that_year_after_a_reviews_year_gives_a_count_its_window(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "The group's 2016 annual review says it plainly: the SDF fought about 1,500 battles that year."
    )
    assert (str(claim.start), str(claim.end)) == ("2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("contradicted", 767.0)


# --- ", with Deir ez-Zor accounting for ...": the place of that part, not of the share before it ---------------------


def test_a_place_accounting_for_a_part_after_with_is_not_the_shares_place(demo, tmp_path: Path) -> None:
    [(claim, verdict), *_] = _checked(
        demo, tmp_path, "In 2018 the SDF fought IS in about 60% of its battles, with Deir ez-Zor accounting for most."
    )
    assert _reading(claim) == ("share", SDF, IS, "SYR", None, "2018-01-01", "2018-12-31")
    assert verdict.verdict == "supported"  # 63.6% of all its battles; was Deir ez-Zor's 98.6%, contradicted


def test_that_year_after_a_month_keeps_the_month(demo, tmp_path: Path) -> None:
    claims = _checked(demo, tmp_path, "June 2017 was the SDF's busiest month that year, with about 150 clashes.")
    assert [(str(c.start), str(c.end)) for c, _ in claims] == [("2017-06-01", "2017-06-30")]  # the guard
