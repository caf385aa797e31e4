"""`dyadscope export`: the store as Parquet partitioned by source and year, or CSV/JSON, losing nothing."""

from __future__ import annotations

import json

import duckdb
import pytest

from dyadscope.cli import main
from dyadscope.errors import InputError
from dyadscope.store.export import MANIFEST


@pytest.fixture(scope="module")
def parquet_export(fixture_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export") / "parquet"
    return folder, fixture_store.export(folder)


def test_parquet_events_are_partitioned_by_source_and_year_and_lose_nothing(fixture_store, parquet_export):
    folder, report = parquet_export
    years = {p.name for p in (folder / "events" / "source=ucdp-ged").iterdir()}
    expected = {
        f"year={y}"
        for (y,) in fixture_store.store.con.execute("SELECT DISTINCT year(date_start) FROM events").fetchall()
    }
    assert years == expected
    con = fixture_store.store.con
    back = f"read_parquet('{folder}/events/**/*.parquet', hive_partitioning = true)"
    columns = ", ".join(r[0] for r in con.execute("SELECT name FROM pragma_table_info('events')").fetchall())
    # every event comes back with every value: nothing of the store is missing from the files
    missing = con.execute(
        f"SELECT count(*) FROM (SELECT {columns} FROM events EXCEPT ALL SELECT {columns} FROM {back})"
    )
    assert missing.fetchone()[0] == 0
    assert (
        con.execute(f"SELECT count(*) FROM {back}").fetchone()[0]
        == report.rows["events"]
        == fixture_store.store.count()
    )
    assert con.execute(f"SELECT bool_and(year = year(date_start)) FROM {back}").fetchone()[0]


def test_manifest_names_the_registry_and_the_counts(fixture_store, parquet_export):
    folder, report = parquet_export
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["registry"] == fixture_store.registry.fingerprint
    assert manifest["rows"] == report.rows and manifest["rows"]["import_log"] == 2
    assert (folder / "import_log.parquet").is_file() and (folder / "quarantine.parquet").is_file()


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_small_exports_as_csv_or_json(fixture_store, tmp_path, file_format):
    report = fixture_store.export(tmp_path / "out", file_format=file_format)
    reader = "read_csv_auto" if file_format == "csv" else "read_json_auto"
    path = tmp_path / "out" / f"events.{file_format}"
    rows, uids = duckdb.sql(f"SELECT count(*), count(DISTINCT uid) FROM {reader}('{path}')").fetchall()[0]
    assert rows == uids == report.rows["events"] == fixture_store.store.count()


def test_a_non_empty_folder_is_refused_unless_overwrite(fixture_store, tmp_path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        fixture_store.export(tmp_path / "taken")
    assert (tmp_path / "taken" / "notes.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(InputError, match="is a file"):
        fixture_store.export(tmp_path / "taken" / "notes.txt")
    again = fixture_store.export(tmp_path / "taken", overwrite=True)
    assert again.rows["events"] == fixture_store.store.count()


def test_cli_export_prints_counts_and_refuses_in_one_line(fixture_store, tmp_path, capsys):
    db = fixture_store.store.path
    assert main(["--db", db, "export", str(tmp_path / "x"), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert f"{fixture_store.store.count():,} rows -> events.csv" in out
    assert main(["--db", db, "export", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "not empty" in err and "Traceback" not in err
