"""The Spark engine: the same Ibis questions over events exported with `dyadscope export`, on a Spark cluster.

`connect(engine="spark", spark=session, events="export/events")` (or `dyadscope --engine spark --events ...`)
reads the Parquet events through `session` - a local one, or the cluster's under spark-submit, Databricks or
EMR - and runs targets() and avoidance() unchanged (analysis/*.py are Ibis expressions). Importing and linking
stay with the DuckDB store that made the export.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope
from dyadscope.errors import InputError, QueryError
from dyadscope.i18n import msg
from dyadscope.store.export import read_manifest

if TYPE_CHECKING:
    import ibis
    import pandas as pd
    from pyspark.sql import SparkSession


def local_session(master: str | None = None) -> SparkSession:
    """The active Spark session (spark-submit, Databricks, EMR), else a local one (`$SPARK_MASTER` or local[*])."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise InputError(msg("errors.needs_pyspark")) from exc
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    builder = SparkSession.builder.appName("dyadscope")
    chosen = master or os.environ.get("SPARK_MASTER")
    if chosen or not os.environ.get("SPARK_HOME"):  # under spark-submit the master comes from its own settings
        builder = builder.master(chosen or "local[*]")
    session = (
        builder.config("spark.sql.session.timeZone", "UTC")  # dates stay dates, whatever the machine's zone
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")  # Spark's warnings are not the user's business here
    return session


def _spark_path(path: str) -> tuple[str, str | None]:
    """(path for spark.read.parquet, its basePath): Hadoop globs do not recurse, so 'DIR/**/*.parquet' reads DIR,
    whose nested source=/year= folders Spark discovers itself; another glob keeps the partitions above it."""
    for tail in ("/**/*.parquet", "/**"):
        if path.endswith(tail) and not any(ch in path[: -len(tail)] for ch in "*?["):
            return path[: -len(tail)], None
    if not any(ch in path for ch in "*?["):
        return path, None
    static = []
    for part in Path(path).parts:
        if any(ch in part for ch in "*?[") or "=" in part:
            break
        static.append(part)
    return path, str(Path(*static)) if static else None


def read_events(spark: SparkSession, path: str) -> ibis.Table:
    """The events at `path` (an export's events folder, or a glob of its Parquet files) as an Ibis table on Spark."""
    import ibis

    where, base = _spark_path(path)
    reader = spark.read.option("basePath", base) if base else spark.read
    try:
        frame = reader.parquet(where)
    except Exception as exc:  # Spark raises its own AnalysisException (path missing, not Parquet)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(msg("errors.cannot_read_events", path=path, why=first)) from exc
    if "date_start" not in frame.columns or "side_a_ids" not in frame.columns:
        raise InputError(msg("errors.not_events", path=path))
    view = "dyadscope_events_" + hashlib.sha256(path.encode()).hexdigest()[:12]
    frame.createOrReplaceTempView(view)
    return ibis.pyspark.connect(spark).table(view)


class SparkDyadscope(Dyadscope):
    """targets() and avoidance() over exported Parquet events on Spark (import, link, actor reports need a store)."""

    def __init__(
        self, events: str | Path | None, spark: SparkSession | None = None, actors_file: str | Path | None = None
    ) -> None:
        if not events:
            raise QueryError(msg("errors.needs_events"))
        self.registry = Registry.load(actors_file)
        self.spark = spark if spark is not None else local_session()
        self.events_path = str(events)
        self.manifest = read_manifest(self.events_path)
        self.store = None
        self._table: ibis.Table | None = None

    @property
    def events(self) -> ibis.Table:
        """The exported events as an Ibis table on the Spark session."""
        if self._table is None:
            self._table = read_events(self.spark, self.events_path)
        return self._table

    def links(self) -> None:
        """None: the Spark engine reads the exported events only."""
        return None

    def execute(self, expr: ibis.Expr) -> pd.DataFrame:
        """Run an Ibis expression built on `events` on the Spark session, as a DataFrame."""
        return expr.execute()

    def _require_events(self) -> None:
        if self.events.limit(1).count().execute() == 0:
            raise QueryError(msg("errors.no_events_at", path=self.events_path))

    def _query_events(self) -> ibis.Table:
        return self.events

    def _known_countries(self) -> list[str]:
        return [c for c in self._distinct("country") if c]

    def ensure_resolved(self) -> None:
        """Refuse events whose actor columns were resolved with another registry (they cannot be re-resolved here)."""
        made_with = (self.manifest or {}).get("registry")
        if made_with and made_with != self.registry.fingerprint:
            now = self.registry.fingerprint
            raise QueryError(msg("errors.other_registry", path=self.events_path, made_with=made_with, now=now))

    def _needs_store(self, what: str) -> QueryError:
        return QueryError(msg("errors.needs_store", what=what))

    def import_file(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        raise self._needs_store("import")

    def link(self) -> None:  # type: ignore[override]
        raise self._needs_store("link")

    def export(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        raise self._needs_store("export")

    def unresolved(self, limit: int | None = None) -> None:  # type: ignore[override]
        raise self._needs_store("actors unresolved")

    def coverage_by_source(self) -> None:  # type: ignore[override]
        raise self._needs_store("actors coverage")

    def credits(self) -> list[str]:
        """Credits of every source in the events."""
        from dyadscope.sources import CREDITS

        return [CREDITS.get(s, s) for s in sorted(self._distinct("source"))]

    def _distinct(self, column: str) -> list[str]:
        return self.events.select(column).distinct().execute()[column].tolist()

    def close(self) -> None:
        """Nothing to close: the Spark session belongs to the caller."""
