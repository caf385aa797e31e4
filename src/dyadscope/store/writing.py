"""Writing an import's good rows into `events` in the store's order, with their lookups."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from functools import cache

import duckdb

from dyadscope.schema import EVENT_COLUMNS, EVENTS_ORDER
from dyadscope.sources.base import sql_literal
from dyadscope.store.compare import row_hash_sql
from dyadscope.store.resolve import RESOLVED_COLUMNS, lookup_join
from dyadscope.store.scratch import MAPPED_ROWS
from dyadscope.store.staging import raw_rows

# Rows of mapped_rows per INSERT of an ordered write: the bar tells the rows written after each, where DuckDB's own
# count stood still through the single-threaded insert (at 63% of the bar for 9 minutes of a 20M-row import). A
# condition on rowid skips the other row groups, so the batches together scan mapped_rows about once.
WRITE_BATCH_ROWS = 500_000
# Rows of mapped_rows above which the write sorts them in runs of this many, each its own INSERT ... ORDER BY, and
# a first import's pass does not sort (a file of more lines than this, by check_readable's estimate): the one sort
# of a whole file spilled 10.9 GB for 20M rows and would need ~55 GB for 100M; a run's sort spills at most one
# run's worth. A country then has at most ceil(rows / RUN_ROWS) runs of rows in the store, each in date order, which
# the zone maps skip about as well as one (benchmarks/README.md, round 18).
RUN_ROWS = 10_000_000


def enriched_select(
    import_id: int, layout_name: str, source: str, file_name: str, row_filter: str, keep_raw: bool
) -> str:
    """Full canonical rows for the rows of `mapped` that `row_filter` keeps, with their lookups.

    The lookup tables are small (one row per distinct name or place), so joining them to the wide rows is
    cheap and streams. The raw row as JSON (`keep_raw`) doubles the cost of an import; without it every
    event still links to its record by source_file, source_row and source_id.
    """
    country = "coalesce(m.country_code, c.iso3)"  # as keys_select decides it
    values = {
        "uid": f"{sql_literal(source + ':')} || m.source_id",
        "source": sql_literal(source),
        "source_version": sql_literal(layout_name),
        "source_file": sql_literal(file_name),
        "source_row": "m._row",
        "row_hash": row_hash_sql("m."),
        "country": country,
        "admin1": "coalesce(a.admin1, d.admin1)",
        "admin1_derived": "a.admin1 IS NULL AND d.admin1 IS NOT NULL",
        "admin1_code": "CASE WHEN a.admin1 IS NULL THEN d.admin1_code ELSE a.admin1_code END",
        "admin1_source": "m.admin1_raw",
        "admin2_derived": "false",
        "withdrawn": "false",
        "import_id": str(import_id),
        "raw": "to_json(s)::VARCHAR" if keep_raw else "CAST(NULL AS VARCHAR)",
        **RESOLVED_COLUMNS,
    }
    select = ", ".join(f"{values.get(col, 'm.' + col)} AS {col}" for col in EVENT_COLUMNS)
    return f"""
        SELECT {select}
        FROM (SELECT * FROM mapped m WHERE {row_filter}) m
        {"JOIN staged_rows s ON s._row = m._row" if keep_raw else ""}
        LEFT JOIN country_lookup c ON c.country_name = m.country_name
        LEFT JOIN admin1_lookup a ON a.admin1_raw = m.admin1_raw AND a.iso3 IS NOT DISTINCT FROM {country}
        LEFT JOIN admin1_derived_lookup d
            ON d.iso3 = {country} AND d.latitude = m.latitude AND d.longitude = m.longitude
        LEFT JOIN side_lookup ra ON {lookup_join("ra", "m.side_a", country, "m.side_a_type")}
        LEFT JOIN side_lookup rb ON {lookup_join("rb", "m.side_b", country, "m.side_b_type")}
    """


def write_events(
    con: duckdb.DuckDBPyConnection,
    select: Callable[[str], str],
    in_order: bool,
    written: Callable[[int, float], None],
    watching: Callable[[float, float], AbstractContextManager[None]] = lambda _lo, _hi: nullcontext(),
) -> None:
    """INSERT the rows of `select` into events in schema.EVENTS_ORDER, so zone maps skip other countries and years.

    `select(condition)` is the rows to write that also meet `condition` (on `m._rid`). `in_order`: they are
    `mapped_rows` as the pass sorted it, through filters and the lookup joins only. Sorting the wide rows
    again would cost about a quarter of the import (benchmarks/README.md, round 13), but DuckDB 2.0.1 writes
    a plan with a hash join through its parallel, unordered insert; on one thread that insert appends rows as
    the scan of `mapped_rows` gives them, in order. Otherwise the write sorts, in runs of RUN_ROWS rows of
    `mapped_rows` when it has more. `written(rows, share)` is told the rows written so far and the share of
    `mapped_rows` behind them after each batch (WRITE_BATCH_ROWS) or run; `watching(lo, hi)` moves the bar
    through that share of the step while a sort runs (DuckDB's own count).
    """
    end = int(con.execute(f"SELECT coalesce(max(rowid) + 1, 0) FROM {MAPPED_ROWS}").fetchone()[0])
    if not in_order:
        if end <= RUN_ROWS:
            with watching(0.0, 1.0):
                con.execute(f"INSERT INTO events {select('true')} ORDER BY {EVENTS_ORDER}")
            return
        rows = 0
        for start in range(0, end, RUN_ROWS):
            stop = min(start + RUN_ROWS, end)
            with watching(start / end, stop / end):
                run = select(f"m._rid >= {start} AND m._rid < {stop}")
                rows += int(con.execute(f"INSERT INTO events {run} ORDER BY {EVENTS_ORDER}").fetchone()[0])
            written(rows, stop / end)
        return
    threads, disabled = con.execute(
        "SELECT current_setting('threads'), current_setting('disabled_optimizers')"
    ).fetchone()
    # ... and only while `mapped` is the probe side of every join, in the order written: the optimizers that
    # choose join order and build side would otherwise build the hash table on `mapped` when a lookup table is
    # larger (a small file), and the rows come out in the lookup's order (tests/test_import_order.py).
    keep = ",".join(filter(None, [disabled, "join_order", "build_side_probe_side"]))
    con.execute(f"SET disabled_optimizers = {sql_literal(keep)}")
    con.execute("SET threads = 1")
    caching = _caching_off(con)
    # Without the setting (another DuckDB), each batch sorts its own rows back into the pass's order.
    order = "" if caching is not None else " ORDER BY m._rid"
    try:
        rows = 0
        for start in range(0, end, WRITE_BATCH_ROWS):
            stop = start + WRITE_BATCH_ROWS
            batch = select(f"m._rid >= {start} AND m._rid < {stop}")
            rows += int(con.execute(f"INSERT INTO events {batch}{order}").fetchone()[0])
            written(rows, min(stop, end) / end)
    finally:
        if caching is not None:
            con.execute(f"SET {CACHING_SETTING} = {caching}")
        con.execute(f"SET threads = {int(threads)}")
        con.execute(f"SET disabled_optimizers = {sql_literal(disabled)}")


# DuckDB's switch for its caching operators (a testing setting, not in duckdb_settings()): a hash join or filter
# holds back a chunk of fewer than 64 rows, to give it out with later ones, unless the pipeline must keep its
# order, and the plain INSERT's need not. A batch whose rowid range begins 32 rows before a vector's end, or a
# chunk whose rows the write's filter (quarantined rows) thins below 64, then came out at the end of its batch:
# a 5M-row import stored a Syrian event of 2014 after one of 2016 (benchmarks/README.md, round 18).
CACHING_SETTING = "enable_caching_operators"


def _caching_off(con: duckdb.DuckDBPyConnection) -> str | None:
    """Turn DuckDB's caching operators off; returns the value to restore, or None if this DuckDB lacks the switch."""
    if not _has_setting(CACHING_SETTING):
        return None
    was = con.execute(f"SELECT current_setting({sql_literal(CACHING_SETTING)})").fetchone()[0]
    con.execute(f"SET {CACHING_SETTING} = false")
    return str(bool(was)).lower()


@cache
def _has_setting(name: str) -> bool:
    """Whether this DuckDB knows setting `name`, asked of a connection of its own: a failed statement would abort
    the store's transaction, and a hidden setting is not in duckdb_settings()."""
    with duckdb.connect() as con:
        try:
            con.execute(f"SELECT current_setting({sql_literal(name)})")
        except duckdb.Error:
            return False
    return True


def quarantine_rows(con: duckdb.DuckDBPyConnection, import_id: int, file_name: str) -> None:
    """Quarantine the rows of `mapped` that failed a check, with their raw text, and the malformed lines."""
    bad = "_reason IS NOT NULL AND _reason <> 'skipped'"
    if con.execute(f"SELECT 1 FROM mapped WHERE {bad} LIMIT 1").fetchone():  # skip the join in the usual case
        con.execute(
            f"""
            INSERT INTO quarantine
            SELECT {import_id}, ?, m._row, m._row + 1, coalesce(t._reason, m._reason),
                CASE WHEN t._reason IS NULL THEN m._field ELSE t._field END,
                CASE WHEN t._reason IS NULL THEN m._value ELSE t._value END, to_json(s)::VARCHAR
            FROM (SELECT * FROM mapped WHERE {bad}) m JOIN {raw_rows(con, bad)} s USING (_row)
            LEFT JOIN text_mapped t USING (_row)  -- the text's reason: one code path for every reason
        """,
            [file_name],
        )
    con.execute(
        f"""
        INSERT INTO quarantine
        SELECT {import_id}, ?, NULL, line, 'malformed-row', first(column_name), NULL, first(csv_line)
        FROM rejects_errors  -- a cell of a malformed line that also failed its cast is not the fault to name
        WHERE error_type <> 'CAST' AND line IN (SELECT line FROM read_rejects WHERE malformed) GROUP BY line
    """,
        [file_name],
    )
