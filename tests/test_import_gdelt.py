"""GDELT importer on real GDELT rows (tests/data/gdelt/README.md, GDELT Project, open data with citation)."""

from __future__ import annotations

import zipfile

import pytest

from conftest import DATA
from dyadscope.api import Dyadscope
from dyadscope.errors import InputError
from dyadscope.sources.gdelt import FIPS_TO_ISO3

GDELT = DATA / "gdelt"
RAW2 = GDELT / "20170624.export.CSV"
RAW2_ZIP = GDELT / "20170624.export.CSV.zip"
RAW1 = GDELT / "20130501.export.CSV"
HEADERED1 = GDELT / "gdelt1_events_sample50.csv"
HEADERED2 = GDELT / "gdelt2_events_sample50.csv"
GEORGIA = GDELT / "gdelt1_georgia_2013_05.csv.gz"


def _roots(path) -> list[str]:
    """EventRootCode of every row, read independently of the importer."""
    import csv

    if path.suffix == ".CSV":
        from dyadscope.sources.gdelt import columns_of

        with path.open(newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t"))
        position = columns_of(1 if len(rows[0]) == 58 else 2).index("EventRootCode")
        return [r[position].zfill(2) for r in rows]
    with path.open(newline="") as handle:
        return [r["EventRootCode"].zfill(2) for r in csv.DictReader(handle)]


@pytest.mark.parametrize(
    ("path", "layout"),
    [
        (RAW2, "gdelt2-raw"),
        (RAW2_ZIP, "gdelt2-raw"),
        (RAW1, "gdelt1-raw"),
        (HEADERED1, "gdelt1"),
        (HEADERED2, "gdelt2"),
    ],
)
def test_every_gdelt_form_is_detected_and_only_material_conflict_is_kept(empty_store, path, layout):
    report = empty_store.import_file(path)
    roots = _roots(RAW2 if path == RAW2_ZIP else path)
    conflict = sum(r in ("18", "19", "20") for r in roots)
    assert report.layout == layout
    assert (report.rows_read, report.imported, report.skipped, report.quarantined) == (
        len(roots),
        conflict,
        len(roots) - conflict,
        0,
    )
    machine = empty_store.store.con.execute("SELECT bool_and(machine_coded), bool_and(directed) FROM events").fetchone()
    assert machine == (True, True)


def test_coercion_and_protest_on_request(empty_store):
    report = empty_store.import_file(RAW2, cameo_roots=("14", "17", "18", "19", "20"))
    roots = _roots(RAW2)
    assert report.imported == sum(r in ("14", "17", "18", "19", "20") for r in roots)
    kinds = dict(empty_store.store.con.execute("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall())
    assert kinds["coercion"] == roots.count("17")


def test_an_unknown_cameo_root_is_refused(empty_store):
    with pytest.raises(InputError, match="CAMEO roots 04"):
        empty_store.import_file(RAW2, cameo_roots=("04",))
    assert empty_store.store.count("import_log") == 0


def test_fips_country_codes_become_iso3(tmp_path):
    ds = Dyadscope(tmp_path / "g.duckdb")
    ds.import_file(GEORGIA)
    # FIPS GG is Georgia (ISO GEO), not Guernsey (ISO GG/GGY)
    countries = dict(ds.store.con.execute("SELECT country, count(*) FROM events GROUP BY 1").fetchall())
    assert set(countries) == {"GEO"}
    event = ds.store.con.execute("SELECT * FROM events WHERE source_id = '254517127'").df().iloc[0]
    # GLOBALEVENTID 254517127: RUS (190, Use conventional military force) USA, 2013-05-02, mentioned once
    assert (event["side_a"], event["side_b"], event["event_subtype"], event["mentions"]) == ("RUS", "USA", "190", 1)
    assert event["event_type"] == "armed engagement" and str(event["date_start"].date()) == "2013-05-02"
    assert (FIPS_TO_ISO3["SY"], FIPS_TO_ISO3["IZ"], FIPS_TO_ISO3["TU"], FIPS_TO_ISO3["UK"]) == (
        "SYR",
        "IRQ",
        "TUR",
        "GBR",
    )


def test_cameo_actor_codes_resolve_through_the_registry(registry):
    assert registry.resolve_side("SYRMIL", "SYR").ids == "|govt_syr|"
    assert registry.resolve_side("SYRGOV", "SYR").ids == "|govt_syr|"
    assert registry.resolve_side("SYRREB", "SYR").ids == "|syrian_insurgents|"
    assert registry.find("IMG").id != "isis"  # Islamic militant groups in general, not the Islamic State


def test_zip_and_plain_give_the_same_rows(tmp_path):
    plain, zipped = Dyadscope(tmp_path / "a.duckdb"), Dyadscope(tmp_path / "b.duckdb")
    plain.import_file(RAW2)
    zipped.import_file(RAW2_ZIP)
    sql = "SELECT uid, row_hash FROM events ORDER BY uid"
    assert plain.store.con.execute(sql).fetchall() == zipped.store.con.execute(sql).fetchall()


def test_a_zip_with_two_files_or_a_broken_zip_is_refused(empty_store, tmp_path):
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.write(RAW2, "a.CSV")
        archive.write(RAW1, "b.CSV")
    with pytest.raises(InputError, match="exactly one data file"):
        empty_store.import_file(two)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(RAW2_ZIP.read_bytes()[:1000])
    with pytest.raises(InputError, match="zip"):
        empty_store.import_file(broken)
    assert empty_store.store.count() == 0 and empty_store.store.count("import_log") == 0
