"""The Python API: one object over one store.

>>> ds = connect(":memory:")
>>> ds.import_file("tests/data/ucdp/ged_syria_2016_2019_v191_sample.csv").imported > 0
True
>>> ds.targets("ISIS", country="SYR", by="class").table.columns[:3].tolist()
['key', 'label', 'events']
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.actors.registry import Actor, Registry, class_set, normalize_name
from dyadscope.analysis.caveats import StatedCaveats
from dyadscope.analysis.compiled import as_table, execute, fetch, table_of
from dyadscope.analysis.targeting import TargetingResult, TargetQuery, targets
from dyadscope.countries import country_code
from dyadscope.errors import QueryError, UnknownActor
from dyadscope.i18n import msg
from dyadscope.i18n.formats import iso_date
from dyadscope.sources import CREDITS, SOURCE_ALIASES
from dyadscope.store.db import Store
from dyadscope.store.resolve import ensure_resolved

if TYPE_CHECKING:  # loaded by the methods that use them: `dyadscope targets` needs neither Ibis nor SciPy
    import duckdb
    import ibis
    import pandas as pd
    from pyspark.sql import SparkSession

    from dyadscope.analysis.avoidance import AvoidanceResult
    from dyadscope.linking import LinkReport
    from dyadscope.store.export import ExportReport
    from dyadscope.store.ingest import ImportReport, Progress


def as_date(value: str | dt.date | None, name: str = "date") -> dt.date | None:
    """Parse an ISO date given by a user; None stays None."""
    return iso_date(value, lambda: QueryError(msg("errors.not_a_date", name=name, value=repr(value))))


def find_actor(registry: Registry, name: str, store: Store | None = None) -> Actor:
    """The actor `name` denotes (in the registry, by a producer's convention, or as `store`'s events name or
    resolved it); UnknownActor naming the closest aliases when there is none."""
    actor = registry.find_named(name) or (actor_in_store(registry, store, name) if store is not None else None)
    if actor is not None:
        return actor
    names: dict[str, tuple[str, str]] = {}  # folded alias -> (alias as written, actor id)
    for candidate in registry.actors.values():
        for alias in (candidate.name, *candidate.aliases):
            names.setdefault(normalize_name(alias), (alias, candidate.id))
    key = normalize_name(name)
    close = difflib.get_close_matches(key, names, n=20, cutoff=0.6)
    close += [k for k in names if len(key) >= 3 and key in k and k not in close]
    picked: dict[str, str] = {}  # one alias per actor, closest first
    for k in close:
        alias, actor_id = names[k]
        picked.setdefault(actor_id, alias)
    shown = [
        f"{alias!r}" + ("" if alias == registry.actors[i].name else f" ({registry.actors[i].name})")
        for i, alias in list(picked.items())[:3]
    ]
    hint = msg("errors.did_you_mean", names=", ".join(shown)) if shown else ""
    raise UnknownActor(msg("errors.unknown_actor", name=repr(name), hint=hint))


def actor_in_store(registry: Registry, store: Store, name: str) -> Actor | None:
    """The actor a store's events resolved under the id `name`, or from a side written `name`, as its import did
    (a producer's type code classes names no convention describes); the registry remembers it for the query."""
    key = normalize_name(name)
    rows = store.con.execute(
        """
        SELECT side, country, type FROM (
            SELECT side_a AS side, side_a_ids AS ids, country, side_a_type AS type FROM events
            UNION ALL SELECT side_b, side_b_ids, country, side_b_type FROM events)
        WHERE contains(ids, ?) OR lower(trim(side)) = ? LIMIT 20
        """,
        [f"|{key}|", key],
    ).fetchall()
    for side, country, type_code in rows:
        match = key if normalize_name(side) != key else None  # a side written `name`: any of its actors
        actor = _resolved_as_imported(registry, side, country, type_code, match, name)
        if actor is not None:
            return actor
    return None


def _resolved_as_imported(
    registry: Registry, side: str, country: str | None, type_code: str | None, actor_id: str | None, *names: str
) -> Actor | None:
    """The actor (`actor_id`, or the first) the import resolved the raw `side` to, remembered by the registry."""
    for actor in registry.resolve_side(side, country, type_code).actors:
        if actor_id is None or actor.id == actor_id:
            registry.remember(actor, *names)
            return actor
    return None


class Dyadscope:
    """A store plus the actor registry: import files, resolve actors, ask who targets whom."""

    def __init__(
        self,
        db: str | Path | None = None,
        actors_file: str | Path | None = None,
        read_only: bool = False,
        registry: Registry | None = None,
    ) -> None:
        # A server opens many connections; it loads the registry once and passes it in.
        self.registry = registry or Registry.load(actors_file)
        self.store = Store(db, read_only=read_only)
        if read_only and self.store.get_meta("registry") != self.registry.fingerprint and self.store.count():
            # Another registry resolved this store: bring it in step once, then read without a write lock.
            self.store.close()
            with Store(db) as writable:
                ensure_resolved(writable, self.registry)
            self.store = Store(db, read_only=True)

    @property
    def events(self) -> ibis.Table:
        """The events table as an Ibis table to build on; `execute()` runs what is built on the store."""
        return as_table(self.store.con)

    def links(self) -> ibis.Table | None:
        """The store's links (`dyadscope link`) as an Ibis table beside `events`, or None when there are none."""
        return table_of(self.store.con, "links") if self.store.count("links") else None

    def execute(self, expr: ibis.Expr) -> pd.DataFrame:
        """Run an Ibis expression built on `events` (and `links()`) on the store, as a DataFrame."""
        return execute(self.store.con, expr)

    def import_file(
        self,
        path: str | Path,
        encoding: str = "utf-8",
        progress: Progress | None = None,
        complete_export: bool = False,
        mapping: str | Path | None = None,
        cameo_roots: tuple[str, ...] | None = None,
        keep_raw: bool = False,
    ) -> ImportReport:
        """Import an event file (layout detected from its header, or described by a `mapping` YAML file)."""
        from dyadscope.sources.mapping import load_mapping  # the importer loads pandas: not on the query path
        from dyadscope.store.ingest import import_file

        layout = load_mapping(mapping) if mapping else None
        options = {"cameo_roots": tuple(cameo_roots)} if cameo_roots else None
        return import_file(
            self.store,
            path,
            self.registry,
            encoding=encoding,
            progress=progress,
            layout=layout,
            options=options,
            complete_export=complete_export,
            keep_raw=keep_raw,
        )

    def targets(
        self,
        actor: str,
        country: str | None = None,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        by: str = "class",
        weight: str = "events",
        against: bool = False,
        sources: tuple[str, ...] = (),
        admin1: str | None = None,
        with_actor: str | None = None,
        exclude_doubtful: bool = False,
        dedupe: bool = False,
        actor_alone: bool = False,
        exclude_one_sided: bool = False,
        given_admin1_only: bool = False,
        name_alone: bool = False,
    ) -> TargetingResult:
        """Who `actor` engaged/targeted (or, with against=True, who engaged it), broken down `by`."""
        self._require_events()
        self._check_actors(actor, with_actor)
        query = TargetQuery(
            actor,
            self.country(country),
            as_date(start, "--from"),
            as_date(end, "--to"),
            by,
            weight,
            against,
            tuple(SOURCE_ALIASES.get(s, s) for s in sources),
            admin1,
            with_actor,
            exclude_doubtful,
            dedupe,
            actor_alone,
            exclude_one_sided,
            given_admin1_only,
            name_alone,
        )
        self.ensure_resolved()
        links = self.links() if dedupe else None
        result = targets(self._query_events(), self.registry, query, links)
        result.caveats = StatedCaveats.of(result)  # print(result.caveats) reads as the CLI's footer
        return result

    def link(self) -> LinkReport:
        """Find records of one real event in different sources and store the links (`dyadscope link`)."""
        self.ensure_resolved()
        from dyadscope.linking import link_events

        return link_events(self.store, self.registry)

    def avoidance(
        self,
        actor_a: str,
        actor_b: str,
        country: str | None = None,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        cell: str = "priogrid",
        period: str = "auto",
        permutations: int | None = None,
        seed: int | None = None,
        sources: tuple[str, ...] = (),
    ) -> AvoidanceResult:
        """Do A and B engage less (or more) than their activity in shared space-time cells predicts?

        permutations and seed default to analysis.avoidance's DEFAULT_PERMUTATIONS (9,999) and DEFAULT_SEED (1),
        which the CLI, the report and the web app use too: one question, one set of numbers.
        """
        from dyadscope.analysis.avoidance import DEFAULT_PERMUTATIONS, DEFAULT_SEED, AvoidanceQuery, avoidance

        self._require_events()
        self._check_actors(actor_a, actor_b)
        query = AvoidanceQuery(
            actor_a,
            actor_b,
            self.country(country),
            as_date(start, "--from"),
            as_date(end, "--to"),
            cell,
            period,
            DEFAULT_PERMUTATIONS if permutations is None else permutations,
            DEFAULT_SEED if seed is None else seed,
            tuple(sources),
        )
        self.ensure_resolved()
        return avoidance(self._query_events(), self.registry, query)

    def country(self, value: str | None) -> str | None:
        """The ISO3 code of a country given as code or name (English or Danish); QueryError with a suggestion."""
        if value is None or not value.strip():
            return None
        try:
            return country_code(value)
        except QueryError:
            return country_code(value, self._known_countries())

    def _require_events(self) -> None:
        if not fetch(self.store.con, "SELECT 1 FROM events LIMIT 1"):  # asked once on a read-only store
            raise QueryError(msg("errors.empty_store"))

    def _query_events(self) -> ibis.Table | duckdb.DuckDBPyConnection:
        # The bare connection: a question asked before runs its cached SQL without loading Ibis.
        return self.store.con

    def _known_countries(self) -> list[str]:
        return [r[0] for r in self.store.con.execute("SELECT DISTINCT country FROM events").fetchall()]

    def export(self, folder: str | Path, file_format: str = "parquet", overwrite: bool = False) -> ExportReport:
        """Write the store as Parquet (events partitioned by source and year), CSV or JSON (`dyadscope export`)."""
        from dyadscope.store.export import export_store

        self.ensure_resolved()
        return export_store(self.store, folder, file_format, overwrite)

    def _check_actors(self, *names: str | None) -> None:
        """Refuse unknown actor names up front, suggesting the closest aliases (class:... sets are checked later)."""
        for name in names:
            if name and class_set(name) is None:
                find_actor(self.registry, name, self.store)

    def ensure_resolved(self) -> None:
        """Bring the store's resolved actor columns in step with the registry (no-op when they are)."""
        if self.store.read_only:
            return  # brought in step when opened (__init__); an empty store has nothing to resolve
        ensure_resolved(self.store, self.registry)

    def search_actors(self, text: str) -> list[Actor]:
        """Actors whose name or an alias contains `text`: the registry's, then those only this store's events name
        (`ds.search_actors("Nigeria")` finds Protesters (Nigeria) after an ACLED import)."""
        found = self.registry.search(text)
        if self.store is None:  # events on a Spark cluster: the registry alone
            return found
        needle = f"%{text.strip()}%"
        # one scan gives each actor's id with a side that names it, as the import resolved it: no scan per actor
        rows = self.store.con.execute(
            """
            SELECT trim(ids, '|'), any_value(raw), any_value(country), any_value(type) FROM (
                SELECT side_a_ids AS ids, side_a_actor AS name, side_a AS raw, country, side_a_type AS type
                FROM events
                UNION ALL SELECT side_b_ids, side_b_actor, side_b, country, side_b_type FROM events)
            WHERE length(ids) - length(replace(ids, '|', '')) = 2 AND (name ILIKE ? OR raw ILIKE ?)
            GROUP BY 1 ORDER BY 1 LIMIT 200
            """,
            [needle, needle],
        ).fetchall()
        known = {a.id for a in found}
        for actor_id, side, country, type_code in rows:
            if actor_id not in known and actor_id not in self.registry.actors:
                actor = _resolved_as_imported(self.registry, side, country, type_code, actor_id)
                if actor is not None:
                    found.append(actor)
        return found

    def unresolved(self, limit: int | None = None) -> pd.DataFrame:
        """Raw side names that did not resolve, with their event counts, most frequent first (blank sides are
        not names: an event naming one side only is not unresolved)."""
        self.ensure_resolved()
        sql = f"""
            SELECT name, count(*) AS events FROM (
                SELECT side_a AS name FROM events WHERE side_a_ids IS NULL AND {_named("side_a")}
                UNION ALL SELECT side_b FROM events WHERE side_b_ids IS NULL AND {_named("side_b")})
            GROUP BY name ORDER BY events DESC, name
        """
        frame = self.store.con.execute(sql).df()
        return frame.head(limit) if limit else frame

    def coverage(self) -> dict[str, float | int]:
        """How many events have every named side resolved to a class (one-sided events count when their side is)."""
        frame = self.coverage_by_source()
        total, resolved, one_sided = (int(frame[c].sum()) for c in ("events", "resolved", "one_sided"))
        share = resolved / total if total else float("nan")
        # both_resolved: the key's older name, kept for callers that read it
        return {
            "events": total,
            "resolved": resolved,
            "both_resolved": resolved,
            "one_sided": one_sided,
            "share": share,
        }

    def coverage_by_source(self) -> pd.DataFrame:
        """Per source: events, events with every named side resolved, share, one-sided events, unresolved names."""
        self.ensure_resolved()
        a, b = _named("side_a"), _named("side_b")
        resolved = f"({a} OR {b}) AND (NOT {a} OR side_a_class IS NOT NULL) AND (NOT {b} OR side_b_class IS NOT NULL)"
        sql = f"""
            WITH names AS (
                SELECT source, side_a AS name FROM events WHERE side_a_ids IS NULL AND {a}
                UNION SELECT source, side_b FROM events WHERE side_b_ids IS NULL AND {b}),
            per_source AS (SELECT source, count(*) AS unresolved_names FROM names GROUP BY source)
            SELECT e.source, count(*) AS events, count(*) FILTER (WHERE {resolved}) AS resolved,
                count(*) FILTER (WHERE ({a}) <> ({b})) AS one_sided,
                coalesce(any_value(n.unresolved_names), 0) AS unresolved_names
            FROM events e LEFT JOIN per_source n USING (source) GROUP BY e.source ORDER BY e.source
        """
        frame = self.store.con.execute(sql).df()
        for column in ("events", "resolved", "one_sided", "unresolved_names"):
            frame[column] = frame[column].astype("int64")
        frame.insert(3, "share", frame["resolved"] / frame["events"])
        return frame

    def credits(self) -> list[str]:
        """Credits of every source present in the store."""
        present = [r[0] for r in self.store.con.execute("SELECT DISTINCT source FROM events ORDER BY 1").fetchall()]
        return [CREDITS.get(s, s) for s in present]

    def close(self) -> None:
        """Close the store."""
        self.store.close()


def _named(column: str) -> str:
    """SQL: the side column holds a name (not NULL, not blank)."""
    return f"coalesce(trim({column}), '') <> ''"


ENGINES = ("duckdb", "spark")


def connect(
    db: str | Path | None = None,
    actors_file: str | Path | None = None,
    read_only: bool = False,
    engine: str = "duckdb",
    spark: SparkSession | None = None,
    events: str | Path | None = None,
) -> Dyadscope:
    """Open (or create) a store: `connect("my.duckdb")`; no path means $DYADSCOPE_DB or ./dyadscope.duckdb.

    `connect(engine="spark", spark=session, events="export/events")` asks the same questions of events exported
    with `dyadscope export`, on the Spark cluster behind `session` (docs/scale.md).
    """
    if engine == "duckdb":
        return Dyadscope(db, actors_file, read_only)
    if engine == "spark":
        from dyadscope.spark import SparkDyadscope

        return SparkDyadscope(events, spark, actors_file)
    raise QueryError(msg("errors.one_of", option="--engine", choices=", ".join(ENGINES), value=repr(engine)))
