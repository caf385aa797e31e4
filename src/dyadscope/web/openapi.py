"""The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json and listed on /api)."""

from __future__ import annotations

from functools import cache

from dyadscope.analysis.avoidance import CELLS, DEFAULT_PERMUTATIONS, DEFAULT_SEED, PERIODS
from dyadscope.analysis.targeting import BREAKDOWNS, WEIGHTS
from dyadscope.i18n import t


def _param(name: str, description: str, schema: dict | None = None, required: bool = False, many: bool = False):
    schema = schema or {"type": "string", "maxLength": 200}
    if many:
        schema = {"type": "array", "items": schema}
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


_LANG = _param("lang", "Page language of labels (numbers in JSON are plain).", {"enum": ["en", "da"]})
_TARGETS = [
    _param("actor", "Actor: any name or alias in the registry (e.g. ISIS, Daesh).", required=True),
    _param("country", "ISO3 code of the event country, e.g. SYR.", {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
    _param("from", "Window start, YYYY-MM-DD.", {"type": "string", "format": "date"}),
    _param("to", "Window end, YYYY-MM-DD.", {"type": "string", "format": "date"}),
    _param("by", "Breakdown.", {"enum": list(BREAKDOWNS), "default": "class"}),
    _param("weight", "Shares of events or of deaths.", {"enum": list(WEIGHTS), "default": "events"}),
    _param("with", "Also count events whose counterpart includes this actor."),
    _param("admin1", "Only this governorate/province."),
    _param("source", "Only these sources (repeatable).", many=True),
    _param("against", "The reverse question (1 = yes).", {"enum": ["1", "0"]}),
    _param("dedupe", "Count linked records once (1 = yes).", {"enum": ["1", "0"]}),
    _param("exclude_doubtful", "Leave out records the producer doubts (1 = yes).", {"enum": ["1", "0"]}),
    _param("actor_alone", "Only events where the actor's side was the actor alone (1 = yes).", {"enum": ["1", "0"]}),
    _param("engagements_only", "Leave out one-sided violence (1 = yes).", {"enum": ["1", "0"]}),
    _param("given_admin1_only", "Only governorates the source gave, none derived (1 = yes).", {"enum": ["1", "0"]}),
    _param(
        "name_alone",
        "Only events under the actor's own name, its renamed lineage left out (1 = yes).",
        {"enum": ["1", "0"]},
    ),
]
_AVOID = [
    _param("a", "Actor A.", required=True),
    _param("b", "Actor B, or a class set such as class:rebel.", required=True),
    *_TARGETS[1:4],
    _param("cell", "Place unit of a cell.", {"enum": list(CELLS), "default": "priogrid"}),
    _param("period", "Time unit of a cell.", {"enum": list(PERIODS), "default": "auto"}),
    _param("permutations", "Shuffles in the permutation test.", {"type": "integer", "default": DEFAULT_PERMUTATIONS}),
    _param("seed", "Random seed.", {"type": "integer", "default": DEFAULT_SEED}),
    _param("source", "Only these sources (repeatable).", many=True),
]
_ERROR = {
    "description": "A clear one-line error",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "error": {
                        "type": "object",
                        "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
                    }
                },
            }
        }
    },
}


def _summary(path: str) -> str:
    """An endpoint's one-line summary (English here; the /api page shows it in its own language)."""
    return t(f"web.api_summary.{path}")


def _get(summary: str, params: list, content: str = "application/json") -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": params,
            "responses": {
                "200": {"description": "OK", "content": {content: {}}},
                "400": _ERROR,
                "404": _ERROR,
                "503": _ERROR | {"description": "The store is busy (an import is running): retry after Retry-After"},
            },
        }
    }


@cache
def openapi() -> dict:
    """The description as a dict."""
    paths = {
        "/api/overview": _get(_summary("/api/overview"), []),
        "/api/targets": _get(_summary("/api/targets"), _TARGETS),
        "/api/targets.csv": _get(_summary("/api/targets.csv"), _TARGETS, "text/csv"),
        "/api/points": _get(_summary("/api/points"), _TARGETS),
        "/api/actors": _get(_summary("/api/actors"), [_param("q", "Part of a name.")]),
        "/api/actors/{actor_id}": _get(
            _summary("/api/actors/{actor_id}"),
            [{"name": "actor_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        ),
        "/api/avoidance": _get(_summary("/api/avoidance"), _AVOID),
        "/api/check": {
            "post": {
                "summary": _summary("/api/check"),
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["text"],
                                "properties": {
                                    "text": {"type": "string", "description": "Plain text, Markdown or HTML."},
                                    "lang": {"enum": ["auto", "en", "da"], "default": "auto"},
                                    "as_of": {"type": "string", "format": "date"},
                                },
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "OK"}, "400": _ERROR, "413": _ERROR, "503": _ERROR},
            }
        },
        "/api/imports": _get(_summary("/api/imports"), []),
        "/api/imports/{job_id}": _get(
            _summary("/api/imports/{job_id}"),
            [{"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        ),
        "/api/quarantine": _get(
            _summary("/api/quarantine"),
            [
                _param("reason", "Only this reason slug, e.g. bad-date."),
                _param("import_id", "Only rows of this import.", {"type": "integer"}),
                _param("page", "Page (100 rows each).", {"type": "integer", "default": 1}),
            ],
        ),
    }
    for item in paths.values():
        for operation in item.values():
            if operation is not None and "parameters" in operation:
                operation["parameters"] = [*operation["parameters"], _LANG]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "dyadscope JSON API",
            "version": "1",
            "description": "What the Python API returns, as JSON. Errors: {error: {status, message}}; "
            "503 with Retry-After while another process imports into the store.",
        },
        "paths": paths,
    }
