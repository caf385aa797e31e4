"""Which kind of claim a figure makes, once its sides, place and country are read: a count (in its own year), a
single event's toll, a share (of a count before it, or set against an earlier share), a concentration in a place,
or a share about a means the data does not record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dyadscope import recache as re
from dyadscope.claims.clauses import located
from dyadscope.claims.dates import Window
from dyadscope.claims.figure_patterns import BY_AGE_OR_SEX, EVENT_NOUNS, OWN_LOSSES, WOUNDED
from dyadscope.claims.figures import Figure
from dyadscope.claims.kinds.attributes import attribute_of
from dyadscope.claims.kinds.changes import clause_year, compared, count_window
from dyadscope.claims.model import Claim
from dyadscope.claims.places import dyad_concentration, front_part, is_concentration, of_them_in
from dyadscope.claims.resolve import Lexicon, Mention

TOTAL_DEATHS_DAYS = 89  # a quarter or more
_FIGHTING_IN = re.compile(
    r"fighting|battles|clashes|engagements|kamphandlinger|kampe|kampene|sammenstød|træfninger", re.I
)
_EVENTS = re.compile(rf"\b(?:{EVENT_NOUNS})$", re.I)  # a count of events ("recorded violent events"), not of people
_WITH_TOLL = re.compile(r",\s+(?:with|med)\s+(?:[\w-]+\s+){0,3}$", re.I)  # "..., with over 400 deaths"
_INVOLVING = re.compile(r"\b(?:involving|som\s+involverede)\s+(?:the\s+)?$", re.I)


def _located(sentence: str, places: list[Mention], place: str) -> bool:
    """True when the claim's place is named after a locative word ('i Ninive-provinsen')."""
    return any(m.entry.label == place and located(sentence, m.start, near=False) for m in places)


def add_claim(
    lexicon: Lexicon,
    new: Callable[..., Claim],
    sentence: str,
    fig: Figure,
    base: Figure | None,
    claims: list[Claim],
    window: Window | None,
    own_spans: list[tuple[int, int]],
    places: list[Mention],
    counterpart: str | None,
    common: dict[str, Any],
    side: int | None = None,
) -> Figure | None:
    """Add the figure's claim through `new`; returns the count later shares are parts of (this figure if a count).
    `side`: where the counterpart is named in the sentence."""
    place, measure = common["place"], common["measure"]
    if fig.kind == "count":
        own = count_window(sentence, fig, window)
        own_spans += own.spans if own is not None else ()
        whole = None if fig.whole else counterpart  # "50 af i alt 56 kampe": the 56 are all the actor's
        new("count", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=whole, **common)
        return fig
    if fig.kind == "deaths":
        # "1,984 children" of a toll keep their noun: the data does not split the dead by age or sex, nor a side's own
        # losses off the toll, nor the wounded (verify.py)
        kept = BY_AGE_OR_SEX.fullmatch(fig.noun or "") or fig.noun in (OWN_LOSSES, WOUNDED)
        measure_deaths = {**common, "measure": fig.noun if kept else "deaths"}
        # "around 4,000 were killed in fighting ... in 2014": the dead of a season or more are a count of deaths, not
        # one day's toll (a week's toll, or a month's, is still one event's toll as the sets read it)
        # "About 9,300 died ... in 2016 and 9,800 in 2017": a toll with its own year after it is that year's
        own = count_window(sentence, fig, window)
        own_spans += own.spans if own is not None else ()
        at = own or window
        kind = "count" if at is not None and (at.end - at.start).days >= TOTAL_DEATHS_DAYS else "single_event"
        after_count = any(c.kind == "count" and _EVENTS.search(c.measure or "") for c in claims)
        if at is None and after_count and _WITH_TOLL.search(sentence, 0, fig.start):
            # "IS was involved in 43 recorded events on Lebanese soil, with over 400 deaths": the dead of those events,
            # over the count's span, not one day's toll
            kind = "count"
        dead = [c for c in claims if c.kind in ("single_event", "count") and c.measure not in (None, WOUNDED)]
        if fig.noun == WOUNDED and own is None and dead:
            # "386 civilians were killed and another 1,066 were wounded": the wounded of the same events as the dead
            # beside them, over the same time
            kind = dead[-1].kind
        new(kind, fig.text, fig.start, fig.end, own, value=fig.value, counterpart=counterpart, **measure_deaths)
    elif fig.kind == "subset" and fig.value > 1 and base is None:  # "of which 762 were explosive events"
        new("count", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
    elif fig.kind == "subset" or (fig.kind == "share" and base is not None and counterpart is not None):
        total = int(base.value) if base else None
        value = fig.value / total if fig.kind == "subset" and fig.value > 1 and total else fig.value
        # "300 battles in 2017, including 120 in Raqqa": a part of the count in a place is a concentration
        where = counterpart is None and place is not None and is_concentration(sentence, fig, places)
        kind = "concentration" if where else "share"
        new(kind, fig.text, fig.start, fig.end, value=value, counterpart=counterpart, base_count=total, **common)
    elif what := attribute_of(lexicon, sentence, fig):
        # "40% of the group's attacks on the SDF": the attacks' other side is kept, as written; not a side inside the
        # attribute's words ("Civilians were among the dead in ...")
        other = counterpart if counterpart and counterpart.casefold() not in what.casefold() else None
        fields = {**common, "measure": what}
        new("attribute_share", fig.text, fig.start, fig.end, value=fig.value, counterpart=other, **fields)
    elif counterpart is not None and place is not None and side is not None and front_part(sentence, fig, places, side):
        # "..., with Rif Dimashq the busiest front, about a quarter of all government engagements": the actor's own
        # events on the front, the other side named before it the toll's
        new("concentration", fig.text, fig.start, fig.end, value=fig.value, counterpart=None, **common)
    elif (
        counterpart is not None
        and place is not None
        and (dyad := dyad_concentration(sentence, fig, places, side or -1))
    ):
        # "Three-quarters of the clashes between Iraqi forces and IS took place in Nineveh": the dyad's events in the
        # place; "of all clashes involving government forces" names whose events they are, not the other side
        involving = _INVOLVING.search(sentence[: side or 0])
        if involving:
            common = {**common, "actor": common["actor"] or counterpart}
        if involving or dyad == "alone":
            counterpart = None
        new("concentration", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
    elif (
        counterpart is None
        and place is not None
        and (
            is_concentration(sentence, fig, places)
            or (_FIGHTING_IN.fullmatch(measure or "") and _located(sentence, places, place))
        )
    ):  # "I 2016 var halvdelen af IS' kampe i Irak i Ninive-provinsen": a share of fighting in a place
        # "they fought IS roughly 500 times, and three in four of those clashes were in Nineveh": the count's dyad
        count = next((c for c in reversed(claims) if base is not None and c.kind == "count"), None)
        dyad = count.counterpart if count is not None and of_them_in(sentence, fig, places) else None
        # "Deir ez-Zor accounted for half of it in 2018, and two thirds the following year": its own clause's year
        later = clause_year(sentence, fig, [c for c in claims if c.kind == "concentration"][-1:])
        own = later[1] if later is not None else None
        own_spans += own.spans if own is not None else ()
        new("concentration", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=dyad, **common)
    elif against := compared(sentence, fig, claims):
        # "8% of its opponents in 2017, down from 17% in 2016": the same share in its own year
        earlier, own = against
        own_spans += own.spans
        same = {**common, "actor": earlier.actor, "country": earlier.country, "place": earlier.place}
        new("share", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=earlier.counterpart, **same)
    elif later := clause_year(sentence, fig, claims):
        # "In 2016 about 43% of it was against the regime; in 2018 it was closer to 36%": the same share, its own year
        earlier, own = later
        own_spans += own.spans
        same = {**common, "actor": common["actor"] or earlier.actor, "country": common["country"] or earlier.country}
        other = counterpart or earlier.counterpart
        new("share", fig.text, fig.start, fig.end, own, value=fig.value, counterpart=other, **same)
    else:
        new("share", fig.text, fig.start, fig.end, value=fig.value, counterpart=counterpart, **common)
    return base
