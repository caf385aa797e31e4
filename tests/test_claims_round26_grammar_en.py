"""English reading kinds of the twenty-sixth round (issue 9), from set 34's English: a place in a time clause ("By the
time Mosul fell, ..."), "As late as 2016" as the window, the catch-all's own name ("the Syrian insurgents") as the
data's side, both countries of "on the border with Iraq and Iran" as a landmark, a day's fight of two named sides at a
town, "making up ... of its clashes" after a side owning another's war, and the source after ", according to".

Sentences are our own, written for the kind; each kind's tests fail on main 3b016ee, except the guards, which hold on
both. Figures are the demo store's.
"""

from __future__ import annotations

from pathlib import Path

from test_claims_round25_grammar_en import _one, _reading  # the round before's readers: one definition

IS, SDF, SNA = "Islamic State", "Syrian Democratic Forces", "Syrian National Army"
IRAQ, SYRIA, TURKEY = "Government of Iraq", "Government of Syria", "Government of Turkey"


# --- a place in a fronted time clause is not the claim's place ("By the time Mosul fell, ...") -----------------------


def test_a_place_in_a_by_the_time_clause_is_not_the_claims_place(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo,
        tmp_path,
        "By the time Mosul fell, the Iraqi army had been fighting the Islamic State for years: in 2016 it clashed "
        "with the group about 430 times.",
    )
    assert _reading(claim) == ("count", IRAQ, IS, "IRQ", None, "2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("contradicted", 520.0)  # was Nineveh's 207, not checkable


def test_a_town_in_a_by_the_time_clause_is_not_the_claims_place(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "By the time Kobani was relieved, the SDF had clashed with IS about 50 times in 2015."
    )
    assert (claim.place, str(claim.start)) == (None, "2015-01-01")
    assert (verdict, figure) == ("contradicted", 86.0)  # was the town, not checkable


# --- "As late as 2016", "As early as 2014": the year named is the window ------------------------------------------


def test_as_late_as_a_year_gives_the_window(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "As late as 2016, the SDF fought the Islamic State about 400 times in Syria."
    )
    assert _reading(claim) == ("count", SDF, IS, "SYR", None, "2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("contradicted", 599.0)


def test_as_early_as_a_year_gives_the_window(demo, tmp_path: Path) -> None:
    claim, _, _ = _one(
        demo,
        tmp_path,
        "As early as 2014, about a third of the Islamic State's recorded clashes in Syria were with the SDF.",
    )
    assert (claim.kind, str(claim.start), str(claim.end)) == ("share", "2014-01-01", "2014-12-31")


# --- the catch-all's own name is the data's side, not the class ----------------------------------------------------


def test_the_catch_alls_own_name_is_the_datas_side(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(demo, tmp_path, "In 2016 the army fought the Syrian insurgents about 3,700 times.")
    assert (claim.actor, claim.counterpart) == (SYRIA, "Syrian insurgents")
    assert (verdict, figure) == ("supported", 3736.0)  # was the rebel class, 4,662: depends on definition


def test_the_rebels_words_stay_the_class_first(demo, tmp_path: Path) -> None:
    # guard: "the Syrian rebels" is a class phrase as well as an alias of the catch-all
    _, verdict, figure = _one(demo, tmp_path, "In 2016 the army fought the Syrian rebels about 3,700 times.")
    assert (verdict, figure) == ("depends on definition", 4662.0)


# --- both countries a place lies on the border with are a landmark, not unread places ----------------------------


def test_two_countries_on_the_border_with_are_where_the_place_lies(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo,
        tmp_path,
        "In 2016 about a fifth of the Turkish army's clashes on home soil took place in Hakkari, on the border with "
        "Iraq and Iran.",
    )
    assert _reading(claim) == ("concentration", TURKEY, None, "TUR", "Hakkari", "2016-01-01", "2016-12-31")
    assert verdict == "supported" and round(figure or 0, 3) == 0.194  # was not checkable: "Iran" unread


# --- a day's fight of two named sides at a town: the governorate's one event of them that day ---------------------


def test_a_days_fight_at_a_town_is_its_governorates_one_event_that_day(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo,
        tmp_path,
        "Turkish troops and Islamic State fighters clashed near al-Bab on 24 December 2016, leaving about 70 dead.",
    )
    assert _reading(claim) == ("single_event", TURKEY, IS, "SYR", "al-Bab", "2016-12-24", "2016-12-24")
    assert (verdict, figure) == ("supported", 68.0)  # was not checkable: a town


def test_a_town_whose_governorate_holds_several_events_that_day_stays_not_checkable(demo, tmp_path: Path) -> None:
    # guard: three Turkey-IS events in Aleppo on 9 February 2017; which were al-Bab's the data cannot say
    _, verdict, _ = _one(
        demo,
        tmp_path,
        "Turkish troops and Islamic State fighters clashed near al-Bab on 9 February 2017, leaving about 70 dead.",
    )
    assert verdict == "not checkable"


# --- "making up ... of its clashes" after a side that is a part of another's war --------------------------------


def test_making_up_a_share_of_its_clashes_is_the_owners_events(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo,
        tmp_path,
        "In 2019 the SNA was only a part of the SDF's war, making up about half of its recorded clashes in Syria.",
    )
    assert _reading(claim) == ("share", SDF, SNA, "SYR", None, "2019-01-01", "2019-12-31")
    assert verdict == "supported" and round(figure or 0, 3) == 0.478  # was the SNA's own, 95.9%: contradicted


# --- the source after ", according to" holds no place of the claim ------------------------------------------------


def test_a_place_in_the_source_after_according_to_is_not_the_claims(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo,
        tmp_path,
        "In 2017 Iraqi forces fought the Islamic State about 500 times, according to officials in Baghdad.",
    )
    assert _reading(claim) == ("count", IRAQ, IS, "IRQ", None, "2017-01-01", "2017-12-31")
    assert (verdict, figure) == ("supported", 496.0)  # was Baghdad's 7: contradicted


def test_a_place_in_the_source_after_citing_is_not_the_claims(demo, tmp_path: Path) -> None:
    claim, verdict, _ = _one(
        demo, tmp_path, "In 2017 Iraqi forces fought the Islamic State about 500 times, citing commanders in Mosul."
    )
    assert (claim.place, verdict) == (None, "supported")


def test_accounting_for_its_clashes_after_the_owners_enemy_stays_the_owner(demo, tmp_path: Path) -> None:
    # guard: "its" is already the one whose enemy the subject is, so "accounting for" moves it nowhere
    claim, _, _ = _one(
        demo, tmp_path, "The Islamic State stayed the SDF's main enemy in 2018, accounting for most of its clashes."
    )
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", SDF, IS)


# --- a count told after a colon with its noun left out, closed by its total's words -------------------------------


def test_a_count_after_a_colon_with_its_totals_words_is_read(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "Battles between Turkey and the PKK were frequent in 2016: about 200 in all."
    )
    assert _reading(claim) == ("count", TURKEY, "Kurdistan Workers' Party", "TUR", None, "2016-01-01", "2016-12-31")
    assert (verdict, figure) == ("supported", 185.0)  # was no claim


def test_a_count_in_words_after_a_colon_is_read(demo, tmp_path: Path) -> None:
    claim, verdict, figure = _one(
        demo, tmp_path, "Clashes between the Syrian regime and the SDF were rare in 2016: about two dozen that year."
    )
    assert (claim.kind, claim.value, claim.actor, claim.counterpart) == ("count", 24.0, SYRIA, SDF)
    assert (verdict, figure) == ("supported", 23.0)  # was no claim
