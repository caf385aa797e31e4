"""Small helpers the views share: running a cached library call off the event loop, store facts, actor links."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Hashable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from dyadscope.api import Dyadscope
from dyadscope.web import storeinfo


def web_of(request: Request):
    """The app's Web object (config, pool, templates)."""
    return request.app.state.web


async def cached(request: Request, key: Hashable, compute: Callable[[Dyadscope], object]) -> object:
    """`compute(ds)` in a worker thread, cached until the store changes."""
    return await run_in_threadpool(web_of(request).pool.cached, key, compute)


async def uncached(request: Request, compute: Callable[[Dyadscope], object]) -> object:
    """`compute(ds)` in a worker thread, every time."""

    def run() -> object:
        with web_of(request).pool.reader() as ds:
            return compute(ds)

    return await run_in_threadpool(run)


def cached_response(view: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """Keep a GET view's successful response (body, type, headers) until the store changes.

    The page is fully determined by its URL and language (GET pages carry no CSRF token), so twenty readers
    of one shared link cost one render.
    """

    @functools.wraps(view)
    async def wrapper(request: Request) -> Response:
        from dyadscope.web.app import lang_of

        pool = web_of(request).pool
        key = ("response", request.url.path, request.url.query, lang_of(request))
        hit = pool.lookup(key)
        if hit is None:
            response = await view(request)
            if response.status_code != 200 or not hasattr(response, "body"):
                return response
            kept = [(k, v) for k, v in response.raw_headers if k not in (b"set-cookie", b"content-length")]
            hit = (response.body, response.media_type, kept)
            pool.remember(key, hit)
        body, media_type, headers = hit
        response = Response(body, media_type=media_type)
        response.raw_headers.extend((k, v) for k, v in headers if k != b"content-type")
        if request.query_params.get("lang") in ("en", "da"):
            response.set_cookie("lang", request.query_params["lang"], samesite="strict", httponly=True)
        return response

    return wrapper


def facts(ds: Dyadscope) -> dict[str, object]:
    """What the forms offer: countries, sources and years in the store."""
    return {"countries": storeinfo.countries(ds), "sources": storeinfo.source_names(ds), "years": storeinfo.years(ds)}


def actor_names(request: Request) -> list[str]:
    """Every name and alias in the registry, for the pickers' autocomplete (any language)."""
    return web_of(request).actor_names


def actor_id(request: Request, label: str) -> str | None:
    """The registry id a table label names (one actor), or None (coalitions, unresolved names)."""
    actor = web_of(request).registry.find_or_none(str(label))
    return actor.id if actor and actor.id in web_of(request).registry.actors else None
