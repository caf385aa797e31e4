"""Danish reading kinds of the twenty-sixth round (issue 9), from set 34's Danish (formal prose, long sentences).

Sentences are our own, written for the kind; each test fails on the code before the change it covers (main 3b016ee).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked
from conftest import year_window


@pytest.mark.parametrize(
    ("sentence", "actor", "counterpart", "country", "verdict", "figure"),
    [
        # IS vs the regime in Syria, 2017: 1,130 of 2,853 (39.6%); before, Idlib in the relative clause was the place
        ("I 2017 stod regeringsstyrkerne, som samtidig havde travlt omkring Idlib, over for Islamisk Stat i omkring "
         "40 procent af gruppens kampe i Syrien.", "Islamic State", "Government of Syria", "SYR", "supported",
         "1,130 of 2,853"),
        # Turkey vs PKK in 2016 in every country: 191 of 279 (68.5%); before, counted in Syria (0 of 76)
        ("Den tyrkiske hær, der i 2016 også havde en operation i det nordlige Syrien, rettede kun omkring 40 procent "
         "af sine kampe det år mod PKK.", "Government of Turkey", "Kurdistan Workers' Party", None, "contradicted",
         "191 of 279"),
    ],
)  # fmt: skip
def test_a_relative_clause_about_a_side_holds_no_place_or_scope(
    demo, tmp_path: Path, sentence: str, actor: str, counterpart: str, country: str | None, verdict: str, figure: str
) -> None:
    """'regeringsstyrkerne, som ellers havde travlt omkring Aleppo, ...': what the side did besides, set off by commas,
    is not where the claim's events are."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", actor, counterpart)
    assert (claim.place, claim.country) == (None, country)
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "place", "year", "verdict", "figure"),
    [
        # IS in Syria, 2018: 536 of 1,025 in Deir ez-Zor; before, a share with "gruppen" unresolved
        ("Deir ez-Zor-provinsen, hvor gruppen holdt ud længst, lagde i 2018 navn til omkring halvdelen af alle de "
         "kampe, Islamisk Stat udkæmpede i Syrien.", "Islamic State", "Deir ez-Zor", 2018, "supported", "536 of 1,025"),
        # Iraq's government in Iraq, 2016: 207 of 520 in Nineveh ("Nineve" the Danish name)
        ("Nineve-provinsen tegnede sig i 2016 for omkring en tredjedel af den irakiske hærs kampe i Irak.",
         "Government of Iraq", "Nineveh", 2016, "supported", "207 of 520"),
        # 2017: 372 of 496 (75.0%) in Nineveh, not about half; the source between the verb and the place
        ("Omkring halvdelen af de irakiske regeringsstyrkers kampe i Irak i 2017 foregik ifølge ministeriet i "
         "Nineve-provinsen.", "Government of Iraq", "Nineveh", 2017, "contradicted", "372 of 496"),
    ],
)  # fmt: skip
def test_concentrations_in_formal_danish(
    demo, tmp_path: Path, sentence: str, actor: str, place: str, year: int, verdict: str, figure: str
) -> None:
    """'lagde i 2017 navn til', 'tegnede sig i 2015 for', 'foregik ifølge artiklen i': a place's part of a side's
    events with a time or a source inside the idiom."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.place) == ("concentration", actor, place)
    assert (claim.start, claim.end) == year_window(year)
    assert checked.verdict == verdict
    assert figure in checked.reason


def test_in_and_around_a_town_is_the_dyads_concentration(demo, tmp_path: Path) -> None:
    """'foregik i og omkring Mosul': the dyad's part in the town and its surroundings (a town: not checkable)."""
    sentence = "Omkring halvdelen af kampene mellem IS og de irakiske styrker i 2016 foregik i og omkring Mosul."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart, claim.place) == (
        "concentration",
        "Islamic State",
        "Government of Iraq",
        "Mosul",
    )
    assert checked.verdict == "not checkable"
    assert "Nineveh holds 207 of 520" in checked.reason


@pytest.mark.parametrize(
    ("sentence", "actor", "verdict", "figure"),
    [
        # Hezbollah vs IS in Lebanon: 7 events over the data's span; PKK vs IS in Turkey: none
        ("Hezbollah har ikke én eneste gang været registreret i kamp med Islamisk Stat i Libanon.", "Hezbollah",
         "contradicted", "7 events"),
        ("PKK har ifølge dataene ikke én eneste gang været i kamp med Islamisk Stat i Tyrkiet.",
         "Kurdistan Workers' Party", "supported", "0 events"),
    ],
)  # fmt: skip
def test_not_once_with_the_verb_after_it(
    demo, tmp_path: Path, sentence: str, actor: str, verdict: str, figure: str
) -> None:
    """'ikke én eneste gang kom i kamp med', 'har ikke én eneste gang været registreret i kamp med': the fight after
    the "never" is an absence (before: no claim)."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == ("absence", actor, "Islamic State")
    assert checked.verdict == verdict
    assert figure in checked.reason


def test_a_year_looked_back_on_is_the_window(demo, tmp_path: Path) -> None:
    """'Ser man tilbage på hele 2016, ...': the whole year looked back on (before: unread, not checkable)."""
    sentence = "Ser man tilbage på hele 2016, var omkring halvdelen af Islamisk Stats kampe i Syrien mod regimet."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.start, claim.end) == year_window(2016)
    assert checked.verdict == "supported"
    assert "926 of 2,153" in checked.reason


def test_civilians_only_among_the_dead(demo, tmp_path: Path) -> None:
    """'at civile kun var blandt ofrene i hver femte af de kampe, regimet var involveret i': events with a civilian
    death (the regime in Syria, 2016: 1,475 of 4,694), not the civilians as the other side."""
    sentence = (
        "Det skal siges, at civile kun var blandt ofrene i hver femte af de kampe, regimet var involveret i i Syrien "
        "i 2016."
    )
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor) == ("attribute_share", "Government of Syria")
    assert checked.verdict == "contradicted"
    assert "1,475 of 4,694" in checked.reason
