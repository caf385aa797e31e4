"""A class of actors as the acting side of a claim: "rebel groups were involved in 60% of the clashes in Idlib",
"Kurdish forces fought ISIS in 94% of their battles", "oprørsgrupperne kæmpede mod regimet i to ud af tre kampe".

`dyadscope targets` counts one actor (with its lineage), so a class's events are counted here, by the same rules
as targets counts an actor's: an event belongs to the class when either side's class (coalitions included) is one
of the class's, withdrawn records and self-dyads left out, and only events whose whole date window lies inside the
claim's window counted (those that only overlap it are `left_out`). The other side of the event is the counterpart
(side b when the class is on side a). Another reasonable definition, the class without coalitions, is counted too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.claims.figures import EVENT_NOUNS
from dyadscope.sources.geo import canonical_admin1

if TYPE_CHECKING:
    import datetime as dt

    from dyadscope.api import Dyadscope
    from dyadscope.claims.resolve import Counterpart


# "were involved in 60% of the clashes in Idlib", "stod bag 60 procent af kampene i Idlib": a share of everyone's
# events in a place, not of the side's own (no owner on the noun)
_OF_THE_PLACE = re.compile(
    rf"^\s*(?:of\s+(?:the|all(?:\s+the)?)\s+|af\s+(?:alle\s+)?)(?:recorded\s+|registrerede\s+)?(?:{EVENT_NOUNS}|fighting|"
    r"kamphandlingerne|kampene|angrebene|sammenstødene|træfningerne|hændelserne)\s+"
    r"(?:in|i)\s+",
    re.I,
)


def of_the_place(sentence: str, value_text: str) -> bool:
    """The figure is a share of all events in a place ("60% of the clashes in Idlib"), not of the side's own."""
    at = sentence.find(value_text) if value_text else -1
    return at >= 0 and bool(_OF_THE_PLACE.match(sentence[at + len(value_text) :]))


@dataclass(frozen=True)
class ClassTally:
    """The events in scope (`n`), those the claim's figure counts (`k`: against the counterpart, in the place, or
    with the side on it), those dated too coarsely for the window (`left_out`), and their sources."""

    n: int
    k: int
    left_out: int
    sources: list[str]


def _has(column: str, param: str, mark: str = "+") -> str:
    """SQL: the '+'-joined class column (mark '|': ids column) names one of the values in the list parameter."""
    return f"list_has_any(string_split(coalesce({column}, ''), '{mark}'), {param})"


def _count(ds: Dyadscope, scope: str, counted: str, match: str, values: dict[str, object]) -> ClassTally:
    """Events in the window (withdrawn left out) satisfying `scope`: `n` those inside it (self-dyads and events
    failing `counted` left out), `k` those of them satisfying `match`, `left_out` those only overlapping it."""
    values = {**values, "admin1": values.get("admin1")}
    row = ds.store.con.execute(
        f"""SELECT count(*) FILTER (WHERE inside AND NOT self AND {counted}),
                   count(*) FILTER (WHERE inside AND NOT self AND {counted} AND {match}),
                   count(*) FILTER (WHERE NOT inside AND {counted}),
                   list(DISTINCT source ORDER BY source) FILTER (WHERE inside AND NOT self AND {counted})
            FROM (SELECT *, date_start >= $start AND date_end <= $end AS inside, coalesce(self_dyad, false) AS self
                  FROM events WHERE NOT coalesce(withdrawn, false) AND date_start <= $end AND date_end >= $start
                    AND ($country IS NULL OR country = $country) AND ($admin1 IS NULL OR admin1 = $admin1)
                    AND ({scope}))""",
        values,
    ).fetchone()
    if row is None:
        return ClassTally(0, 0, 0, [])
    return ClassTally(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0), list(row[3] or []))


def tally(
    ds: Dyadscope,
    classes: tuple[str, ...],
    country: str | None,
    start: dt.date,
    end: dt.date,
    admin1: str | None = None,
    counterpart: Counterpart | None = None,
    place: str | None = None,
    alone: bool = False,
) -> ClassTally:
    """Count the class's events in scope; `k`: those whose other side is the counterpart (an actor with its lineage,
    or a class) or, with `place`, those in that admin1. `alone`: the class's own side is one actor, no coalition."""
    on_a, on_b = _has("side_a_class", "$classes"), _has("side_b_class", "$classes")
    values: dict[str, object] = {"classes": list(classes), "start": start, "end": end, "country": country}
    values["admin1"] = canonical_admin1(admin1, country) if admin1 else None
    other = "CASE WHEN {a} THEN side_b_{x} ELSE side_a_{x} END"
    if counterpart is not None and counterpart.actor is not None:
        match = _has(other.format(a=on_a, x="ids"), "$ids", "|")
        values["ids"] = sorted(ds.registry.expand(counterpart.actor.id))
    elif counterpart is not None:
        match = _has(other.format(a=on_a, x="class"), "$other")
        values["other"] = list(counterpart.classes)
    elif place is not None:
        match = "admin1 IS NOT DISTINCT FROM $place"
        values["place"] = canonical_admin1(place, country)
    else:
        match = "TRUE"
    own = f"CASE WHEN {on_a} THEN side_a_ids ELSE side_b_ids END"
    single = f"len(string_split(trim(coalesce({own}, '||'), '|'), '|')) = 1" if alone else "TRUE"
    return _count(ds, f"{on_a} OR {on_b}", single, match, values)


def place_tally(
    ds: Dyadscope,
    country: str | None,
    admin1: str,
    start: dt.date,
    end: dt.date,
    classes: tuple[str, ...] = (),
    ids: tuple[str, ...] = (),
) -> ClassTally:
    """All events in a governorate and window (`n`), and those with the class (or one of the actor ids) on either
    side (`k`)."""
    values: dict[str, object] = {"start": start, "end": end, "country": country}
    values["admin1"] = canonical_admin1(admin1, country)
    sides = []
    if classes:
        sides += [_has(f"side_{s}_class", "$classes") for s in "ab"]
        values["classes"] = list(classes)
    if ids:
        sides += [_has(f"side_{s}_ids", "$ids", "|") for s in "ab"]
        values["ids"] = list(ids)
    return _count(ds, "TRUE", "TRUE", " OR ".join(sides) or "FALSE", values)


def home_country(ds: Dyadscope, classes: tuple[str, ...], start: dt.date, end: dt.date) -> tuple[str, int, int] | None:
    """The country holding most of the class's events inside the window when they lie in several (country, events
    there, events anywhere): where a claim naming no country is counted, as for one actor (verify._home_country)."""
    on = f"({_has('side_a_class', '$classes')} OR {_has('side_b_class', '$classes')})"
    rows = ds.store.con.execute(
        f"SELECT country, count(*) FROM events WHERE {on} AND date_start >= $start AND date_end <= $end "
        "AND NOT coalesce(withdrawn, false) AND country IS NOT NULL GROUP BY country ORDER BY 2 DESC",
        {"classes": list(classes), "start": start, "end": end},
    ).fetchall()
    return (str(rows[0][0]), int(rows[0][1]), sum(int(r[1]) for r in rows)) if len(rows) > 1 else None
