"""People counted as the dead of a toll, not as a head count: "At least 17 people from one family were also killed",
"23 members of the PKK were killed", "Around 100 soldiers lost their lives", "10 Turkish soldiers, 20 PKK militants
killed in clashes", "killed 15 civilians and 27 pro-government fighters", "..., as well as 75 Islamic State fighters".

A number of people is not event data (force sizes, populations) unless the sentence says they died: then it is a
part of a toll, judged as the dead are (docs/claims.md, "Death tolls of one day"); a side's fighters are its own
losses (not checkable)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.claims.figure_patterns import OWN_LOSSES, PEOPLE_NOUNS, WOUNDED

if TYPE_CHECKING:
    from dyadscope.claims.figures import Figure

_PEOPLE = re.compile(rf"(?:{PEOPLE_NOUNS})", re.I)
# the fighters of a side: their dead are the side's own losses, which the toll does not split off (verify.py)
_FIGHTERS = re.compile(
    r"troops|soldiers|fighters|police|policemen|officers|members|leaders|commanders|militants|recruits|personnel|"
    r"marines|airmen|sailors|soldater|krigere|politifolk|betjente|medlemmer|ledere|militante|tropper",
    re.I,
)
_DIED = (
    r"(?:killed|dead|died|martyred|slain|executed|lost\s+their\s+li(?:fe|ves)|dræbt|dræbte|draebt|draebte|døde|"
    r"omkom|omkommet|(?:mistet|mistede)\s+livet|slået\s+ihjel|henrettet)\b"
)
# the people, then whose or where they are from ("of the PKK", "from one family"), auxiliaries and adverbs, then the
# verb of their death: no other verb between ("5,000 troops were deployed after ... were killed" stays a head count)
_DIED_AFTER = re.compile(
    r"(?:\s+(?:of|from|af|fra)\s+(?:the\s+|one\s+|en\s+|et\s+|den\s+|det\s+)?[\w'’-]+)?"
    r"(?:\s+(?:were|was|are|is|have|has|had|been|reportedly|reported|also|all|er|blev|var|blevet|har|siden|også|"
    r"alle|nu|meldes|meldt|"
    r"[a-zæøå]+dag|skudt\s+og))*"
    rf"\s+{_DIED}",
    re.I,
)
# two figures of one list of the dead: "10 Turkish soldiers, 20 PKK militants killed", "15 civilians and 27 fighters"
_LISTED = re.compile(
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_NOUNS}))?\s*(?:,|,?\s*and|,?\s*og|samt|plus|,?\s*as\s+well\s+as)\s+", re.I
)
# "..., as well as 75 Islamic State fighters": the list goes on after the wounded of the same attack
_AS_WELL_AS = re.compile(r"(?:,\s*|\s+)(?:as\s+well\s+as|samt)\s+$", re.I)
# the list ends with the people: no predicate of their own after them ("and 5,000 troops were sent")
_LIST_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|during|with|i|på|ved|under|and|og)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?]")


def _dead(figure: Figure) -> bool:
    """The figure is a toll of the dead (not of the wounded)."""
    return figure.kind == "deaths" and figure.noun != WOUNDED


def _people(figure: Figure) -> bool:
    """The figure is a number of people read as a head count."""
    return figure.kind == "other" and _PEOPLE.fullmatch(figure.noun or "") is not None


def listed_dead(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The figures, with people the sentence says died (or lists with its dead) read as the dead of a toll."""
    out = list(figures)
    for at, figure in enumerate(out):
        if not _people(figure):
            continue
        before = [g for g in out if _dead(g) and g.end <= figure.start]
        after = [g for g in out if _dead(g) and g.start >= figure.end]
        listed_after = bool(after) and _LISTED.fullmatch(sentence, figure.end, after[0].start) is not None
        joined = before and not _CLAUSE_BREAK.search(sentence, before[-1].end, figure.start)
        listed_before = joined and _LIST_END.match(sentence, figure.end) is not None
        listed_before = listed_before and (
            _LISTED.fullmatch(sentence, before[-1].end, figure.start) is not None
            or _AS_WELL_AS.search(sentence, before[-1].end, figure.start) is not None
        )
        if _DIED_AFTER.match(sentence, figure.end) or listed_after or listed_before:
            own = _FIGHTERS.fullmatch(figure.noun or "") is not None
            out[at] = replace(figure, kind="deaths", noun=OWN_LOSSES if own else None)
    return out
