"""A group's founding the text dates: "Hay'at Tahrir al-Sham emerged in January 2017. In its first year it fought
IS in some 140 engagements", "HTS blev dannet i januar 2017. Samme år kæmpede gruppen ...".

The writer counts the group from its founding, so when the registry records predecessors of the group (a rename or
merger, `successor_of`), a later claim about it whose window begins before the founding starts at the founding (the
registry's valid_from when it lies in the window the founding sentence names, else that window's first day): the
predecessors' events before then (Jabhat Fateh al-Sham's in January 2017) are not the group's own. Said in the
claim's notes. A group with no predecessor has no events before its founding: its window stays as read.
"""

from __future__ import annotations

import datetime as dt

from dyadscope import recache as re
from dyadscope.actors.registry import Registry
from dyadscope.claims.dates import Window
from dyadscope.claims.model import Claim
from dyadscope.claims.roles import Participant
from dyadscope.claims.wording import note

FOUNDED = re.compile(
    r"^\s+(?:(?:was|were|had\s+been)\s+(?:founded|formed|created|established|set\s+up|launched|announced)|emerged|"
    r"came\s+into\s+being|(?:blev|var\s+blevet)\s+(?:dannet|grundlagt|oprettet|stiftet|etableret|skabt)|opstod|"
    r"så\s+dagens\s+lys)\b",
    re.I,
)


def founded(registry: Registry, sentence: str, parts: list[Participant], window: Window | None) -> dict[str, dt.date]:
    """Actors with predecessors the sentence says were founded ('X emerged in January 2017'), each with its
    founding day: the registry's valid_from when it lies in the sentence's window, else the window's first day."""
    if window is None or window.start is None or window.end is None:
        return {}
    out = {}
    for p in parts:
        if p.kind == "actor" and p.label and FOUNDED.match(sentence[p.end :]):
            actor = registry.find_or_none(p.label)
            if actor is None or not actor.successor_of:
                continue
            day = actor.valid_from
            out[p.label] = day if day is not None and window.start <= day <= window.end else window.start
    return out


def from_founding(claim: Claim, founding: dt.date | None) -> None:
    """Start the claim's window at its actor's founding when the window begins before it and holds it."""
    if founding is None or claim.start is None or claim.end is None or not claim.start < founding <= claim.end:
        return
    claim.start = founding
    claim.notes.append(note("note_founded", actor=claim.actor, date=founding.isoformat()))
