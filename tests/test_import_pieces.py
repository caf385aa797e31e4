"""A large first import sorts its pass a piece at a time: the same events, in the same order, as one sort.

One ORDER BY of the wide mapped rows spilled about 0.55 GB a million rows at the 1 GB memory limit (55 GB for a
100M-row file, more than the disk had); the pieces each sort at most ingest.PIECE_ROWS rows, or one (country,
year) cell (benchmarks/README.md, round 17). Here a piece is a few rows, so small files go through them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, MODERN, csv_table, write_csv
from dyadscope.store import ingest
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

_SORT = ingest._sort_in_pieces
_ORDER_SQL = """
    SELECT count(*) FILTER (c0 IS DISTINCT FROM country AND k > 1), count(*) FILTER (c0 = country AND d0 > date_start)
    FROM (SELECT country, date_start, row_number() OVER w AS k, lag(country) OVER w AS c0,
            lag(date_start) OVER w AS d0
          FROM events WINDOW w AS (ORDER BY rowid))
"""


def _damaged(tmp_path: Path) -> Path:
    """MODERN with a bad date, an impossible date, a count 'many', a negative count, a repeated id, a short line."""
    header, rows = csv_table(MODERN)
    col = {name: header.index(name) for name in ("id", "date_start", "best", "deaths_a")}
    rows[3][col["date_start"]] = "2019-13-45"
    rows[5][col["date_start"]] = "2019-02-30"
    rows[8][col["best"]] = "many"
    rows[11][col["deaths_a"]] = "-4"
    rows[14][col["id"]] = rows[13][col["id"]]
    path = write_csv(tmp_path / "damaged.csv", header, rows)
    with path.open("a", encoding="utf-8") as text:
        text.write("999999999,short,line\r\n")
    return path


def _import(path: Path, tmp_path: Path, name: str, monkeypatch, registry, pieces: bool) -> tuple[Store, list]:
    """Import `path` into a fresh store file, sorting the pass in pieces of 7 rows or in one ORDER BY."""
    monkeypatch.setattr(ingest, "PIECES_FROM_BYTES", 0 if pieces else 10**15)
    monkeypatch.setattr(ingest, "PIECE_ROWS", 7)
    told: list[tuple[int, int]] = []
    monkeypatch.setattr(
        ingest, "_sort_in_pieces", lambda con, sql, folder, tell: _SORT(con, sql, folder, lambda *a: told.append(a))
    )
    store = Store(tmp_path / f"{name}.duckdb")
    store.report = import_file(store, path, registry)
    return store, told


def _same(a: Store, b: Path, table: str, without: str = "") -> bool:
    """Whether `table` holds the same rows in store `a` and the (closed) store file `b` (EXCEPT ALL both ways)."""
    a.con.execute(f"ATTACH '{b}' AS other (READ_ONLY)")
    try:
        rows = f"SELECT * {without} FROM {{}}{table}"
        there = a.con.execute(f"SELECT count(*) FROM ({rows.format('')} EXCEPT ALL {rows.format('other.')})")
        first = there.fetchone()[0]
        back = a.con.execute(f"SELECT count(*) FROM ({rows.format('other.')} EXCEPT ALL {rows.format('')})")
        return first == back.fetchone()[0] == 0
    finally:
        a.con.execute("DETACH other")


@pytest.mark.parametrize(
    ("path", "countries"),
    [
        (MODERN, 22),  # 22 countries interleaved
        (DATA / "acled" / "acled_syria_2017_current.csv", None),
        (DATA / "gtd" / "gtd_syria_iraq_invented.csv", None),
        (DATA / "gdelt" / "20170624.export.CSV", 2),
        (None, 22),  # damaged: quarantined rows, a cast failure, a duplicate id, a malformed line
    ],
    ids=["ged", "acled", "gtd", "gdelt", "damaged ged"],
)
def test_a_pass_sorted_in_pieces_stores_what_one_sort_stores_in_the_same_order(
    registry, tmp_path, monkeypatch, path, countries
):
    """Fails on the old importer: it had no pieces, and sorted every pass in one ORDER BY."""
    path = path or _damaged(tmp_path)
    whole, none_told = _import(path, tmp_path, "whole", monkeypatch, registry, pieces=False)
    pieces, told = _import(path, tmp_path, "pieces", monkeypatch, registry, pieces=True)
    assert none_told == [] and told  # one route each: the store in pieces
    assert pieces.report.as_dict() == whole.report.as_dict()
    whole_order = whole.con.execute(_ORDER_SQL).fetchone()
    whole.close()
    assert _same(pieces, whole.path, "events") and _same(pieces, whole.path, "quarantine")
    assert _same(pieces, whole.path, "import_log", "EXCLUDE (started_at, finished_at)")
    # the order for zone maps: each country in one run, dates never going back within it
    stored = pieces.con.execute("SELECT count(DISTINCT country) FROM events").fetchone()[0]
    assert countries is None or stored == countries
    assert pieces.con.execute(_ORDER_SQL).fetchone() == (stored - 1, 0)
    assert pieces.con.execute(_ORDER_SQL).fetchone() == whole_order
    # the counts add up; in a clean file (every row stored, so the cells can be counted in the store) every
    # piece is at most PIECE_ROWS rows, or one (country, year) cell
    done = [d for d, _ in told]
    assert done == sorted(done) and done[-1] == told[-1][1]
    if pieces.report.imported == pieces.report.rows_read:  # (rows that fail a cast come in after the pass)
        assert done[-1] == pieces.report.rows_read
        cell = pieces.con.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM events GROUP BY country, year(date_start))"
        ).fetchone()[0]
        sizes = [b - a for a, b in zip([0, *done], done, strict=False)]
        assert max(sizes) <= max(7, cell) and (len(sizes) > 1 or cell >= 7)
    folder = Path(f"{pieces.path}.tmp")
    assert not folder.exists() or not any(folder.iterdir())  # the scratch and the pieces' files are gone


def test_the_pieces_files_are_deleted_after_an_import_that_fails(registry, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "PIECES_FROM_BYTES", 0)
    monkeypatch.setattr(ingest, "PIECE_ROWS", 7)
    seen: list[Path] = []
    original = ingest._sort_in_pieces

    def sort_then_fail(con, sql, folder, tell):
        original(con, sql, folder, tell)
        seen.append(folder)
        raise RuntimeError("stopped after the pieces")

    monkeypatch.setattr(ingest, "_sort_in_pieces", sort_then_fail)
    store = Store(tmp_path / "s.duckdb")
    with pytest.raises(RuntimeError, match="stopped after the pieces"):
        import_file(store, MODERN, registry)
    assert seen and not seen[0].exists() and not Path(f"{store.path}.tmp").exists()
    assert store.count("events") == 0


class _Recorder:
    """A progress object: collects (description, fraction) steps."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []

    def __call__(self, line: str) -> None:
        pass

    def step(self, description: str, fraction: float) -> None:
        self.steps.append((description, fraction))


def test_the_bar_tells_the_rows_sorted_piece_by_piece(registry, monkeypatch):
    monkeypatch.setattr(ingest, "PIECES_FROM_BYTES", 0)
    monkeypatch.setattr(ingest, "PIECE_ROWS", 20)
    recorder = _Recorder()
    report = import_file(Store(":memory:"), MODERN, registry, progress=recorder)
    assert report.imported == 60
    sorting = [(d, f) for d, f in recorder.steps if d.startswith("sorting rows (")]
    assert len(sorting) >= 2 and sorting[-1][0] == "sorting rows (60 of 60)"
    assert sorting[-1][0].in_lang("da") == "sorterer rækker (60 af 60)"
    starts = ingest._step_starts(MODERN)
    shares = [f for _, f in sorting]
    assert (
        shares == sorted(shares) and starts["reading"] < shares[0] and shares[-1] == pytest.approx(starts["validating"])
    )


@pytest.mark.parametrize(
    ("name", "size", "wanted"),
    [("a.csv", 900_000_000, False), ("a.csv", 1_100_000_000, True), ("a.csv.gz", 300_000_000, True)],
)
def test_a_file_is_sorted_in_pieces_from_a_gigabyte_of_text(name, size, wanted):
    assert ingest._pieces_wanted(Path(name), size) is wanted


def test_a_small_file_is_sorted_in_one_piece(registry, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(ingest, "_sort_in_pieces", lambda *a: calls.append(a))
    header, rows = csv_table(MODERN)
    report = import_file(Store(":memory:"), write_csv(tmp_path / "m.csv", header, rows), registry)
    assert report.imported == 60 and calls == []
