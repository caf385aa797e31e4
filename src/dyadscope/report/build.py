"""Build the one-file HTML report for an actor: shares, monthly series, map, governorates, avoidance, caveats.

Every number comes from the library's own analyses (Dyadscope.targets, Dyadscope.avoidance and, for the
per-event map and month-by-class series, targeting.involvement with the same window rule): one definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import altair as alt
import jinja2
import pandas as pd

from dyadscope.actors.registry import class_label
from dyadscope.analysis.avoidance import AvoidanceResult
from dyadscope.analysis.caveats import caveat_lines, credit_lines
from dyadscope.analysis.targeting import TargetQuery, breakdown_key, involvement, window_flags
from dyadscope.api import Dyadscope, as_date
from dyadscope.errors import DyadscopeError, QueryError
from dyadscope.report import charts
from dyadscope.report import i18n as t
from dyadscope.report.basemap import BASEMAP_CREDIT

REPORT_PERMUTATIONS = 1_999


@dataclass
class Report:
    """The HTML text and the charts it shows (for PNG export)."""

    html: str
    charts: dict[str, alt.TopLevelMixin] = field(default_factory=dict)
    lang: str = "en"

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
        government = ds.registry.find_or_none(f"govt_{country.lower()}")
        if government and government.id != actor_id:
            versus.append(government.name)
    versus.append("class:rebel")
    return versus


def _events_frame(ds: Dyadscope, query: TargetQuery) -> pd.DataFrame:
    """The actor's events in the window, one row each, with counterpart class, month key and place."""
    _, table = involvement(ds.events, ds.registry, query)
    inside, _ = window_flags(table, query)
    table = table.filter(inside)
    return table.select(
        cls=breakdown_key(table, "class"),
        month=breakdown_key(table, "month"),
        latitude=table.latitude,
        longitude=table.longitude,
        deaths=table.fatalities_best.fill_null(0),
    ).execute()


def build_report(
    ds: Dyadscope,
    actor: str,
    country: str | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    lang: str = "en",
    versus: list[str] | None = None,
    permutations: int = REPORT_PERMUTATIONS,
) -> Report:
    """The report for one actor (optionally one country and window) in English or Danish."""
    lang = t.check_lang(lang)
    start, end = as_date(start, "--from"), as_date(end, "--to")
    shares = ds.targets(actor, country=country, start=start, end=end, by="class")
    if shares.total_events == 0:
        raise QueryError(f"no events of {shares.actor.name} match: nothing to report")
    versus = versus if versus is not None else _default_versus(ds, shares.actor.id, country)
    with_actor = next((v for v in versus if not v.lower().startswith("class:")), None)
    places = ds.targets(actor, country=country, start=start, end=end, by="admin1", with_actor=with_actor)
    query = TargetQuery(actor, country, start, end)
    events = _events_frame(ds, query)
    avoid: list[AvoidanceResult] = []
    for other in versus:
        try:
            avoid.append(ds.avoidance(actor, other, country, start, end, permutations=permutations))
        except DyadscopeError:
            continue  # e.g. the actor is itself in the class: the table simply has no row for it
    return _render(ds, shares, places, events, avoid, with_actor, lang)


def _class_rows(shares_table: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = shares_table[["key", "label", "events", "share", "ci_low", "ci_high", "fatalities"]].copy()
    rows["label"] = [t.class_name(str(label), lang) for label in rows["label"]]
    rows["share_text"] = [t.percent(s, lang) for s in rows["share"]]
    return rows


def _render(ds, shares, places, events, avoid, with_actor, lang) -> Report:
    q = shares.query
    rows = _class_rows(shares.table, lang)
    label_of = dict(zip(shares.table["key"], rows["label"], strict=True))
    scale = charts.class_scale(rows["label"].tolist())
    built: dict[str, alt.TopLevelMixin] = {"shares": charts.shares_chart(rows, scale, t.text("share", lang))}
    events["label"] = events["cls"].map(lambda k: label_of.get(k, t.class_name(class_label(k), lang)))
    monthly = events[events["month"].str.match(r"^\d{4}-\d{2}$")].copy()
    if len(monthly):
        series = monthly.groupby(["month", "label"]).size().rename("events").reset_index()
        series["month"] = pd.to_datetime(series["month"] + "-01")
        built["monthly"] = charts.monthly_chart(series, scale, t.text("events", lang))
    located = events.dropna(subset=["latitude", "longitude"])
    built["map"] = charts.map_chart(located, scale, q.country)
    svgs = {name: charts.to_svg(chart, lang) for name, chart in built.items()}
    where = t.text("in", lang, country=t.country(_country_name(ds, q.country), lang)) if q.country else ""
    first = rows.iloc[0]
    context = {
        "lang": lang,
        "L": lambda key, **kw: t.text(key, lang, **kw),
        "title": t.text("title", lang, actor=shares.actor.name, where=where),
        "lede": t.text(
            "lede",
            lang,
            total=t.number(shares.total_events, lang),
            actor=shares.actor.name,
            where=where,
            start=t.date(q.start, lang) if q.start else "…",
            end=t.date(q.end, lang) if q.end else "…",
            label=first["label"],
            share=t.percent(first["share"], lang),
            low=t.percent(first["ci_low"], lang),
            high=t.percent(first["ci_high"], lang),
        ),
        "figures": [
            (t.number(shares.total_events, lang), t.text("events", lang)),
            (t.number(shares.total_fatalities, lang), t.text("deaths", lang)),
            (t.percent(first["share"], lang), t.text("top", lang, label=first["label"])),
        ],
        "svgs": svgs,
        "monthly_missing": t.text("monthly_none", lang, n=t.number(len(events), lang)) if not len(monthly) else None,
        "map_note": t.text("map_note", lang, n=t.number(len(events) - len(located), lang)),
        "places": _place_rows(places, lang),
        "with_actor": with_actor,
        "avoid": [_avoid_row(a, lang) for a in avoid],
        "avoid_notes": sorted({note for a in avoid for note in a.notes}),
        "notes": [*caveat_lines(shares), "Intervals: 95% Wilson score intervals of event shares."],
        "credits": [*credit_lines(shares), BASEMAP_CREDIT],
        "generated": t.text("generated", lang, date=t.date(dt.date.today(), lang)),
        "n": lambda v, d=0: t.number(v, lang, d),
        "pct": lambda v: t.percent(v, lang),
    }
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string((resources.files("dyadscope.report") / "template.html.j2").read_text(encoding="utf-8"))
    return Report(template.render(**context), built, lang)


def _country_name(ds: Dyadscope, iso3: str) -> str:
    government = ds.registry.find_or_none(f"govt_{iso3.lower()}")
    return government.name.removeprefix("Government of ") if government else iso3.upper()


def _place_rows(places, lang: str) -> list[dict[str, str]]:
    out = []
    for row in places.table.itertuples(index=False):
        item = {
            "name": str(row.label),
            "events": t.number(row.events, lang),
            "share": t.percent(row.share, lang),
            "interval": f"{t.percent(row.ci_low, lang)}–{t.percent(row.ci_high, lang)}",
            "deaths": t.number(row.fatalities, lang),
            "bar": f"{100 * row.share:.1f}",
        }
        if places.query.with_actor:
            item["with"] = f"{t.number(row.with_events, lang)} ({t.percent(row.with_share, lang)})"
        out.append(item)
    return out


def _avoid_row(result: AvoidanceResult, lang: str) -> dict[str, str]:
    low, high = result.ratio_ci
    return {
        "versus": result.actor_b,
        "observed": t.number(result.test.observed, lang),
        "expected": t.number(result.test.expected, lang, 1),
        "ratio": t.number(result.ratio, lang, 2),
        "interval": f"{t.number(low, lang, 2)}–{t.number(high, lang, 2)}",
        "p": t.number(result.test.p_two_sided, lang, 4),
        "cells": f"{result.query.cell} × {result.period}: {t.number(result.no_exposure['cells_both'], lang)}",
        "verdict": "fewer" if result.ratio < 1 else "more",
    }
