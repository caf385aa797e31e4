"""Round 29 (issue 9), from set 35's Danish misses: where the fighting was instead, after a ruled-out place.

"Tyrkiet og PKK har aldrig stødt sammen i Irak, kampene har udelukkende foregået i Tyrkiet" denies the fighting in
Iraq and then says, in its own clause, where it was instead: that clause is a second claim, not a place the absence
failed to read. Sentences are our own, written for the kind; the positive cases fail on main beafaa1 (not checkable:
the later country was an unread place).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked


@pytest.mark.parametrize(
    "sentence",
    [
        # Turkey's government vs the PKK in Iraq over the data's whole span: 105 events, so "never" is contradicted
        "Tyrkiet og PKK har aldrig stødt sammen i Irak – kampene foregik kun i Tyrkiet.",
        "Tyrkiet og PKK har aldrig stødt sammen på irakisk jord, kampene har udelukkende foregået inde i Tyrkiet.",
        "Turkey and the PKK never clashed in Iraq; the fighting took place only inside Turkey.",
    ],
)
def test_where_the_fighting_was_instead_is_its_own_claim(demo, tmp_path: Path, sentence: str) -> None:
    """'never in Iraq, only in Turkey': the absence is judged in Iraq; Turkey does not make it not checkable."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.country) == (
        "absence", "Government of Turkey", "Kurdistan Workers' Party", "IRQ"
    )  # fmt: skip
    assert checked.verdict == "contradicted", checked.reason
    assert checked.matching_events == 105


def test_the_same_absence_without_the_second_clause(demo, tmp_path: Path) -> None:
    """Guard: the plain absence in Iraq reads the same events, so the second clause changed nothing but the place."""
    [(claim, checked)] = _checked(demo, tmp_path, "Tyrkiet og PKK har aldrig stødt sammen i Irak.")
    assert (claim.kind, claim.country, checked.verdict, checked.matching_events) == (
        "absence",
        "IRQ",
        "contradicted",
        105,
    )


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # PKK vs Turkey's government in Hakkari, 2016: 38 of the dyad's 185 events (20.5%); before, a share read
        # against the counterpart in Hakkari alone (contradicted)
        ("Hakkari stod i 2016 for en femtedel af PKK's kampe med den tyrkiske hær.", "supported"),
        ("Hakkari stod i 2016 for tre fjerdedele af PKK's kampe med den tyrkiske hær.", "contradicted"),
    ],
)
def test_a_time_inside_stod_for_keeps_the_place_s_part(demo, tmp_path: Path, sentence: str, verdict: str) -> None:
    """'Hakkari stod i 2016 for ...': a time between the verb and 'for' (Danish word order): still the place's part."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.place, claim.counterpart) == ("concentration", "Hakkari", "Government of Turkey")
    assert (checked.verdict, checked.matching_events, checked.events) == (verdict, 38, 185)


def test_stod_over_for_is_not_a_part(demo, tmp_path: Path) -> None:
    """Guard: 'stod over for' is 'faced', not 'accounted for': never read as the place's part."""
    claims = _checked(demo, tmp_path, "Hakkari stod i 2016 over for halvdelen af PKK's angreb.")
    assert all(claim.kind != "concentration" for claim, _ in claims)
