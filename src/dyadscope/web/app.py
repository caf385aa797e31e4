"""The ASGI app of `dyadscope serve`: routes, templates, error pages. Pages live in web/views/*.

Every page is server-rendered (Jinja2, autoescaped) and has a JSON twin under /api. Nothing is loaded from
outside the server: the JavaScript (htmx, Vega, Leaflet) is vendored in web/static/vendor.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from dyadscope.actors.registry import Registry
from dyadscope.errors import DyadscopeError, StoreBusy, UnknownActor
from dyadscope.i18n import DEFAULT_LANG, LANGS, area_text, from_english, localized, t
from dyadscope.i18n.formats import class_name, country, date, number, percent, reason
from dyadscope.web.pool import StorePool
from dyadscope.web.security import CSRF_FIELD, BodyTooLarge, Guard, same_token

log = logging.getLogger("dyadscope.web")
RETRY_SECONDS = 2
MB = 1_000_000


@dataclass
class WebConfig:
    """How the server was started."""

    db: str
    allow_import: bool = False
    actors_file: str | None = None
    max_upload_mb: int = 200
    max_article_mb: int = 5
    db_shown: str | None = None  # the --db to print in equivalent commands (None: the default store)


class Web:
    """What every view needs: the config, the store pool, the templates, the import jobs."""

    def __init__(self, config: WebConfig, registry: Registry | None = None) -> None:
        self.config = config
        self.registry = registry or Registry.load(config.actors_file)
        self.pool = StorePool(config.db, self.registry, writable=config.allow_import)
        self.jobs: dict[str, object] = {}
        loader = jinja2.FileSystemLoader(str(resources.files("dyadscope.web") / "templates"))
        self.env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)

    @functools.cached_property
    def actor_names(self) -> list[str]:
        """Every name and alias in the registry, for the pickers' autocomplete (any language)."""
        names = {n for a in self.registry.actors.values() for n in (a.name, *a.aliases)}
        return sorted(names, key=str.casefold)

    def actor_label(self, label: object, lang: str) -> str:
        """A label naming an actor or a coalition ('A + B') in `lang`: each registry actor by its display name
        (Syriens regering, Islamisk Stat), any other part as the data wrote it."""
        return self.registry.display_label(str(label), lang)

    def caps(self, path: str) -> int:
        """Largest request body accepted on `path`."""
        if path.startswith(("/imports", "/api/imports")):
            return self.config.max_upload_mb * MB
        if path.startswith(("/check", "/api/check")):
            return self.config.max_article_mb * MB + 64_000
        return 64_000


def lang_of(request: Request) -> str:
    """The page language: ?lang=, else the cookie the toggle set, else English."""
    lang = request.query_params.get("lang") or request.cookies.get("lang")
    return lang if lang in LANGS else DEFAULT_LANG  # an unknown code still gets a page


def params_of(request: Request) -> dict[str, list[str]]:
    """The query string as {name: [values]}."""
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    return out


def with_lang(request: Request, lang: str) -> str:
    """This page's URL in another language."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    return f"{request.url.path}?{urlencode(items)}"


def render(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    """A page in the request's language, with the helpers every template uses."""
    web: Web = request.app.state.web
    lang = lang_of(request)

    def link(path: str, **params: object) -> str:
        items = [(k, str(v)) for k, v in params.items() if v not in (None, "", False)]
        items += [("lang", lang)] if lang != "en" else []
        return f"{path}?{urlencode(items)}" if items else path

    page = web.env.get_template(template).render(
        request=request,
        lang=lang,
        T=lambda key, **kw: area_text("web", key, lang, **kw),
        n=lambda v, d=0: number(v, lang, d),
        pct=lambda v, d=1: percent(v, lang, d),
        day=lambda v: date(v, lang),
        cls=lambda v: class_name(str(v), lang),
        land=lambda code: country(str(code), lang),  # a country's name from its ISO3 code
        who=lambda label: web.actor_label(label, lang),  # an actor's (or a coalition's) name in the page's language
        said=lambda text: from_english(text, lang),  # a message the library stored in English
        why=lambda code: reason(str(code), lang),  # a quarantine reason: its code, in Danish with its meaning
        link=link,
        other_lang_url=with_lang(request, "en" if lang == "da" else "da"),
        csrf=request.scope.get("state", {}).get("csrf", ""),
        csrf_field=CSRF_FIELD,
        config=web.config,
        **context,
    )
    response = HTMLResponse(page, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, samesite="strict", httponly=True)
    return response


def wants_json(request: Request) -> bool:
    """True for the /api routes."""
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, title_key: str = "error_title") -> Response:
    """One error shape: {"error": {"status", "message"}} for the API, a page for people."""
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    title = t(f"web.{title_key}", lang_of(request))
    return render(request, "error.html", status=status, title=title, message=message)


async def check_csrf(request: Request, form: dict) -> None:
    """Refuse a form POST whose token does not match the cookie's (raises HTTPException 403)."""
    if not same_token(form.get(CSRF_FIELD), request.scope.get("state", {}).get("csrf")):
        raise HTTPException(403, t("web.csrf", lang_of(request)))


def check_api_post(request: Request) -> None:
    """A JSON API POST must not be something a cross-site form could send without a CORS preflight."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "text/plain",
        "",
    ) and not request.headers.get("x-requested-by"):
        raise HTTPException(403, "send JSON (Content-Type: application/json) or the X-Requested-By header")


async def _on_dyadscope_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, StoreBusy):
        log.warning("store busy on %s: %s", request.url.path, exc.__cause__ or exc)
        return _busy(request)
    message = str(exc) if wants_json(request) else localized(exc, lang_of(request))  # the API's words stay English
    return error_response(request, 404 if isinstance(exc, UnknownActor) else 400, message)


def _busy(request: Request) -> Response:
    lang = lang_of(request)
    headers = {"Retry-After": str(RETRY_SECONDS)}
    if wants_json(request):
        body = {"error": {"status": 503, "message": "the store is busy (an import is running); retry shortly"}}
        return JSONResponse(body, status_code=503, headers=headers)
    response = render(
        request,
        "busy.html",
        status=503,
        title=t("web.busy_title", lang),
        message=t("web.busy_text", lang, s=RETRY_SECONDS),
        retry=RETRY_SECONDS,
    )
    response.headers["Retry-After"] = str(RETRY_SECONDS)
    return response


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    lang = lang_of(request)
    message = exc.detail if exc.status_code != 404 else t("web.not_found", lang)
    return error_response(request, exc.status_code, str(message))


async def _on_too_large(request: Request, exc: Exception) -> Response:
    mb = request.app.state.web.caps(request.url.path) // MB
    return error_response(request, 413, t("web.too_large", lang_of(request), mb=max(mb, 1)))


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path)
    return error_response(request, 500, t("web.server_error", lang_of(request)))


def _warm_up() -> None:
    import altair  # noqa: F401  (report.build imports it only when a chart is drawn)

    import dyadscope.report.build  # noqa: F401  (vl-convert, the chart code)


def _lifespan(web: Web):
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        # Altair and vl-convert take seconds to import: do it now, beside serving, not in the first visitor's request.
        threading.Thread(target=_warm_up, name="dyadscope-warm-up", daemon=True).start()
        yield
        web.pool.close()

    return lifespan


def create_app(config: WebConfig, registry: Registry | None = None) -> Guard:
    """The whole app, wrapped in the security guard (headers, body caps, CSRF cookie)."""
    from dyadscope.web.views import actors, avoidance, check, explore, imports, overview

    web = Web(config, registry)
    static = StaticFiles(directory=str(resources.files("dyadscope.web") / "static"))
    routes = [
        *overview.routes,
        *explore.routes,
        *actors.routes,
        *avoidance.routes,
        *check.routes,
        *imports.routes,
        Mount("/static", app=static, name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            DyadscopeError: _on_dyadscope_error,
            HTTPException: _on_http_error,
            BodyTooLarge: _on_too_large,
            Exception: _on_unexpected,
        },
        lifespan=_lifespan(web),
    )
    app.state.web = web

    async def refuse(scope: dict, cap: int) -> tuple[int, list, bytes]:
        request = Request(scope)
        request.scope["app"] = app
        response = await _on_too_large(request, BodyTooLarge())
        return response.status_code, response.raw_headers, response.body

    return Guard(app, web.caps, refuse)
