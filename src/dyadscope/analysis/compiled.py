"""Running an analysis's Ibis expression over the events, with its compiled SQL cached on DuckDB.

Building and compiling the expression costs 0.05-0.1 s of Python, more than DuckDB needs to answer a
country-year question on 20M events, and `check` asks twenty such questions. The SQL depends only on the
key the caller gives, the events table's columns and this code, so it is kept in memory and in the per-user
cache (dyadscope/cache.py, kept to SQL_CACHE_BYTES, least recently used pruned first): a repeated question skips
Ibis, and when the events come as a plain DuckDB connection, Ibis is not even imported. Other engines (PySpark,
...) run the expression as it is.

A caller that gives `values` (targeting: the actor's ids, country, admin1, sources, dates) compiles once per query
*shape*, not per question: `key` then names the shape only, the expression is built with a unique placeholder
literal for each value, and the placeholders become DuckDB parameters (`$name`) bound at execution, so the same
question about another actor, country or year reuses the SQL. DuckDB substitutes the bound values before it plans
(the same filters pushed into the scan, the same regex compiled once), so a question runs as fast as with literals.
Compiling costs ~0.09 s a question, which a clean clone (new file times in the stamp) and every new question paid:
a cold evaluation of six claim sets compiled 1,014 SQL texts. When a placeholder does not come through to the SQL
as one quoted literal, that shape is compiled per question with its values as literals, as before.

On a read-only database the answers are kept too (the last ANSWERS_KEPT questions per connection): DuckDB lets no
process write a file another holds open read-only, so a question asked again is answered from memory. The claim
checker asks the same questions for many sentences (a cold evaluation of six claim sets: 4,074 runs, 1,014
distinct questions); a writable store is asked each time.

On DuckDB, Ibis only builds: a store's tables are unbound Ibis tables with the store's schema (`table_of`), and
the SQL Ibis compiles runs on dyadscope's own connection. No method of Ibis's DuckDB backend is called, so the
DuckDB release is not tied to the one Ibis's backend supports (ibis 12.0.0's backend calls methods DuckDB 2.0
removed, such as the connection's `fetch_arrow_table`).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
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

_SQL: dict[str, str] = {}  # key digest -> compiled SQL ("" for a shape compiled per question), for this process
_NONCE = secrets.token_hex(6)  # makes the placeholders below unlike any text a query could hold
# Answers on a read-only database, per connection, the last ANSWERS_KEPT (SQL, parameters) used: no process can write
# the file while it is open read-only, so a question asked again (the claim checker asks the same ones for many
# sentences: a cold evaluation of six claim sets ran 4,074 queries, 1,014 of them distinct) is answered from memory.
_Answers = OrderedDict[tuple, tuple[list[str], list[tuple]]]  # (SQL, parameters) -> (column names, rows)
_ANSWERS: weakref.WeakKeyDictionary[Any, _Answers] = weakref.WeakKeyDictionary()
_WRITABLE: weakref.WeakSet[Any] = weakref.WeakSet()
ANSWERS_KEPT = 4096
_ANSWERS_LOCK = threading.Lock()  # the web server's threads share this module
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
        columns = fetch(events, "SELECT name, type FROM pragma_table_info('events')")  # asked for every question
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


class Values:
    """A query's values as Ibis scalars for the expression that reads them: `values("country")`. Literals, or on
    DuckDB placeholders that `run` turns into parameters."""

    def __init__(self, values: Mapping[str, object], placeholders: bool = False) -> None:
        self.values = dict(values)
        self.placeholders = placeholders

    def __contains__(self, name: str) -> bool:
        return name in self.values

    def token(self, name: str) -> str:
        """The placeholder text of `name`: quoted, it stands for the value in the compiled SQL."""
        return f"dyadscope-value-{_NONCE}-{name}-"  # the last dash: 'source1' is no part of 'source10'

    def __call__(self, name: str) -> ibis.Value:
        import ibis

        value = self.values[name]
        if not self.placeholders or value is None:
            return ibis.literal(value)
        token = ibis.literal(self.token(name))
        if isinstance(value, str):
            return token
        # A whole number as int64: its literal's type is the narrowest that holds it (int8 for 5), and the SQL of
        # the shape must take any other question's value (500).
        kind = "int64" if isinstance(value, int) and not isinstance(value, bool) else ibis.literal(value).type()
        return token.cast(kind)


def _compile(expr: ibis.Expr) -> str:
    """An expression's DuckDB SQL (one function, so the tests can count compiles)."""
    import ibis

    return str(ibis.to_sql(expr, dialect="duckdb"))


def _parameterised(sql: str, values: Values) -> str:
    """`sql` with each value's quoted placeholder made the parameter `$name`; "" unless each appears, and only as
    a whole quoted literal (then the values must be compiled in as literals; "" is cached, so the shape is not
    compiled again to find out)."""
    for name, value in values.values.items():
        if value is None:  # compiled in as a NULL literal (no placeholder: see Values)
            continue
        token = values.token(name)
        quoted = sql.count(f"'{token}'")
        if not quoted or quoted != sql.count(token):
            return ""
        sql = sql.replace(f"'{token}'", f"${name}")
    return sql


def _cached_sql(key: tuple, table: str, schema: str, compile_sql: Callable[[], str]) -> str:
    """The SQL of `key` from this process, else the per-user cache, else compiled and kept in both."""
    digest = hashlib.sha256(repr((key, table, schema, _STAMP)).encode()).hexdigest()[:24]
    sql = _SQL.get(digest)
    if sql is None:
        sql = read_cached(f"sql-{digest}")
        if not isinstance(sql, str):
            sql = compile_sql()
            write_bounded(f"sql-{digest}", sql, ("sql-",), SQL_CACHE_BYTES, max(len(sql), 1))
        _SQL[digest] = sql
    return sql


def run(
    events: ibis.Table | duckdb.DuckDBPyConnection,
    key: tuple,
    build: Callable[..., ibis.Table],
    values: Mapping[str, object] | None = None,
) -> dict[str, list[Any]]:
    """The result of `build(events table)` as {column: values}; `key` must name everything `build` depends on
    besides the events. With `values`, `build(events table, Values)` reads them through its argument, and `key`
    names everything else (the query's shape): on DuckDB they are bound as parameters. Plain lists, not a
    DataFrame: the results are a few rows, which pandas takes longer to build and take apart (~3 ms a call) than
    DuckDB takes to answer a country-year question on 100M events."""
    plain = _plain_duckdb_table(events)
    if plain is None:
        built = build(events) if values is None else build(events, Values(values))
        return built.execute().to_dict("list")
    con, table, schema = plain
    params: dict[str, object] = {}
    if values is None:
        sql = _cached_sql(key, table, schema, lambda: _compile(build(as_table(events))))
    else:
        # The value types are part of the shape: a date and a text compile to different casts.
        shape = (key, tuple((name, type(value).__name__) for name, value in sorted(values.items())))
        placeholders = Values(values, placeholders=True)
        sql = _cached_sql(
            shape, table, schema, lambda: _parameterised(_compile(build(as_table(events), placeholders)), placeholders)
        )
        if sql:
            params = {name: value for name, value in values.items() if value is not None}
        else:  # this shape does not compile to parameters: one SQL per question, its values as literals
            full = (key, tuple(sorted(values.items())))
            sql = _cached_sql(full, table, schema, lambda: _compile(build(as_table(events), Values(values))))
    names, rows = _answer(con, sql, params)
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def _execute(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object]) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of `sql` run on `con` with `params` bound."""
    cursor = con.execute(sql, params) if params else con.execute(sql)
    return [column[0] for column in cursor.description], cursor.fetchall()


def fetch(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    """The rows of `sql` run on `con`, from memory when its database is read-only and `sql` was asked on it before
    (the events' columns and whether there are any: asked for each of a check's ~30 questions, ~1.5 ms each)."""
    return _answer(con, sql, {}, lambda con, sql, _: ([], con.execute(sql).fetchall()))[1]


def _answer(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: dict[str, object],
    execute: Callable[..., tuple[list[str], list[tuple]]] | None = None,
) -> tuple[list[str], list[tuple]]:
    """`execute` (a question's: `_execute`), from memory when `con`'s database is read-only and the same SQL was
    asked on it before."""
    execute = execute or _execute
    answers = _answers(con) if ANSWERS_KEPT > 0 else None  # 0: the benchmarks that time a repeated question
    if answers is None:
        return execute(con, sql, params)
    key = (sql, tuple(sorted(params.items())))
    with _ANSWERS_LOCK:
        answer = answers.get(key)
        if answer is not None:
            answers.move_to_end(key)
            return answer
    answer = execute(con, sql, params)
    with _ANSWERS_LOCK:
        answers[key] = answer
        if len(answers) > ANSWERS_KEPT:
            answers.popitem(last=False)
    return answer


def _answers(con: duckdb.DuckDBPyConnection) -> _Answers | None:
    """The answers kept for `con`, None when its database is writable (asked once per connection)."""
    answers = _ANSWERS.get(con)
    if answers is not None or con in _WRITABLE:
        return answers
    where = "database_name = current_database()"
    (read_only,) = con.execute(f"SELECT readonly FROM duckdb_databases() WHERE {where}").fetchone() or (False,)
    with _ANSWERS_LOCK:
        if not read_only:
            _WRITABLE.add(con)
            return None
        return _ANSWERS.setdefault(con, OrderedDict())
