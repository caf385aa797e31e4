"""A re-import against the store: the row hash that tells unchanged rows, which rows to write, withdrawn rows."""

from __future__ import annotations

import duckdb

from dyadscope.schema import EVENT_FIELDS, Field, signed_hash_sql
from dyadscope.sources.base import MAPPED_COLUMNS, sql_literal
from dyadscope.store.db import Store

# Coarser precision ranks higher; a re-import never replaces a record with a coarser-dated copy.
PRECISION_RANK = {"day": 1, "days": 2, "week": 3, "month": 4, "months": 5, "year": 6}


def precision_rank_sql(col: str) -> str:
    return "CASE " + " ".join(f"WHEN {col} = {sql_literal(p)} THEN {r}" for p, r in PRECISION_RANK.items()) + " END"


# The row hash covers every mapped value the store keeps as mapped (admin1 as `admin1_source`), cast to its
# stored type, so it can be recomputed from the store itself (`upgrade_row_hashes`). Version 1 hashed the
# raw text cells; the meta key says which scheme a store's hashes follow. Both kept the hash as its decimal text
# before row_hash became a number: Store turns that text into the same number (db.Store._create_tables).
ROW_HASH_SCHEME = "2"
# sides_from_dyad_name follows from the hashed sides and names, so it stays out and older hashes still hold.
_UNHASHED = {"sides_from_dyad_name"}
_HASHED = tuple(
    f for f in EVENT_FIELDS if (f.name in MAPPED_COLUMNS or f.name == "admin1_source") and f.name not in _UNHASHED
)


def row_hash_sql(alias: str = "", stored: bool = False) -> str:
    """SQL: the BIGINT hash of one row's mapped values, from `mapped` rows or (`stored`) from `events`."""

    def value(f: Field) -> str:
        name = "admin1_raw" if f.name == "admin1_source" and not stored else f.name
        return f"CAST({alias}{name} AS {f.type.replace(' NOT NULL', '')})"

    return signed_hash_sql(f"hash({', '.join(value(f) for f in _HASHED)})")


def upgrade_row_hashes(store: Store) -> None:
    """Rehash a store's events in the current scheme once, so unchanged rows of an older store stay unchanged.

    The hash is of mapped values the store holds, so no file is needed. Rows without a hash (synthetic
    stores) are left so.
    """
    if store.get_meta("row_hash_scheme") == ROW_HASH_SCHEME:
        return
    store.con.execute(f"UPDATE events SET row_hash = {row_hash_sql(stored=True)} WHERE row_hash IS NOT NULL")
    store.set_meta("row_hash_scheme", ROW_HASH_SCHEME)


def keys_select(source: str) -> str:
    """The narrow part of each good row that decides its fate: uid, hash, precision, producer timestamp, country."""
    return f"""
        SELECT {sql_literal(source + ":")} || m.source_id AS uid, m._row, {row_hash_sql("m.")} AS row_hash,
            m.date_precision, m.source_timestamp, coalesce(m.country_code, c.iso3) AS country
        FROM mapped m LEFT JOIN country_lookup c USING (country_name)
        WHERE m._reason IS NULL
    """


def row_filter(con: duckdb.DuckDBPyConnection, statuses: str) -> str:
    """SQL condition on `m._row` selecting the rows to write (status in `statuses`), by the smaller of two sets.

    A re-import usually writes few rows: it names those; when most rows are written it names the few not
    to write. The set becomes a hash table, so this bounds its size.
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE write_rows AS SELECT _row FROM incoming_status WHERE status IN ({statuses})"
    )
    con.execute("CREATE OR REPLACE TEMP TABLE skip_rows AS SELECT _row FROM mapped ANTI JOIN write_rows USING (_row)")
    writes, skips = (int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ("write_rows", "skip_rows"))
    if writes <= skips:
        return "m._row IN (SELECT _row FROM write_rows)"
    return "m._row NOT IN (SELECT _row FROM skip_rows)" if skips else "true"


def mark_withdrawn(con: duckdb.DuckDBPyConnection, source: str, complete_export: bool) -> tuple[int, int]:
    """Flag (never delete) stored rows a complete export lacks; unflag rows that came back.

    Only rows of the same source in the countries the file covers are judged: a Syria export says
    nothing about Iraq rows.
    """
    restored = con.execute(
        "UPDATE events SET withdrawn = false WHERE withdrawn AND uid IN (SELECT uid FROM incoming)"
    ).fetchone()[0]
    if not complete_export:
        return 0, int(restored)
    withdrawn = con.execute(
        "UPDATE events SET withdrawn = true WHERE source = ? AND NOT coalesce(withdrawn, false) "
        "AND country IN (SELECT DISTINCT country FROM incoming) AND uid NOT IN (SELECT uid FROM incoming)",
        [source],
    ).fetchone()[0]
    return int(withdrawn), int(restored)


def compare_with_store(con: duckdb.DuckDBPyConnection, source: str) -> tuple[dict[str, int], str]:
    """Sort the good rows of `mapped` by what the store holds (new, updated, unchanged, kept) and delete the stored
    copies of the updated ones; returns the counts by status and the condition on `m._row` of the rows to write.
    """
    con.execute(f"CREATE OR REPLACE TEMP TABLE incoming AS {keys_select(source)}")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE incoming_status AS
        SELECT i.uid, i._row, i.row_hash, i.country, CASE
            WHEN e.uid IS NULL THEN 'imported'
            WHEN e.row_hash = i.row_hash THEN 'unchanged'
            WHEN i.source_timestamp < e.source_timestamp THEN 'kept_newer'
            WHEN {precision_rank_sql("i.date_precision")} > {precision_rank_sql("e.date_precision")}
                THEN 'kept_finer'
            ELSE 'updated' END AS status
        FROM incoming i LEFT JOIN events e USING (uid)
    """
    )
    status = dict(con.execute("SELECT status, count(*) FROM incoming_status GROUP BY status").fetchall())
    con.execute("DELETE FROM events WHERE uid IN (SELECT uid FROM incoming_status WHERE status = 'updated')")
    return status, row_filter(con, "'imported', 'updated'")
