"""Small helpers the views share: running a cached library call off the event loop, store facts, actor links."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

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


def facts(ds: Dyadscope) -> dict[str, object]:
    """What the forms offer: countries, sources and years in the store."""
    return {"countries": storeinfo.countries(ds), "sources": storeinfo.source_names(ds), "years": storeinfo.years(ds)}


def actor_names(request: Request) -> list[str]:
    """Every name and alias in the registry, for the pickers' autocomplete (any language)."""
    web = web_of(request)
    names = getattr(web, "_names", None)
    if names is None:
        names = sorted({n for a in web.registry.actors.values() for n in (a.name, *a.aliases)}, key=str.casefold)
        web._names = names
    return names


def actor_id(request: Request, label: str) -> str | None:
    """The registry id a table label names (one actor), or None (coalitions, unresolved names)."""
    actor = web_of(request).registry.find_or_none(str(label))
    return actor.id if actor and actor.id in web_of(request).registry.actors else None
