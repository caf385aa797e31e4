"""Round 28 (issue 9), from set 36's wrong verdicts: a state's own country named without its name.

"on home soil", "within its own borders", "på hjemlig grund", "inden for egne grænser" name the acting state's own
country as the claim's scope, as "i selve Tyrkiet" and "inside Turkey's borders" do; without such words a state's
count or share naming no place is still counted wherever it fought. Sentences are our own, written for the kind;
each test of the home words fails on the code before this change (main a13f78d).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked_claims as _checked


@pytest.mark.parametrize(
    ("sentence", "kind", "verdict", "figure"),
    [
        # Turkey's government vs IS in Turkey, 2016: 11 of its 196 events there; before, 84 of 279 in every country
        ("In 2016 Turkish forces fought IS on home soil in a quarter of their recorded engagements.",
         "share", "contradicted", "11 of 196"),
        ("In 2016 Turkish forces fought IS within its own borders in about one in twenty of their recorded "
         "engagements.", "share", "supported", "11 of 196"),
        ("I 2016 kæmpede tyrkiske styrker på egen grund mod IS i hver fjerde af deres registrerede træfninger.",
         "share", "contradicted", "11 of 196"),
        ("I 2016 bekæmpede tyrkiske tropper IS inden for egne grænser i halvdelen af deres registrerede sammenstød.",
         "share", "contradicted", "11 of 196"),
        # a count: 11 events in Turkey; before, 84 in every country (contradicted)
        ("In 2016 Turkish troops clashed with ISIS 11 times on home soil.", "count", "supported", "11 events"),
        ("I 2016 stødte tyrkiske soldater sammen med IS 11 gange på hjemlig jord.", "count", "supported", "11 events"),
    ],
)  # fmt: skip
def test_home_soil_is_the_state_s_own_country(
    demo, tmp_path: Path, sentence: str, kind: str, verdict: str, figure: str
) -> None:
    """'on home soil', 'på hjemlig grund': the acting state's own country is the scope, not every country."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert (claim.kind, claim.actor, claim.counterpart) == (kind, "Government of Turkey", "Islamic State")
    assert claim.country == "TUR"
    assert not claim.unread  # "within its own borders" is the whole country, no region of it
    assert checked.verdict == verdict
    assert figure in checked.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 Turkish forces fought IS in a quarter of their recorded engagements.",
        "I 2016 kæmpede tyrkiske styrker mod IS i hver fjerde af deres registrerede træfninger.",
        # "back home" is no scope word: no ground is named
        "In 2016 Turkish forces, back home, fought IS in a quarter of their recorded engagements.",
    ],
)
def test_no_home_words_still_every_country(demo, tmp_path: Path, sentence: str) -> None:
    """Guard: a state's share naming no place and no home words is counted wherever it fought (84 of 279)."""
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.country is None
    assert checked.verdict == "depends on definition"
    assert "84 of 279" in checked.reason


def test_another_country_s_soil_stays_that_country(demo, tmp_path: Path) -> None:
    """Guard: 'on Syrian soil' beside the home words' pattern is still Syria, Turkey's 72 of 76 there."""
    sentence = "In 2016 Turkish forces fought IS on Syrian soil in almost all of their recorded engagements there."
    [(claim, checked)] = _checked(demo, tmp_path, sentence)
    assert claim.country == "SYR"
    assert "72 of 76" in checked.reason
