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

The steps live in modules of their own: scratch (the pass's scratch database), staging (reading the file, the
reader's rejects, row numbers), lookups (countries and places), compare (row hash, a re-import against the
store, withdrawn rows), write (events in the store's order, quarantine) and import_progress (the bar).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from dyadscope.actors.registry import Registry
from dyadscope.errors import UnknownLayout
from dyadscope.i18n import msg, stored
from dyadscope.sources import detect_headerless, detect_layout
from dyadscope.sources.base import Columns, Layout
from dyadscope.sources.reading import check_readable, csv_error, read_header, unzipped
from dyadscope.sources.spreadsheet import is_spreadsheet, sheet_as_csv
from dyadscope.store import staging, writing
from dyadscope.store.compare import compare_with_store, mark_withdrawn, upgrade_row_hashes
from dyadscope.store.db import Store
from dyadscope.store.import_progress import Progress, Stepper, step_starts
from dyadscope.store.lookups import admin1_lookup, country_lookup
from dyadscope.store.resolve import ensure_resolved, side_lookup
from dyadscope.store.scratch import MAPPED_ROWS, disk_full, memory_limited, scratch
from dyadscope.store.staging import MAPPED_ORDER, clustered, number_rows, split_rejects, stream, text_mapped
from dyadscope.store.writing import quarantine_rows, write_events

__all__ = ["ImportReport", "Progress", "import_file"]


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
    step = Stepper(progress, step_starts(path))
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
    with memory_limited(con, memory_limit), scratch(store, lines):
        step("reading", file=path.name)
        # The first import of a source (the usual large one) has nothing to compare with: no join with the store.
        fresh = not con.execute("SELECT 1 FROM events WHERE source = ? LIMIT 1", [layout.source]).fetchone()
        streamed, malformed = _pass(con, path, layout, encoding, options, lines, fresh and not keep_raw, step)
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
            upgrade_row_hashes(store)
            import_id = int(con.execute("SELECT coalesce(max(import_id), 0) + 1 FROM import_log").fetchone()[0])
            step("resolving")
            country_lookup(con)
            admin1_lookup(con)
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
                status, row_filter = compare_with_store(con, layout.source)
            step("writing")

            def select(condition: str) -> str:
                where = f"({row_filter}) AND {condition}"
                return writing.enriched_select(import_id, layout.name, layout.source, path.name, where, keep_raw)

            def written(rows: int, share: float) -> None:
                step.within(share, "writing_rows", done=rows, n=status.get("imported", 0) + status.get("updated", 0))

            # DuckDB's count moves the bar through a sort; an ordered write's batches tell their own rows
            write_events(con, select, streamed, written, lambda lo, hi: step.watching(con, lo, hi))
            quarantine_rows(con, import_id, path.name)
            withdrawn, restored = (0, 0) if fresh else mark_withdrawn(con, layout.source, complete_export)
            report = _report(con, import_id, path.name, layout, status, malformed, withdrawn, restored)
            _log(con, report, started)
    step("done")
    new, updated, unchanged, quarantined = report.imported, report.updated, report.unchanged, report.quarantined
    say(msg("cli.import_done", file=path.name, new=new, updated=updated, unchanged=unchanged, quarantined=quarantined))
    return report


def _pass(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    layout: Layout,
    encoding: str,
    options: dict[str, object] | None,
    lines: int,
    streamed: bool,
    step: Stepper,
) -> tuple[bool, int]:
    """The one pass over the file: read (typed), map and validate every row into MAPPED_ROWS, then number them and
    map the rows that failed a cast or a check again from their text (the view `mapped` holds them all).

    `streamed`: a first import without raw rows, whose pass may put its rows in the store's order so that the
    write streams them (see writing.write_events). Returns whether it did, and the count of malformed lines.
    """
    file_columns, types = stream(con, path, layout, encoding)
    names = {c.lower() for c in file_columns}
    mapping = layout.mapping_sql(Columns(names, types), options)
    # For a first import the pass sorts its rows too, before the lookups add their columns, so that the write can
    # stream (see write_events); a re-import writes few rows and sorts those. A file of more than RUN_ROWS lines is
    # not sorted whole: the write sorts it in runs.
    con.execute("SET preserve_insertion_order = true")
    try:
        # A file whose first rows are grouped by country and dated in order is read in its own order, and the
        # whole pass checked after; a file that breaks it further on is sorted by the write instead.
        sample = f"SELECT * FROM ({mapping}) LIMIT {staging.ORDER_SAMPLE_ROWS}"
        presorted = streamed and clustered(con, sample, "_row")
        sort_pass = streamed and not presorted and lines <= writing.RUN_ROWS
        # the sample's typed read stored its own cast rejects: only the pass's, over the whole file, may count
        con.execute("DROP TABLE IF EXISTS rejects_errors; DROP TABLE IF EXISTS rejects_scans")
        with step.watching(con):
            con.execute(
                f"CREATE OR REPLACE TABLE {MAPPED_ROWS} AS SELECT *, true AS _typed FROM ({mapping})"
                + (f" ORDER BY {MAPPED_ORDER}" if sort_pass else "")
            )
    except duckdb.Error as exc:
        if disk_full(exc):
            raise  # not the file's fault: scratch says so
        raise csv_error(path, exc) from exc
    in_order = sort_pass or (presorted and clustered(con, f"SELECT rowid AS _rid, * FROM {MAPPED_ROWS}", "_rid"))
    skipped = split_rejects(con, layout.header)
    number_rows(con, skipped)
    text_mapped(con, layout.mapping_sql(Columns(names), options), bool(types))
    malformed = int(con.execute("SELECT count(*) FROM read_rejects WHERE malformed").fetchone()[0])
    return in_order and not skipped, malformed


def _report(
    con: duckdb.DuckDBPyConnection,
    import_id: int,
    file_name: str,
    layout: Layout,
    status: dict[str, int],
    malformed: int,
    withdrawn: int,
    restored: int,
) -> ImportReport:
    """What import `import_id` did, counted from the store and `mapped`."""
    reasons = dict(
        con.execute(
            "SELECT reason, count(*) FROM quarantine WHERE import_id = ? GROUP BY reason ORDER BY 2 DESC", [import_id]
        ).fetchall()
    )
    derived = con.execute("SELECT count(*) FROM events WHERE import_id = ? AND admin1_derived", [import_id]).fetchone()
    parsed = int(con.execute("SELECT count(*) FROM mapped").fetchone()[0])
    return ImportReport(
        import_id=import_id,
        source_file=file_name,
        source=layout.source,
        layout=layout.name,
        rows_read=parsed + malformed,
        imported=status.get("imported", 0),
        updated=status.get("updated", 0),
        unchanged=status.get("unchanged", 0) + status.get("kept_finer", 0) + status.get("kept_newer", 0),
        quarantined=sum(reasons.values()),
        kept_finer=status.get("kept_finer", 0),
        admin1_derived=int(derived[0]),
        quarantine_reasons=reasons,
        skipped=int(con.execute("SELECT count(*) FROM mapped WHERE _reason = 'skipped'").fetchone()[0]),
        kept_newer=status.get("kept_newer", 0),
        withdrawn=withdrawn,
        restored=restored,
    )


def _log(con: duckdb.DuckDBPyConnection, report: ImportReport, started: dt.datetime) -> None:
    """Record the import in import_log."""
    finished = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    r = report
    con.execute(
        "INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [r.import_id, started, finished, r.source, r.layout, r.source_file, r.rows_read, r.imported, r.updated,
         r.unchanged, r.quarantined, r.kept_finer, r.admin1_derived],
    )  # fmt: skip
