"""Big files: a gzip written in members (as benchmarks/synth.py streams 100M rows) and a small memory limit."""

from __future__ import annotations

import gzip
from pathlib import Path

from conftest import REGION_REDUCED
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file


def test_a_gzip_of_several_members_imports_whole_with_its_row_numbers(registry, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "benchmarks"))
    import synth

    path = tmp_path / "ged.csv.gz"
    synth.write_csv(path, 3000, "ged", registry, chunk=1000)
    assert path.read_bytes().count(b"\x1f\x8b\x08") >= 3  # one gzip member per chunk, appended
    with gzip.open(path, "rt") as text:
        assert sum(line.startswith("id,") for line in text) == 1  # one header, in the first member
    store = Store(":memory:")
    report = import_file(store, path, registry)
    assert (report.rows_read, report.imported, report.quarantined) == (3000, 3000, 0)
    rows = store.con.execute("SELECT count(*) FILTER (source_row = CAST(source_id AS BIGINT)) FROM events")
    assert rows.fetchone()[0] == 3000  # row k of the file is id k: numbering runs on across the members


def test_an_import_fits_in_128_mb_and_stores_what_1_gb_stores(registry, tmp_path):
    """The reader's buffers are 16 lines of DuckDB's max_line_size: at 16 MB that was 244 MiB each, too big here."""
    stores = {}
    for limit in ("1GB", "128MB"):
        store = Store(tmp_path / f"{limit}.duckdb")
        report = import_file(store, REGION_REDUCED, registry, memory_limit=limit)
        assert report.imported == report.rows_read == 925
        store.close()
        stores[limit] = tmp_path / f"{limit}.duckdb"
    con = Store(stores["1GB"]).con
    con.execute(f"ATTACH '{stores['128MB']}' AS small (READ_ONLY)")
    for a, b in (("events", "small.events"), ("small.events", "events")):
        assert con.execute(f"SELECT count(*) FROM (FROM {a} EXCEPT ALL FROM {b})").fetchone()[0] == 0
