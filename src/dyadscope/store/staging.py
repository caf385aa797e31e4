"""Reading a file for an import: the typed and text views over it, the reader's rejects, and row numbers.

The pass (ingest.import_file) maps `staged` into the scratch table MAPPED_ROWS; the views here number its rows
as the file does and map again, from their text, the rows that failed a cast or a check.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from dyadscope.sources.base import Layout, sql_ident, sql_literal
from dyadscope.sources.reading import csv_error, read_csv_sql
from dyadscope.store.scratch import MAPPED_ROWS

# schema.EVENTS_ORDER in mapped columns: a row's country is its code, or else the ISO3 its name looks up to
# (one name per country, so the same groups).
MAPPED_ORDER = "country_code, country_name, date_start"

# Rows of a file's start that decide whether a first import's pass sorts (clustered): a file already grouped by
# country, in date order within each (an export of a store, a file sorted by country), keeps its own order.
ORDER_SAMPLE_ROWS = 10_000


def clustered(con: duckdb.DuckDBPyConnection, rows: str, order: str) -> bool:
    """True when `rows` (mapped rows), in `order`, hold each country in one run with no date going backwards.

    Such rows serve the zone maps as well as sorted ones (each country's row groups hold only it, in date
    order): the pass need not sort them. Rows with no country or date count as breaking the run.
    """
    return bool(
        con.execute(
            f"""
            SELECT count(*) FILTER (k > 1 AND c0 IS DISTINCT FROM c) = count(DISTINCT c) - 1
                AND count(*) FILTER (c IS NULL OR d IS NULL OR (c0 = c AND d0 > d)) = 0
            FROM (SELECT c, d, row_number() OVER w AS k, lag(c) OVER w AS c0, lag(d) OVER w AS d0
                  FROM (SELECT {order} AS o, coalesce(country_code, country_name) AS c, date_start AS d FROM ({rows}))
                  WINDOW w AS (ORDER BY o))
        """
        ).fetchone()[0]
    )


# Rows of a file's start whose dates decide whether its DATE columns are read typed (Layout.date_format).
DATE_SAMPLE_ROWS = 1000


def _file_types(con: duckdb.DuckDBPyConnection, layout: Layout, text: str, columns: list[str]) -> dict[str, str]:
    """The layout's column types for this file: its DATE columns only if the file's first rows fit its date format.

    A cell that does not cast goes through the text mapping, which is right but slower: a file written
    in another of the source's date formats (ACLED's '30-June-2017') reads its dates as text instead.
    """
    types = dict(layout.types)
    dates = [c for c in columns if types.get(c.lower()) == "DATE"]
    if not (layout.date_format and dates):
        return types
    empty = ", ".join(sql_literal(t) for t in ("", *layout.null_text))
    fits = " AND ".join(
        f"(trim({sql_ident(c)}) IS NULL OR trim({sql_ident(c)}) IN ({empty}) OR try_strptime(trim({sql_ident(c)}), "
        f"{sql_literal(layout.date_format)}) IS NOT NULL)"
        for c in dates
    )
    sample = f"SELECT coalesce(bool_and({fits}), true) FROM (SELECT * FROM {text} LIMIT {DATE_SAMPLE_ROWS})"
    if not con.execute(sample).fetchone()[0]:
        types = {k: v for k, v in types.items() if v != "DATE"}
    return types


def stream(
    con: duckdb.DuckDBPyConnection, path: Path, layout: Layout, encoding: str
) -> tuple[list[str], dict[str, str]]:
    """Define the views `staged` (the file read typed) and `staged_rows` over it; returns its columns and types.

    Nothing is read yet. `staged` numbers its rows `_row` as the typed read gives them (rows that fail a
    cast are not counted: `number_rows` moves the others up). `staged_rows` is each row's number and raw
    text, read again only for rows that fail a cast or a check (or every row with keep_raw).
    """
    names = list(layout.names) if layout.names else None
    source = read_csv_sql(path, encoding, layout.delimiter, layout.header, names)
    try:
        columns = [d[0] for d in con.execute(f"SELECT * FROM {source} LIMIT 0").description]
        # The dialect is known now: the views read the file with these columns and no second sniff.
        text = read_csv_sql(path, encoding, layout.delimiter, layout.header, columns, sniff=False)
        types = _file_types(con, layout, text, columns)
    except duckdb.Error as exc:
        raise csv_error(path, exc) from exc
    con.execute("DROP TABLE IF EXISTS rejects_errors; DROP TABLE IF EXISTS rejects_scans")
    date_format = layout.date_format if "DATE" in types.values() else None
    typed = read_csv_sql(
        path, encoding, layout.delimiter, layout.header, columns, False, types, date_format, layout.null_text
    )
    # WITH ORDINALITY numbers rows in file order as the parallel reader emits them; on DuckDB 2.0.1 it costs
    # the pass no CPU (benchmarks/README.md, round 13), so the pass can sort its rows and keep their numbers.
    for view, relation in (("staged_rows", text), ("staged", typed)):
        if "ordinality" in {c.lower() for c in columns}:
            row, star = "row_number() OVER ()", f"* FROM {relation}"
        else:
            row, star = "ordinality", f"* EXCLUDE (ordinality) FROM {relation} WITH ORDINALITY"
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT {row} AS _row, {star}")
    return columns, types


def split_rejects(con: duckdb.DuckDBPyConnection, header: bool) -> int:
    """Sort the reader's rejects into malformed lines and rows with a cell that did not cast; returns the latter.

    `read_rejects` keeps each line once (`malformed` when the parser gave up on it); `cast_rows` numbers the
    cast failures as the text read (`staged_rows`) numbers them: the line less the header and the
    malformed lines before it.
    """
    con.execute(
        "CREATE OR REPLACE TEMP TABLE read_rejects AS SELECT line, bool_or(error_type <> 'CAST') AS malformed, "
        "first(column_name ORDER BY column_idx) AS column_name, first(csv_line) AS csv_line "
        "FROM rejects_errors GROUP BY line"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE cast_rows AS
        SELECT _row, _row - row_number() OVER (ORDER BY _row) AS before FROM (
            SELECT line - {int(header)} - count(*) FILTER (malformed) OVER (ORDER BY line) AS _row, malformed
            FROM read_rejects) WHERE NOT malformed
    """
    )
    return int(con.execute("SELECT count(*) FROM cast_rows").fetchone()[0])


def number_rows(con: duckdb.DuckDBPyConnection, skipped: int) -> None:
    """Define the view `mapped`: `mapped_rows` with each row's 1-based number in the file as `_row`.

    The typed read (`_typed` rows) numbered its rows without the `skipped` ones that failed a cast
    (`cast_rows`): each row after one moves up a number. Rows that came in through the text mapping
    carry their own `_row`.
    """
    if not skipped:
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW mapped AS SELECT rowid AS _rid, * EXCLUDE (_typed) FROM {MAPPED_ROWS}"
        )
        return
    # row k of the typed read is text row k + (cast failures with fewer than k typed rows before them)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE cast_shift AS SELECT before, count(*) OVER (ORDER BY _row) AS shift "
        "FROM cast_rows QUALIFY row_number() OVER (PARTITION BY before ORDER BY _row DESC) = 1"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW mapped AS
        SELECT CASE WHEN m._typed THEN m._row + coalesce(s.shift, 0) ELSE m._row END AS _row,
            m.* EXCLUDE (_row, _typed)
        FROM (SELECT rowid AS _rid, * FROM {MAPPED_ROWS}) m ASOF LEFT JOIN cast_shift s ON m._row > s.before
    """
    )


def text_mapped(con: duckdb.DuckDBPyConnection, text_mapping: str, typed: bool) -> None:
    """Map the rows that failed a cast or (`typed`) a check again from their text (`redo`), as `text_mapped`.

    One code path gives every quarantined row its reason, whatever the typed read made of it; rows that
    failed a cast come into `mapped_rows` from here, with their reason or, if the text passes, none.
    Their text is read once, into `redo_text`, where the quarantine finds their raw rows too.
    """
    checks = "UNION SELECT _row FROM mapped WHERE _reason IS NOT NULL AND _reason <> 'skipped'" if typed else ""
    con.execute(f"CREATE OR REPLACE TEMP TABLE redo AS SELECT _row FROM cast_rows {checks}")
    con.execute("DROP TABLE IF EXISTS redo_text")
    con.execute(f"CREATE OR REPLACE TEMP TABLE text_mapped AS SELECT * FROM {MAPPED_ROWS} LIMIT 0")
    if not con.execute("SELECT 1 FROM redo LIMIT 1").fetchone():
        return
    con.execute(
        "CREATE OR REPLACE TEMP TABLE redo_text AS SELECT * FROM staged_rows WHERE _row IN (SELECT _row FROM redo)"
    )
    con.execute("CREATE OR REPLACE TEMP VIEW staged AS SELECT * FROM redo_text")
    con.execute(f"INSERT INTO text_mapped BY NAME {text_mapping}")
    con.execute(
        f"INSERT INTO {MAPPED_ROWS} BY NAME SELECT * FROM text_mapped WHERE _row IN (SELECT _row FROM cast_rows)"
    )


def raw_rows(con: duckdb.DuckDBPyConnection, bad: str) -> str:
    """The relation to take quarantined rows' raw text from: `redo_text` when it has them all, else the file."""
    if con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'redo_text'").fetchone():
        missing = f"SELECT 1 FROM mapped WHERE {bad} AND _row NOT IN (SELECT _row FROM redo) LIMIT 1"
        if not con.execute(missing).fetchone():
            return "redo_text"
    return "staged_rows"
