"""A state named as "the Iraqi state" / "den irakiske stat" is its government (issue 9, the lead's fix after round 20).

Seven testers wrote "the Iraqi state" or "the Turkish state" for the government (sets 14, 15, 21, 24, 25 and set 27's
en119 and da075: "In 2016 the fighting between ISIS and the Iraqi state killed some 9,300 people"). The registry knew
"Iraqi government", "den irakiske regering" and "the Iraqi army", not "the state": the side was lost and the toll
counted over all of ISIS's fighting in Iraq, a wrong verdict in set 27.

Sentences are our own; each test fails on the code before the change.
"""

from __future__ import annotations

import pytest
from tests.conftest import one_verdict, read_claims

from dyadscope.api import Dyadscope
from dyadscope.claims.evaluate import _key
from dyadscope.claims.resolve import Lexicon


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("In 2015 the Iraqi state fought ISIS about 500 times.", "en", "govt_irq"),
        ("Around 300 people died in 2019 in clashes between the PKK and the Turkish state.", "en", "govt_tur"),
        ("Den irakiske stat og IS stødte sammen omkring 500 gange i 2015.", "da", "govt_irq"),
        ("Kampene mellem PKK og den tyrkiske stat kostede omkring 300 liv i 2019.", "da", "govt_tur"),
    ],
)
def test_a_state_named_as_the_state_is_its_government(lexicon: Lexicon, text: str, lang: str, state: str) -> None:
    [claim] = [c for c in read_claims(lexicon, text, lang) if c.kind != "not_event_data"]
    sides = {_key(lexicon, name) for name in (claim.actor, claim.counterpart)}
    assert state in sides, (claim.actor, claim.counterpart)


def test_a_toll_between_a_group_and_the_state_counts_their_fighting_only(demo: Dyadscope, tmp_path) -> None:
    # ISIS's fighting with Iraqi forces in 2016 killed 9,299 (the data); all of ISIS's events in Iraq 9,331
    verdict = one_verdict(
        demo, tmp_path, "In 2016 the fighting between ISIS and the Iraqi state killed some 9,300 people."
    )
    assert verdict.verdict == "supported" and verdict.figure == 9299, verdict.reason
