"""Sides in particular sentence shapes, over roles.py's participants: a perpetrator's share of attacks on civilians,
"X's share of the fighting against Y", a back-reference to the events named before ("they were"), two sides joined
by "and", a class as the first side of a count."""

from __future__ import annotations

from dyadscope import recache as re
from dyadscope.claims.roles import Participant

# "three out of four attacks on civilians were carried out by ISIS", "IS stod bag hvert tredje angreb på civile":
# a share of all attacks on civilians, by perpetrator. The civilians are the side whose events are counted.
_ON_CIVILIANS = re.compile(r"^\s+(?:on|against|targeting|of|mod|på|rettet\s+mod)\s+(?:the\s+|de\s+)?(?:\w+\s+)?$", re.I)
_OF_FIGURE = re.compile(
    r"^[^,;:]*?\b(?:procent|pct\.?|%|per\s*cent|percent|del|dele|halvdelen|half)\s+(?:af|of)\s+(?:the\s+|de\s+)?$", re.I
)
_BY = re.compile(r"\b(?:by|begået\s+af|udført\s+af|af)\s+(?:the\s+)?$", re.I)
_BEHIND = re.compile(
    r"^\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:behind|responsible\s+for|to\s+blame\s+for)|"
    r"carried\s+out|committed|perpetrated|accounted\s+for|stod\s+(?:\w+\s+)?(?:bag|for)|var\s+(?:\w+\s+)?"
    r"(?:ansvarlig|ansvarlige|skyld)\s+(?:for|i)|begik|udførte)\b",
    re.I,
)


def perpetrator_share(
    sentence: str, parts: list[Participant], noun: tuple[int, int] | None, figure_start: int
) -> tuple[Participant, Participant] | None:
    """(civilians, perpetrator) when a share counts attacks on civilians by who carried them out, else None."""
    if noun is None:
        return None
    civilians = next(
        (
            p
            for p in parts
            if p.key == "civilians" and p.start >= noun[1] and _ON_CIVILIANS.match(sentence[noun[1] : p.start])
        ),
        None,
    )
    if civilians is None:
        return None
    agents = [p for p in parts if p.kind == "actor" and p is not civilians]
    # "af Islamisk Stats aktiviteter" right after the figure is the whole the share is of, not who did it
    after = [
        p
        for p in agents
        if p.start > civilians.end
        and _BY.search(sentence[max(0, p.start - 16) : p.start])
        and not (p.start > figure_start and _OF_FIGURE.search(sentence[figure_start : p.start]))
    ]
    before = [p for p in agents if p.end <= figure_start and _BEHIND.match(sentence[p.end : figure_start])]
    agent = (after or before or [None])[0]
    return (civilians, agent) if agent is not None else None


_SHARE_OF = re.compile(
    r"^(?:['’]s?|s)?\s+(?:share|proportion|part|andel)\s+(?:of|af|i)\s+(?:the\s+|all\s+)?(?:\w+\s+){0,2}?"
    r"(?:fighting|battles|clashes|engagements|attacks|kamphandlingerne|kamphandlinger|kampene|kampe|sammenstødene|angrebene)\s+(?:against|with|involving|"
    r"mod|med)\s+(?:the\s+)?$",
    re.I,
)


def share_of_fighting(sentence: str, parts: list[Participant]) -> tuple[Participant, Participant] | None:
    """'the SDF's share of the fighting against ISIS': (ISIS, the SDF), a share of ISIS's events, else None."""
    for p in parts:
        if p.kind != "actor":
            continue
        for q in parts:
            if q.start > p.end and q.kind in ("actor", "group") and _SHARE_OF.match(sentence[p.end : q.start]):
                return q, p
    return None


# "Peshmerga stod for en tredjedel af kampene mod IS", "i 2016 stod tyrkiske styrker for hver femte kamp mod IS",
# "Turkish forces accounted for a fifth of the fighting against ISIS": a share of the fights against the side after
# "mod"/"against" (that side's events), with the subject as the other side
_ACCOUNTED_FOR = re.compile(
    r"\b(?:stod|tegnede\s+sig|accounted)\b[^,;:.]{0,40}?\bfor\s+(?:(?:alene|alone|only|kun|blot)\s+)?$", re.I
)
_FIGHTS_AGAINST = re.compile(
    r"^(?:\s+(?:af|of))?\s+(?:the\s+|all\s+|alle\s+)?(?:recorded\s+|registrerede\s+)?"
    r"(?:fighting|battles?|clash(?:es)?|engagements?|fights?|kampe(?:ne)?|kamp|sammenstød(?:ene)?|træfninger(?:ne)?|"
    r"træfning)\s+(?:against|mod|rettet\s+mod)\s+(?:the\s+)?$",
    re.I,
)


def share_of_fighting_against(
    sentence: str, start: int, end: int, parts: list[Participant]
) -> tuple[Participant, Participant] | None:
    """'X stod for N af kampene mod Y', 'X accounted for N of the fighting against Y': (Y, X), else None."""
    head = _ACCOUNTED_FOR.search(sentence[:start])
    if head is None:
        return None
    against = next((q for q in parts if q.start >= end and q.kind in ("actor", "group")), None)
    if against is None or not _FIGHTS_AGAINST.match(sentence[end : against.start]):
        return None
    # the subject: before the verb, or right after it ("i 2016 stod tyrkiske styrker for ...")
    bounds = [m.end() for m in re.finditer(r"[;:]|,\s", sentence[: head.start()])]
    subject = next(
        (
            p
            for p in parts
            if (bounds[-1] if bounds else 0) <= p.start < start
            and p.kind in ("actor", "group")
            and not p.marked
            and p.label
            and p.label != against.label
        ),
        None,
    )
    return (against, subject) if subject is not None else None


# A coordinate clause with its own subject: "Hæren stod over for gruppen 1.130 gange, mens kurderne kæmpede mod den ..."
COORDINATE = re.compile(r",\s+(?:mens|whereas|while|but|men)\s+", re.I)
# "Attacks on civilians made up ...: in 2018 they were 4 per cent of its events": the attacks' target is the share's
# counterpart, named at the head of this sentence or the one before.
TOPIC = re.compile(
    r"^\s*(?:attacks|angreb|angrebene|fighting|clashes|kamphandlinger(?:ne)?|kampe|kampene)\s+"
    r"(?:on|against|with|mod|på|med)\s+",
    re.I,
)
# One back-reference span: "they were", "that made up", "det var", "udgjorde de": the events named before, as a share.
_BACK = (
    r"(?:they|these|those|that|this|it|de|disse|det|dette)\s+(?:were|was|is|are|made\s+up|accounted\s+for|represented|"
    r"var|er|udgjorde)|(?:var|udgjorde)\s+(?:de|disse)"
)
THEY_WERE = re.compile(rf"\b(?:{_BACK})\s+(?:\w+\s+){{0,2}}$", re.I)  # right before the figure
THAT_WAS = re.compile(rf"\s*(?:{_BACK})\b", re.I)  # at the head of the sentence


# "IS' kampe ... var mod civile, mens regimet stod for under en procent af sine": a share of the second clause's
# subject's own events, against the side the clause before named (the noun and the counterpart are left out)
_OWN_ELLIPSIS = re.compile(
    r"\s+(?:af\s+(?:sine|sit|deres|dens|dets)(?:\s+egne)?|of\s+(?:its|their)\s+own)\s*(?:[.,;:]|$)", re.I
)


def elliptic_sides(
    sentence: str, kind: str, start: int, end: int, parts: list[Participant]
) -> tuple[Participant, Participant | None] | None:
    """(subject, earlier side) of a share of 'its own' after a clause break, or None for any other figure."""
    if kind != "share" or not _OWN_ELLIPSIS.match(sentence[end:]):
        return None
    breaks = [m.end() for m in COORDINATE.finditer(sentence, 0, start)]
    if not breaks:
        return None
    sides = [p for p in parts if p.kind in ("actor", "group") and p.label]
    subject = next((p for p in sides if breaks[-1] <= p.start < start and not p.marked), None)
    other = next((p for p in reversed(sides) if p.start < breaks[-1] and p.marked), None)
    return (subject, other) if subject is not None else None


def joined_side(sentence: str, scope: list[Participant], part: Participant | None) -> Participant | None:
    """The participant joined to `part` by 'and'/'og' ("Damascus and the Kurds"), or None."""
    if part is None:
        return None
    return next(
        (
            p
            for p in scope
            if p.start >= part.end
            and p.label
            and p.kind in ("actor", "group")
            and re.fullmatch(r"\s*(?:and|og)\s+(?:the\s+|de\s+)?", sentence[part.end : p.start], re.I)
        ),
        None,
    )


def class_side(kind: str, actor: str | None, actor_part: Participant | None, counter_part: Participant | None) -> bool:
    """A count whose first side is a class ("the army", "kurderne") and whose other side is one named actor."""
    return (
        kind == "count"
        and actor is None
        and actor_part is not None
        and actor_part.kind == "group"
        and counter_part is not None
        and counter_part.kind == "actor"
        and counter_part.label is not None
    )


# "the rebels fought ISIS in nearly half of its engagements", "oprørerne kæmpede mod IS i næsten halvdelen af dens
# kampe": a singular possessive after a plural subject owns the events of the singular side named after the verb
_OF_ITS = re.compile(r"^\s+(?:of|af)\s+(?:its|dens|dets)\b", re.I)
_PLURAL = re.compile(r"(?:[^s']s|erne|ene)$", re.I)


def owner_of_its(
    sentence: str, fig: tuple[int, int], actor_part: Participant | None, counter_part: Participant | None
) -> tuple[Participant, Participant] | None:
    """(owner, other) when 'its' after a share (at `fig`: start, end) can only be the counterpart's: the subject is a
    class of groups (a plural), the counterpart one actor written after it, both before the share; else None."""
    if actor_part is None or counter_part is None or not _OF_ITS.match(sentence[fig[1] :]):
        return None
    if actor_part.kind != "group" or counter_part.kind != "actor" or counter_part.start < actor_part.end:
        return None
    if counter_part.end > fig[0]:  # "I 2019 var kun syv procent af dens kampe mod IS": the side after is no subject's
        return None
    # a plural: "the rebels", "Kurdish forces", "oprørerne", "kurderne" (never "the army", "hæren", "the regime")
    return (counter_part, actor_part) if _PLURAL.search(actor_part.text) else None


# "In 2018 it's still ISIS for the SDF", "For regimet var IS en bisag i 2014": the side after "for" is the one from
# whose point of view the figure is given, so its events are counted; the side before it ("ISIS") is the other one.
# "For" opens the sentence (after a speaker label, a colon or a year), or follows "it's X" / "det er X".
_FOR_VIEW = re.compile(
    r"(?:^|[:;]\s*|^\s*(?:in|i)\s+\d{4},?\s+)(?:and\s+|but\s+|so\s+|og\s+|men\s+|så\s+)?for\s+(?:the\s+)?$", re.I
)
_IT_IS = re.compile(
    r"\b(?:it['’]s|it\s+(?:is|was|remains|remained|stays|stayed)|that['’]s|det\s+(?:er|var))\s+(?:\w+\s+){0,2}$", re.I
)
_FOR = re.compile(r"\s+for\s+(?:the\s+)?", re.I)


def viewpoint_sides(sentence: str, parts: list[Participant]) -> tuple[Participant, Participant | None] | None:
    """(viewer, the side before "for" when "it's X for Y" names it) for a figure given from one side's view, or None."""
    sides = [p for p in parts if p.kind in ("actor", "group") and p.label]
    for i, p in enumerate(sides):
        before = sides[i - 1] if i else None
        if (
            before is not None
            and _FOR.fullmatch(sentence[before.end : p.start])
            and _IT_IS.search(sentence[: before.start])
        ):
            return p, before
        if _FOR_VIEW.search(sentence[: p.start]):
            return p, None
    return None
