"""Do two armed actors avoid each other? An exposure-adjusted test in space-time cells (docs/avoidance.md).

Cells are a place (PRIO-GRID cell, admin2 or admin1) crossed with a period (month, week or year). In each
cell: A's events (its activity), A's engagements with an armed counterpart, the pool of appearances of
armed actors other than A (one per event side), B's share of that pool, and the A-B engagements. Under the
null, A's engagements take counterparts in proportion to their activity in the cell, so the expected A-B
count is sum(e_a * n_b / pool); the permutation test shuffles which pool entries are A's counterparts
within each cell (analysis/permutation.py). A's events come from targeting.involvement: one definition.

Everything the test reads from the store - the period choice, the left-out counts and the cells - comes from
one query (analysis/compiled.py caches its SQL on DuckDB, so a repeated question neither imports Ibis nor
compiles anything); it sums only the cells where A or B is active (see _answer).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from dyadscope.actors.registry import CLASS_LABELS, Actor, Registry, class_set
from dyadscope.analysis.avoidance_text import note_text, period_name
from dyadscope.analysis.compiled import Values, on_duckdb
from dyadscope.analysis.permutation import (
    PermutationTest,
    cell_bootstrap_interval,
    expected_counts,
    permutation_test,
    shift_ratio_interval,
)
from dyadscope.analysis.targeting import (
    TargetQuery,
    has_any_id,
    id_pattern,
    involvement,
    involvement_flags,
    run_shaped,
    window_flags,
)
from dyadscope.errors import QueryError
from dyadscope.i18n import msg

if TYPE_CHECKING:  # Ibis loads only to build the query: a question asked before runs its cached SQL without it
    import duckdb
    import ibis

CELLS = ("priogrid", "admin2", "admin1")
PERIODS = ("auto", "month", "week", "year")
CIVILIANS = "civilians"
# A cell can only hold events located at least this finely (a governorate centroid is not in a grid cell).
PRECISE_ENOUGH = {
    "priogrid": ("exact", "near"),
    "admin2": ("exact", "near", "admin2"),
    "admin1": ("exact", "near", "admin2", "admin1"),
}
_CELL_COLUMN = {"priogrid": "priogrid_gid", "admin2": "admin2", "admin1": "admin1"}
TOP_CELLS = 10
# One computation everywhere (CLI, report, web, Python API): these defaults, the same draws for the same seed.
DEFAULT_PERMUTATIONS = 9_999
DEFAULT_SEED = 1
BOOTSTRAP_REPLICATES = 2_000
ALPHA = 0.05


@dataclass(frozen=True)
class AvoidanceQuery:
    """`AvoidanceQuery("ISIS", "Government of Syria", country="SYR", cell="priogrid", period="month")`."""

    actor_a: str
    actor_b: str
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    cell: str = "priogrid"
    period: str = "auto"
    permutations: int = DEFAULT_PERMUTATIONS
    seed: int = DEFAULT_SEED
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.cell not in CELLS:
            raise QueryError(msg("errors.one_of", option="--cell", choices=", ".join(CELLS), value=repr(self.cell)))
        if self.period not in PERIODS:
            choices = ", ".join(PERIODS)
            raise QueryError(msg("errors.one_of", option="--period", choices=choices, value=repr(self.period)))
        if not 1 <= self.permutations <= 1_000_000:
            raise QueryError(msg("errors.permutations"))
        if self.start and self.end and self.start > self.end:
            raise QueryError(msg("errors.window_order", start=str(self.start), end=str(self.end)))


@dataclass
class AvoidanceResult:
    """The test's numbers, the cells behind them, and what was left out."""

    query: AvoidanceQuery
    actor_a: str
    actor_b: str
    period: str
    period_reason: str
    test: PermutationTest
    ratio: float
    ratio_ci: tuple[float, float]  # the permutation test inverted under a shift model
    ratio_ci_cells: tuple[float, float]  # percentile bootstrap over cells (clustered events)
    cells: pd.DataFrame  # exposure cells: both active
    top_cells: pd.DataFrame
    no_exposure: dict[str, int]
    left_out: dict[str, int]
    notes: list[str] = field(default_factory=list)
    note_keys: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    period_reason_key: tuple[str, dict[str, object]] = ("as_asked", {})

    @property
    def verdict(self) -> str:
        """'fewer' or 'more' only when the evidence holds on every count (p < 0.05 and BOTH 95% intervals on the
        same side of 1: the permutation one and the cell-bootstrap one, which allows for clustered events);
        otherwise 'inconclusive'. Reports colour a ratio only when this is not 'inconclusive'."""
        intervals = (self.ratio_ci, self.ratio_ci_cells)
        if self.test.p_two_sided >= ALPHA or any(math.isnan(v) for pair in intervals for v in pair):
            return "inconclusive"
        if all(high < 1 for _, high in intervals):
            return "fewer"
        if all(low > 1 for low, _ in intervals):
            return "more"
        return "inconclusive"

    def period_text(self, lang: str = "en") -> tuple[str, str]:
        """The period's name and why it was chosen, in English or Danish."""
        key, values = self.period_reason_key
        return period_name(self.period, lang), note_text(key, lang, values)

    def note_lines(self, lang: str = "en") -> list[str]:
        """The notes in English or Danish."""
        return [note_text(key, lang, values) for key, values in self.note_keys]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form with the same numbers as the table."""
        query = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(self.query).items()}
        return {
            "query": query,
            "actor_a": self.actor_a,
            "actor_b": self.actor_b,
            "period": self.period,
            "period_reason": self.period_reason,
            **asdict(self.test),
            "ratio": self.ratio,
            "ratio_ci": list(self.ratio_ci),
            "ratio_ci_cells": list(self.ratio_ci_cells),
            "verdict": self.verdict,
            "exposure_cells": len(self.cells),
            "top_cells": self.top_cells.astype(object).where(self.top_cells.notna(), None).to_dict(orient="records"),
            "no_exposure": self.no_exposure,
            "left_out": self.left_out,
            "notes": self.notes,
        }


def _side_matcher(registry: Registry, name: str) -> tuple[str, object]:
    """('ids', set of actor ids) for an actor, ('classes', set of class codes) for `class:a,b` (registry.class_set)."""
    codes = class_set(name)
    if codes is None:
        return "ids", registry.expand(registry.find(name).id)
    if not codes or codes - set(CLASS_LABELS):
        raise QueryError(msg("errors.classes_among", name=repr(name), classes=", ".join(CLASS_LABELS)))
    return "classes", codes


def _matches(ids_col: ibis.Value, class_col: ibis.Value, matcher: tuple[str, object], values: Values) -> ibis.Value:
    """Where a side is B: its ids name B's (`b_ids`), or its classes one of B's (`b_class0`, ... as '+code+')."""
    import ibis

    kind, codes = matcher
    if kind == "ids":
        return has_any_id(ids_col, values("b_ids")) if "b_ids" in values else ibis.literal(False)
    padded = ibis.literal("+") + class_col.fill_null("") + ibis.literal("+")
    hits = [padded.contains(values(f"b_class{i}")) for i in range(len(codes))]
    out = hits[0]
    for hit in hits[1:]:
        out = out | hit
    return ibis.coalesce(out, False)


def _label(registry: Registry, name: str, matcher: tuple[str, object]) -> str:
    if matcher[0] == "classes":
        return "any " + " or ".join(CLASS_LABELS[c] for c in sorted(matcher[1])) + " actor"
    return registry.find(name).name


def _a_query(query: AvoidanceQuery) -> TargetQuery:
    return TargetQuery(query.actor_a, query.country, query.start, query.end, sources=query.sources)


def _a_events(
    events: ibis.Table, registry: Registry, query: AvoidanceQuery, values: Values
) -> tuple[Actor, ibis.Table]:
    """A's events in the place/window scope (targeting.involvement: one definition)."""
    return involvement(events, registry, _a_query(query), values=values)


def _b_values(b_matcher: tuple[str, object]) -> dict[str, object]:
    """The values of B the query's SQL reads besides A's (targeting.query_values: ids, country, sources, window),
    bound as parameters on DuckDB: B's ids as one pattern, or its classes each as '+code+'."""
    kind, b = b_matcher
    if kind == "ids" and b:
        return {"b_ids": id_pattern(b)}  # type: ignore[arg-type]
    if kind == "classes":
        return {f"b_class{i}": f"+{code}+" for i, code in enumerate(sorted(b))}  # type: ignore[call-overload]
    return {}


def _scope_table(
    events: ibis.Table,
    query: AvoidanceQuery,
    b_matcher: tuple[str, object],
    values: Values,
    rows: ibis.Table | None = None,
) -> ibis.Table:
    """One row per event in the place/window scope with A's role and its per-event counts: an expression, not run.
    `rows`, when given, is a subset of `events` the scope is taken from (the rows of the cells that count)."""
    import ibis

    a_ids = values("ids") if "ids" in values else set()
    t = events if rows is None else rows
    t = t.filter(~t["withdrawn"].fill_null(False))
    if query.country:
        t = t.filter(t.country == values("country"))
    if query.sources:
        t = t.filter(t.source.isin([values(f"source{i}") for i in range(len(query.sources))]))
    start, end = values("start"), values("end")
    t = t.filter((t.date_start <= end) & (t.date_end >= start))  # overlaps the window; `inside` decides
    # A's events and its counterpart side, row by row as targeting.involvement finds them (the same scope and
    # flags), not by joining its result on uid: that join held every uid of A's events in a hash table.
    a_event, a_cp_b = involvement_flags(t, a_ids)
    a_event = a_event.fill_null(False)
    a_cp_class = ibis.ifelse(a_cp_b, t.side_b_class, t.side_a_class)
    on = {  # which side names A, which names B, which is civilians
        (who, side): has_any_id(t[f"side_{side}_ids"], a_ids)
        if who == "a"
        else _matches(t[f"side_{side}_ids"], t[f"side_{side}_class"], b_matcher, values)
        for who in "ab"
        for side in "ab"
    }
    # The pool: armed sides that are not A (one entry per event side); b_stub: how many of those are B.
    armed_other = {side: ~on["a", side] & (t[f"side_{side}_class"].fill_null("") != CIVILIANS) for side in "ab"}
    pool = armed_other["a"].cast("int64") + armed_other["b"].cast("int64")
    b_stub = (armed_other["a"] & on["b", "a"]).cast("int64") + (armed_other["b"] & on["b", "b"]).cast("int64")
    # A's counterpart is the other side: side b when A is on side a (a_cp_b), else side a.
    cp_is_a = ibis.ifelse(a_cp_b, on["a", "b"], on["a", "a"])
    cp_is_b = ibis.ifelse(a_cp_b, on["b", "b"], on["b", "a"])
    engaged = a_event & ~cp_is_a & (a_cp_class.fill_null("") != CIVILIANS)
    return t.select(
        "source",
        "date_start",
        "date_end",
        "date_precision",
        "geo_precision",
        "admin1",
        "admin2",
        "priogrid_gid",
        "latitude",
        "longitude",
        inside=(t.date_start >= start) & (t.date_end <= end),
        a_event=a_event,
        a_evt=a_event.cast("int64"),
        a_eng=engaged.cast("int64"),
        ab=(engaged & cp_is_b).cast("int64"),
        pool=pool,
        b_stub=b_stub,
    )


def _period_key(t: ibis.Table, period: str) -> ibis.Value:
    """The period each event falls in ('2014', '2014-03', ISO week '2014-W09'), or NULL when its dates span two."""
    import ibis

    start, end = t.date_start, t.date_end
    year = start.year().cast("string")
    if period == "year":
        return ibis.ifelse(start.year() == end.year(), year, ibis.null("string"))
    if period == "month":
        same = (start.year() == end.year()) & (start.month() == end.month())
        return ibis.ifelse(same, year + "-" + start.month().cast("string").lpad(2, "0"), ibis.null("string"))
    monday = start.truncate("W")  # ISO weeks run Monday to Sunday; the week's Thursday names its ISO year
    iso_year = (monday + ibis.interval(days=3)).year().cast("string")
    key = iso_year + "-W" + start.week_of_year().cast("string").lpad(2, "0")
    return ibis.ifelse(monday == end.truncate("W"), key, ibis.null("string"))


def _count(condition: ibis.Value) -> ibis.Value:
    """How many rows meet `condition` (NULL counts as not), 0 on no rows."""
    return condition.fill_null(False).cast("int64").sum().fill_null(0)


def _fixed_period(query: AvoidanceQuery) -> str | None:
    """The period when the question alone decides it; None when 'auto' must look at A's dates."""
    if query.period != "auto":
        return query.period
    whole_years = (query.start is None or (query.start.month, query.start.day) == (1, 1)) and (
        query.end is None or (query.end.month, query.end.day) == (12, 31)
    )
    return None if whole_years else "month"


def _prefers_year(total: int | ibis.Value, year_only: int | ibis.Value) -> bool | ibis.Value:
    """'auto' takes years when most of A's events in the window are dated only to the year (one rule, two engines)."""
    return (total > 0) & (year_only * 2 > total)


def _period_reason(query: AvoidanceQuery, summary: dict[str, int]) -> tuple[str, tuple[str, dict[str, object]]]:
    """The period and why, as a wording key and values (avoidance_text renders it in either language)."""
    fixed = _fixed_period(query)
    if fixed is not None:
        return fixed, ("as_asked", {}) if query.period != "auto" else ("finest_period", {})
    total, year_only = summary["a_inside"], summary["a_year_only"]
    if _prefers_year(total, year_only):
        return "year", ("year_only_period", {"n": year_only, "total": total})
    return "month", ("finest_period", {})


def _cell_of(t: ibis.Table, query: AvoidanceQuery, a_events: ibis.Table, values: Values) -> dict[str, ibis.Value]:
    """Each row's cell: its space and its period, or NULL when it has none. 'auto' periods are decided in the
    query from `a_events` (A's events in the scope), by a scalar subquery over those few rows."""
    import ibis

    fixed = _fixed_period(query)
    if fixed is not None:
        period = _period_key(t, fixed)
    else:
        mine = a_events.filter(window_flags(a_events, _a_query(query), values)[0])
        counts = mine.aggregate(n=mine.count(), year_only=_count(mine.date_precision == "year"))
        use_year = counts.mutate(use_year=_prefers_year(counts.n, counts.year_only)).use_year.as_scalar()
        period = ibis.ifelse(use_year, _period_key(t, "year"), _period_key(t, "month"))
    space = _priogrid(t) if query.cell == "priogrid" else t[_CELL_COLUMN[query.cell]]
    return {"space": space.cast("string"), "period": period}


def _priogrid(t: ibis.Table) -> ibis.Value:
    """The PRIO-GRID cell: the producer's (UCDP GED), else the one its coordinates fall in (ACLED, GTD, GDELT give
    none): gid = row * 720 + column + 1 over 0.5-degree cells from (-90, -180), as PRIO-GRID numbers them; it equals
    GED's own priogrid_gid for all 61,439 events of the demo store."""
    row = ((t.latitude + 90) / 0.5).floor()
    column = ((t.longitude + 180) / 0.5).floor()
    return t.priogrid_gid.cast("int64").fill_null((row * 720 + column + 1).cast("int64"))


def _placed(scope: ibis.Table, query: AvoidanceQuery, a_events: ibis.Table, values: Values) -> ibis.Table:
    """The scope with each event's cell (space, period) and whether it can be put in one (`placed`)."""
    t = scope.mutate(**_cell_of(scope, query, a_events, values))
    precise = t.geo_precision.isin(PRECISE_ENOUGH[query.cell]) | t.geo_precision.isnull()
    return t.mutate(placed=t.inside & t.period.notnull() & t.space.notnull() & precise, precise=precise)


LEFT_OUT = (
    "date_straddles_window",
    "date_coarser_than_period",
    "year_only_dates",
    "no_cell_value",
    "place_coarser_than_cell",
)
_SUMMARY = ("a_inside", "a_year_only", "lethal_only_source", *LEFT_OUT)
_CELL_SUMS = ("a_events", "a_engagements", "b_activity", "pool", "observed")


def _summary(t: ibis.Table) -> ibis.Table:
    """One row: A's events in the window (and how many are dated only to the year), and among A's and B's
    events, counts of those no cell can hold, by reason. Every count is of A's or B's events, so `t` may be
    those alone."""
    mine = t.a_event | (t.b_stub > 0)
    has_period, has_space = t.period.notnull(), t.space.notnull()
    placeable = t.inside & has_period & has_space
    return t.aggregate(
        a_inside=_count(t.a_event & t.inside),
        a_year_only=_count(t.a_event & t.inside & (t.date_precision == "year")),
        # UCDP GED's A and B events: only its records need the note that non-lethal fighting is absent
        lethal_only_source=_count(mine & t.inside & t.source.startswith("ucdp")),
        date_straddles_window=_count(mine & ~t.inside),
        date_coarser_than_period=_count(mine & t.inside & ~has_period),
        year_only_dates=_count(mine & t.inside & ~has_period & (t.date_precision == "year")),
        no_cell_value=_count(mine & t.inside & has_period & ~has_space),
        place_coarser_than_cell=_count(mine & placeable & ~t.precise),
    )


def _cell_sums(t: ibis.Table) -> ibis.Table:
    """One row per (space, period) cell of `t` (the rows of the cells where A or B is active), with its commonest
    admin1; summed in SQL."""
    placed = t.filter(t.placed)
    sums = placed.group_by(["space", "period"]).aggregate(
        a_events=placed.a_evt.sum(),
        a_engagements=placed.a_eng.sum(),
        b_activity=placed.b_stub.sum(),
        pool=placed.pool.sum(),
        observed=placed.ab.sum(),
        latitude=_mean(placed.latitude),
        longitude=_mean(placed.longitude),
    )
    return sums.left_join(_commonest_admin1(placed), ["space", "period"]).select(*sums.columns, "admin1")


def _answer(
    events: ibis.Table, registry: Registry, query: AvoidanceQuery, b_matcher: tuple[str, object], values: Values
) -> ibis.Table:
    """Everything avoidance() reads, in one query: a row per cell (kind 'cell') and one row of counts (kind
    'summary'), each with the other's columns NULL.

    The query reads the scope twice and never holds it. First A's and B's events (few): they give the summary,
    the 'auto' period and the cells where A or B is active. Then the rows of those cells alone, found by their
    cell key before any side is matched, are summed. Summing every cell of the scope and dropping the idle ones
    afterwards gives the same cells, but over a whole 100M-event store that is tens of millions of groups, and
    holding the scope for three readers made DuckDB 1.5.6 spill 48 GB and stall under a 1 GB memory limit."""
    import ibis

    a_events = _a_events(events, registry, query, values)[1]
    scope = _scope_table(events, query, b_matcher, values)
    involved = _placed(scope.filter(scope.a_event | (scope.b_stub > 0)), query, a_events, values)
    active = involved.filter(involved.placed).select("space", "period").distinct()
    # The cell key on the stored columns, so the rows of other cells are dropped before any regex runs.
    cell = _cell_of(events, query, a_events, values)
    keyed = events.mutate(**{f"_{name}": value for name, value in cell.items()})
    rows = keyed.semi_join(active, [keyed._space == active.space, keyed._period == active.period])
    in_cells = _scope_table(events, query, b_matcher, values, rows.drop("_space", "_period"))
    cells, summary = _cell_sums(_placed(in_cells, query, a_events, values)), _summary(involved)
    cells = cells.mutate(kind=ibis.literal("cell"), **{name: ibis.null("int64") for name in _SUMMARY})
    summary = summary.mutate(
        kind=ibis.literal("summary"),
        **{name: ibis.null(cells.schema()[name]) for name in cells.columns if name not in (*_SUMMARY, "kind")},
    )
    return cells.union(summary.select(*cells.columns))


def _read_answer(rows: dict[str, list]) -> tuple[dict[str, int], pd.DataFrame]:
    """The summary counts and the cells sorted by (space, period), from the rows of _answer()."""
    is_cell = [kind == "cell" for kind in rows["kind"]]
    summary_at = is_cell.index(False)
    summary = {name: int(rows[name][summary_at]) for name in _SUMMARY}

    def column(name: str) -> list:
        return [value for value, keep in zip(rows[name], is_cell, strict=True) if keep]

    frame = pd.DataFrame(
        {
            "space": pd.array(column("space"), dtype="string"),
            "period": pd.array(column("period"), dtype="str"),
            **{name: np.array(column(name), dtype="int64") for name in _CELL_SUMS},
            "latitude": np.array(column("latitude"), dtype="float64"),
            "longitude": np.array(column("longitude"), dtype="float64"),
            "admin1": pd.array(column("admin1"), dtype="str"),
        }
    )
    return summary, frame.sort_values(["space", "period"], kind="mergesort").reset_index(drop=True)


@cache
def _favg() -> object:
    import ibis

    @ibis.udf.agg.builtin
    def favg(x: float) -> float:
        """DuckDB's compensated (Kahan) mean."""

    return favg


def _mean(column: ibis.Value) -> ibis.Value:
    """The mean, compensated on DuckDB as pandas' is: a cell's centre does not hang on the order rows are summed."""
    return _favg()(column) if on_duckdb(column) else column.mean()


def _commonest_admin1(placed: ibis.Table) -> ibis.Table:
    """Per (space, period) cell, its most frequent admin1 (ties: the first in sort order)."""
    import ibis

    named = placed.filter(placed.admin1.notnull())
    counts = named.group_by(["space", "period", "admin1"]).aggregate(n=named.count())
    rank = ibis.row_number().over(group_by=["space", "period"], order_by=[ibis.desc("n"), "admin1"])
    return counts.mutate(_rank=rank).filter(lambda c: c._rank == 0).select("space", "period", "admin1")


def avoidance(
    events: ibis.Table | duckdb.DuckDBPyConnection, registry: Registry, query: AvoidanceQuery
) -> AvoidanceResult:
    """Observed vs expected A-B engagements in space-time cells, with a within-cell permutation test.

    `events` is the events table on any Ibis backend, or a DuckDB connection holding a store's `events`.
    """
    a_name = registry.find(query.actor_a).name
    b_matcher = _side_matcher(registry, query.actor_b)
    if b_matcher[0] == "ids" and b_matcher[1] & registry.expand(registry.find(query.actor_a).id):
        raise QueryError(msg("errors.same_actor", a=repr(query.actor_a), b=repr(query.actor_b)))
    # One SQL per shape (targeting.run_shaped): the actors, country, sources and window are values bound as
    # parameters, so another pair, place or window reuses it; the permutations and the seed are no part of it.
    build = lambda table, v: _answer(table, registry, query, b_matcher, v)  # noqa: E731
    switches = (query.cell, query.period, _fixed_period(query), b_matcher[0])
    rows = run_shaped(events, registry, _a_query(query), "avoidance", build, _b_values(b_matcher), switches)
    summary, cells = _read_answer(rows)
    period, reason = _period_reason(query, summary)  # reason: (wording key, values)
    left_out = {name: summary[name] for name in LEFT_OUT}
    cells["expected"] = expected_counts(cells["a_engagements"], cells["b_activity"], cells["pool"])
    both = (cells["a_events"] > 0) & (cells["b_activity"] > 0)
    a_only, b_only = cells[(cells["a_events"] > 0) & ~both], cells[(cells["b_activity"] > 0) & ~both]
    exposed = cells[both].reset_index(drop=True)
    observed = int(exposed["observed"].sum())
    test = permutation_test(
        observed,
        exposed["a_engagements"].to_numpy(),
        exposed["b_activity"].to_numpy(),
        exposed["pool"].to_numpy(),
        query.permutations,
        query.seed,
    )
    contributing = exposed[exposed["a_engagements"] > 0]
    exposed["excess"] = exposed["observed"] - exposed["expected"]
    note_keys = _notes(query, period, left_out, len(contributing), bool(summary["lethal_only_source"]))
    top = exposed.reindex(exposed["excess"].abs().sort_values(ascending=False, kind="mergesort").index)
    no_exposure = {
        "cells_a_only": len(a_only),
        "a_events_a_only": int(a_only["a_events"].sum()),
        "a_engagements_a_only": int(a_only["a_engagements"].sum()),
        "cells_b_only": len(b_only),
        "b_activity_b_only": int(b_only["b_activity"].sum()),
        "cells_both": len(exposed),
        "a_events_both": int(exposed["a_events"].sum()),
        "b_activity_both": int(exposed["b_activity"].sum()),
    }
    return AvoidanceResult(
        query=query,
        actor_a=a_name,
        actor_b=_label(registry, query.actor_b, b_matcher),
        period=period,
        period_reason=note_text(reason[0], "en", reason[1]),
        period_reason_key=reason,
        test=test,
        ratio=observed / test.expected if test.expected > 0 else float("nan"),
        ratio_ci=shift_ratio_interval(test),
        ratio_ci_cells=cell_bootstrap_interval(
            contributing["observed"].to_numpy(), contributing["expected"].to_numpy(), BOOTSTRAP_REPLICATES, query.seed
        ),
        cells=exposed,
        top_cells=top.head(TOP_CELLS).reset_index(drop=True),
        no_exposure=no_exposure,
        left_out=left_out,
        notes=[note_text(key, "en", values) for key, values in note_keys],
        note_keys=note_keys,
    )


def _notes(
    query: AvoidanceQuery, period: str, left_out: dict[str, int], contributing: int, lethal_only: bool
) -> list[tuple[str, dict[str, object]]]:
    """The notes as (key, values): rendered in either language by avoidance_text.note_text. `lethal_only`: UCDP
    GED events are among A's and B's (ACLED's, GTD's and GDELT's include events without deaths)."""
    notes: list[tuple[str, dict[str, object]]] = [("lethal_only", {})] if lethal_only else []
    notes.append(("undirected", {}))
    if left_out["year_only_dates"] and period != "year":
        notes.append(("year_only", {"n": left_out["year_only_dates"], "period": period}))
    if query.cell == "admin2" and left_out["no_cell_value"]:
        notes.append(("no_admin2", {"n": left_out["no_cell_value"]}))
    if contributing < 10:
        notes.append(("few_cells", {"cells": str(contributing)}))
    return notes
