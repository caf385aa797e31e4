"""A count again in another place with its events left out: "ISIS's engagements in Syria numbered around 2,150, and
in Iraq about 520" is two counts, each in its own country (the first one's is not the second one's place)."""

from __future__ import annotations

from collections.abc import Callable

from dyadscope import recache as re
from dyadscope.claims.figure_patterns import NUMBER
from dyadscope.claims.figure_readings import number_or_none
from dyadscope.claims.figures import OPERATORS
from dyadscope.claims.model import Claim
from dyadscope.claims.resolve import Mention

_BOUND = "|".join(f"(?P<op{i}>{words})" for i, (_, words) in enumerate(OPERATORS))
# ", and in Iraq about 520.", "og i Irak omkring 520": a place, an operator and a bare number closing the sentence
_ELIDED = re.compile(
    r",?\s+(?:and|while|but|og|mens|men)\s+(?P<where>(?:in|i)\s+(?-i:[A-ZÆØÅ])[\w'’-]*(?:[\s-]+(?-i:[A-ZÆØÅ])[\w'’-]*)?)\s+"
    rf"(?:(?:{_BOUND})\s+)?(?P<num>{NUMBER})(?![\w.,]*\s*%)(?=\s*(?:[.;!]|$))",
    re.I,
)


def elided_counts(
    sentence: str, offset: int, lang: str, claims: list[Claim], mentions: list[Mention], new: Callable[..., Claim]
) -> list[tuple[int, int]]:
    """The count before, again in the place a closing ", and in P N" names, added through `new`; the spans of those
    places (read by the new claims, not the first one's unread place)."""
    used = []
    for m in _ELIDED.finditer(sentence):
        before = [c for c in claims if c.kind == "count" and c.span and c.span[1] - offset <= m.start()]
        where = [
            x
            for x in mentions
            if m.start("where") <= x.start and x.end <= m.end("where") and x.entry.kind in ("place", "country")
        ]
        value = number_or_none(m["num"], lang)
        if not before or len(where) != 1 or value is None or re.fullmatch(r"(?:19|20)\d\d", m["num"]):
            continue
        last, entry = before[-1], where[0].entry
        if last.place is not None and last.place == entry.label:
            last.place = None  # "numbered about 3,600, and in Idlib some 700": Idlib is the second count's place
        said = [(o, m.start(f"op{i}")) for i, (o, _) in enumerate(OPERATORS) if m.group(f"op{i}")]
        op, start = said[0] if said else ("~", m.start("num"))
        place = entry.label if entry.kind == "place" else None
        fields = {k: getattr(last, k) for k in ("actor", "counterpart", "measure")}
        text = sentence[start : m.end()]
        new("count", text, start, m.end(), value=value, operator=op, place=place, country=entry.country, **fields)
        used.append((where[0].start, where[0].end))
        # the first count's own place or country ("in Syria") is its own, not a place the new count left unread
        own = (last.place, last.country)
        used += [(x.start, x.end) for x in mentions if x.end <= m.start() and (x.entry.label, x.entry.country) == own]
        used += [
            (x.start, x.end)
            for x in mentions
            if x.end <= m.start() and x.entry.kind == "country" and not last.place and x.entry.country == last.country
        ]
    return used


# ", Deir ez-Zor for 6%", ", og Hama for 10 procent": another place's part with the verb of the part before left out
_PLACE_FOR = re.compile(r"[,;]\s+(?:(?:and|while|og|mens)\s+)?(?P<where>\S[^,;]{0,40}?)\s+(?:for|med)\s+$", re.I)


def elided_concentrations(
    sentence: str, offset: int, claims: list[Claim], mentions: list[Mention]
) -> list[tuple[int, int]]:
    """A share after ", P for" when the part before it was a place's ("Hama accounted for one in ten government
    engagements in 2018, Deir ez-Zor for 6%"): P's part of the same events, in the same window; the places' spans."""
    used = []
    for claim in claims:
        earlier = [c for c in claims if c.kind == "concentration" and c.span and claim.span and c.span < claim.span]
        if claim.kind not in ("share", "concentration") or not earlier or claim.span is None:
            continue
        head = _PLACE_FOR.search(sentence[: claim.span[0] - offset])
        where = [
            x
            for x in mentions
            if head and x.start == head.start("where") and x.end == head.end("where") and x.entry.kind == "place"
        ]
        if len(where) != 1:
            continue
        last = earlier[-1]
        claim.kind, claim.place, claim.country = "concentration", where[0].entry.label, where[0].entry.country
        claim.actor, claim.counterpart, claim.measure = last.actor, last.counterpart, last.measure
        claim.start, claim.end, claim.window_text = last.start, last.end, last.window_text
        used.append((where[0].start, where[0].end))
    return used
