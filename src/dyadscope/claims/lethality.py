"""How deadly an actor's events were: "half of its engagements killed at least five people", "most of its attacks
killed no one", "civilians were among the dead in one in five of ...", as a share of the actor's events in scope.

The words are read into a threshold of deaths per event (`Deadly`); the events are those `dyadscope targets`
counts for the actor in the same scope (analysis.targeting.involvement: same lineage, place and window rules,
self-dyads and events dated too coarsely for the window left out). The best estimate of deaths decides; the
data's low and high estimates are the other definitions, shown like any other (claims/definitions.py).
Means ("were airstrikes", "suicide bombings") are not read here: the data does not record them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadscope import recache as re
from dyadscope.analysis.targeting import (
    TargetQuery,
    has_any_id,
    id_pattern,
    involvement,
    run_shaped,
    window_flags,
)
from dyadscope.claims.kinds.attributes import KILLED_CIVILIANS
from dyadscope.claims.quantities import word_value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import ibis

    from dyadscope.analysis.compiled import Values
    from dyadscope.api import Dyadscope
    from dyadscope.claims.resolve import Counterpart

ESTIMATES = ("best", "low", "high")  # fatalities_<estimate>; the best decides
_NUMBER = r"\d+|[^\W\d_]+(?:-[^\W\d_]+)?"
_PEOPLE = r"(?:people|persons?|lives|liv|menneskeliv|mennesker|personer|dead|døde)"
_NONE = re.compile(
    r"\b(?:bloodless|blodløse|blodløs|uden\s+dødsofre|(?:killed|left|claimed)\s+(?:no\s+one|nobody|no\s+people|none)|"
    r"(?:caused|produced|resulted\s+in|saw|had)\s+no\s+(?:deaths|fatalities)|"
    r"(?:kostede|krævede)\s+ingen|dræbte\s+ingen|(?:were|was)\s+not\s+(?:deadly|lethal|fatal)|ikke\s+dødelige)\b",
    re.I,
)
_ANY = re.compile(r"\b(?:deadly|lethal|fatal|dødelige|dødbringende|dødelig)\b", re.I)
_LEAST = re.compile(
    rf"\b(?:at\s+least|no\s+fewer\s+than|mindst|minimum)\s+(?P<n>{_NUMBER})|"
    rf"\b(?P<m>{_NUMBER})\s+(?:{_PEOPLE}\s+)?(?:or|eller)\s+(?:more|flere)\b",
    re.I,
)
_MORE = re.compile(rf"\b(?:more\s+than|over|mere\s+end|flere\s+end)\s+(?P<n>{_NUMBER})", re.I)
_PLAIN = re.compile(
    rf"\b(?:killed|left|claimed|cost|kostede|dræbte|krævede)\s+(?P<n>{_NUMBER})\s+{_PEOPLE}\b",
    re.I,
)
# civilians among the dead: "civilians were among the dead", "Civile omkom", "killed civilians"
_CIVILIANS = re.compile(rf"^(?:(?:civilians?|civile)\b|(?:{KILLED_CIVILIANS}))", re.I)
_DIGITS = re.compile(r"\b(?P<d>double|triple)[- ]digit\b", re.I)  # "double-digit death tolls": at least 10 dead


@dataclass(frozen=True)
class Deadly:
    """Which of an actor's events a lethality share counts: those with at least `least` deaths (of civilians only
    when `civilians`), or, when `none`, those that killed no one."""

    least: int
    none: bool = False
    civilians: bool = False

    @property
    def threshold(self) -> int:
        """The claim's `threshold` field: the fewest deaths an event needs to count, 0 for 'killed no one'."""
        return 0 if self.none else self.least


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    word = text.casefold().replace("ét", "et")
    value = word_value(word)
    if value is None and word in ("one", "et", "én", "en", "a", "an"):
        value = 1.0  # "at least one person", "mindst én"
    return int(value) if value is not None else None


def deadly_of(measure: str | None, threshold: int | None = None) -> Deadly | None:
    """The deaths an attribute's words count ("killed at least five people" -> at least 5, "were bloodless" -> none,
    "civilians were among the dead" -> at least one civilian), or None when they are no lethality (a means).
    A `threshold` given in the claim (edited by hand) wins over the words' own number."""
    words = measure or ""
    civilians = bool(_CIVILIANS.match(words))
    if threshold is not None and (civilians or _lethal_words(words)):
        return Deadly(max(threshold, 1), none=threshold == 0, civilians=civilians)
    if civilians:
        return (
            Deadly(1, civilians=True)
            if re.search(
                r"\b(?:dead|killed|died|dying|victims|casualties|deaths?|fatalities|dræbte|døde|ofrene|ofre|dødsofre|"
                r"omkom|dræbt|ihjel|livet|lives|cost)\b",
                words,
                re.I,
            )
            else None
        )
    if _NONE.search(words):
        return Deadly(1, none=True)
    if digits := _DIGITS.search(words):
        return Deadly(10 if digits["d"].lower() == "double" else 100)
    least = _LEAST.search(words)
    if least:
        n = _number(least["n"] or least["m"])
        return Deadly(n) if n else None
    more = _MORE.search(words)
    if more:
        n = _number(more["n"])
        return Deadly(n + 1) if n is not None else None
    plain = _PLAIN.search(words)
    if plain:
        n = _number(plain["n"])
        return Deadly(n) if n else None
    return Deadly(1) if _ANY.search(words) else None


def _lethal_words(words: str) -> bool:
    return bool(
        _NONE.search(words)
        or _LEAST.search(words)
        or _MORE.search(words)
        or _PLAIN.search(words)
        or _ANY.search(words)
        or _DIGITS.search(words)
    )


@dataclass(frozen=True)
class Tally:
    """The actor's events in scope (`n`), those meeting the threshold on each estimate, and those left out as
    dated too coarsely for the window."""

    n: int
    k: dict[str, int]
    left_out: int


def _classes_pattern(classes: Iterable[str]) -> str:
    """A regex for a '+'-joined class column holding any of `classes` ("rebel+jihadist" holds "rebel")."""
    return r"(?:^|\+)(?:" + "|".join(re.escape(c) for c in classes) + r")(?:\+|$)"


def _tallied(
    ds: Dyadscope,
    query: TargetQuery,
    name: str,
    extra: dict[str, object],
    sums: Callable[[ibis.Table, ibis.Value, Values], dict[str, ibis.Value]],
    narrow: Callable[[ibis.Table, Values], ibis.Value | None] = lambda t, v: None,
    switches: tuple = (),
) -> dict[str, int]:
    """One row of sums over the query's events (as targets counts them), through one SQL per shape
    (targeting.run_shaped, keyed by `name` and `switches`; the scope's values and `extra` bound as parameters): `n`
    counted (only those `narrow` keeps, when it gives a condition), `left_out` dated too coarsely for the window,
    and the `sums` given the events, the counted flag and the bound values."""
    registry = ds.registry

    def build(events: ibis.Table, v: Values) -> ibis.Table:
        _, t = involvement(events, registry, query, values=v)
        inside, uncertain = window_flags(t, query, v)
        counted = inside & ~t["self_dyad"].fill_null(False)
        if (condition := narrow(t, v)) is not None:
            counted = counted & condition
        return t.aggregate(n=counted.cast("int64").sum(), left_out=uncertain.cast("int64").sum(), **sums(t, counted, v))

    row = run_shaped(ds.store.con, registry, query, name, build, extra, switches)
    return {sum_name: int(column[0] or 0) for sum_name, column in row.items()}


def _counterpart_values(ds: Dyadscope, counterpart: Counterpart | None) -> dict[str, object]:
    """The counterpart as bound values for `_against`: its ids, else its classes (none when no counterpart)."""
    with_ids = ds.registry.expand(counterpart.actor.id) if counterpart and counterpart.actor else set()
    classes = sorted(counterpart.classes) if counterpart and not counterpart.actor else []
    if with_ids:
        return {"cp_ids": id_pattern(with_ids)}
    return {"cp_classes": _classes_pattern(classes)} if classes else {}


def _against(t: ibis.Table, v: Values) -> ibis.Value | None:
    """The counterpart's events only, when one is named (`_counterpart_values`)."""
    if "cp_ids" in v:
        return has_any_id(t.cp_ids, v("cp_ids"))
    return t.cp_class.fill_null("").re_search(v("cp_classes")) if "cp_classes" in v else None


def overlapping_deaths(ds: Dyadscope, query: TargetQuery, counterpart: Counterpart | None) -> int:
    """The deaths (best estimate) in the query's events that overlap its window without lying inside it, each
    event's in the part of its dates inside the window ("6 June to 20 October" against a window ending 17 October:
    134 of 137 days; a year-dated event against a quarter: a quarter): targets leaves them out, and a toll over the
    window may hold that many of their dead if they fell evenly over the event's dates."""
    import ibis

    def sums(t: ibis.Table, counted: ibis.Value, v: Values) -> dict[str, ibis.Value]:
        _, uncertain = window_flags(t, query, v)
        mine = uncertain & ~t["self_dyad"].fill_null(False)
        if (condition := _against(t, v)) is not None:
            mine = mine & condition
        days_in = ibis.least(t.date_end, v("end")).delta(ibis.greatest(t.date_start, v("start")), unit="day") + 1
        days = t.date_end.delta(t.date_start, unit="day") + 1
        part = t.fatalities_best.fill_null(0) * days_in.cast("float64") / days.cast("float64")
        return {"overlapping": ibis.ifelse(mine, part, 0.0).sum().round()}

    return _tallied(ds, query, "deaths-partly-in-window", _counterpart_values(ds, counterpart), sums)["overlapping"]


def tally(ds: Dyadscope, query: TargetQuery, deadly: Deadly, counterpart: Counterpart | None) -> Tally:
    """Count the query's events (as targets counts them) and those the lethality words describe, per estimate."""
    # One SQL per shape (targeting.run_shaped): the actor, place, window, counterpart and threshold are values.
    values = _counterpart_values(ds, counterpart)
    if not deadly.none:
        values["least"] = deadly.least

    def sums(t: ibis.Table, counted: ibis.Value, v: Values) -> dict[str, ibis.Value]:
        import ibis

        out = {}
        for estimate in ESTIMATES:
            column = t.deaths_civilians if deadly.civilians else t[f"fatalities_{estimate}"]
            deaths = column.fill_null(t.fatalities_best).fill_null(0) if not deadly.civilians else column.fill_null(0)
            meets = deaths < 1 if deadly.none else deaths >= v("least")
            out[estimate] = ibis.ifelse(counted & meets, 1, 0).sum()
        return out

    value = _tallied(ds, query, "lethality", values, sums, _against, (deadly.none, deadly.civilians))
    return Tally(value["n"], {e: value[e] for e in ESTIMATES}, value["left_out"])


def violence_tally(ds: Dyadscope, query: TargetQuery, vtype: str, classes: tuple[str, ...]) -> Tally:
    """Count the query's events (as targets counts them), those of the data's type of violence `vtype`
    ("non-state", "state-based": `k["type"]`), and those whose other side is of one of `classes` (`k["side"]`, the
    same words read as a group of sides: "non-state armed groups" as the rebels)."""
    # One SQL for every such question (targeting.run_shaped): the type and the classes are values, as the scope's.
    values: dict[str, object] = {"vtype": vtype, "classes": _classes_pattern(classes or ("-",))}

    def sums(t: ibis.Table, counted: ibis.Value, v: Values) -> dict[str, ibis.Value]:
        import ibis

        side = counted & t.cp_class.fill_null("").re_search(v("classes"))
        return {
            "type": ibis.ifelse(counted & (t.violence_type == v("vtype")), 1, 0).sum(),
            "side": ibis.ifelse(side, 1, 0).sum(),
        }

    value = _tallied(ds, query, "violence", values, sums)
    return Tally(value["n"], {"type": value["type"], "side": value["side"]}, value["left_out"])
