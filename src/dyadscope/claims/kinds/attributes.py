"""Figures about a means the data does not record: "were airstrikes", "barrel bombs were used in ..."."""

from __future__ import annotations

import re

from dyadscope.claims.figures import Figure

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


def attribute_of(sentence: str, fig: Figure) -> str | None:
    """The means a share is about: "40% of its attacks were airstrikes", "Car bombs made up a fifth of ..."."""
    attr = _ATTRIBUTE.search(sentence[fig.end :]) or _ATTRIBUTE_BEFORE.search(sentence[: fig.start])
    return attr["what"].lower() if attr else None


def means_before(sentence: str, at: int) -> str | None:
    """A means named before a count ("Barrel bombs were used in more than 1,000 regime attacks"), as written."""
    means = _ATTRIBUTE_BEFORE.search(sentence[:at])
    return means["what"] if means else None
