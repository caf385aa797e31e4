"""Danish reading kinds of the twenty-seventh round (issue 9), from set 35's Danish.

Sentences are our own, written for the kind; each test fails on the code before the change it covers (main d3d26f4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked


@pytest.mark.parametrize(
    ("sentence", "actor", "place", "verdict", "figure"),
    [
        # Iraq's government in Iraq, 2016: 207 of 520 in Nineveh; before, "Syrien" was the other side (a share)
        ("Nineve-provinsen, der grænser op til både Syrien og Tyrkiet, tegnede sig i 2016 for omkring en tredjedel af "
         "den irakiske hærs kampe i Irak.", "Government of Iraq", "Nineveh", "supported", "207 of 520"),
        # IS in Iraq, 2014: 172 of 633 in Anbar; before, IS vs Syria's government in Anbar (0 of 172, contradicted)
        ("Anbar-provinsen, som grænser op til både Jordan og Syrien, tegnede sig i 2014 for mere end en femtedel af "
         "IS' kampe i Irak.", "Islamic State", "Anbar", "supported", "172 of 633"),
    ],
)  # fmt: skip
def test_both_countries_a_place_borders_are_a_landmark(
    demo, tmp_path: Path, sentence: str, actor: str, place: str, verdict: str, figure: str
) -> None:
    """'grænser op til både Syrien og Jordan': the countries a place borders, after 'both', are no side of the claim."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == ("concentration", actor, None, place)
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "country", "verdict", "figure"),
    [
        # the regime in Syria, 2016: 1,475 of 4,694 events with a civilian death (31.4%); before, a share against
        # civilians (8 of 4,694)
        ("I 2016 var der civile blandt de dræbte i omkring en tredjedel af regimets kampe i Syrien.",
         "Government of Syria", "SYR", "supported", "1,475 of 4,694"),
        ("In 2016 there were civilians among the dead in more than half of the regime's clashes in Syria.",
         "Government of Syria", "SYR", "contradicted", "1,475 of 4,694"),
    ],
)  # fmt: skip
def test_civilians_among_the_dead_after_there_were(
    demo, tmp_path: Path, sentence: str, actor: str, country: str, verdict: str, figure: str
) -> None:
    """'var der civile blandt ofrene i over halvdelen af': events with a civilian death, the verb before the dead."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.country) == ("attribute_share", actor, None, country)
    assert checked.verdict == verdict
    assert figure in checked.reason
