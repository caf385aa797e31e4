"""Charts and map points of the Explore page, built from library results with the report's chart code."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd

from dyadscope.actors.registry import class_label
from dyadscope.analysis.compiled import Values
from dyadscope.analysis.targeting import (
    TargetingResult,
    TargetQuery,
    breakdown_key,
    in_window,
    run_shaped,
)
from dyadscope.api import as_date
from dyadscope.i18n import t
from dyadscope.i18n.formats import class_name, percent

if TYPE_CHECKING:
    import altair as alt
    import ibis

    from dyadscope.api import Dyadscope
    from dyadscope.web.query import ExploreQuery

MONTH = r"^\d{4}-\d{2}$"
MAX_CELLS = 2_000  # points sent to the map; beyond that the cells grow


def _rows(result: TargetingResult, lang: str, shown: Callable[[object], str] = str) -> pd.DataFrame:
    rows = result.table[["key", "label", "events", "share", "ci_low", "ci_high"]].head(15).copy()
    rows["label"] = [shown(x) for x in rows["label"]]
    rows["share_text"] = [percent(s, lang) for s in rows["share"]]
    return rows


def shares_chart(result: TargetingResult, lang: str, shown: Callable[[object], str] = str) -> alt.TopLevelMixin:
    """Bars of the shares with their 95% Wilson whiskers (the report's chart); `shown` words a row's label as the
    page's table does (a class or an actor in the page's language)."""
    from dyadscope.report import charts

    rows = _rows(result, lang, shown)
    title = t("web.share_deaths" if result.query.weight == "fatalities" else "common.share", lang)
    return charts.shares_chart(rows, charts.class_scale(rows["label"].tolist()), title, lang)


def monthly_chart(monthly: TargetingResult, lang: str) -> alt.TopLevelMixin | None:
    """Events per month from a by-month result; None when no event is dated within a month."""
    from dyadscope.report import charts

    table = monthly.table[monthly.table["key"].astype(str).str.match(MONTH)]
    if not len(table):
        return None
    series = pd.DataFrame(
        {
            "month": pd.to_datetime(table["key"] + "-01"),
            "label": monthly.actor.display_name(lang),
            "events": table["events"].to_numpy(),
        }
    )
    scale = charts.class_scale([monthly.actor.display_name(lang)])
    return charts.monthly_chart(series, scale, t("web.events_col", lang))


def embed_spec(chart: alt.TopLevelMixin) -> dict:
    """The Vega-Lite spec for vega-embed, fitted to its container's width (so 390 px phones do not scroll)."""
    spec = chart.to_dict(validate=False)
    spec["width"] = "container"
    spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    spec.pop("$schema", None)
    return spec


def render(chart: alt.TopLevelMixin, fmt: str, lang: str) -> bytes:
    """The chart as SVG or PNG bytes, rendered offline by vl-convert."""
    from dyadscope.report import charts

    if fmt == "svg":
        return charts.to_svg(chart, lang).encode()
    return charts.to_png(chart, lang)


def map_points(ds: Dyadscope, query: ExploreQuery, lang: str = "en") -> dict[str, object]:
    """The query's events on the map, binned into square cells: centre, events, deaths, top counterpart class."""
    q = TargetQuery(query.actor or "", **{**query.kwargs(), "start": as_date(query.start), "end": as_date(query.end)})
    links = ds.links() if query.dedupe else None

    def events_in_window(events: ibis.Table, values: Values | None = None) -> ibis.Table:
        table = in_window(events, ds.registry, q, links, values)
        return table.select(
            cls=breakdown_key(table, "class"),
            latitude=table.latitude,
            longitude=table.longitude,
            deaths=table.fatalities_best.fill_null(0),
        )

    if links is None:  # one SQL per shape (analysis/compiled.py): another actor, place or window reuses it
        rows = run_shaped(ds._query_events(), ds.registry, q, "web-map", events_in_window)
        frame = pd.DataFrame(rows, columns=["cls", "latitude", "longitude", "deaths"])
        # The column types the store's DataFrame gives (DuckDB's DECIMAL deaths as floats, NULL places as NaN).
        frame = frame.astype({"latitude": "float64", "longitude": "float64", "deaths": "float64"})
    else:  # the links are a second table, which compiled.run does not take
        frame = ds.execute(events_in_window(ds.events))
    located = frame.dropna(subset=["latitude", "longitude"])
    cell = 0.05
    while len(located) and _cells(located, cell) > MAX_CELLS:
        cell *= 2
    points = []
    if len(located):
        located = located.assign(
            gy=(located["latitude"] / cell).apply(math.floor), gx=(located["longitude"] / cell).apply(math.floor)
        )
        for (gy, gx), group in located.groupby(["gy", "gx"], sort=True):
            classes = group["cls"].value_counts()
            points.append(
                {
                    "lat": round((gy + 0.5) * cell, 4),
                    "lon": round((gx + 0.5) * cell, 4),
                    "events": len(group),
                    "deaths": int(group["deaths"].sum()),
                    "top_class": class_name(class_label(str(classes.index[0])), lang),
                    "top_class_events": int(classes.iloc[0]),
                }
            )
    return {
        "cell_degrees": cell,
        "events": len(frame),
        "without_coordinates": len(frame) - len(located),
        "cells": points,
    }


def _cells(frame: pd.DataFrame, cell: float) -> int:
    keys = (frame["latitude"] // cell).astype("int64") * 100_000 + (frame["longitude"] // cell).astype("int64")
    return int(keys.nunique())
