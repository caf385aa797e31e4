"""The report's charts as Altair specifications, rendered offline to SVG/PNG by vl-convert."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import vl_convert as vlc

from dyadscope.report.basemap import countries_near, extent, mercator_fit, numeric_id
from dyadscope.report.i18n import VEGA_LOCALE

WIDTH = 640
MAP_HEIGHT = 460
FONT = "Helvetica, Arial, sans-serif"
# One colour per counterpart class, the same in every chart (a colour-blind-safe palette).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#999999"]
_XMLNS = re.compile(r'\s+xmlns(:\w+)?="[^"]*"')


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (
        chart.configure(font=FONT)
        .configure_view(stroke=None)
        .configure_axis(labelFontSize=12, titleFontSize=12, gridColor="#e6e6e6", domainColor="#888")
        .configure_legend(labelFontSize=12, titleFontSize=12, orient="bottom", columns=2, labelLimit=0)
    )


def class_scale(labels: list[str]) -> alt.Scale:
    """Fixed class -> colour mapping so every chart agrees."""
    return alt.Scale(domain=labels, range=[PALETTE[i % len(PALETTE)] for i in range(len(labels))])


def shares_chart(rows: pd.DataFrame, scale: alt.Scale, axis_title: str) -> alt.TopLevelMixin:
    """Horizontal bars of shares with 95% interval whiskers; `rows` has label, share, ci_low, ci_high."""
    base = alt.Chart(rows).encode(y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=260)))
    bars = base.mark_bar(height=18).encode(
        x=alt.X("share:Q", axis=alt.Axis(format="%", title=axis_title), scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("label:N", scale=scale, legend=None),
    )
    rule = base.mark_rule(color="#222", strokeWidth=1.5).encode(x="ci_low:Q", x2="ci_high:Q")
    ticks = base.mark_tick(color="#222", thickness=1.5, size=10).encode(x="ci_low:Q") + base.mark_tick(
        color="#222", thickness=1.5, size=10
    ).encode(x="ci_high:Q")
    text = base.mark_text(align="left", dx=6, dy=-12, fontSize=11, color="#333").encode(
        x="ci_high:Q", text="share_text:N"
    )
    return _config((bars + rule + ticks + text).properties(width=WIDTH - 280, height=alt.Step(34)))


def monthly_chart(rows: pd.DataFrame, scale: alt.Scale, y_title: str) -> alt.TopLevelMixin:
    """Stacked monthly bars by counterpart class; `rows` has month (date), label, events."""
    chart = (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title=None, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=6)),
            y=alt.Y("sum(events):Q", title=y_title),
            color=alt.Color("label:N", scale=scale, title=None),
            order=alt.Order("label:N"),
        )
        .properties(width=WIDTH, height=240)
    )
    return _config(chart)


def map_chart(points: pd.DataFrame, scale: alt.Scale, country: str | None) -> alt.TopLevelMixin:
    """Events as dots over the offline basemap; `points` has latitude, longitude, label, deaths."""
    box = extent(points["latitude"].tolist(), points["longitude"].tolist())
    projection = mercator_fit(box, WIDTH, MAP_HEIGHT)
    # Only the countries in view: a smaller page, and a named dataset so Altair does not deep-copy it.
    topo = alt.NamedData(name="basemap", format=alt.DataFormat(type="topojson", feature="countries"))
    focus = numeric_id(country)
    fill = alt.condition(f"datum.id == '{focus}'", alt.value("#ece6da"), alt.value("#dcdcdc")) if focus else None
    land = alt.Chart(topo).mark_geoshape(stroke="#ffffff", strokeWidth=1, clip=True, color="#dcdcdc")
    if fill is not None:
        land = land.encode(color=fill)
    dots = (
        alt.Chart(points[["latitude", "longitude", "label", "deaths"]])
        .mark_circle(opacity=0.55, stroke="#ffffff", strokeWidth=0.3, clip=True)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            color=alt.Color("label:N", scale=scale, title=None),
            size=alt.Size("deaths:Q", scale=alt.Scale(range=[12, 500], zero=False), legend=None),
        )
    )
    chart = (
        alt.layer(land, dots)
        .project(**projection)
        .properties(width=WIDTH, height=MAP_HEIGHT, background="#eef3f7", datasets={"basemap": countries_near(box)})
    )
    return _config(chart)


def to_svg(chart: alt.TopLevelMixin, lang: str) -> str:
    """Inline SVG (no namespace URLs: the HTML parser does not need them), rendered offline."""
    svg = vlc.vegalite_to_svg(chart.to_json(), format_locale=VEGA_LOCALE[lang], time_format_locale=VEGA_LOCALE[lang])
    return _XMLNS.sub("", svg, count=2)


def to_png(chart: alt.TopLevelMixin, lang: str, scale: float = 2.0) -> bytes:
    """PNG bytes of the chart, rendered offline."""
    return vlc.vegalite_to_png(
        chart.to_json(), scale=scale, format_locale=VEGA_LOCALE[lang], time_format_locale=VEGA_LOCALE[lang]
    )
