"""Danish reading kinds of the nineteenth round (issue 9), from set 24's Danish misses (social registers: Facebook
debates, threads, wiki prose): the owner written into a compound noun ("hver tredje IS-kamp"), ...

Sentences are our own, written for the kind; each kind's tests fail on the code before the change it covers, except
the guards, which hold on both.
"""

from __future__ import annotations

import pytest
from tests.conftest import read_claims

from dyadscope.claims.resolve import Lexicon

_claims = read_claims  # one reader for every claim test (tests/conftest.py)


# --- the owner written into a Danish compound: "hver tredje IS-kamp" is IS's, the other side its counterpart --------


@pytest.mark.parametrize(
    ("text", "actor", "counterpart"),
    [
        ("I 2016 var kurderne i SDF modstander i omkring hver fjerde IS-kamp.", "Islamic State",
         "Syrian Democratic Forces"),
        ("Oprørerne var modparten i godt halvdelen af IS-kampene i 2014.", "Islamic State", "Oprørerne"),
        ("Om efteråret 2017 stod SDF over for IS i næsten hver anden IS-kamp i Syrien.", "Islamic State",
         "Syrian Democratic Forces"),
        ("I 2018 var IS modstander i cirka hver tiende SDF-kamp.", "Syrian Democratic Forces", "Islamic State"),
    ],
)  # fmt: skip
def test_the_owner_written_into_a_compound_noun_acts(lexicon: Lexicon, text: str, actor: str, counterpart: str) -> None:
    [claim] = _claims(lexicon, text, "da")
    assert claim.kind == "share"
    assert (claim.actor, claim.counterpart) == (actor, counterpart)


def test_a_count_of_compound_nouns_keeps_its_owner(lexicon: Lexicon) -> None:
    # guard: a count's own compound noun already named its owner
    [claim] = _claims(lexicon, "I marts 2017 var der omkring 250 IS-kampe i Syrien.", "da")
    assert (claim.kind, claim.value, claim.actor) == ("count", 250, "Islamic State")
