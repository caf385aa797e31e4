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
