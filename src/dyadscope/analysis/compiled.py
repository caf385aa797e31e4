"""Running an analysis's Ibis expression over the events, with its compiled SQL cached on DuckDB.

Building and compiling the expression costs 0.05-0.1 s of Python, more than DuckDB needs to answer a
country-year question on 20M events, and `check` asks twenty such questions. The SQL depends only on the
key the caller gives (the query and the registry's fingerprint), the events table's columns and this code,
so it is kept in memory and in the per-user cache (dyadscope/cache.py, kept to SQL_CACHE_BYTES, least recently
used pruned first): a repeated question skips Ibis, and
when the events come as a plain DuckDB connection, Ibis is not even imported. Other engines (PySpark, ...)
run the expression as it is.

On DuckDB, Ibis only builds: a store's tables are unbound Ibis tables with the store's schema (`table_of`), and
the SQL Ibis compiles runs on dyadscope's own connection. No method of Ibis's DuckDB backend is called, so the
DuckDB release is not tied to the one Ibis's backend supports (ibis 12.0.0's backend calls methods DuckDB 2.0
removed, such as the connection's `fetch_arrow_table`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadscope.cache import read_cached, write_bounded
from dyadscope.errors import QueryError
from dyadscope.i18n import msg

if TYPE_CHECKING:
    import duckdb
    import ibis
    import pandas as pd

_SQL: dict[str, str] = {}  # key digest -> compiled SQL, for this process
# The per-user SQL cache's bound (polish): an entry is ~8 KB, so ~2,000 questions; one user had 18k (150 MB) unbounded.
SQL_CACHE_BYTES = 16 * 2**20


def _code_stamp() -> str:
    # The SQL changes when the code that builds it does (any module of the analysis package) or Ibis does.
    here = Path(__file__).parent
    stamps = sorted((p.name, p.stat().st_mtime_ns) for p in here.glob("*.py"))
    return repr((stamps, metadata.version("ibis-framework")))


_STAMP = _code_stamp()


def _plain_duckdb_table(events: Any) -> tuple[duckdb.DuckDBPyConnection, str, str] | None:
    """(connection, table name, schema text) when `events` is a whole table of a DuckDB database, else None."""
    import duckdb

    if isinstance(events, duckdb.DuckDBPyConnection):
        columns = events.execute("SELECT name, type FROM pragma_table_info('events')").fetchall()
        return events, "events", repr(columns)
    import ibis.expr.operations as ops

    op = events.op()
    if isinstance(op, ops.UnboundTable):  # `Dyadscope.events`: only its store's connection can run it
        raise QueryError(msg("errors.unbound_events"))
    backend = events._find_backend()
    if isinstance(op, ops.DatabaseTable) and backend.name == "duckdb" and not op.namespace.database:
        return backend.con, op.name, repr(events.schema())
    return None


def table_of(con: duckdb.DuckDBPyConnection, name: str) -> ibis.Table:
    """The table `name` of a DuckDB database as an unbound Ibis table: its SQL names `name`, and runs on `con`."""
    import ibis
    from ibis.backends.sql.datatypes import DuckDBType

    columns = con.execute(f"SELECT name, type, \"notnull\" FROM pragma_table_info('{name}')").fetchall()
    schema = {column: DuckDBType.from_string(kind, nullable=not notnull) for column, kind, notnull in columns}
    return ibis.table(schema, name=name)


def as_table(events: ibis.Table | duckdb.DuckDBPyConnection) -> ibis.Table:
    """The events as an Ibis table (a DuckDB connection's `events` table, unbound: see `table_of`)."""
    import duckdb

    if isinstance(events, duckdb.DuckDBPyConnection):
        return table_of(events, "events")
    return events


def on_duckdb(expr: ibis.Expr) -> bool:
    """Whether `expr` runs on DuckDB: built on a store's unbound tables (`table_of`), or on Ibis's DuckDB backend."""
    import ibis.expr.operations as ops

    return bool(expr.op().find(ops.UnboundTable)) or expr._find_backend().name == "duckdb"


def execute(con: duckdb.DuckDBPyConnection, expr: ibis.Expr) -> pd.DataFrame:
    """An expression over `table_of` tables run on `con`, as a DataFrame (what Ibis's `execute()` gives)."""
    import ibis

    return con.execute(str(ibis.to_sql(expr, dialect="duckdb"))).df()


def run(
    events: ibis.Table | duckdb.DuckDBPyConnection, key: tuple, build: Callable[[ibis.Table], ibis.Table]
) -> dict[str, list[Any]]:
    """The result of `build(events table)` as {column: values}; `key` must name everything `build` depends on
    besides the events. Plain lists, not a DataFrame: the results are a few rows, which pandas takes longer to
    build and take apart (~3 ms a call) than DuckDB takes to answer a country-year question on 100M events."""
    plain = _plain_duckdb_table(events)
    if plain is None:
        return build(events).execute().to_dict("list")
    con, table, schema = plain
    digest = hashlib.sha256(repr((key, table, schema, _STAMP)).encode()).hexdigest()[:24]
    sql = _SQL.get(digest)
    if sql is None:
        sql = read_cached(f"sql-{digest}")
        if not isinstance(sql, str):
            import ibis

            sql = str(ibis.to_sql(build(as_table(events)), dialect="duckdb"))
            write_bounded(f"sql-{digest}", sql, ("sql-",), SQL_CACHE_BYTES, len(sql))
        _SQL[digest] = sql
    cursor = con.execute(sql)
    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}
