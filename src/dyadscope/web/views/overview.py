"""Overview: what the store holds, with the data credits; the basemap; the API index and its OpenAPI description."""

from __future__ import annotations

from importlib import resources

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dyadscope.i18n import t
from dyadscope.report.basemap import BASEMAP_FILE
from dyadscope.web import storeinfo
from dyadscope.web.app import lang_of, render
from dyadscope.web.openapi import openapi
from dyadscope.web.views.common import cached, cached_response


@cached_response
async def overview_page(request: Request) -> Response:
    """The front page."""
    info = await cached(request, "overview", storeinfo.overview)
    years = sorted({r["year"] for r in info["by_year"] if r["year"] is not None})
    sources = [s["source"] for s in info["sources"]]
    grid = {(r["source"], r["year"]): r["events"] for r in info["by_year"]}
    basemap_credit = t("report.basemap_credit", lang_of(request))  # the page's language, as the report's
    return render(
        request, "overview.html", info=info, years=years, sources=sources, grid=grid, basemap_credit=basemap_credit
    )


@cached_response
async def api_overview(request: Request) -> Response:
    """GET /api/overview: the same facts as JSON."""
    return JSONResponse(await cached(request, "overview", storeinfo.overview))


async def basemap(request: Request) -> Response:
    """The offline world outlines (world-atlas countries-110m, shipped with the report)."""
    data = (resources.files("dyadscope.report") / BASEMAP_FILE).read_bytes()
    return Response(data, media_type="application/json", headers={"Cache-Control": "max-age=86400"})


@cached_response
async def api_page(request: Request) -> Response:
    """The list of JSON endpoints, for people."""
    return render(request, "api.html", spec=openapi())


async def openapi_json(request: Request) -> Response:
    """GET /api/openapi.json: the OpenAPI 3.1 description of the JSON API."""
    return JSONResponse(openapi())


routes = [
    Route("/", overview_page),
    Route("/api/overview", api_overview),
    Route("/basemap.json", basemap),
    Route("/api", api_page),
    Route("/api/openapi.json", openapi_json),
]
