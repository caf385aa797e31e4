"""The lead's fix after sealed set 23's first sight: a group's former name in apposition is no other side.

"Jabhat Fateh al-Sham, the former al-Nusra Front, fought in ..." names one group twice; the second name was read as
its counterpart, and the count of JFS against al-Nusra contradicted (s23_en095). Our own sentences.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "Hayat Tahrir al-Sham, the former Jabhat Fateh al-Sham, fought in about 300 engagements in Syria in 2017.",
            "en",
            "Hay'at Tahrir al-Sham",
        ),
        ("HTS (formerly known as Jabhat Fateh al-Sham) fought in about 300 engagements in Syria in 2017.", "en", None),
        ("Jabhat Fateh al-Sham, den tidligere al-Nusra-front, kæmpede i over 500 kampe i Syrien i 2014.", "da", None),
    ],
)
def test_a_former_name_in_apposition_is_the_same_group(lexicon: Lexicon, text: str, lang: str, actor: str | None):
    [claim] = read_claims(lexicon, text, lang)
    assert claim.counterpart is None
    assert actor is None or claim.actor == actor


def test_the_gloss_of_the_counterpart_leaves_the_counterpart(lexicon: Lexicon) -> None:
    # guard: "HTS, formerly the Nusra Front," glosses the counterpart, which stays
    [claim] = read_claims(lexicon, "ISIS fought HTS, formerly the Nusra Front, in dozens of clashes in 2017.", "en")
    assert (claim.actor, claim.counterpart) == ("Islamic State", "Hay'at Tahrir al-Sham")


@pytest.mark.parametrize("town", ["Jableh", "Jablah", "Jabla"])
def test_two_towns_in_two_governorates_are_neither_one_whatever_the_spelling(lexicon: Lexicon, town: str) -> None:
    # sealed set 23's en051 wrote "Jablah": the toll was read as Tartus's alone, and contradicted
    text = f"On 23 May 2016, bombings claimed by IS in {town} and Tartus killed around 150 people."
    [claim] = read_claims(lexicon, text, "en")
    assert claim.place is None
