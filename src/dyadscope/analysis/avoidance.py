"""Do two armed actors avoid each other? An exposure-adjusted test in space-time cells (docs/avoidance.md).

Cells are a place (PRIO-GRID cell, admin2 or admin1) crossed with a period (month, week or year). In each
cell: A's events (its activity), A's engagements with an armed counterpart, the pool of appearances of
armed actors other than A (one per event side), B's share of that pool, and the A-B engagements. Under the
null, A's engagements take counterparts in proportion to their activity in the cell, so the expected A-B
count is sum(e_a * n_b / pool); the permutation test shuffles which pool entries are A's counterparts
within each cell (analysis/permutation.py). A's events come from targeting.involvement: one definition.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field

import ibis
import numpy as np
import pandas as pd

from dyadscope.actors.registry import CLASS_LABELS, Registry
from dyadscope.analysis.avoidance_text import note_text, period_name
from dyadscope.analysis.permutation import (
    PermutationTest,
    cell_bootstrap_interval,
    expected_counts,
    permutation_test,
    shift_ratio_interval,
)
from dyadscope.analysis.targeting import TargetQuery, has_any_id, involvement
from dyadscope.errors import QueryError
from dyadscope.i18n import msg

CELLS = ("priogrid", "admin2", "admin1")
PERIODS = ("auto", "month", "week", "year")
CLASS_PREFIX = "class:"
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
    """('ids', set of actor ids) for an actor, ('classes', set of class codes) for `class:a,b`."""
    if name.lower().startswith(CLASS_PREFIX):
        codes = {c.strip() for c in name[len(CLASS_PREFIX) :].split(",") if c.strip()}
        unknown = sorted(codes - set(CLASS_LABELS))
        if not codes or unknown:
            raise QueryError(msg("errors.classes_among", name=repr(name), classes=", ".join(CLASS_LABELS)))
        return "classes", codes
    return "ids", registry.expand(registry.find(name).id)


def _matches(ids_col: ibis.Value, class_col: ibis.Value, matcher: tuple[str, object]) -> ibis.Value:
    kind, values = matcher
    if kind == "ids":
        return has_any_id(ids_col, values)
    padded = ibis.literal("+") + class_col.fill_null("") + ibis.literal("+")
    hits = [padded.contains(f"+{code}+") for code in sorted(values)]
    out = hits[0]
    for hit in hits[1:]:
        out = out | hit
    return ibis.coalesce(out, False)


def _label(registry: Registry, name: str, matcher: tuple[str, object]) -> str:
    if matcher[0] == "classes":
        return "any " + " or ".join(CLASS_LABELS[c] for c in sorted(matcher[1])) + " actor"
    return registry.find(name).name


def _scope_frame(events: ibis.Table, registry: Registry, query: AvoidanceQuery) -> tuple[pd.DataFrame, str, str]:
    """One row per event in the place/window scope, with A's role (from involvement) and side flags."""
    a_query = TargetQuery(query.actor_a, query.country, query.start, query.end, sources=query.sources)
    a_actor, a_events = involvement(events, registry, a_query)
    a_ids = registry.expand(a_actor.id)
    b_matcher = _side_matcher(registry, query.actor_b)
    if b_matcher[0] == "ids" and b_matcher[1] & a_ids:
        raise QueryError(msg("errors.same_actor", a=repr(query.actor_a), b=repr(query.actor_b)))
    t = events.filter(~events["withdrawn"].fill_null(False))
    if query.country:
        t = t.filter(t.country == query.country.upper())
    if query.sources:
        t = t.filter(t.source.isin(list(query.sources)))
    start = ibis.literal(query.start or dt.date(1, 1, 1))
    end = ibis.literal(query.end or dt.date(9999, 12, 31))
    t = t.filter((t.date_start <= end) & (t.date_end >= start))  # overlaps the window; `inside` decides
    mine = a_events.select(a_uid=a_events.uid, a_cp_b=a_events._cp_b, a_cp_class=a_events.cp_class)
    t = t.left_join(mine, t.uid == mine.a_uid)
    frame = t.select(
        "uid",
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
        a_event=t.a_uid.notnull(),
        a_cp_b=t.a_cp_b.fill_null(False),
        a_cp_class=t.a_cp_class,
        a_on_a=has_any_id(t.side_a_ids, a_ids),
        a_on_b=has_any_id(t.side_b_ids, a_ids),
        b_on_a=_matches(t.side_a_ids, t.side_a_class, b_matcher),
        b_on_b=_matches(t.side_b_ids, t.side_b_class, b_matcher),
        civ_a=t.side_a_class.fill_null("") == CIVILIANS,
        civ_b=t.side_b_class.fill_null("") == CIVILIANS,
    ).execute()
    return frame, a_actor.name, _label(registry, query.actor_b, b_matcher)


def _period_keys(frame: pd.DataFrame, period: str) -> pd.Series:
    """The period each event falls in, or None when its date range spans more than one."""
    start = pd.to_datetime(frame["date_start"])
    end = pd.to_datetime(frame["date_end"])
    if period == "year":
        same, key = start.dt.year == end.dt.year, start.dt.year.astype(str)
    elif period == "month":
        same, key = start.dt.to_period("M") == end.dt.to_period("M"), start.dt.strftime("%Y-%m")
    else:
        weeks = start.dt.to_period("W-SUN")
        same, key = weeks == end.dt.to_period("W-SUN"), start.dt.strftime("%G-W%V")
    return key.where(same, None)


def _choose_period(frame: pd.DataFrame, query: AvoidanceQuery) -> tuple[str, tuple[str, dict[str, object]]]:
    """The period and why, as a wording key and values (avoidance_text renders it in either language)."""
    if query.period != "auto":
        return query.period, ("as_asked", {})
    mine = frame[frame["a_event"] & frame["inside"]]
    year_only = int((mine["date_precision"] == "year").sum())
    whole_years = (query.start is None or (query.start.month, query.start.day) == (1, 1)) and (
        query.end is None or (query.end.month, query.end.day) == (12, 31)
    )
    if len(mine) and year_only * 2 > len(mine) and whole_years:
        return "year", ("year_only_period", {"n": year_only, "total": len(mine)})
    return "month", ("finest_period", {})


def _side_stubs(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per event: pool entries (armed sides that are not A) and how many of them are B."""
    pool = np.zeros(len(frame), dtype=np.int64)
    b = np.zeros(len(frame), dtype=np.int64)
    for side in ("a", "b"):
        armed_other = ~frame[f"a_on_{side}"].to_numpy() & ~frame[f"civ_{side}"].to_numpy()
        pool += armed_other
        b += armed_other & frame[f"b_on_{side}"].to_numpy()
    return pool, b


def avoidance(events: ibis.Table, registry: Registry, query: AvoidanceQuery) -> AvoidanceResult:
    """Observed vs expected A-B engagements in space-time cells, with a within-cell permutation test."""
    frame, a_name, b_name = _scope_frame(events, registry, query)
    period, reason = _choose_period(frame, query)  # reason: (wording key, values)
    frame["period"] = _period_keys(frame, period)
    frame["space"] = frame[_CELL_COLUMN[query.cell]].astype("string")
    pool, b_stub = _side_stubs(frame)
    frame["pool"], frame["b_stub"] = pool, b_stub
    cp_is_a = np.where(frame["a_cp_b"], frame["a_on_b"], frame["a_on_a"])
    cp_is_b = np.where(frame["a_cp_b"], frame["b_on_b"], frame["b_on_a"])
    engaged = frame["a_event"] & ~cp_is_a & (frame["a_cp_class"].fillna("") != CIVILIANS)
    frame["a_eng"] = engaged.astype("int64")
    frame["ab"] = (engaged & cp_is_b).astype("int64")
    frame["a_evt"] = frame["a_event"].astype("int64")
    relevant = frame["a_event"] | (frame["b_stub"] > 0)
    placed, left_out = _placeable(frame, query, relevant)
    cells = (
        frame[placed]
        .groupby(["space", "period"], sort=True)
        .agg(
            a_events=("a_evt", "sum"),
            a_engagements=("a_eng", "sum"),
            b_activity=("b_stub", "sum"),
            pool=("pool", "sum"),
            observed=("ab", "sum"),
            latitude=("latitude", "mean"),
            longitude=("longitude", "mean"),
        )
        .reset_index()
    )
    cells = cells.merge(_commonest_admin1(frame[placed]), on=["space", "period"], how="left")
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
    note_keys = _notes(query, period, left_out, len(contributing))
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
        actor_b=b_name,
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


def _commonest_admin1(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (space, period) cell, its most frequent admin1 (ties: the first in sort order); vectorised."""
    named = frame.dropna(subset=["admin1"])
    counts = named.groupby(["space", "period", "admin1"], sort=True).size().rename("n").reset_index()
    top = counts.sort_values("n", ascending=False, kind="mergesort").drop_duplicates(["space", "period"])
    return top[["space", "period", "admin1"]]


def _placeable(frame: pd.DataFrame, query: AvoidanceQuery, relevant: pd.Series) -> tuple[pd.Series, dict[str, int]]:
    """Which events can be put in one cell; counts (among A's and B's events) of those that cannot."""
    inside = frame["inside"]
    has_period = frame["period"].notna()
    has_space = frame["space"].notna()
    precise = frame["geo_precision"].isin(PRECISE_ENOUGH[query.cell]) | frame["geo_precision"].isna()
    mine = relevant
    left_out = {
        "date_straddles_window": int((mine & ~inside).sum()),
        "date_coarser_than_period": int((mine & inside & ~has_period).sum()),
        "year_only_dates": int((mine & inside & ~has_period & (frame["date_precision"] == "year")).sum()),
        "no_cell_value": int((mine & inside & has_period & ~has_space).sum()),
        "place_coarser_than_cell": int((mine & inside & has_period & has_space & ~precise).sum()),
    }
    return inside & has_period & has_space & precise, left_out


def _notes(
    query: AvoidanceQuery, period: str, left_out: dict[str, int], contributing: int
) -> list[tuple[str, dict[str, object]]]:
    """The notes as (key, values): rendered in either language by avoidance_text.note_text."""
    notes: list[tuple[str, dict[str, object]]] = [("lethal_only", {}), ("undirected", {})]
    if left_out["year_only_dates"] and period != "year":
        notes.append(("year_only", {"n": left_out["year_only_dates"], "period": period}))
    if query.cell == "admin2" and left_out["no_cell_value"]:
        notes.append(("no_admin2", {"n": left_out["no_cell_value"]}))
    if contributing < 10:
        notes.append(("few_cells", {"cells": str(contributing)}))
    return notes
