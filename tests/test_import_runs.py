"""A file of more than RUN_ROWS rows is not sorted whole: its pass keeps the file's order and the write sorts runs of
RUN_ROWS rows, each its own INSERT ... ORDER BY, so the sort's temporary space is bounded by a run, not the file.

The runs must store what the one sort stores (events, quarantine, reports; re-imports too), each run grouped by
country and in date order, and the bar must move with the rows written. RUN_ROWS is set small here.
"""

from __future__ import annotations

import pytest

from conftest import DATA, MODERN, REGION_REDUCED, csv_table, write_csv
from dyadscope.store import ingest, writing
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file
from test_import_progress import _Recorder
from test_import_typed import EVENTS, QUARANTINE, _damaged, _differences


def _copies(tmp_path, copies: int, changed: int = 0, dropped: int = 0):
    """MODERN's 60 rows `copies` times with their own ids; the first `changed` rows with a new death count, and the
    last `dropped` rows left out (a later export of the same events)."""
    header, rows = csv_table(MODERN)
    out = []
    for k in range(copies):
        for row in rows:
            row = list(row)
            row[header.index("id")] = str(int(row[header.index("id")]) + k * 10_000_000)
            out.append(row)
    for row in out[:changed]:
        row[header.index("best")] = str(int(row[header.index("best")]) + 100)
    return write_csv(tmp_path / f"copies_{copies}_{changed}_{dropped}.csv", header, out[: len(out) - dropped])


def _report(report) -> dict:
    return {k: v for k, v in report.as_dict().items() if k != "import_id"}


def _runs(store: Store, run_rows: int) -> list[tuple[int, int, int]]:
    """Each run of a file imported unsorted (run k: file rows k*run_rows+1 ...), in the order the store holds them:
    (run, changes of country within it, countries in it, dates going backwards within a country)."""
    return store.con.execute(
        f"""
        SELECT run, count(*) FILTER (c0 IS DISTINCT FROM country AND k > 1), count(DISTINCT country),
            count(*) FILTER (c0 = country AND d0 > date_start)
        FROM (SELECT r, run, country, date_start, row_number() OVER w AS k, lag(country) OVER w AS c0,
                lag(date_start) OVER w AS d0
              FROM (SELECT rowid AS r, (source_row - 1) // {run_rows} AS run, * FROM events)
              WINDOW w AS (PARTITION BY run ORDER BY r))
        GROUP BY run ORDER BY min(r)
        """
    ).fetchall()


@pytest.mark.parametrize(
    "name",
    ["damaged GED", "MODERN", "acled_syria_2017_current.csv", "gtd_syria_iraq_invented.csv", "20170624.export.CSV"],
)
def test_runs_store_what_the_one_sort_stores(registry, tmp_path, monkeypatch, name):
    """Events and quarantine (reasons, values, raw text, row numbers) EXCEPT ALL both ways, the reports, and a
    second import of the same file: all unchanged, nothing added."""
    if name == "damaged GED":  # cast failures (mapped again from their text), failed checks, malformed lines
        path, _ = _damaged(tmp_path)
    elif name == "MODERN":
        path = MODERN
    else:
        path = next(DATA.glob(f"*/{name}"))
    one, runs = Store(":memory:"), Store(":memory:")
    reference = import_file(one, path, registry)
    monkeypatch.setattr(writing, "RUN_ROWS", 7)
    report = import_file(runs, path, registry)
    assert _report(report) == _report(reference)
    assert report.rows_read > 7  # more than one run
    assert _differences(runs, one, EVENTS) == (0, 0)
    assert _differences(runs, one, QUARANTINE) == (0, 0)
    again = import_file(runs, path, registry)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, report.imported)
    assert runs.count() == report.imported
    assert _differences(runs, one, EVENTS) == (0, 0)


def test_each_run_is_grouped_by_country_and_in_date_order(registry, tmp_path, monkeypatch):
    """Fails when the pass sorts the whole file (the runs are then not the file's)."""
    monkeypatch.setattr(writing, "RUN_ROWS", 50)
    store = Store(":memory:")
    report = import_file(store, _copies(tmp_path, 3), registry)
    assert report.imported == 180
    runs = _runs(store, 50)
    assert [run for run, *_ in runs] == [0, 1, 2, 3]  # the runs one after the other, in the file's order
    assert all(changes == countries - 1 and backwards == 0 for _, changes, countries, backwards in runs)


def test_a_file_of_one_run_is_sorted_whole(registry, tmp_path, monkeypatch):
    """At RUN_ROWS or fewer lines the import is today's: the pass sorts, the write streams it in order."""
    monkeypatch.setattr(writing, "RUN_ROWS", 187)  # the file's lines (its header and 180 rows, some of two lines)
    writes = []
    original = ingest.write_events
    monkeypatch.setattr(ingest, "write_events", lambda con, select, in_order, *told: writes.append(in_order)
                        or original(con, select, in_order, *told))  # fmt: skip
    store = Store(":memory:")
    import_file(store, _copies(tmp_path, 3), registry)
    assert writes == [True]
    assert _runs(store, 1000) == [(0, 21, 22, 0)]


def test_updates_and_withdrawals_in_runs_match_the_one_sort(registry, tmp_path, monkeypatch):
    first, second = _copies(tmp_path, 3), _copies(tmp_path, 3, changed=25, dropped=10)
    one, runs = Store(":memory:"), Store(":memory:")
    reports = []
    for store, run_rows in ((one, writing.RUN_ROWS), (runs, 40)):
        monkeypatch.setattr(writing, "RUN_ROWS", run_rows)
        import_file(store, first, registry)
        reports.append(_report(import_file(store, second, registry, complete_export=True)))
    assert reports[0] == reports[1]
    assert (reports[1]["updated"], reports[1]["unchanged"], reports[1]["withdrawn"]) == (25, 145, 10)
    assert _differences(runs, one, EVENTS) == (0, 0)


def test_runs_tell_the_rows_written_run_by_run(monkeypatch):
    monkeypatch.setattr(writing, "RUN_ROWS", 200)
    store = Store(":memory:")
    recorder = _Recorder()
    report = import_file(store, REGION_REDUCED, progress=recorder)
    assert report.imported == report.rows_read == 925
    runs = [(d, f) for d, f in recorder.steps if d.startswith("writing events (")]
    assert [d for d, _ in runs] == [f"writing events ({n:,} of 925)" for n in (200, 400, 600, 800, 925)]
    assert runs[-1][0].in_lang("da") == "skriver hændelser (925 af 925)"
    shares = [f for _, f in recorder.steps]
    assert shares == sorted(shares) and shares[-1] == 1.0
