"""Avoidance: do A and B engage less than their shared presence predicts? The CLI's computation and defaults."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dyadscope.analysis.avoidance import AvoidanceResult
from dyadscope.analysis.avoidance_text import caveat_lines
from dyadscope.errors import DyadscopeError, QueryError, StoreBusy, UnknownActor
from dyadscope.i18n import localized, msg
from dyadscope.web.app import lang_of, params_of, render
from dyadscope.web.query import AvoidanceForm
from dyadscope.web.views.common import actor_id, actor_names, cached, cached_response, facts, web_of


async def result_of(request: Request, form: AvoidanceForm) -> AvoidanceResult:
    """Dyadscope.avoidance with exactly the arguments the CLI passes (cached until the store changes)."""
    if not form.actor_a or not form.actor_b:
        raise QueryError(msg("errors.two_actors"))
    return await cached(
        request,
        ("avoidance", form),
        lambda ds: ds.avoidance(
            form.actor_a,
            form.actor_b,
            form.country,
            form.start,
            form.end,
            form.cell,
            form.period,
            permutations=form.permutations,
            seed=form.seed,
            sources=form.sources,
        ),
    )


@cached_response
async def avoidance_page(request: Request) -> Response:
    """The form and, when two actors are named, the test."""
    store = await cached(request, "facts", facts)
    context: dict[str, object] = {"facts": store, "names": actor_names(request), "error": None, "result": None}
    status = 200
    try:
        form = AvoidanceForm.from_params(params_of(request))
    except QueryError as exc:
        form, context["error"], status = AvoidanceForm(), localized(exc, lang_of(request)), 400
    context["form"] = form
    if form.actor_a and form.actor_b and not context["error"]:
        try:
            result = await result_of(request, form)
        except StoreBusy:
            raise
        except DyadscopeError as exc:
            context["error"] = localized(exc, lang_of(request))  # the page's language
            status = 404 if isinstance(exc, UnknownActor) else 400
        else:
            context |= {
                "result": result,
                "top": list(result.top_cells.itertuples(index=False)),
                "command": form.command(web_of(request).config.db_shown, lang_of(request)),
                "caveats": caveat_lines(result, lang_of(request)),
                "a_id": actor_id(request, result.actor_a),
                "b_id": actor_id(request, result.actor_b),
            }
    return render(request, "avoidance.html", status=status, **context)


@cached_response
async def api_avoidance(request: Request) -> Response:
    """GET /api/avoidance: AvoidanceResult.to_dict(), the CLI's --format json."""
    form = AvoidanceForm.from_params(params_of(request))
    result = await result_of(request, form)
    body = result.to_dict() | {"command": form.command(web_of(request).config.db_shown)}
    return JSONResponse(json.loads(json.dumps(body, default=str).replace("NaN", "null")))


routes = [Route("/avoidance", avoidance_page), Route("/api/avoidance", api_avoidance)]
