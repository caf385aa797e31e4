"""The report's charts as Altair specifications, rendered offline to SVG/PNG by vl-convert.

Starting vl-convert's JavaScript engine costs about 0.9 s of CPU in each process, and importing Altair and
building a report's five charts about as much again. An SVG is fully determined by the chart function, its
inputs, the locale and this package's code, so `Drawing.svg` keeps it in the per-user cache
(dyadscope/cache.py): a report asked again neither imports Altair nor starts vl-convert. The cached charts are
kept to about CACHE_BYTES in all: writing deletes those read or written longest ago beyond it (at the first write
of a process, then after each sixteenth of the bound written: listing a cache folder of 10k entries costs ~35 ms).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import vl_convert as vlc

from dyadscope.cache import read_cached, write_bounded
from dyadscope.i18n.formats import VEGA_LOCALE
from dyadscope.report.basemap import countries_near, extent, mercator_fit, numeric_id

if TYPE_CHECKING:
    import altair as alt

WIDTH = 640
NARROW = 340  # the phone version: text stays 12 px on a 390 px screen instead of shrinking with the chart
MAP_HEIGHT = 460
# The map never gets more dots than this: events are binned on a grid first (report/build.py says the step).
MAP_POINTS = 1_200  # ~300 bytes of SVG each: the page stays well under 1 MB
FONT = "Helvetica, Arial, sans-serif"
# One colour per counterpart class, the same in every chart (a colour-blind-safe palette).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#999999"]
_BASEMAP_BOX = "dyadscope_basemap_box"
# The chart cache's bound: a report's five charts take about 0.5 MB (most of it the map), so ~100 reports' worth.
CACHE_BYTES = 64 * 2**20
_CACHED = ("svg-", "drawing-")  # the keys of this module's cache entries
_XMLNS = re.compile(r'\s+xmlns(:\w+)?="[^"]*"')
# With aria=False Vega still marks each mark group as a graphic ("graphics-symbol", described in English): dropped,
# so a screen reader reads the chart's own text (labels, axis titles) in the page's language.
_ROLES = re.compile(r'\s+(?:role="graphics-(?:symbol|object)"|aria-roledescription="[^"]*")')


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:

    # aria=False: Vega's own descriptions of axes and marks ("X-axis titled ...", "share: 0.29; label: ...") are
    # English only and are read out on a Danish page; the page around a chart names it and gives its numbers.
    return (
        chart.configure(font=FONT, aria=False)
        .configure_view(stroke=None)
        .configure_axis(labelFontSize=12, titleFontSize=12, gridColor="#e6e6e6", domainColor="#888")
        .configure_legend(labelFontSize=12, titleFontSize=12, orient="bottom", columns=2, labelLimit=0)
    )


def class_scale(labels: list[str]) -> alt.Scale:
    """Fixed class -> colour mapping so every chart agrees."""
    import altair as alt

    return alt.Scale(domain=labels, range=[PALETTE[i % len(PALETTE)] for i in range(len(labels))])


def percent_axis(title: str, lang: str, **kw: object) -> alt.Axis:
    """A share axis labelled '20%' (en) or '20 %' (da, with a no-break space as Danish writes it)."""
    import altair as alt

    if lang == "da":
        return alt.Axis(title=title, labelExpr="replace(format(datum.value, '.0%'), '%', '\u00a0%')", **kw)
    return alt.Axis(title=title, format="%", **kw)


def shares_chart(
    rows: pd.DataFrame, scale: alt.Scale, axis_title: str, lang: str = "en", width: int = WIDTH
) -> alt.TopLevelMixin:
    """Horizontal bars of shares with 95% interval whiskers; `rows` has label, share, ci_low, ci_high."""
    import altair as alt

    label_room = 260 if width >= WIDTH else 150
    base = alt.Chart(rows).encode(y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=label_room)))
    bars = base.mark_bar(height=18).encode(
        x=alt.X("share:Q", axis=percent_axis(axis_title, lang, tickCount=5), scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("label:N", scale=scale, legend=None),
    )
    rule = base.mark_rule(color="#222", strokeWidth=1.5).encode(x="ci_low:Q", x2="ci_high:Q")
    ticks = base.mark_tick(color="#222", thickness=1.5, size=10).encode(x="ci_low:Q") + base.mark_tick(
        color="#222", thickness=1.5, size=10
    ).encode(x="ci_high:Q")
    text = base.mark_text(align="left", dx=6, dy=-12, fontSize=11, color="#333").encode(
        x="ci_high:Q", text="share_text:N"
    )
    return _config((bars + rule + ticks + text).properties(width=width - label_room - 20, height=alt.Step(34)))


def monthly_chart(rows: pd.DataFrame, scale: alt.Scale, y_title: str, width: int = WIDTH) -> alt.TopLevelMixin:
    """Stacked monthly bars by counterpart class; `rows` has month (date), label, events."""
    import altair as alt

    chart = (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=alt.X(
                "yearmonth(month):T",
                title=None,
                axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=6 if width >= WIDTH else 3),
            ),
            y=alt.Y("sum(events):Q", title=y_title),
            color=alt.Color("label:N", scale=scale, title=None),
            order=alt.Order("label:N"),
        )
        .properties(width=width, height=240 if width >= WIDTH else 200)
    )
    return _config(chart)


def map_chart(points: pd.DataFrame, scale: alt.Scale, country: str | None) -> alt.TopLevelMixin:
    """Binned events as dots over the offline basemap; `points` (at most MAP_POINTS rows) has latitude,
    longitude, label and events (the count in the dot). No legend: the colours are those of the shares chart."""
    import altair as alt

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
        alt.Chart(points[["latitude", "longitude", "label", "events"]])
        .mark_circle(opacity=0.55, stroke="#ffffff", strokeWidth=0.3, clip=True)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            color=alt.Color("label:N", scale=scale, legend=None),
            size=alt.Size("events:Q", scale=alt.Scale(type="sqrt", range=[10, 400], zero=False), legend=None),
        )
    )
    chart = (
        alt.layer(land, dots)
        .project(**projection)
        # The outlines join the spec as JSON in _spec: walking them through Altair's object model costs seconds.
        .properties(width=WIDTH, height=MAP_HEIGHT, background="#eef3f7", usermeta={_BASEMAP_BOX: list(box)})
    )
    return _config(chart)


def _spec(chart: alt.TopLevelMixin) -> str:
    """The chart's Vega-Lite JSON. Its data is aggregated before charting (bounded by MAP_POINTS and the
    months x classes of the window), so Altair's per-chart row limit, meant for raw data, does not apply."""
    import altair as alt

    with alt.data_transformers.disable_max_rows():
        spec = chart.to_dict(validate=False)  # built by our own code; validation costs seconds
    box = spec.get("usermeta", {}).pop(_BASEMAP_BOX, None)
    if box is not None:
        spec.setdefault("datasets", {})["basemap"] = countries_near(tuple(box))
    return json.dumps(spec)


def to_svg(chart: alt.TopLevelMixin, lang: str) -> str:
    """Inline SVG (no namespace URLs: the HTML parser does not need them), rendered offline."""
    spec = _spec(chart)
    key = "svg-" + hashlib.sha256(repr((spec, lang, vlc.__version__)).encode()).hexdigest()[:32]
    svg = read_cached(key)
    if not isinstance(svg, str):
        svg = vlc.vegalite_to_svg(spec, format_locale=VEGA_LOCALE[lang], time_format_locale=VEGA_LOCALE[lang])
        svg = _ROLES.sub("", _XMLNS.sub("", svg, count=2))
        _keep(key, svg)
    return svg


def to_png(chart: alt.TopLevelMixin, lang: str, scale: float = 2.0) -> bytes:
    """PNG bytes of the chart, rendered offline."""
    return vlc.vegalite_to_png(
        _spec(chart), scale=scale, format_locale=VEGA_LOCALE[lang], time_format_locale=VEGA_LOCALE[lang]
    )


def _code_stamp() -> str:
    # A cached SVG changes when this package's code or data (basemap, locales) does, or Altair or vl-convert.
    here = Path(__file__).parent
    stamps = sorted((p.name, p.stat().st_mtime_ns) for p in here.iterdir() if p.is_file())
    return repr((stamps, metadata.version("altair"), vlc.__version__))


_STAMP = _code_stamp()


def _fingerprint(value: object) -> object:
    """A value standing for `value` in a cache key: a DataFrame by its columns, dtypes and a hash of its rows."""
    if isinstance(value, pd.DataFrame):
        rows = pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes()
        return (list(value.columns), [str(d) for d in value.dtypes], hashlib.sha256(rows).hexdigest())
    return value


@dataclass
class Drawing:
    """One chart as the function of this module that draws it and its arguments; `labels` become the class
    colour scale. Built into an Altair chart only when asked (`chart`) or when its SVG is not cached."""

    function: str
    labels: list[str]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def chart(self) -> alt.TopLevelMixin:
        """The Altair chart."""
        draw = getattr(sys.modules[__name__], self.function)
        return draw(self.args[0], class_scale(self.labels), *self.args[1:], **self.kwargs)

    def svg(self, lang: str) -> str:
        """The chart as inline SVG in `lang`, from the cache when the same chart was drawn before."""
        parts = (self.function, self.labels, [_fingerprint(a) for a in self.args], sorted(self.kwargs.items()))
        key = "drawing-" + hashlib.sha256(repr((parts, lang, _STAMP)).encode()).hexdigest()[:32]
        svg = read_cached(key)
        if not isinstance(svg, str):
            svg = to_svg(self.chart(), lang)
            _keep(key, svg)
        return svg


def _keep(key: str, svg: str) -> None:
    """Cache a chart, and prune the chart cache back to CACHE_BYTES when due."""
    write_bounded(key, svg, _CACHED, CACHE_BYTES, len(svg))  # characters, about bytes: SVG is ASCII but for labels
