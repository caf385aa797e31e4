"""Importing a file into the store: one transaction, idempotent by (source, source_id), nothing lost.

Steps: check the file is readable; detect its layout; read it in DuckDB with the layout's column types
(malformed lines, and rows with a cell that does not cast, are kept aside by the parser) and map it to the
canonical columns with a validation reason per row, in one pass that materialises the mapped rows once
(`mapped`; a first import's pass also sorts them into the store's order, so its write need not); map
the few rows that failed a cast or a check again from their text, which gives every quarantined row its
reason (and lets in a row whose text passes after all); enrich (country ISO3, canonical admin1 or admin1
derived from coordinates, resolved actors) by small lookup tables computed on distinct values; then
write the good rows from `mapped` and quarantine the complement.
The counts add up: rows_read = imported + updated + unchanged + quarantined.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.errors import InputError, UnknownLayout
from dyadscope.i18n import msg, stored
from dyadscope.schema import EVENT_COLUMNS, EVENT_FIELDS, EVENTS_ORDER, Field
from dyadscope.sources import detect_headerless, detect_layout
from dyadscope.sources.base import MAPPED_COLUMNS, Columns, Layout, sql_ident, sql_literal
from dyadscope.sources.geo import admin1_code, admin1_entry, country_iso3, derive_admin1
from dyadscope.sources.reading import check_readable, csv_error, read_csv_sql, read_header, unzipped
from dyadscope.sources.spreadsheet import is_spreadsheet, sheet_as_csv
from dyadscope.store.db import Store, register_frame
from dyadscope.store.resolve import RESOLVED_COLUMNS, ensure_resolved, lookup_join, side_lookup

Progress = Callable[[str], None]

# schema.EVENTS_ORDER in mapped columns: a row's country is its code, or else the ISO3 its name looks up to
# (one name per country, so the same groups).
MAPPED_ORDER = "country_code, country_name, date_start"

# Rows of a file's start that decide whether a first import's pass sorts (_clustered): a file already grouped by
# country, in date order within each (an export of a store, a file sorted by country), keeps its own order.
ORDER_SAMPLE_ROWS = 10_000


def _clustered(con: duckdb.DuckDBPyConnection, rows: str, order: str) -> bool:
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


# The pass's rows live in a scratch database ATTACHed for the import and deleted after it: DuckDB keeps a TEMP
# table uncompressed, so at the 1 GB limit a 20M-row pass spilled 14.3 GB (0.7 GB a million rows), where a
# database file compresses each row group as it is written (benchmarks/README.md, round 16).
SCRATCH = "dyadscope_import_scratch"
# A file of up to this many lines (check_readable's estimate) keeps its pass in an in-memory scratch database
# instead: compressing the pass into a file and reading it back cost about a tenth of a 1M-row import's CPU while
# its uncompressed rows (about 0.45 GB a million) fit in the 1 GB limit beside the pass's sort. At 2M rows they do
# not, and the in-memory scratch spilled and cost 8% more CPU than the file (benchmarks/README.md, round 19).
MEMORY_SCRATCH_ROWS = 1_250_000
MAPPED_ROWS = f"{SCRATCH}.mapped_rows"
# What an import leaves on the connection, dropped after it whatever happens (the scratch goes with its file;
# DuckDB's rejects tables stay, as they did, for whoever wants the reader's own account).
IMPORT_VIEWS = ("staged_rows", "staged", "mapped")
IMPORT_TABLES = ("read_rejects", "cast_rows", "cast_shift", "redo", "redo_text", "text_mapped", "incoming",
                 "incoming_status", "write_rows", "skip_rows", "side_lookup", "country_lookup", "admin1_lookup",
                 "admin1_derived_lookup")  # fmt: skip
# DuckDB's words for a write the disk had no room for.
DISK_FULL = ("no space left on device", "disk is full", "file too large", "max_temp_directory_size")


def _scratch_folder(store: Store) -> Path:
    """Where the scratch database goes: DuckDB's temporary folder for a store file (<store>.tmp, which opening
    the store for writing empties, so a killed import leaves nothing for long), the system's for one in memory.
    """
    if store.path == ":memory:":
        return Path(tempfile.gettempdir())
    folder = str(store.con.execute("SELECT current_setting('temp_directory')").fetchone()[0])
    return Path(folder or f"{store.path}.tmp")


def _disk_full(exc: BaseException) -> bool:
    """Whether DuckDB failed for want of room on a disk."""
    return any(words in str(exc).lower() for words in DISK_FULL)


@contextmanager
def _scratch(store: Store, lines: int = MEMORY_SCRATCH_ROWS + 1) -> Iterator[Path | None]:
    """Attach an empty scratch database (SCRATCH) for one import of a file of `lines` lines; detach and delete it
    after, also on failure. It is a file in the store's temporary folder (yielded), or in memory (None) for a file
    of up to MEMORY_SCRATCH_ROWS lines.

    Its tables may be written only outside the store's transaction (DuckDB lets a transaction write to one
    database); a disk that fills up, here or in the store, becomes one clear error.
    """
    con, folder = store.con, _scratch_folder(store)
    in_memory = lines <= MEMORY_SCRATCH_ROWS
    path = folder / f"import-{os.getpid()}-{uuid.uuid4().hex[:12]}.duckdb"
    made = not folder.exists() and not in_memory  # a folder the import made is removed after it, not left beside
    try:
        if not in_memory:
            folder.mkdir(parents=True, exist_ok=True)
        con.execute(f"ATTACH {sql_literal(':memory:' if in_memory else str(path))} AS {SCRATCH}")
    except (OSError, duckdb.Error) as exc:
        _remove(path)
        why = (exc.strerror if isinstance(exc, OSError) else None) or str(exc).strip().splitlines()[0]
        key = "errors.import_disk_full" if _disk_full(exc) else "errors.scratch_unwritable"
        raise InputError(msg(key, folder=str(folder), why=why)) from exc
    try:
        yield None if in_memory else path
    except duckdb.Error as exc:
        if not _disk_full(exc):
            raise
        why = str(exc).strip().splitlines()[0]
        raise InputError(msg("errors.import_disk_full", folder=str(folder), why=why)) from exc
    finally:
        try:
            for view in IMPORT_VIEWS:  # views first: `mapped` reads the scratch
                con.execute(f"DROP VIEW IF EXISTS {view}")
            for table in IMPORT_TABLES:
                con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"DETACH DATABASE IF EXISTS {SCRATCH}")
        finally:
            _remove(path)
            if made:
                with suppress(OSError):  # not empty: DuckDB spills there too, and removes its own files
                    folder.rmdir()


def _remove(path: Path) -> None:
    """Delete a scratch database and the write-ahead log DuckDB may keep beside it."""
    for leftover in (path, path.with_name(path.name + ".wal")):
        if leftover.exists():  # asked first: on a read-only disk, unlinking what is not there fails too
            leftover.unlink()


# Where an import's time goes, as the share of the whole at which each step begins (measured with bench_ingest.py
# --profile): a progress display turns steps into a fraction done and an ETA. A gzip's check decompresses it in
# Python: 1.9 of 21 CPU s for 1M GED rows (benchmarks/README.md, round 15), where a plain file's costs 2%.
STEP_STARTS = {"checking": 0.0, "reading": 0.02, "validating": 0.45, "resolving": 0.46, "comparing": 0.50,
               "writing": 0.52, "done": 1.0}  # fmt: skip
GZIP_CHECK_SHARE = 0.09
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
# How often a long statement's progress (DuckDB's query_progress) is passed on, in seconds.
POLL_SECONDS = 0.5


def _step_starts(path: Path) -> dict[str, float]:
    """STEP_STARTS for this file: a gzip's check takes a larger share, the other steps scale down to make room."""
    if path.suffix.lower() != ".gz":
        return STEP_STARTS
    first = STEP_STARTS["reading"]
    return {k: v if k == "checking" else GZIP_CHECK_SHARE + (v - first) * (1 - GZIP_CHECK_SHARE) / (1 - first)
            for k, v in STEP_STARTS.items()}  # fmt: skip


class _Stepper:
    """Tells `progress` how far the import is, if it wants to know: a progress object with a `step(description,
    fraction)` method gets fractions (a progress bar); a plain callable gets nothing here, only the lines the
    import says anyway.
    """

    def __init__(self, progress: Progress | None, starts: dict[str, float]) -> None:
        self.step = getattr(progress, "step", None)
        self.starts, self.names = starts, list(starts)
        self.description, self.begin, self.end, self.shown = "", 0.0, 0.0, 0.0

    def __call__(self, name: str, **fields: object) -> None:
        """Begin step `name` (its description takes `fields`)."""
        if self.step is None:
            return
        following = self.names[self.names.index(name) + 1 :]
        self.description = msg(f"cli.step_{name}", **fields)
        self.begin, self.end = self.starts[name], self.starts[following[0]] if following else 1.0
        self.within(0.0)

    def within(self, share: float, key: str | None = None, **fields: object) -> None:
        """Move the bar to `share` (0..1) of the current step, never backwards; `key` (cli.step_<key>) tells how far."""
        if self.step is None:
            return
        if key is not None:
            self.description = msg(f"cli.step_{key}", **fields)
        self.shown = max(self.shown, self.begin + (self.end - self.begin) * min(max(share, 0.0), 1.0))
        self.step(self.description, self.shown)

    @contextmanager
    def watching(self, con: duckdb.DuckDBPyConnection, lo: float = 0.0, hi: float = 1.0) -> Iterator[None]:
        """While the statements inside run, move the bar as far through the step (its share `lo` to `hi`) as DuckDB
        says they are.

        DuckDB reports nothing else mid-statement, and the pass and the write of 100M rows take many minutes
        each. Its own progress bar stays off (the library never prints); only its count is turned on.
        """
        if self.step is None:
            yield
            return
        settings = ("enable_progress_bar_print", "enable_progress_bar", "progress_bar_time")
        was = con.execute(f"SELECT {', '.join(f'current_setting({sql_literal(n)})' for n in settings)}").fetchone()
        con.execute("SET enable_progress_bar_print = false; SET enable_progress_bar = true; SET progress_bar_time = 0")
        stop = threading.Event()

        def poll() -> None:
            while not stop.wait(POLL_SECONDS):
                percent = con.query_progress()
                if percent >= 0:  # -1: no statement running
                    self.within(lo + (hi - lo) * percent / 100)

        thread = threading.Thread(target=poll, name="dyadscope-import-progress", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            # the threshold first: with it at 0, a SET that turns printing back on would print a bar itself
            for name, value in reversed(list(zip(settings, was, strict=True))):
                con.execute(f"SET {name} = {sql_literal(value) if isinstance(value, str) else value}")


# Coarser precision ranks higher; a re-import never replaces a record with a coarser-dated copy.
PRECISION_RANK = {"day": 1, "days": 2, "week": 3, "month": 4, "months": 5, "year": 6}


@dataclass
class ImportReport:
    """The outcome of one import; `rows_read == imported + updated + unchanged + quarantined`."""

    import_id: int
    source_file: str
    source: str
    layout: str
    rows_read: int
    imported: int
    updated: int
    unchanged: int
    quarantined: int
    kept_finer: int
    admin1_derived: int
    quarantine_reasons: dict[str, int]
    skipped: int = 0  # rows outside what the import keeps by design (e.g. GDELT CAMEO roots not asked for)
    kept_newer: int = 0  # of unchanged: the store holds a copy with a later producer timestamp (ACLED)
    withdrawn: int = 0  # --complete-export: stored rows missing from the file, now flagged withdrawn
    restored: int = 0  # rows flagged withdrawn earlier that the file has again

    def as_dict(self) -> dict[str, object]:
        """Plain dict for JSON output."""
        return asdict(self)


def _precision_rank_sql(col: str) -> str:
    return "CASE " + " ".join(f"WHEN {col} = {sql_literal(p)} THEN {r}" for p, r in PRECISION_RANK.items()) + " END"


def _country_lookup(con) -> None:
    names = [
        r[0] for r in con.execute("SELECT DISTINCT country_name FROM mapped WHERE country_name IS NOT NULL").fetchall()
    ]
    frame = pd.DataFrame({"country_name": names, "iso3": [country_iso3(n) for n in names]}, dtype="object")
    register_frame(con, "country_lookup", frame, {"country_name": "VARCHAR", "iso3": "VARCHAR"})


def _admin1_lookup(con) -> int:
    """Canonical admin1 per (raw, iso3), and derived admin1 per coordinate where the source has none."""
    rows = con.execute(
        "SELECT DISTINCT m.admin1_raw, c.iso3 FROM mapped m LEFT JOIN country_lookup c USING (country_name) "
        "WHERE m.admin1_raw IS NOT NULL AND m._reason IS NULL"
    ).fetchall()
    entries = [admin1_entry(raw, iso3) for raw, iso3 in rows]  # (code, canonical name): one lookup a pair
    frame = pd.DataFrame(
        {
            "admin1_raw": [r[0] for r in rows],
            "iso3": [r[1] for r in rows],
            "admin1": [entry[1] for entry in entries],
            "admin1_code": [entry[0] for entry in entries],
        },
        dtype="object",
    )
    register_frame(con, "admin1_lookup", frame, dict.fromkeys(frame.columns, "VARCHAR"))
    todo = con.execute(
        "SELECT DISTINCT c.iso3, m.latitude, m.longitude FROM mapped m JOIN country_lookup c USING (country_name) "
        "WHERE m.admin1_raw IS NULL AND m._reason IS NULL AND c.iso3 IS NOT NULL "
        "AND m.latitude IS NOT NULL AND m.longitude IS NOT NULL "
        "AND coalesce(m.geo_precision, '') NOT IN ('country', 'international')"
    ).df()
    parts = []
    for iso3, group in todo.groupby("iso3"):
        group = group.copy()
        names = derive_admin1(str(iso3), group["latitude"].to_numpy(), group["longitude"].to_numpy())
        codes = {name: admin1_code(name, str(iso3)) for name in set(names)}  # a few names, many points
        group["admin1"] = names
        group["admin1_code"] = [codes[name] for name in names]
        parts.append(group)
    derived = (
        pd.concat(parts)
        if parts
        else pd.DataFrame(
            {
                "iso3": pd.Series(dtype="object"),
                "latitude": pd.Series(dtype="float64"),
                "longitude": pd.Series(dtype="float64"),
                "admin1": pd.Series(dtype="object"),
                "admin1_code": pd.Series(dtype="object"),
            }
        )
    )
    register_frame(
        con,
        "admin1_derived_lookup",
        derived,
        {"iso3": "VARCHAR", "latitude": "DOUBLE", "longitude": "DOUBLE", "admin1": "VARCHAR", "admin1_code": "VARCHAR"},
    )
    return len(derived)


# The row hash covers every mapped value the store keeps as mapped (admin1 as `admin1_source`), cast to its
# stored type, so it can be recomputed from the store itself (`_upgrade_row_hashes`). Version 1 hashed the
# raw text cells; the meta key says which scheme a store's hashes follow.
ROW_HASH_SCHEME = "2"
# sides_from_dyad_name follows from the hashed sides and names, so it stays out and older hashes still hold.
_UNHASHED = {"sides_from_dyad_name"}
_HASHED = tuple(
    f for f in EVENT_FIELDS if (f.name in MAPPED_COLUMNS or f.name == "admin1_source") and f.name not in _UNHASHED
)


def _row_hash_sql(alias: str = "", stored: bool = False) -> str:
    """SQL: the VARCHAR hash of one row's mapped values, from `mapped` rows or (`stored`) from `events`."""

    def value(f: Field) -> str:
        name = "admin1_raw" if f.name == "admin1_source" and not stored else f.name
        return f"CAST({alias}{name} AS {f.type.replace(' NOT NULL', '')})"

    return f"CAST(hash({', '.join(value(f) for f in _HASHED)}) AS VARCHAR)"


def _upgrade_row_hashes(store: Store) -> None:
    """Rehash a store's events in the current scheme once, so unchanged rows of an older store stay unchanged.

    The hash is of mapped values the store holds, so no file is needed. Rows without a hash (synthetic
    stores) are left so.
    """
    if store.get_meta("row_hash_scheme") == ROW_HASH_SCHEME:
        return
    store.con.execute(f"UPDATE events SET row_hash = {_row_hash_sql(stored=True)} WHERE row_hash IS NOT NULL")
    store.set_meta("row_hash_scheme", ROW_HASH_SCHEME)


def _keys_select(source: str) -> str:
    """The narrow part of each good row that decides its fate: uid, hash, precision, producer timestamp, country."""
    return f"""
        SELECT {sql_literal(source + ":")} || m.source_id AS uid, m._row, {_row_hash_sql("m.")} AS row_hash,
            m.date_precision, m.source_timestamp, coalesce(m.country_code, c.iso3) AS country
        FROM mapped m LEFT JOIN country_lookup c USING (country_name)
        WHERE m._reason IS NULL
    """


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


def _stream(
    con: duckdb.DuckDBPyConnection, path: Path, layout: Layout, encoding: str
) -> tuple[list[str], dict[str, str]]:
    """Define the views `staged` (the file read typed) and `staged_rows` over it; returns its columns and types.

    Nothing is read yet. `staged` numbers its rows `_row` as the typed read gives them (rows that fail a
    cast are not counted: `_number_rows` moves the others up). `staged_rows` is each row's number and raw
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


def _split_rejects(con: duckdb.DuckDBPyConnection, header: bool) -> int:
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


def _number_rows(con: duckdb.DuckDBPyConnection, skipped: int) -> None:
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


def _text_mapped(con: duckdb.DuckDBPyConnection, text_mapping: str, typed: bool) -> None:
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


def _raw_rows(con: duckdb.DuckDBPyConnection, bad: str) -> str:
    """The relation to take quarantined rows' raw text from: `redo_text` when it has them all, else the file."""
    if con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'redo_text'").fetchone():
        missing = f"SELECT 1 FROM mapped WHERE {bad} AND _row NOT IN (SELECT _row FROM redo) LIMIT 1"
        if not con.execute(missing).fetchone():
            return "redo_text"
    return "staged_rows"


def _row_filter(con: duckdb.DuckDBPyConnection, statuses: str) -> str:
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


def _enriched_select(
    import_id: int, layout_name: str, source: str, file_name: str, row_filter: str, keep_raw: bool
) -> str:
    """Full canonical rows for the rows of `mapped` that `row_filter` keeps, with their lookups.

    The lookup tables are small (one row per distinct name or place), so joining them to the wide rows is
    cheap and streams. The raw row as JSON (`keep_raw`) doubles the cost of an import; without it every
    event still links to its record by source_file, source_row and source_id.
    """
    country = "coalesce(m.country_code, c.iso3)"  # as _keys_select decides it
    values = {
        "uid": f"{sql_literal(source + ':')} || m.source_id",
        "source": sql_literal(source),
        "source_version": sql_literal(layout_name),
        "source_file": sql_literal(file_name),
        "source_row": "m._row",
        "row_hash": _row_hash_sql("m."),
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


def _write(
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


def _mark_withdrawn(con, source: str, complete_export: bool) -> tuple[int, int]:
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


@contextmanager
def _memory_limited(con: duckdb.DuckDBPyConnection, limit: str | None) -> Iterator[None]:
    """Bound DuckDB's memory for one import (large GDELT files spill to disk), and restore it even on failure."""
    if not limit:
        yield
        return
    con.execute(f"SET memory_limit = {sql_literal(limit)}")
    try:
        yield
    finally:
        con.execute("RESET memory_limit")


def import_file(
    store: Store,
    path: str | Path,
    registry: Registry | None = None,
    encoding: str = "utf-8",
    progress: Progress | None = None,
    layout: Layout | None = None,
    options: dict[str, object] | None = None,
    complete_export: bool = False,
    memory_limit: str | None = "1GB",
    keep_raw: bool = False,
) -> ImportReport:
    """Import one event file into the store and report what happened.

    `layout` forces a layout (a user's mapping file); `options` go to mappings that take them (GDELT roots);
    `complete_export` flags stored rows of the same source and countries that the file lacks as withdrawn;
    `keep_raw` also stores each raw row as JSON in `events.raw` (quarantined rows always keep theirs).

    >>> report = import_file(Store(":memory:"), "tests/data/ucdp/ged_syria_2016_2019_v191_sample.csv")
    >>> report.rows_read == report.imported + report.updated + report.unchanged + report.quarantined
    True
    """
    path = Path(path)
    if path.suffix.lower() == ".zip":  # DuckDB cannot read zip: extract the one member to a temp file first
        with unzipped(path) as inner:
            return import_file(
                store, inner, registry, encoding, progress, layout, options, complete_export, memory_limit, keep_raw
            )
    if is_spreadsheet(path):  # GTD's .xlsx: its first sheet as a CSV under the workbook's own name
        (progress or (lambda _msg: None))(msg("cli.import_sheet", file=path.name))
        with sheet_as_csv(path) as sheet:
            return import_file(
                store, sheet, registry, encoding, progress, layout, options, complete_export, memory_limit, keep_raw
            )
    say = progress or (lambda _msg: None)
    step = _Stepper(progress, _step_starts(path))
    registry = registry or Registry.load()
    size = path.stat().st_size if path.is_file() else 0
    step("checking", file=path.name, mb=round(size / 1e6))
    lines = check_readable(path, encoding, step.within)
    header = read_header(path, encoding)
    layout = layout or detect_layout(header) or detect_headerless(path, encoding)
    if layout is None:
        shown = ", ".join(header[:12]) + (" ..." if len(header) > 12 else "")
        raise UnknownLayout(msg("errors.unknown_layout", path=path.name, shown=shown))
    con = store.con
    say(msg("cli.import_layout", file=path.name, layout=stored(layout.description, "layouts")))
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # The pass and the steps that change its rows write only the scratch database, before the store's
    # transaction: DuckDB lets one transaction write to one attached database, and the store's is the one
    # that must be all or nothing. A failure before it leaves the store as it was, as a rollback would.
    with _memory_limited(con, memory_limit), _scratch(store, lines):
        step("reading", file=path.name)
        # The first import of a source (the usual large one) has nothing to compare with: no join with the store.
        fresh = not con.execute("SELECT 1 FROM events WHERE source = ? LIMIT 1", [layout.source]).fetchone()
        file_columns, types = _stream(con, path, layout, encoding)
        names = {c.lower() for c in file_columns}
        mapping = layout.mapping_sql(Columns(names, types), options)
        # The one pass over the file: read (typed), map and validate every row, kept once. For a first import it
        # sorts them too, before the lookups add their columns, so that the write can stream (see _write); a
        # re-import writes few rows and sorts those. A file of more than RUN_ROWS lines is not sorted whole: the
        # write sorts it in runs.
        streamed = fresh and not keep_raw
        con.execute("SET preserve_insertion_order = true")
        try:
            # A file whose first rows are grouped by country and dated in order is read in its own order, and the
            # whole pass checked after; a file that breaks it further on is sorted by the write instead.
            presorted = streamed and _clustered(con, f"SELECT * FROM ({mapping}) LIMIT {ORDER_SAMPLE_ROWS}", "_row")
            sort_pass = streamed and not presorted and lines <= RUN_ROWS
            # the sample's typed read stored its own cast rejects: only the pass's, over the whole file, may count
            con.execute("DROP TABLE IF EXISTS rejects_errors; DROP TABLE IF EXISTS rejects_scans")
            with step.watching(con):
                con.execute(
                    f"CREATE OR REPLACE TABLE {MAPPED_ROWS} AS SELECT *, true AS _typed FROM ({mapping})"
                    + (f" ORDER BY {MAPPED_ORDER}" if sort_pass else "")
                )
        except duckdb.Error as exc:
            if _disk_full(exc):
                raise  # not the file's fault: _scratch says so
            raise csv_error(path, exc) from exc
        streamed = sort_pass or (presorted and _clustered(con, f"SELECT rowid AS _rid, * FROM {MAPPED_ROWS}", "_rid"))
        skipped = _split_rejects(con, layout.header)
        _number_rows(con, skipped)
        _text_mapped(con, layout.mapping_sql(Columns(names), options), bool(types))
        malformed = int(con.execute("SELECT count(*) FROM read_rejects WHERE malformed").fetchone()[0])
        step("validating", n=con.execute("SELECT count(*) FROM mapped").fetchone()[0])
        # A second row with an id already seen in this file cannot be told apart: quarantine it.
        con.execute(
            f"UPDATE {MAPPED_ROWS} SET _reason = 'duplicate-id', _field = 'id', _value = source_id "
            "WHERE rowid IN (SELECT r FROM (SELECT _rid AS r, row_number() OVER "
            "(PARTITION BY source_id ORDER BY _row) AS k FROM mapped WHERE _reason IS NULL) WHERE k > 1)"
        )
        say(msg("cli.import_read", file=path.name, n=con.execute("SELECT count(*) FROM mapped").fetchone()[0]))
        with store.transaction():
            # Rows stored earlier with another registry are brought in step first, so the store stays uniform.
            ensure_resolved(store, registry)
            _upgrade_row_hashes(store)
            import_id = int(con.execute("SELECT coalesce(max(import_id), 0) + 1 FROM import_log").fetchone()[0])
            step("resolving")
            _country_lookup(con)
            _admin1_lookup(con)
            side_lookup(
                con,
                registry,
                "SELECT m.side_a AS name, c.iso3 AS country, m.side_a_type AS type FROM mapped m "
                "LEFT JOIN country_lookup c USING (country_name) UNION SELECT m.side_b, c.iso3, m.side_b_type "
                "FROM mapped m LEFT JOIN country_lookup c USING (country_name)",
            )
            step("comparing")
            if fresh:  # every good row is new, and nothing stored can be withdrawn or restored
                good = int(con.execute("SELECT count(*) FROM mapped WHERE _reason IS NULL").fetchone()[0])
                status, row_filter = {"imported": good}, "m._reason IS NULL"
            else:
                con.execute(f"CREATE OR REPLACE TEMP TABLE incoming AS {_keys_select(layout.source)}")
                con.execute(
                    f"""
                    CREATE OR REPLACE TEMP TABLE incoming_status AS
                    SELECT i.uid, i._row, i.row_hash, i.country, CASE
                        WHEN e.uid IS NULL THEN 'imported'
                        WHEN e.row_hash = i.row_hash THEN 'unchanged'
                        WHEN i.source_timestamp < e.source_timestamp THEN 'kept_newer'
                        WHEN {_precision_rank_sql("i.date_precision")} > {_precision_rank_sql("e.date_precision")}
                            THEN 'kept_finer'
                        ELSE 'updated' END AS status
                    FROM incoming i LEFT JOIN events e USING (uid)
                """
                )
                status = dict(con.execute("SELECT status, count(*) FROM incoming_status GROUP BY status").fetchall())
                con.execute(
                    "DELETE FROM events WHERE uid IN (SELECT uid FROM incoming_status WHERE status = 'updated')"
                )
                row_filter = _row_filter(con, "'imported', 'updated'")
            step("writing")

            def select(condition: str) -> str:
                where = f"({row_filter}) AND {condition}"
                return _enriched_select(import_id, layout.name, layout.source, path.name, where, keep_raw)

            def written(rows: int, share: float) -> None:
                step.within(share, "writing_rows", done=rows, n=status.get("imported", 0) + status.get("updated", 0))

            # DuckDB's count moves the bar through a sort; an ordered write's batches tell their own rows
            _write(con, select, streamed and not skipped, written, lambda lo, hi: step.watching(con, lo, hi))
            bad = "_reason IS NOT NULL AND _reason <> 'skipped'"
            if con.execute(f"SELECT 1 FROM mapped WHERE {bad} LIMIT 1").fetchone():  # skip the join in the usual case
                con.execute(
                    f"""
                    INSERT INTO quarantine
                    SELECT {import_id}, ?, m._row, m._row + 1, coalesce(t._reason, m._reason),
                        CASE WHEN t._reason IS NULL THEN m._field ELSE t._field END,
                        CASE WHEN t._reason IS NULL THEN m._value ELSE t._value END, to_json(s)::VARCHAR
                    FROM (SELECT * FROM mapped WHERE {bad}) m JOIN {_raw_rows(con, bad)} s USING (_row)
                    LEFT JOIN text_mapped t USING (_row)  -- the text's reason: one code path for every reason
                """,
                    [path.name],
                )
            con.execute(
                f"""
                INSERT INTO quarantine
                SELECT {import_id}, ?, NULL, line, 'malformed-row', first(column_name), NULL, first(csv_line)
                FROM rejects_errors  -- a cell of a malformed line that also failed its cast is not the fault to name
                WHERE error_type <> 'CAST' AND line IN (SELECT line FROM read_rejects WHERE malformed) GROUP BY line
            """,
                [path.name],
            )
            withdrawn, restored = (0, 0) if fresh else _mark_withdrawn(con, layout.source, complete_export)
            reasons = dict(
                con.execute(
                    "SELECT reason, count(*) FROM quarantine WHERE import_id = ? GROUP BY reason ORDER BY 2 DESC",
                    [import_id],
                ).fetchall()
            )
            derived = int(
                con.execute(
                    "SELECT count(*) FROM events WHERE import_id = ? AND admin1_derived", [import_id]
                ).fetchone()[0]
            )
            parsed = int(con.execute("SELECT count(*) FROM mapped").fetchone()[0])
            report = ImportReport(
                import_id=import_id,
                source_file=path.name,
                source=layout.source,
                layout=layout.name,
                rows_read=parsed + malformed,
                imported=status.get("imported", 0),
                updated=status.get("updated", 0),
                unchanged=status.get("unchanged", 0) + status.get("kept_finer", 0) + status.get("kept_newer", 0),
                quarantined=sum(reasons.values()),
                kept_finer=status.get("kept_finer", 0),
                admin1_derived=derived,
                quarantine_reasons=reasons,
                skipped=int(con.execute("SELECT count(*) FROM mapped WHERE _reason = 'skipped'").fetchone()[0]),
                kept_newer=status.get("kept_newer", 0),
                withdrawn=withdrawn,
                restored=restored,
            )
            finished = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            con.execute(
                "INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    import_id,
                    started,
                    finished,
                    layout.source,
                    layout.name,
                    path.name,
                    report.rows_read,
                    report.imported,
                    report.updated,
                    report.unchanged,
                    report.quarantined,
                    report.kept_finer,
                    report.admin1_derived,
                ],
            )
    step("done")
    new, updated, unchanged, quarantined = report.imported, report.updated, report.unchanged, report.quarantined
    say(msg("cli.import_done", file=path.name, new=new, updated=updated, unchanged=unchanged, quarantined=quarantined))
    return report
