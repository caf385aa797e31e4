"""Explore: whom an actor engaged, as a table with Wilson bars, charts, a map and the monthly series."""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dyadscope.analysis.caveats import footer_lines
from dyadscope.analysis.targeting import TargetingResult
from dyadscope.api import Dyadscope
from dyadscope.errors import DyadscopeError, QueryError, StoreBusy, UnknownActor
from dyadscope.i18n import localized, msg, t
from dyadscope.i18n.formats import class_name, country, date
from dyadscope.web import figures
from dyadscope.web.app import lang_of, params_of, render
from dyadscope.web.query import ExploreQuery
from dyadscope.web.views.common import actor_id, actor_names, cached, cached_response, facts, web_of

CHARTS = ("shares", "monthly")


def _results(q: ExploreQuery) -> tuple[str, ...]:
    return ("targets", q.actor, tuple(sorted(q.kwargs().items())))


def _compute(q: ExploreQuery):
    def run(ds: Dyadscope) -> tuple[TargetingResult, TargetingResult]:
        result = ds.targets(q.actor, **q.kwargs())
        monthly = result if q.by == "month" else ds.targets(q.actor, **{**q.kwargs(), "by": "month"})
        return result, monthly

    return run


async def results(request: Request, q: ExploreQuery) -> tuple[TargetingResult, TargetingResult]:
    """The targeting result and its monthly series (cached until the store changes)."""
    if not q.actor:
        raise QueryError(msg("errors.name_an_actor"))
    return await cached(request, _results(q), _compute(q))


def _label(request: Request, by: str, lang: str) -> Callable[[object], str]:
    """How a table or chart shows a row's label: a class or an actor in `lang`, anything else as it is."""
    if by == "class":
        return lambda label: class_name(str(label), lang)
    if by == "actor":
        return lambda label: web_of(request).actor_label(label, lang)
    return str


def _rows(request: Request, result: TargetingResult, lang: str) -> list[dict[str, object]]:
    q = result.query
    rows = []
    shown = _label(request, q.by, lang)
    for row in result.table.itertuples(index=False):
        label = shown(row.label)
        item = {
            "label": label,
            "actor_id": actor_id(request, row.label) if q.by == "actor" else None,
            "events": row.events,
            "share": row.share,
            "low": row.ci_low,
            "high": row.ci_high,
            "deaths": row.fatalities,
            "coalition": row.coalition_events,
        }
        if q.with_actor:
            item |= {"with": row.with_events, "with_share": row.with_share, "wlow": row.with_ci_low}
            item |= {"whigh": row.with_ci_high}
        rows.append(item)
    return rows


def _title(request: Request, result: TargetingResult, lang: str) -> str:
    q = result.query
    where = t("common.in", lang, country=country(q.country, lang)) if q.country else ""
    window = t("common.window", lang, start=date(q.start, lang), end=date(q.end, lang))
    key = "result_title_against" if q.against else "result_title"
    actor = result.actor.display_name(lang)
    return t(f"web.{key}", lang, actor=actor, where=where, window=window if q.start or q.end else "")


@cached_response
async def explore_page(request: Request) -> Response:
    """The Explore page: the form, and the answer when an actor is named."""
    web = web_of(request)
    lang = lang_of(request)
    store = await cached(request, "facts", facts)
    context: dict[str, object] = {"facts": store, "names": actor_names(request), "error": None, "result": None}
    try:
        q = ExploreQuery.from_params(params_of(request))
    except QueryError as exc:
        q, context["error"] = ExploreQuery(), localized(exc, lang)
    context["q"] = q
    status = 200
    if q.actor and not context["error"]:
        try:
            result, monthly = await results(request, q)
        except StoreBusy:
            raise
        except DyadscopeError as exc:
            context["error"], status = localized(exc, lang), 404 if isinstance(exc, UnknownActor) else 400
        else:
            shown = _label(request, q.by, lang)
            specs = await cached(request, ("specs", _results(q), lang), lambda ds: _specs(result, monthly, lang, shown))
            context |= {
                "result": result,
                "title": _title(request, result, lang),
                "rows": _rows(request, result, lang),
                "summary": result.with_summary() if q.with_actor else None,
                "footer": footer_lines(result, lang),
                "command": q.command(web.config.db_shown, lang),
                "specs": specs,
                "months": [r for r in monthly.table.itertuples(index=False)],
                "actor_page": actor_id(request, result.actor.id),
            }
    elif context["error"]:
        status = 400
    context["url"] = lambda path="/explore", **changes: q.url(path, lang, **changes)
    return render(request, "explore.html", status=status, **context)


def script_json(data: object) -> str:
    """JSON safe inside <script type="application/json">: a label from the data cannot close the element."""
    return json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _specs(
    result: TargetingResult, monthly: TargetingResult, lang: str, shown: Callable[[object], str]
) -> dict[str, str]:
    out = {"shares": script_json(figures.embed_spec(figures.shares_chart(result, lang, shown)))}
    chart = figures.monthly_chart(monthly, lang)
    if chart is not None:
        out["monthly"] = script_json(figures.embed_spec(chart))
    return out


@cached_response
async def api_targets(request: Request) -> Response:
    """GET /api/targets: Dyadscope.targets as JSON, with the CLI's footer lines and the equivalent command."""
    q = ExploreQuery.from_params(params_of(request))
    result, _ = await results(request, q)
    body = result.to_dict() | {"footer": footer_lines(result), "command": q.command(web_of(request).config.db_shown)}
    return JSONResponse(json.loads(json.dumps(body, default=str)))


@cached_response
async def api_targets_csv(request: Request) -> Response:
    """GET /api/targets.csv: the table as CSV (the CLI's --format csv)."""
    q = ExploreQuery.from_params(params_of(request))
    result, _ = await results(request, q)
    name = f"dyadscope-{(q.actor or 'targets').lower().replace(' ', '-')[:40]}.csv"
    headers = {"Content-Disposition": f'attachment; filename="{_safe(name)}"'}
    return Response(result.table.to_csv(index=False), media_type="text/csv; charset=utf-8", headers=headers)


@cached_response
async def api_points(request: Request) -> Response:
    """GET /api/points: the query's events binned for the map."""
    q = ExploreQuery.from_params(params_of(request))
    if not q.actor:
        raise QueryError(msg("errors.name_an_actor"))
    lang = lang_of(request)
    points = await cached(request, ("points", _results(q), lang), lambda ds: figures.map_points(ds, q, lang))
    return JSONResponse(points)


@cached_response
async def chart_file(request: Request) -> Response:
    """GET /explore/chart/{name}.{fmt}: one chart as SVG or PNG (rendered offline)."""
    name, fmt = request.path_params["name"], request.path_params["fmt"]
    if name not in CHARTS or fmt not in ("svg", "png"):
        raise QueryError(msg("errors.chart_kinds"))
    q = ExploreQuery.from_params(params_of(request))
    lang = lang_of(request)
    result, monthly = await results(request, q)

    def draw(_ds: Dyadscope) -> bytes:
        shown = _label(request, q.by, lang)
        chart = figures.shares_chart(result, lang, shown) if name == "shares" else figures.monthly_chart(monthly, lang)
        if chart is None:
            raise QueryError(msg("errors.no_monthly"))
        return figures.render(chart, fmt, lang)

    data = await cached(request, ("chart", _results(q), name, fmt, lang), draw)
    media = "image/svg+xml" if fmt == "svg" else "image/png"
    headers = {"Content-Disposition": f'attachment; filename="dyadscope-{name}.{fmt}"'}
    return Response(data, media_type=media, headers=headers)


@cached_response
async def report_file(request: Request) -> Response:
    """GET /explore/report: the self-contained HTML report of `dyadscope report` for this actor and window."""
    from dyadscope.report.build import build_report

    q = ExploreQuery.from_params(params_of(request))
    if not q.actor:
        raise QueryError(msg("errors.name_an_actor"))
    lang = lang_of(request)
    key = ("report", q.actor, q.country, q.start, q.end, lang)
    html = await cached(request, key, lambda ds: build_report(ds, q.actor, q.country, q.start, q.end, lang=lang).html)
    headers = {"Content-Disposition": 'attachment; filename="dyadscope-report.html"'}
    return Response(html, media_type="text/html; charset=utf-8", headers=headers)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name)


routes = [
    Route("/explore", explore_page),
    Route("/explore/chart/{name}.{fmt}", chart_file),
    Route("/explore/report", report_file),
    Route("/api/targets", api_targets),
    Route("/api/targets.csv", api_targets_csv),
    Route("/api/points", api_points),
]
