"""An import stores its events in schema.EVENTS_ORDER (country, then date), whatever the file's order.

The order is what lets DuckDB's zone maps skip other countries and years (benchmarks/README.md, round 13).
The importer sorts in its pass and writes the sorted rows through the lookup joins without sorting again,
which keeps their order only while DuckDB probes every join with them: a lookup table larger than the file
(a three-row GDELT file has more side names than rows) would otherwise turn them around.
"""

from __future__ import annotations

import pytest

from conftest import DATA, MODERN, csv_table, write_csv
from dyadscope.store import ingest, staging, writing
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file


@pytest.mark.parametrize(
    ("path", "rows", "countries"),
    [
        (MODERN, 60, 22),  # 22 countries interleaved: 51 changes of country in 60 rows
        (DATA / "gdelt" / "20170624.export.CSV", 3, 2),  # Chad, Mali, Chad in the file
        (DATA / "gtd" / "gtd_nigeria_libya_written.csv", 4, 2),
    ],
)
def test_events_are_stored_grouped_by_country_and_in_date_order(empty_store, path, rows, countries):
    report = empty_store.import_file(path)
    changes, stored_countries, backwards = empty_store.store.con.execute(
        """
        SELECT count(*) FILTER (c0 IS DISTINCT FROM country AND k > 1), count(DISTINCT country),
            count(*) FILTER (c0 = country AND d0 > date_start)
        FROM (SELECT country, date_start, row_number() OVER w AS k, lag(country) OVER w AS c0,
                lag(date_start) OVER w AS d0
              FROM events WINDOW w AS (ORDER BY rowid))
        """
    ).fetchone()
    assert (report.imported, stored_countries) == (rows, countries)
    assert (changes, backwards) == (countries - 1, 0)


_ORDER_SQL = """
    SELECT count(*) FILTER (c0 IS DISTINCT FROM country AND k > 1), count(*) FILTER (c0 = country AND d0 > date_start)
    FROM (SELECT country, date_start, row_number() OVER w AS k, lag(country) OVER w AS c0,
            lag(date_start) OVER w AS d0
          FROM events WINDOW w AS (ORDER BY rowid))
"""


@pytest.mark.parametrize("sample", [10_000, 5], ids=["whole file sampled", "first rows sampled"])
def test_a_file_grouped_by_country_keeps_its_order_and_the_same_events(registry, tmp_path, monkeypatch, sample):
    """A file already grouped by country and in date order within each is read in its own order (no sort)."""
    monkeypatch.setattr(staging, "ORDER_SAMPLE_ROWS", sample)
    # grouped by country, in reverse order of their names (the sort's is ascending), dates in order within each
    header, rows = csv_table(MODERN)
    column = {name: header.index(name) for name in ("country", "date_start")}
    names = sorted({row[column["country"]] for row in rows}, reverse=True)
    rows.sort(key=lambda row: (names.index(row[column["country"]]), row[column["date_start"]]))
    store, reference = Store(":memory:"), Store(":memory:")
    import_file(store, write_csv(tmp_path / "grouped.csv", header, rows), registry)
    import_file(reference, MODERN, registry)
    stored = "SELECT * EXCLUDE (source_file, source_row, import_id) FROM events ORDER BY uid"
    assert store.con.execute(stored).fetchall() == reference.con.execute(stored).fetchall()  # the same events
    in_store = store.con.execute("SELECT country_name FROM events GROUP BY 1 ORDER BY min(rowid)").fetchall()
    assert [name for (name,) in in_store] == names  # the file's order of countries: it was not sorted again
    assert store.con.execute(_ORDER_SQL).fetchone() == (len(names) - 1, 0)


def test_a_file_grouped_only_at_its_start_is_still_stored_in_order(registry, tmp_path, monkeypatch):
    """The sample says grouped, the whole pass says not: the write sorts, as for any other file."""
    header, rows = csv_table(MODERN)
    column = {name: header.index(name) for name in ("country", "date_start")}
    first = rows[0][column["country"]]
    rows.sort(
        key=lambda row: (
            row[column["country"]] != first,
            row[column["date_start"]] if row[column["country"]] == first else "",
        )
    )
    monkeypatch.setattr(staging, "ORDER_SAMPLE_ROWS", sum(row[column["country"]] == first for row in rows))
    sorts = []
    original = ingest.write_events
    monkeypatch.setattr(
        ingest,
        "write_events",
        lambda con, select, in_order, *told: sorts.append(in_order) or original(con, select, in_order, *told),
    )
    store = Store(":memory:")
    import_file(store, write_csv(tmp_path / "partly.csv", header, rows), registry)
    assert sorts == [False]  # the pass kept the file's order, found it broken, and the write sorted
    assert store.con.execute(_ORDER_SQL).fetchone() == (21, 0)


def _copies(tmp_path, copies: int, bad: set[str] = frozenset(), keep_every: int = 0):
    """MODERN's 60 rows `copies` times with their own ids; rows of the `bad` countries get a negative death count
    (quarantined) except in every `keep_every`-th copy."""
    header, rows = csv_table(MODERN)
    column = {name: header.index(name) for name in ("id", "country", "deaths_a")}
    out = []
    for k in range(copies):
        for row in rows:
            row = list(row)
            row[column["id"]] = str(int(row[column["id"]]) + k * 10_000_000)
            if row[column["country"]] in bad and not (keep_every and k % keep_every == 0):
                row[column["deaths_a"]] = "-1"
            out.append(row)
    return write_csv(tmp_path / f"copies_{copies}.csv", header, out)


@pytest.mark.parametrize("batch_rows", [2016, 1000, 4096])
def test_the_write_keeps_the_order_across_its_batches(registry, tmp_path, monkeypatch, batch_rows):
    """A batch whose rowid range begins near the end of a 2,048-row vector scans a first chunk of under 64 rows;
    DuckDB's hash join held such a chunk back and gave it out at the end of the batch (a 5M-row import stored
    a Syrian event of 2014 after one of 2016, 32 rows before its 4,000,000th)."""
    monkeypatch.setattr(writing, "WRITE_BATCH_ROWS", batch_rows)
    store = Store(":memory:")
    report = import_file(store, _copies(tmp_path, 200), registry)
    assert (report.imported, report.quarantined) == (12_000, 0)
    assert store.con.execute(_ORDER_SQL).fetchone() == (21, 0)


def test_the_write_keeps_the_order_when_quarantined_rows_thin_a_chunk(registry, tmp_path):
    """Rows that fail a check stay in the pass and are filtered out in the write: a chunk of the pass with fewer
    than 64 good rows left was held back too, whatever the batch."""
    store = Store(":memory:")
    report = import_file(store, _copies(tmp_path, 200, {"Syria", "Afghanistan"}, keep_every=50), registry)
    assert (report.imported, report.quarantined) == (12_000 - 196 * 24, 196 * 24)
    assert store.con.execute(_ORDER_SQL).fetchone() == (21, 0)


def test_without_the_caching_switch_each_batch_sorts_its_rows(registry, tmp_path, monkeypatch):
    """Another DuckDB may lack the switch: the write then orders each batch by the pass's row id instead."""
    monkeypatch.setattr(writing, "WRITE_BATCH_ROWS", 2016)
    monkeypatch.setattr(writing, "CACHING_SETTING", "no_such_setting")
    store = Store(":memory:")
    report = import_file(store, _copies(tmp_path, 200, {"Syria", "Afghanistan"}, keep_every=50), registry)
    assert (report.imported, report.quarantined) == (12_000 - 196 * 24, 196 * 24)
    assert store.con.execute(_ORDER_SQL).fetchone() == (21, 0)
    assert store.con.execute("SELECT current_setting('enable_caching_operators')").fetchone()[0] is True
