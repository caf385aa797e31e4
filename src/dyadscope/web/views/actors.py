"""Actor pages: aliases, class, lineage, coalitions, validity, activity by year, top counterparts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dyadscope.actors.registry import CLASS_LABELS, Actor
from dyadscope.analysis.compiled import Values
from dyadscope.analysis.targeting import TargetQuery, involvement, run_shaped
from dyadscope.api import Dyadscope, actor_in_store
from dyadscope.errors import QueryError, UnknownActor
from dyadscope.i18n import msg
from dyadscope.i18n.formats import class_name
from dyadscope.web.app import lang_of, render
from dyadscope.web.views.common import actor_id, cached, cached_response, uncached, web_of

if TYPE_CHECKING:
    import ibis

TOP = 10


async def _actor(request: Request) -> Actor:
    key = request.path_params["actor_id"]
    registry = web_of(request).registry
    actor = registry.actors.get(key) or registry.find_named(key)
    if actor is None:  # an actor the store's events resolved beyond the registry (govt_nga from ACLED's names)
        actor = await uncached(request, lambda ds: actor_in_store(ds.registry, ds.store, key))
    if actor is None:
        raise UnknownActor(msg("errors.no_actor_id", key=repr(key[:80])))
    return actor


def profile(ds: Dyadscope, actor: Actor) -> dict[str, object]:
    """The actor's registry entry with its activity by year and its most frequent counterparts."""
    import pandas as pd

    registry = ds.registry
    query = TargetQuery(actor.id)

    def years(table: ibis.Table, values: Values) -> ibis.Table:
        _, events = involvement(table, registry, query, values=values)
        dated = events.filter(events.date_start.year() == events.date_end.year())
        return (
            dated.group_by(year=dated.date_start.year())
            .aggregate(events=dated.count(), deaths=dated.fatalities_best.fill_null(0).sum())
            .order_by("year")
        )

    # One SQL per shape (analysis/compiled.py): every actor's page reuses it, the actor's ids bound as a parameter.
    by_year = pd.DataFrame(run_shaped(ds._query_events(), registry, query, "web-actor-years", years))
    counterparts = ds.targets(actor.id, by="actor").table.head(TOP) if len(by_year) else None
    name = {a_id: registry.actors[a_id].name for a_id in registry.actors}
    return {
        "id": actor.id,
        "name": actor.name,
        "class": actor.actor_class,
        "class_label": CLASS_LABELS[actor.actor_class],
        "country": actor.country,
        "aliases": list(actor.aliases),
        "lineage": sorted(name.get(i, i) for i in registry.lineage(actor.id) - {actor.id}),
        "lineage_ids": sorted(registry.lineage(actor.id) - {actor.id}),
        "parent": actor.parent,
        "member_of": list(actor.member_of),
        "members": [m.id for m in registry.members(actor.id)],
        "valid_from": actor.valid_from.isoformat() if actor.valid_from else None,
        "valid_to": actor.valid_to.isoformat() if actor.valid_to else None,
        "note": actor.note,
        "activity": [
            {"year": int(r.year), "events": int(r.events), "deaths": int(r.deaths)} for r in by_year.itertuples()
        ],
        "top_counterparts": []
        if counterparts is None
        else [
            {"label": str(r.label), "events": int(r.events), "share": float(r.share)}
            for r in counterparts.itertuples(index=False)
        ],
    }


@cached_response
async def actor_page(request: Request) -> Response:
    """/actors/{actor_id}: one actor."""
    actor = await _actor(request)
    data = await cached(request, ("actor", actor.id), lambda ds: profile(ds, actor))
    registry = web_of(request).registry
    names = {a_id: a.name for a_id, a in registry.actors.items()}
    peak = max((a["events"] for a in data["activity"]), default=0)
    top = [dict(row, actor_id=actor_id(request, row["label"])) for row in data["top_counterparts"]]
    lang = lang_of(request)
    # The note in the page's language where the registry has it; the profile (and the JSON API) keeps the English.
    note, note_lang = actor.note_in(lang) or (None, None)
    return render(
        request,
        "actor.html",
        actor=data,
        names=names,
        peak=peak,
        top=top,
        class_text=class_name(data["class_label"], lang),
        note=note,
        note_lang=note_lang,
    )


@cached_response
async def api_actor(request: Request) -> Response:
    """GET /api/actors/{actor_id}: the same as JSON."""
    actor = await _actor(request)
    return JSONResponse(await cached(request, ("actor", actor.id), lambda ds: profile(ds, actor)))


@cached_response
async def api_actors(request: Request) -> Response:
    """GET /api/actors?q=: actors whose name or alias contains q (any language)."""
    text = (request.query_params.get("q") or "").strip()
    if len(text) > 200:
        raise QueryError(msg("errors.longer_than", name="q", max=200))
    found = web_of(request).registry.search(text) if text else list(web_of(request).registry.actors.values())
    return JSONResponse(
        [{"id": a.id, "name": a.name, "class": a.actor_class, "aliases": list(a.aliases)} for a in found[:50]]
    )


routes = [
    Route("/actors/{actor_id:path}", actor_page),
    Route("/api/actors", api_actors),
    Route("/api/actors/{actor_id:path}", api_actor),
]
