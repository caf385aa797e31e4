"""Importing UCDP GED in each layout: detection, semantics, precision, idempotency."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import shutil

import pytest

from conftest import MODERN, OLD, REGION_REDUCED, SYRIA_191
from dyadscope.sources import detect_layout
from dyadscope.sources.reading import read_header


def _rows(path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("path", "layout"),
    [(MODERN, "ged-modern"), (SYRIA_191, "ged-syria-19.1"), (OLD, "ged-old"), (REGION_REDUCED, "ged-reduced")],
)
def test_each_layout_is_detected_and_imported_completely(empty_store, path, layout):
    assert detect_layout(read_header(path)).name == layout
    report = empty_store.import_file(path)
    assert report.layout == layout
    assert report.rows_read == len(_rows(path))
    assert report.rows_read == report.imported + report.updated + report.unchanged + report.quarantined
    assert empty_store.store.count() == report.imported


def test_reimport_changes_nothing_and_a_changed_row_is_updated(empty_store, tmp_path):
    first = empty_store.import_file(SYRIA_191)
    again = empty_store.import_file(SYRIA_191)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, first.imported)
    rows = _rows(SYRIA_191)
    rows[0]["best"] = str(int(rows[0]["best"]) + 7)
    changed = tmp_path / "changed.csv"
    with changed.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = empty_store.import_file(changed)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, len(rows) - 1)
    best = empty_store.store.con.execute(
        "SELECT fatalities_best FROM events WHERE uid = ?", [f"ucdp-ged:{rows[0]['id']}"]
    ).fetchone()[0]
    assert best == int(rows[0]["best"])
    # No index enforces it: the importer keeps one row per uid through re-imports and updates.
    con = empty_store.store.con
    assert con.execute("SELECT count(*), count(DISTINCT uid) FROM events").fetchone() == (len(rows), len(rows))


def test_year_only_rows_span_their_year_and_type_is_inferred(empty_store):
    empty_store.import_file(REGION_REDUCED)
    con = empty_store.store.con
    spans = con.execute(
        "SELECT DISTINCT date_precision, date_end - date_start, month(date_start), day(date_start) FROM events"
    ).fetchall()
    assert {(s[0], s[2], s[3]) for s in spans} == {("year", 1, 1)}
    assert {s[1] for s in spans} <= {364, 365}
    inferred = con.execute(
        "SELECT bool_and(violence_type_inferred), count(DISTINCT violence_type) FROM events"
    ).fetchone()
    assert inferred[0] is True
    gov = con.execute("SELECT violence_type FROM events WHERE side_a LIKE 'Government of %' LIMIT 1").fetchone()[0]
    assert gov == "state-based"
    nonstate = con.execute(
        "SELECT DISTINCT violence_type FROM events WHERE side_a NOT LIKE 'Government of %' "
        "AND side_b NOT LIKE 'Government of %'"
    ).fetchall()
    assert nonstate == [("non-state",)]


def test_one_sided_violence_is_directed_and_engagements_are_not(empty_store):
    empty_store.import_file(SYRIA_191)
    rows = empty_store.store.con.execute(
        "SELECT violence_type, bool_and(directed), bool_or(directed), count(*) FROM events GROUP BY 1"
    ).fetchall()
    by_type = {r[0]: r[1:] for r in rows}
    assert by_type["one-sided"][:2] == (True, True)
    assert by_type["state-based"][:2] == (False, False)
    expected_one_sided = sum(1 for r in _rows(SYRIA_191) if r["type_of_violence"] == "3")
    assert by_type["one-sided"][2] == expected_one_sided


def test_admin1_is_canonical_or_derived_from_coordinates(empty_store):
    empty_store.import_file(SYRIA_191)
    con = empty_store.store.con
    given = con.execute("SELECT DISTINCT admin1 FROM events WHERE NOT admin1_derived").fetchall()
    assert ("Aleppo",) in given and not any("Governorate" in (g[0] or "") for g in given)
    missing = [r for r in _rows(SYRIA_191) if not r["adm_1"]]
    derived = con.execute("SELECT count(*), count(admin1) FROM events WHERE admin1_derived").fetchone()
    assert derived[0] == derived[1] > 0
    assert derived[0] <= len(missing)


def test_derived_admin1_agrees_with_ucdp_for_most_dated_events(empty_store):
    """Hide adm_1 of rows that have one and check the offline derivation against UCDP's own coding."""
    import numpy as np

    from dyadscope.sources.geo import canonical_admin1, derive_admin1

    rows = [r for r in _rows(SYRIA_191) if r["adm_1"] and r["where_prec"] in ("1", "2")]
    lat = np.array([float(r["latitude"]) for r in rows])
    lon = np.array([float(r["longitude"]) for r in rows])
    derived = derive_admin1("SYR", lat, lon)
    agree = sum(d == canonical_admin1(r["adm_1"], "SYR") for d, r in zip(derived, rows, strict=True))
    assert agree / len(rows) >= 0.85


def test_finer_dated_copy_is_kept_over_a_year_only_copy(empty_store):
    empty_store.import_file(SYRIA_191)
    report = empty_store.import_file(REGION_REDUCED)
    overlap = {r["id"] for r in _rows(SYRIA_191)} & {r["id"] for r in _rows(REGION_REDUCED)}
    assert report.kept_finer == len(overlap) > 0
    precisions = empty_store.store.con.execute(
        f"SELECT DISTINCT date_precision FROM events WHERE source_id IN ({','.join(sorted(overlap))})"
    ).fetchall()
    assert ("year",) not in precisions


def test_coalition_sides_resolve_to_all_members(empty_store):
    empty_store.import_file(REGION_REDUCED)
    row = empty_store.store.con.execute(
        "SELECT side_b, side_b_ids, side_b_actor FROM events WHERE side_b LIKE '%,%' AND side_b_ids IS NOT NULL LIMIT 1"
    ).fetchone()
    members = row[0].split(", ")
    assert row[1].count("|") == len(members) + 1
    assert row[2].count(" + ") == len(members) - 1


def test_every_event_keeps_its_raw_row_when_asked(empty_store):
    empty_store.import_file(OLD)
    assert empty_store.store.con.execute("SELECT count(raw) FROM events").fetchone()[0] == 0
    empty_store.store.con.execute("DELETE FROM events")
    empty_store.import_file(OLD, keep_raw=True)
    raw = empty_store.store.con.execute("SELECT raw FROM events ORDER BY source_row LIMIT 1").fetchone()[0]
    first = _rows(OLD)[0]
    assert f'"relid":"{first["relid"]}"' in raw


def test_old_layout_takes_best_est(empty_store):
    empty_store.import_file(OLD)
    expected = sum(int(r["best_est"]) for r in _rows(OLD))
    assert empty_store.store.con.execute("SELECT sum(fatalities_best) FROM events").fetchone()[0] == expected


def test_import_from_a_gzip_copy_equals_plain(empty_store, tmp_path):
    gz = tmp_path / "copy.csv.gz"
    with open(SYRIA_191, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    a = empty_store.import_file(gz)
    b = empty_store.import_file(SYRIA_191)
    assert a.imported == b.unchanged


def test_dates_are_real_dates(empty_store):
    empty_store.import_file(MODERN)
    first = _rows(MODERN)[0]
    got = empty_store.store.con.execute("SELECT date_start FROM events WHERE source_id = ?", [first["id"]]).fetchone()
    assert got[0] == dt.date.fromisoformat(first["date_start"])
