"""Build the one-file HTML report for an actor: shares, monthly series, map, governorates, avoidance, caveats.

Every number comes from the library's own analyses (Dyadscope.targets, Dyadscope.avoidance and, for the
per-event map and month-by-class series, targeting.in_window: the events targets counts): one definition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import pandas as pd

from dyadscope.actors.registry import class_label, class_set, state_id
from dyadscope.analysis.avoidance import DEFAULT_PERMUTATIONS, AvoidanceResult
from dyadscope.analysis.caveats import caveat_lines, credit_lines, interval_line
from dyadscope.analysis.compiled import Values
from dyadscope.analysis.targeting import (
    TargetQuery,
    breakdown_key,
    in_window,
    run_shaped,
)
from dyadscope.api import Dyadscope, as_date, find_actor
from dyadscope.errors import DyadscopeError, QueryError
from dyadscope.i18n import area_text, check_lang, msg, t
from dyadscope.i18n.formats import class_name, country, date, number, percent
from dyadscope.report import charts

if TYPE_CHECKING:  # Ibis and Altair load only on a first time: a repeated report runs cached SQL and SVGs
    import altair as alt
    import ibis

# Grid steps (degrees) the map may bin events on, finest first.
GRID_STEPS = (0.01, 0.02, 0.1, 0.2, 1.0, 2.0, 10.0, 20.0)  # each a whole multiple of the finer ones


@dataclass
class Report:
    """The HTML text and the charts it shows (for PNG export)."""

    html: str
    drawings: dict[str, charts.Drawing] = field(default_factory=dict)
    lang: str = "en"

    @cached_property
    def charts(self) -> dict[str, alt.TopLevelMixin]:
        """The charts as Altair objects (built when asked: the page itself needs only their SVG)."""
        return {name: drawing.chart() for name, drawing in self.drawings.items()}

    def write(self, path: str | Path) -> Path:
        """Write the HTML file."""
        out = Path(path)
        out.write_text(self.html, encoding="utf-8")
        return out

    def write_pngs(self, directory: str | Path) -> list[Path]:
        """One PNG per chart in `directory` (created if missing)."""
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, chart in self.charts.items():
            path = folder / f"{name}.png"
            path.write_bytes(charts.to_png(chart, self.lang))
            written.append(path)
        return written


def _default_versus(ds: Dyadscope, actor_id: str, country: str | None) -> list[str]:
    versus = []
    if country:
        government = ds.registry.find_or_none(state_id(country))
        if government and government.id != actor_id:
            versus.append(government.name)
    versus.append("class:rebel")
    return versus


def _window_events(events: ibis.Table, ds: Dyadscope, query: TargetQuery, values: Values) -> ibis.Table:
    """The actor's events in the window (the targeting window rule), with class key, month key, place, deaths."""
    table = in_window(events, ds.registry, query, values=values)
    return table.select(
        cls=breakdown_key(table, "class"),
        month=breakdown_key(table, "month"),
        latitude=table.latitude,
        longitude=table.longitude,
        deaths=table.fatalities_best.fill_null(0),
    )


def _ask(
    ds: Dyadscope,
    query: TargetQuery,
    name: str,
    build: Callable[[ibis.Table, Values], ibis.Table],
    extra: dict[str, object] | None = None,
) -> pd.DataFrame:
    """`build(window events, values)` run by targeting.run_shaped, as a DataFrame: one SQL per shape, the query's
    values and `extra` bound as parameters on DuckDB, so a report on another actor, country or window reuses it."""

    def built(events: ibis.Table, v: Values) -> ibis.Table:
        return build(_window_events(events, ds, query, v), v)

    return pd.DataFrame(run_shaped(ds._query_events(), ds.registry, query, name, built, extra))


def _monthly_counts(ds: Dyadscope, query: TargetQuery) -> pd.DataFrame:
    """Events per (class, month key), aggregated in the store: never one row per event."""
    return _ask(
        ds,
        query,
        "report-monthly",
        lambda events, _: events.group_by(["cls", "month"]).aggregate(events=events.count()),
    )


def _located(events: ibis.Table) -> ibis.Table:
    return events.filter(events.latitude.notnull() & events.longitude.notnull())


def _extent(events: ibis.Table, _: Values) -> ibis.Table:
    located = _located(events)
    return located.aggregate(
        n=located.count(),
        lat_span=located.latitude.max() - located.latitude.min(),
        lon_span=located.longitude.max() - located.longitude.min(),
    )


def _binned(events: ibis.Table, values: Values) -> ibis.Table:
    """Located events per (class, grid cell) on the step `base`."""
    located, base = _located(events), values("base")
    return located.group_by(
        cls=located.cls, ix=(located.longitude / base).floor(), iy=(located.latitude / base).floor()
    ).aggregate(events=located.count(), lat_sum=located.latitude.sum(), lon_sum=located.longitude.sum())


def _map_bins(ds: Dyadscope, query: TargetQuery) -> tuple[pd.DataFrame, float, int]:
    """Located events binned on a grid by class (at most MAP_POINTS dots), the grid step and the located count.

    One query bins on the finest step the extent allows (at most ~400 x 400 cells); coarser steps are whole
    multiples of it, so merging its cells in pandas is exact. The step grows until the dots fit: a report on
    any window and any store size sends the chart a bounded table (and the map's note says the step).
    """
    box = _ask(ds, query, "report-extent", _extent)
    n = int(box["n"].iat[0])
    if n == 0:
        return pd.DataFrame(columns=["cls", "latitude", "longitude", "events"]), GRID_STEPS[0], 0
    span = max(float(box["lat_span"].iat[0]), float(box["lon_span"].iat[0]))
    base = next((step for step in GRID_STEPS if step >= span / 400), GRID_STEPS[-1])
    fine = _ask(ds, query, "report-bins", _binned, {"base": base})
    for step in (s for s in GRID_STEPS if s >= base):
        k = round(step / base)  # every step is a whole multiple of the finer ones (GRID_STEPS)
        bins = (
            fine.assign(ix=fine["ix"] // k, iy=fine["iy"] // k)
            .groupby(["cls", "ix", "iy"], as_index=False, dropna=False)[["events", "lat_sum", "lon_sum"]]
            .sum()
        )
        if len(bins) <= charts.MAP_POINTS:
            break
    bins["latitude"] = bins["lat_sum"] / bins["events"]
    bins["longitude"] = bins["lon_sum"] / bins["events"]
    return bins[["cls", "latitude", "longitude", "events"]], step, n


def build_report(
    ds: Dyadscope,
    actor: str,
    country: str | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    lang: str = "en",
    versus: list[str] | None = None,
    permutations: int = DEFAULT_PERMUTATIONS,
) -> Report:
    """The report for one actor (optionally one country and window) in English or Danish.

    The avoidance rows are `Dyadscope.avoidance` with its defaults (permutations, seed): the same numbers as
    `dyadscope avoidance` prints for the same question.
    """
    lang = check_lang(lang)
    start, end = as_date(start, "--from"), as_date(end, "--to")
    shares = ds.targets(actor, country=country, start=start, end=end, by="class")
    if shares.total_events == 0:
        raise QueryError(msg("errors.nothing_to_report", actor=shares.actor.name))
    country = shares.query.country
    versus = versus if versus is not None else _default_versus(ds, shares.actor.id, country)
    with_actor = next((v for v in versus if class_set(v) is None), None)
    places = ds.targets(actor, country=country, start=start, end=end, by="admin1", with_actor=with_actor)
    window = TargetQuery(actor, country, start, end)
    avoid: list[AvoidanceResult] = []
    for other in versus:
        try:
            avoid.append(ds.avoidance(actor, other, country, start, end, permutations=permutations))
        except DyadscopeError:
            continue  # e.g. the actor is itself in the class: the table simply has no row for it
    monthly = _monthly_counts(ds, window)
    bins, step, located = _map_bins(ds, window)
    return _render(ds, shares, places, monthly, (bins, step, located), avoid, with_actor, lang)


def _class_rows(shares_table: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = shares_table[["key", "label", "events", "share", "ci_low", "ci_high", "fatalities"]].copy()
    rows["label"] = [class_name(str(label), lang) for label in rows["label"]]
    rows["share_text"] = [percent(s, lang) for s in rows["share"]]
    return rows


def _render(ds, shares, places, monthly, map_data, avoid, with_actor, lang) -> Report:
    q = shares.query
    rows = _class_rows(shares.table, lang)
    label_of = dict(zip(shares.table["key"], rows["label"], strict=True))
    labels = rows["label"].tolist()  # the class colour scale
    share_title = t("common.share", lang)
    built = {"shares": charts.Drawing("shares_chart", labels, (rows, share_title, lang))}
    narrow = {"shares": charts.Drawing("shares_chart", labels, (rows, share_title, lang), {"width": charts.NARROW})}
    monthly["label"] = monthly["cls"].map(lambda k: label_of.get(k, class_name(class_label(k), lang)))
    dated = monthly["month"].str.match(r"^\d{4}-\d{2}$")
    coarse = int(monthly.loc[~dated, "events"].sum())
    series = monthly[dated].groupby(["month", "label"], as_index=False)["events"].sum()
    if len(series):
        series["month"] = pd.to_datetime(series["month"] + "-01")
        built["monthly"] = charts.Drawing("monthly_chart", labels, (series, t("common.events", lang)))
        narrow["monthly"] = charts.Drawing(
            "monthly_chart", labels, (series, t("common.events", lang)), {"width": charts.NARROW}
        )
    bins, step, located = map_data
    bins["label"] = bins["cls"].map(lambda k: label_of.get(k, class_name(class_label(k), lang)))
    built["map"] = charts.Drawing("map_chart", labels, (bins, q.country))
    svgs = {name: drawing.svg(lang) for name, drawing in built.items()}
    svgs_narrow = {name: drawing.svg(lang) for name, drawing in narrow.items()}
    actor_name = shares.actor.display_name(lang)
    where = t("common.in", lang, country=country(q.country, lang)) if q.country else ""
    first = rows.iloc[0]
    total = shares.total_events
    with_name = find_actor(ds.registry, with_actor, ds.store).display_name(lang) if with_actor else None
    context = {
        "lang": lang,
        "L": lambda key, **kw: area_text("report", key, lang, **kw),
        "title": t("report.title", lang, actor=actor_name, where=where),
        "lede": t(
            "report.lede",
            lang,
            total=number(total, lang),
            actor=actor_name,
            where=where,
            start=date(q.start, lang) if q.start else "…",
            end=date(q.end, lang) if q.end else "…",
            label=first["label"],
            share=percent(first["share"], lang),
            low=percent(first["ci_low"], lang),
            high=percent(first["ci_high"], lang),
        ),
        "figures": [
            (number(total, lang), t("common.events", lang)),
            (number(shares.total_fatalities, lang), t("report.deaths_best", lang)),
            (percent(first["share"], lang), t("report.top", lang, label=first["label"])),
        ],
        "svgs": svgs,
        "svgs_narrow": svgs_narrow,
        "monthly_missing": t("report.monthly_none", lang, n=number(total, lang)) if not len(series) else None,
        "monthly_coarse": t("report.monthly_coarse", lang, n=number(coarse, lang)) if coarse and len(series) else None,
        "map_note": t(
            "report.map_note",
            lang,
            located=number(located, lang),
            grid=number(step, lang, 2),
            km=number(step * 111, lang),
            dots=number(len(bins), lang),
        )
        + (" " + t("report.no_coordinates", lang, n=number(total - located, lang)) if total > located else ""),
        "places": _place_rows(places, lang),
        "with_actor": with_name,
        "avoid": [_avoid_row(ds, a, lang) for a in avoid],
        "avoid_method": t(
            "report.avoidance_method",
            lang,
            permutations=number(avoid[0].test.permutations, lang) if avoid else "–",
            seed=avoid[0].query.seed if avoid else "–",
        ),
        "avoid_notes": list(dict.fromkeys(note for a in avoid for note in a.note_lines(lang))),
        "notes": [*caveat_lines(shares, lang), interval_line(lang)],
        "credits": [*credit_lines(shares, lang), t("report.basemap_credit", lang)],
        "generated": t("report.generated", lang, date=date(dt.date.today(), lang)),
    }
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string((resources.files("dyadscope.report") / "template.html.j2").read_text(encoding="utf-8"))
    return Report(template.render(**context), built, lang)


def _place_rows(places, lang: str) -> list[dict[str, str]]:
    out = []
    for row in places.table.itertuples(index=False):
        item = {
            "name": str(row.label),
            "events": number(row.events, lang),
            "share": percent(row.share, lang),
            "interval": f"{percent(row.ci_low, lang)}–{percent(row.ci_high, lang)}",
            "deaths": number(row.fatalities, lang),
            "bar": f"{100 * row.share:.1f}",
        }
        if places.query.with_actor:
            item["with"] = f"{number(row.with_events, lang)} ({percent(row.with_share, lang)})"
        out.append(item)
    return out


def _versus_name(ds: Dyadscope, result: AvoidanceResult, lang: str) -> str:
    """B as the reader's language names it: a registry actor, or 'any rebel/insurgent actor'."""
    asked = result.query.actor_b
    codes = class_set(asked)
    if codes is not None:
        classes = t("report.or", lang).join(class_name(class_label(c), lang) for c in sorted(codes))
        return t("report.any_class", lang, classes=classes)
    return find_actor(ds.registry, asked, ds.store).display_name(lang)


def _avoid_row(ds: Dyadscope, result: AvoidanceResult, lang: str) -> dict[str, str]:
    low, high = result.ratio_ci
    clow, chigh = result.ratio_ci_cells
    return {
        "versus": _versus_name(ds, result, lang),
        "observed": number(result.test.observed, lang),
        "expected": number(result.test.expected, lang, 1),
        "ratio": number(result.ratio, lang, 2),
        "interval": f"{number(low, lang, 2)}–{number(high, lang, 2)}",
        "interval_cells": f"{number(clow, lang, 2)}–{number(chigh, lang, 2)}",
        "p": number(result.test.p_two_sided, lang, 4),
        "cells": number(result.no_exposure["cells_both"], lang),
        "verdict": result.verdict,  # the class colours the ratio only when it is 'fewer' or 'more'
        "verdict_text": t("report.inconclusive", lang) if result.verdict == "inconclusive" else "",
    }
