"""The Python API: one object over one store.

>>> ds = connect(":memory:")
>>> ds.import_file("tests/data/ucdp/ged_syria_2016_2019_v191_sample.csv").imported > 0
True
>>> ds.targets("ISIS", country="SYR", by="class").table.columns[:3].tolist()
['key', 'label', 'events']
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ibis
import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.analysis.avoidance import AvoidanceQuery, AvoidanceResult, avoidance
from dyadscope.analysis.targeting import TargetingResult, TargetQuery, targets
from dyadscope.errors import QueryError
from dyadscope.linking import LinkReport, link_events
from dyadscope.sources import CREDITS, SOURCE_ALIASES
from dyadscope.sources.mapping import load_mapping
from dyadscope.store.db import Store
from dyadscope.store.ingest import ImportReport, Progress, import_file
from dyadscope.store.resolve import ensure_resolved


def as_date(value: str | dt.date | None, name: str = "date") -> dt.date | None:
    """Parse an ISO date given by a user; None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise QueryError(f"{name} {value!r} is not a date like 2014-12-31") from exc


class Dyadscope:
    """A store plus the actor registry: import files, resolve actors, ask who targets whom."""

    def __init__(
        self,
        db: str | Path | None = None,
        actors_file: str | Path | None = None,
        read_only: bool = False,
        registry: Registry | None = None,
    ) -> None:
        self.store = Store(db, read_only=read_only)
        # A server opens many connections; it loads the registry once and passes it in.
        self.registry = registry or Registry.load(actors_file)
        self._ibis = None

    @property
    def events(self) -> ibis.Table:
        """The events table as an Ibis expression on the store's DuckDB connection."""
        if self._ibis is None:
            self._ibis = ibis.duckdb.from_connection(self.store.con)
        return self._ibis.table("events")

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
    ) -> TargetingResult:
        """Who `actor` engaged/targeted (or, with against=True, who engaged it), broken down `by`."""
        if not self.store.con.execute("SELECT 1 FROM events LIMIT 1").fetchone():
            raise QueryError("the store is empty: run `dyadscope demo` or `dyadscope import FILE` first")
        query = TargetQuery(
            actor,
            country,
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
        )
        self.ensure_resolved()
        events = self.events
        links = self._ibis.table("links") if dedupe and self.store.count("links") else None
        return targets(events, self.registry, query, links)

    def link(self) -> LinkReport:
        """Find records of one real event in different sources and store the links (`dyadscope link`)."""
        self.ensure_resolved()
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
        permutations: int = 9_999,
        seed: int = 1,
        sources: tuple[str, ...] = (),
    ) -> AvoidanceResult:
        """Do A and B engage less (or more) than their activity in shared space-time cells predicts?"""
        if not self.store.con.execute("SELECT 1 FROM events LIMIT 1").fetchone():
            raise QueryError("the store is empty: run `dyadscope demo` or `dyadscope import FILE` first")
        query = AvoidanceQuery(
            actor_a,
            actor_b,
            country,
            as_date(start, "--from"),
            as_date(end, "--to"),
            cell,
            period,
            permutations,
            seed,
            tuple(sources),
        )
        self.ensure_resolved()
        return avoidance(self.events, self.registry, query)

    def ensure_resolved(self) -> None:
        """Bring the store's resolved actor columns in step with the registry (no-op when they are)."""
        ensure_resolved(self.store, self.registry)

    def unresolved(self, limit: int | None = None) -> pd.DataFrame:
        """Raw side names that did not resolve, with their event counts, most frequent first."""
        self.ensure_resolved()
        sql = """
            SELECT name, count(*) AS events FROM (
                SELECT side_a AS name FROM events WHERE side_a_ids IS NULL
                UNION ALL SELECT side_b FROM events WHERE side_b_ids IS NULL)
            GROUP BY name ORDER BY events DESC, name
        """
        frame = self.store.con.execute(sql).df()
        return frame.head(limit) if limit else frame

    def coverage(self) -> dict[str, float | int]:
        """How many events have both sides resolved to a class."""
        self.ensure_resolved()
        total, both = self.store.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE side_a_class IS NOT NULL AND side_b_class IS NOT NULL) FROM events"
        ).fetchone()
        return {"events": total, "both_resolved": both, "share": both / total if total else float("nan")}

    def credits(self) -> list[str]:
        """Credits of every source present in the store."""
        present = [r[0] for r in self.store.con.execute("SELECT DISTINCT source FROM events ORDER BY 1").fetchall()]
        return [CREDITS.get(s, s) for s in present]

    def close(self) -> None:
        """Close the store."""
        self.store.close()


def connect(db: str | Path | None = None, actors_file: str | Path | None = None, read_only: bool = False) -> Dyadscope:
    """Open (or create) a store: `connect("my.duckdb")`; no path means $DYADSCOPE_DB or ./dyadscope.duckdb."""
    return Dyadscope(db, actors_file, read_only)
