"""The Explore and Avoidance questions as URL parameters, and the same questions as CLI commands.

One table (`TARGET_FLAGS`) maps URL parameters to `dyadscope targets` options, so the page, its
"equivalent command" and the claim checker's links (which arrive as CLI commands) cannot drift apart.
Every value from a URL is checked here; a bad one is a QueryError with one sentence, never a traceback.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from dyadscope.analysis.avoidance import CELLS, DEFAULT_PERMUTATIONS, DEFAULT_SEED, PERIODS
from dyadscope.analysis.targeting import BREAKDOWNS, DEFINITION_FLAGS, WEIGHTS
from dyadscope.api import as_date
from dyadscope.countries import country_code
from dyadscope.errors import QueryError
from dyadscope.i18n import DEFAULT_LANG, msg

MAX_VALUE = 200  # characters in one parameter; an actor name is a few dozen
MAX_PERMUTATIONS = 99_999  # the page stays responsive; the CLI allows more
_ISO3 = re.compile(r"^[A-Za-z]{3}$")

# URL parameter -> `dyadscope targets` option (flags without a value are booleans).
TARGET_FLAGS: dict[str, str] = {
    "country": "--country",
    "from": "--from",
    "to": "--to",
    "by": "--by",
    "weight": "--weight",
    "admin1": "--admin1",
    "with": "--with",
    "source": "--source",
    "against": "--against",
    "dedupe": "--dedupe",
    "exclude_doubtful": "--exclude-doubtful",
    # definition switches, flags from their one definition (URL engagements_only = query exclude_one_sided)
    "actor_alone": DEFINITION_FLAGS["actor_alone"],
    "engagements_only": DEFINITION_FLAGS["exclude_one_sided"],
    "given_admin1_only": DEFINITION_FLAGS["given_admin1_only"],
    "name_alone": DEFINITION_FLAGS["name_alone"],
}
BOOLEAN_PARAMS = ("against", "dedupe", "exclude_doubtful", "actor_alone", "engagements_only", "given_admin1_only")
BOOLEAN_PARAMS += ("name_alone",)
_TRUE = {"1", "on", "true", "yes"}


_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 31.12.2014: how a Danish reader types a day


def typed_date(value: str | None, name: str) -> str | None:
    """A date from a form or a URL as ISO text: ISO as a date picker sends it, or the Danish 31.12.2014 typed where
    a browser shows a plain text box. Any other form, such as 12/31/2014 (which 31/12/2014 would make ambiguous),
    is a QueryError naming both forms it takes; the message names the URL parameter (`name`)."""
    if value is None:
        return None
    dotted = _DOTTED.fullmatch(value.strip())
    text = f"{dotted[3]}-{int(dotted[2]):02d}-{int(dotted[1]):02d}" if dotted else value.strip()
    try:
        return as_date(text, name).isoformat()  # type: ignore[union-attr]
    except QueryError:
        raise QueryError(msg("errors.not_a_typed_date", name=name, value=repr(value[:40]))) from None


def _text(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name) or []
    value = values[-1].strip() if values else ""
    if len(value) > MAX_VALUE:
        raise QueryError(msg("errors.value_too_long", name=name, max=MAX_VALUE))
    if any(ord(c) < 32 for c in value):
        raise QueryError(msg("errors.control_characters", name=name))
    return value or None


def _flag(params: dict[str, list[str]], name: str) -> bool:
    return (_text(params, name) or "").lower() in _TRUE


def _choice(params: dict[str, list[str]], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = _text(params, name) or default
    if value not in allowed:
        raise QueryError(msg("errors.one_of", option=name, choices=", ".join(allowed), value=repr(value)))
    return value


def _country(params: dict[str, list[str]]) -> str | None:
    value = _text(params, "country")
    if not value or _ISO3.match(value):  # codes the ISO list lacks (XKX) stay as given, as in the CLI
        return value.upper() if value else None
    return country_code(value)  # a name in English or Danish, or an ISO2 code, as `--country` takes


@dataclass(frozen=True)
class ExploreQuery:
    """What the Explore page shows: the arguments of Dyadscope.targets, checked."""

    actor: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    by: str = "class"
    weight: str = "events"
    against: bool = False
    sources: tuple[str, ...] = ()
    admin1: str | None = None
    with_actor: str | None = None
    exclude_doubtful: bool = False
    dedupe: bool = False
    actor_alone: bool = False
    engagements_only: bool = False
    given_admin1_only: bool = False
    name_alone: bool = False  # only events under the actor's own name (its lineage, successor_of, left out)

    @classmethod
    def from_params(cls, params: dict[str, list[str]]) -> ExploreQuery:
        """Parse URL parameters (`{name: [values]}`); raises QueryError for a bad value."""
        start, end = typed_date(_text(params, "from"), "from"), typed_date(_text(params, "to"), "to")
        sources = tuple(dict.fromkeys(v.strip() for v in params.get("source", []) if v.strip()))
        if any(len(s) > MAX_VALUE for s in sources) or len(sources) > 10:
            raise QueryError(msg("errors.too_many_sources"))
        return cls(
            actor=_text(params, "actor"),
            country=_country(params),
            start=start,
            end=end,
            by=_choice(params, "by", BREAKDOWNS, "class"),
            weight=_choice(params, "weight", WEIGHTS, "events"),
            against=_flag(params, "against"),
            sources=sources,
            admin1=_text(params, "admin1"),
            with_actor=_text(params, "with"),
            exclude_doubtful=_flag(params, "exclude_doubtful"),
            dedupe=_flag(params, "dedupe"),
            actor_alone=_flag(params, "actor_alone"),
            engagements_only=_flag(params, "engagements_only"),
            given_admin1_only=_flag(params, "given_admin1_only"),
            name_alone=_flag(params, "name_alone"),
        )

    def kwargs(self) -> dict[str, object]:
        """Keyword arguments of Dyadscope.targets (without the actor)."""
        return {
            "country": self.country,
            "start": self.start,
            "end": self.end,
            "by": self.by,
            "weight": self.weight,
            "against": self.against,
            "sources": self.sources,
            "admin1": self.admin1,
            "with_actor": self.with_actor,
            "exclude_doubtful": self.exclude_doubtful,
            "dedupe": self.dedupe,
            "actor_alone": self.actor_alone,
            "exclude_one_sided": self.engagements_only,
            "given_admin1_only": self.given_admin1_only,
            "name_alone": self.name_alone,
        }

    def params(self) -> list[tuple[str, str]]:
        """URL parameters of this query, defaults left out (so a shared URL stays short)."""
        values = {
            "country": self.country,
            "from": self.start,
            "to": self.end,
            "by": None if self.by == "class" else self.by,
            "weight": None if self.weight == "events" else self.weight,
            "admin1": self.admin1,
            "with": self.with_actor,
        }
        out = [("actor", self.actor)] if self.actor else []
        out += [(k, v) for k, v in values.items() if v]
        out += [("source", s) for s in self.sources]
        out += [(k, "1") for k in BOOLEAN_PARAMS if getattr(self, k)]
        return out

    def url(self, path: str = "/explore", lang: str = "en", **changes: object) -> str:
        """The URL of this query (with some fields changed), keeping the page language."""
        query = replace(self, **changes) if changes else self
        params = query.params() + ([("lang", lang)] if lang != "en" else [])
        return f"{path}?{urlencode(params)}" if params else path

    def command(self, db: str | None = None, lang: str = DEFAULT_LANG) -> str:
        """The `dyadscope targets` command that prints the same table (in the page's language)."""
        parts = [*_program(db, lang), "targets", self.actor or "ACTOR"]
        for name, value in self.params():
            if name == "actor":
                continue
            flag = TARGET_FLAGS[name]
            parts += [flag] if name in BOOLEAN_PARAMS else [flag, value]
        return " ".join(shlex.quote(p) for p in parts)


def _program(db: str | None, lang: str) -> list[str]:
    """`dyadscope` with the global options a page's command needs: its store, and its language if not English."""
    return ["dyadscope", *(["--lang", lang] if lang != DEFAULT_LANG else []), *(["--db", db] if db else [])]


def query_from_command(command: str) -> ExploreQuery | None:
    """The Explore query of a `dyadscope targets ...` command (as the claim checker writes it), or None."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    if len(words) < 3 or words[:2] != ["dyadscope", "targets"]:
        return None
    by_flag = {flag: name for name, flag in TARGET_FLAGS.items()}
    params: dict[str, list[str]] = {"actor": [words[2]]}
    rest = iter(words[3:])
    for word in rest:
        name = by_flag.get(word)
        if name is None:
            return None
        params.setdefault(name, []).append("1" if name in BOOLEAN_PARAMS else next(rest, ""))
    try:
        return ExploreQuery.from_params(params)
    except QueryError:
        return None


@dataclass(frozen=True)
class AvoidanceForm:
    """The Avoidance page's question: the arguments of Dyadscope.avoidance, checked (CLI defaults)."""

    actor_a: str | None = None
    actor_b: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    cell: str = "priogrid"
    period: str = "auto"
    permutations: int = DEFAULT_PERMUTATIONS
    seed: int = DEFAULT_SEED
    sources: tuple[str, ...] = field(default=())

    @classmethod
    def from_params(cls, params: dict[str, list[str]]) -> AvoidanceForm:
        """Parse URL parameters; raises QueryError for a bad value."""
        start, end = typed_date(_text(params, "from"), "from"), typed_date(_text(params, "to"), "to")
        numbers = {}
        for name, default in (("permutations", DEFAULT_PERMUTATIONS), ("seed", DEFAULT_SEED)):
            raw = _text(params, name)
            try:
                numbers[name] = int(raw) if raw else default
            except ValueError as exc:
                raise QueryError(msg("errors.whole_number", name=name, value=repr(raw))) from exc
        if not 1 <= numbers["permutations"] <= MAX_PERMUTATIONS:
            raise QueryError(msg("errors.permutations_here", max=MAX_PERMUTATIONS))
        return cls(
            actor_a=_text(params, "a"),
            actor_b=_text(params, "b"),
            country=_country(params),
            start=start,
            end=end,
            cell=_choice(params, "cell", CELLS, "priogrid"),
            period=_choice(params, "period", PERIODS, "auto"),
            permutations=numbers["permutations"],
            seed=numbers["seed"],
            sources=tuple(dict.fromkeys(v.strip() for v in params.get("source", []) if v.strip()))[:10],
        )

    def params(self) -> list[tuple[str, str]]:
        """URL parameters, defaults left out."""
        values = [
            ("a", self.actor_a),
            ("b", self.actor_b),
            ("country", self.country),
            ("from", self.start),
            ("to", self.end),
            ("cell", None if self.cell == "priogrid" else self.cell),
            ("period", None if self.period == "auto" else self.period),
            ("permutations", None if self.permutations == DEFAULT_PERMUTATIONS else str(self.permutations)),
            ("seed", None if self.seed == DEFAULT_SEED else str(self.seed)),
        ]
        return [(k, v) for k, v in values if v] + [("source", s) for s in self.sources]

    def command(self, db: str | None = None, lang: str = DEFAULT_LANG) -> str:
        """The `dyadscope avoidance` command that prints the same numbers (in the page's language)."""
        flags = {"country": "--country", "from": "--from", "to": "--to", "cell": "--cell", "period": "--period"}
        flags |= {"permutations": "--permutations", "seed": "--seed", "source": "--source"}
        parts = [*_program(db, lang), "avoidance", self.actor_a or "A", self.actor_b or "B"]
        for name, value in self.params():
            if name not in ("a", "b"):
                parts += [flags[name], value]
        return " ".join(shlex.quote(p) for p in parts)
