"""A pair the data cannot separate: a named group whose fighting with a state the source files under one catch-all side.

UCDP GED records the Syrian government's war with the armed opposition as one dyad, "Government of Syria - Syrian
insurgents", from 2011 on: Hay'at Tahrir al-Sham, Ahrar al-Sham or the Free Syrian Army appear as sides only in their
fights with each other, with IS or with the Kurds. "HTS never fought the regime in 2018" then finds 0 events and
would be "supported" while the data holds 1,293 government battles with the opposition that year, some of them
surely HTS's. Zero for such a pair is no finding about the war: the verdict is "not checkable", and it says why.
A sentence about the record itself ("UCDP has zero clashes between the regime and HTS", "ifølge opgørelsen er HTS
ikke registreret i kamp med regeringsstyrkerne") keeps its verdict, with the same note: the record does say so.
"""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.actors.registry import Actor
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Counterpart
from dyadscope.claims.wording import Say, actor_name, say

_GROUP_CLASSES = ("rebel", "jihadist")  # the classes a catch-all opposition side stands for
# words that make a sentence a claim about the record, not the war: "according to the data", "the dataset records",
# "UCDP has", "is not recorded", "ifølge tallene", "registreret", "opgørelsen", "if the event counts are believed"
_ABOUT_THE_RECORD = re.compile(
    r"\b(?:UCDP|data(?:set|base)?|datasæt\w*|databas\w*|data(?:ene|sættet)|record(?:s|ed)?|registrer\w*|"
    r"opgørelse\w*|tallene|the\s+(?:figures|numbers|event\s+counts?|counts?)|event\s+(?:data|counts?))\b",
    re.I,
)


def about_the_record(sentence: str) -> bool:
    """True for a sentence that says what the data records ("the dataset contains not a single ..."), not the war."""
    return bool(_ABOUT_THE_RECORD.search(sentence))


class CatchAllChecks:
    """The Verifier's check of a named group's pair with a state that records only its camp (mixed in)."""

    def _filed_under_catch_all(
        self, claim: Claim, actor: Actor, counterpart: Counterpart | None, observed: int
    ) -> Say | None:
        """Why a pair with no event says nothing, when the opponent's fighting with the group's camp is recorded
        under a catch-all side of the group's country in the claim's window ("Syrian insurgents"); else None."""
        if observed or counterpart is None or counterpart.actor is None:
            return None
        registry = self.ds.registry  # type: ignore[attr-defined]
        pair = (actor, counterpart.actor)
        for group, opponent in (pair, pair[::-1]):
            if group.actor_class not in _GROUP_CLASSES or group.catch_all or claim.country not in (None, group.country):
                continue  # a catch-all of the group's own country, where the claim is about that country or none
            for side in registry.catch_alls(group.country or ""):
                scope = {"country": side.country, "start": claim.start, "end": claim.end, "with_actor": side.id}
                filed = self.targets(opponent.id, by="class", **scope).total("with_events")  # type: ignore[attr-defined]
                if filed:
                    names = {"group": actor_name(group), "opponent": actor_name(opponent), "side": actor_name(side)}
                    return say("filed_under_catch_all", n=filed, **names)
        return None
