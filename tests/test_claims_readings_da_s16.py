"""Danish reading kinds of the sixteenth round (issue 9), from set 18's Danish misses: "næsten hver femte" as a ratio
just below a fifth (never "almost all"), "X var IS' modpart", "X stod for N af kampene mod Y", ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("I 2019 var næsten hver fjerde af SDF's kampe mod oprørerne.", "da", 0.225, 0.25),
        ("I 2016 involverede næsten hvert tredje af hærens sammenstød Islamisk Stat.", "da", 0.3, 1 / 3),
        ("In 2018 nearly every fifth Kurdish engagement was against ISIS.", "en", 0.18, 0.2),
    ],
)
def test_nearly_every_fifth_is_just_below_a_fifth_not_nearly_all(
    lexicon: Lexicon, text: str, lang: str, low: float, high: float
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert claim.kind == "share"
    assert (claim.value, claim.upper) == pytest.approx((low, high))


def test_nearly_every_alone_is_still_nearly_all(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "I 2017 var næsten hver af IS' kampe i Irak mod regeringsstyrkerne.", "da")
    assert (claim.value, claim.upper) == (0.9, 1.0)


@pytest.mark.parametrize("noun", ["modpart", "modparten", "hovedfjende"])
def test_a_side_called_the_owner_s_counterpart_is_the_counterpart(lexicon: Lexicon, noun: str) -> None:
    text = f"I 2015 var oprørerne Islamisk Stats {noun} i omkring en tredjedel af kampene i Syrien."
    [claim] = _claims(lexicon, text, "da")
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", "Islamic State", "oprørerne")


@pytest.mark.parametrize(
    ("text", "lang", "counterpart"),
    [
        ("Peshmerga stod for næsten en fjerdedel af kampene mod IS i Irak i 2016.", "da", "Peshmerga"),
        ("I 2017 stod russiske styrker for hver tiende kamp mod Islamisk Stat i Syrien.", "da", "Government of Russia"),
        ("Kurdiske militser tegnede sig for over halvdelen af sammenstødene mod IS i 2015.", "da", "Kurdiske militser"),
        ("In 2017 Russian forces accounted for one in ten battles against ISIS.", "en", "Government of Russia"),
    ],
)  # fmt: skip
def test_a_share_of_the_fights_against_a_side_is_that_side_s(
    lexicon: Lexicon, text: str, lang: str, counterpart: str
) -> None:
    [claim] = _claims(lexicon, text, lang)
    assert (claim.kind, claim.actor, claim.counterpart) == ("share", "Islamic State", counterpart)


def test_a_share_of_the_owner_s_own_fights_keeps_the_owner(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "Tyrkiske styrker stod for en tredjedel af IS' kampe mod statslige styrker.", "da")
    assert claim.actor == "Islamic State"
    [claim] = _claims(lexicon, "I 2016 førte tyrkiske styrker hver femte af deres kampe mod IS i Syrien.", "da")
    assert (claim.actor, claim.counterpart) == ("Government of Turkey", "Islamic State")


def test_a_danish_definite_after_a_name_ending_in_a(lexicon: Lexicon) -> None:
    [claim] = _claims(lexicon, "I 2016 stod Peshmergaen over for IS i over 400 kampe i Irak.", "da")
    assert (claim.actor, claim.counterpart) == ("Peshmerga", "Islamic State")
