"""Stores across DuckDB releases: a store DuckDB 1.5.6 wrote opens and answers as a store written now does,
keeps its storage format when written to (so an older dyadscope still opens it), and a store from a newer
DuckDB is refused in one sentence."""

from __future__ import annotations

import gzip
import shutil
import struct
from pathlib import Path

import duckdb
import pytest

from conftest import DATA, MODERN
from dyadscope.api import Dyadscope
from dyadscope.errors import InputError
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

# fixture_store's two imports (ged_region_reduced_sample.csv.gz, then ged_syria_2016_2019_v191_sample.csv), written
# by dyadscope 64b386e on DuckDB 1.5.6 and gzipped (1.8 MB -> 96 KB).
OLD_STORE = DATA / "stores" / "fixture_duckdb156.duckdb.gz"


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "old.duckdb"
    with gzip.open(OLD_STORE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def _storage_version(path: Path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        sql = "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()"
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_a_store_duckdb_156_wrote_answers_as_one_written_now(old_store, fixture_store):
    assert _storage_version(old_store) == "v1.0.0+"
    old = Dyadscope(old_store, read_only=True)
    try:
        names = old.store.con.execute("SELECT name FROM pragma_table_info('events')").fetchall()
        # row_hash is what a re-import compares, and its recipe changed after this store was written (the hash of
        # the mapped values, round 12): the old store keeps its own, as any store imported before does.
        # sides_from_dyad_name came later (round 13): unknown (NULL) in rows written before it.
        later = {"row_hash", "sides_from_dyad_name"}
        assert old.store.con.execute("SELECT count(sides_from_dyad_name) FROM events").fetchone()[0] == 0
        columns = ", ".join(name for (name,) in names if name not in later)
        rows = f"SELECT {columns} FROM events ORDER BY uid"
        assert old.store.con.execute(rows).fetchall() == fixture_store.store.con.execute(rows).fetchall()
        answers = [  # the questions' SQL runs on the old file as on the new one
            (
                ds.targets("ISIS", country="SYR", by="actor").table.to_dict("list"),
                ds.avoidance("ISIS", "Government of Syria", country="SYR", permutations=199, seed=7).test,
            )
            for ds in (old, fixture_store)
        ]
        assert answers[0] == answers[1] and answers[0][0]["events"]
    finally:
        old.close()


def test_writing_to_an_old_store_keeps_its_format(old_store):
    """An import into a 1.5.6 store leaves its storage at v1.0.0+, which DuckDB 1.5.6 reads; a new store is v2."""
    ds = Dyadscope(old_store)
    before = ds.store.count()
    assert ds.import_file(MODERN).imported > 0
    after = ds.store.count()
    ds.close()
    assert after > before and _storage_version(old_store) == "v1.0.0+"
    Store(old_store.with_name("new.duckdb")).close()
    assert _storage_version(old_store.with_name("new.duckdb")) != "v1.0.0+"


def _from_a_newer_duckdb(path: Path) -> None:
    """Mark a store as written by a later DuckDB: a storage version above any this DuckDB reads, in both of the
    file's database headers (4 KiB blocks at 4 and 8 KiB), each with its checksum recomputed as DuckDB does."""
    data = bytearray(path.read_bytes())
    for header in (4096, 8192):
        struct.pack_into("<Q", data, header + 0x38, 250)
        words = struct.iter_unpack("<Q", bytes(data[header + 8 : header + 4096]))
        checksum = 5381
        for (word,) in words:
            checksum ^= (word * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        struct.pack_into("<Q", data, header, checksum)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("read_only", [True, False])
def test_a_store_from_a_newer_duckdb_is_refused_in_one_sentence(tmp_path, read_only):
    path = tmp_path / "later.duckdb"
    Store(path).close()
    _from_a_newer_duckdb(path)
    with pytest.raises(InputError) as caught:
        Store(path, read_only=read_only)
    text = str(caught.value)
    assert text.startswith(f"cannot open store {path}: it was written by a newer DuckDB than")
    assert duckdb.__version__ in text and "\n" not in text


def test_the_query_runs_on_an_events_table_written_before_a_later_column(old_store, fixture_store):
    """A raw connection to the 1.5.6 store (no migration: as a benchmark or an older Parquet export sees it) lacks
    `sides_from_dyad_name`; targets() still answers, with nothing counted as repaired."""
    from dyadscope.analysis.targeting import TargetQuery, targets

    con = duckdb.connect(str(old_store), read_only=True)
    try:
        columns = {name for (name,) in con.execute("SELECT name FROM pragma_table_info('events')").fetchall()}
        assert "sides_from_dyad_name" not in columns
        result = targets(con, fixture_store.registry, TargetQuery("ISIS", country="SYR", by="class"))
    finally:
        con.close()
    expected = fixture_store.targets("ISIS", country="SYR", by="class")
    assert result.table.to_dict("list") == expected.table.to_dict("list")
    assert result.caveats.sides_from_dyad_name == 0


def test_an_old_stores_text_row_hashes_become_the_same_numbers_and_reimports_stay_unchanged(old_store, registry):
    """A store that kept row_hash as decimal text opens for writing with it as a BIGINT holding the same 64 bits,
    and a re-import of a file it holds changes nothing."""
    con = duckdb.connect(str(old_store), read_only=True)
    try:
        kind = con.execute("SELECT data_type FROM information_schema.columns WHERE column_name = 'row_hash'").fetchone()
        text = dict(con.execute("SELECT uid, row_hash FROM events").fetchall())
    finally:
        con.close()
    assert kind == ("VARCHAR",) and text and all(h is not None for h in text.values())
    store = Store(old_store)
    try:
        kind = store.con.execute("SELECT data_type FROM information_schema.columns WHERE column_name = 'row_hash'")
        assert kind.fetchone() == ("BIGINT",)
        numbers = dict(store.con.execute("SELECT uid, row_hash FROM events").fetchall())
        assert numbers == {uid: (int(h) + 2**63) % 2**64 - 2**63 for uid, h in text.items()}
        sample = DATA / "ucdp" / "ged_syria_2016_2019_v191_sample.csv"
        held = store.con.execute("SELECT count(*) FROM events WHERE source_file = ?", [sample.name]).fetchone()[0]
        again = import_file(store, sample, registry)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, held) and held > 0
        assert store.count() == len(text)
    finally:
        store.close()
