"""Figures about a means the data does not record: "were airstrikes", "barrel bombs were used in ..."."""

from __future__ import annotations

import re

from dyadscope.claims.figures import Figure
from dyadscope.claims.resolve import Lexicon, nationalities

_ATTRIBUTE = re.compile(
    r"\b(?:were|was|var)\s+(?P<what>air\s?strikes|airstrikes|"
    r"barrel\s+bombs|suicide\s+(?:attacks|bombings)|car\s+bombs|luftangreb|tøndebomber|selvmordsangreb|bilbomber)",
    re.I,
)
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?P<what>air\s?strikes|airstrikes|barrel\s+bombs|suicide\s+(?:attacks|bombings)|car\s+bombs|luftangreb|"
    r"tøndebomber|selvmordsangreb|bilbomber)\s+(?:(?:were|was|var|blev)\s+(?:used|behind|brugt|anvendt)\b|"
    # the means as subject of a share verb: "Car bombs made up a fifth of ...", "Tøndebomber stod for en tredjedel"
    r"(?:made\s+up|accounted\s+for|represented|stod\s+for|udgjorde|tegnede\s+sig\s+for)\s+(?:\w+\s+){0,2}$)",
    re.I,
)


def attribute_of(lexicon: Lexicon, sentence: str, fig: Figure) -> str | None:
    """The means a share's events had: "40% of its attacks were airstrikes", "Car bombs made up a fifth of ISIS's
    attacks" (a share of the events' owner). A means with an owner of its own ("Russian airstrikes accounted for 60% of
    the strikes") is that owner's share instead: means_owner."""
    attr = _ATTRIBUTE.search(sentence[fig.end :])
    if attr is None and means_owner(lexicon, sentence, fig.start) is None:
        attr = _ATTRIBUTE_BEFORE.search(sentence[: fig.start])
    return attr["what"].lower() if attr else None


def means_before(sentence: str, at: int) -> str | None:
    """A means named as the subject before a figure, as written: "Barrel bombs were used in more than 1,000 regime
    attacks", "Russian airstrikes accounted for 60% of the strikes": the owner's events by a means the data does not
    record, so a count or share the checker reads but cannot check."""
    means = _ATTRIBUTE_BEFORE.search(sentence[:at])
    return means["what"] if means else None


def means_owner(lexicon: Lexicon, sentence: str, at: int) -> str | None:
    """The state whose adjective owns the means before a figure ("Russian airstrikes", "Russiske luftangreb")."""
    means = _ATTRIBUTE_BEFORE.search(sentence[:at])
    word = re.search(r"([\w-]+)\s+$", sentence[: means.start()]) if means else None
    if word is None:
        return None
    owner = word[1].casefold()
    for actor_id, adjectives in nationalities().items():
        if owner in (a.casefold() for a in adjectives) and actor_id in lexicon.registry.actors:
            return lexicon.registry.actors[actor_id].name
    return None
