"""ACLED importer on invented rows in the real layouts (tests/data/acled/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import DATA
from dyadscope.api import Dyadscope
from dyadscope.cli import main

ACLED = DATA / "acled"
CURRENT = ACLED / "acled_syria_2017_current.csv"
CURRENT_V2 = ACLED / "acled_syria_2017_current_v2.csv"
LEGACY = ACLED / "acled_syria_legacy_upper.csv"


@pytest.fixture(scope="module")
def acled_store(tmp_path_factory) -> Dyadscope:
    ds = Dyadscope(tmp_path_factory.mktemp("acled") / "acled.duckdb")
    ds.import_file(CURRENT)
    ds.import_file(LEGACY)
    return ds


def _event(ds: Dyadscope, source_id: str) -> dict:
    frame = ds.store.con.execute("SELECT * FROM events WHERE source = 'acled' AND source_id = ?", [source_id]).df()
    assert len(frame) == 1, source_id
    return frame.iloc[0].to_dict()


def test_both_layouts_are_detected_and_every_row_lands(tmp_path):
    ds = Dyadscope(tmp_path / "s.duckdb")
    current, legacy = ds.import_file(CURRENT), ds.import_file(LEGACY)
    assert (current.layout, legacy.layout) == ("acled-current", "acled-legacy")
    assert (current.rows_read, current.imported, current.quarantined) == (12, 12, 0)
    assert (legacy.rows_read, legacy.imported, legacy.quarantined) == (4, 4, 0)


def test_battles_are_undirected_and_violence_against_civilians_is_directed(acled_store):
    battle, vac = _event(acled_store, "SYR9001"), _event(acled_store, "SYR9003")
    assert battle["event_type"] == "armed engagement" and not battle["directed"]
    assert vac["event_type"] == "one-sided violence" and vac["directed"]
    assert vac["side_b_class"] == "civilians"
    # ACLED's own types are kept beside the canonical ones
    assert battle["event_subtype"] == "Armed clash" and battle["violence_type"] == "Political violence"


def test_acled_names_resolve_to_the_same_actors_as_ucdp(acled_store):
    battle = _event(acled_store, "SYR9001")
    assert battle["side_a_ids"] == "|govt_syr|" and battle["side_b_ids"] == "|isis|"


def test_inter_codes_are_kept_as_actor_type_evidence(acled_store):
    battle = _event(acled_store, "SYR9012")
    assert (battle["side_a_type"], battle["side_b_type"]) == ("Militia Groups", "State Forces")
    protest = _event(acled_store, "SYR9007")
    assert protest["side_b_type"] is None  # inter2 = 0: no second actor


@pytest.mark.parametrize(
    ("source_id", "written", "expected"),
    [
        ("SYR8001", "30-June-2017", dt.date(2017, 6, 30)),
        ("SYR8002", "01/07/2017 (day first)", dt.date(2017, 7, 1)),
        ("SYR8004", "3 July 2017", dt.date(2017, 7, 3)),
        ("SYR9001", "2017-01-24", dt.date(2017, 1, 24)),
    ],
)
def test_every_date_format_in_circulation_parses(acled_store, source_id, written, expected):
    event = _event(acled_store, source_id)
    assert event["date_start"].date() == expected == event["date_end"].date(), written


def test_time_precision_widens_the_date_window(acled_store):
    week, month = _event(acled_store, "SYR9008"), _event(acled_store, "SYR9009")
    # 2017-05-11 known to the week: three days either side
    assert (week["date_start"].date(), week["date_end"].date(), week["date_precision"]) == (
        dt.date(2017, 5, 8),
        dt.date(2017, 5, 14),
        "week",
    )
    assert (month["date_start"].date(), month["date_end"].date()) == (dt.date(2017, 6, 1), dt.date(2017, 6, 30))
    legacy_week = _event(acled_store, "SYR8003")  # "02-Jul-2017", precision 2, no actor2
    assert legacy_week["date_start"].date() == dt.date(2017, 6, 29) and legacy_week["side_b"] is None


def test_fatalities_sources_and_notes_are_kept(acled_store):
    event = _event(acled_store, "SYR9001")
    assert event["fatalities_best"] == 28
    assert event["source_names"] == "Invented Monitor"
    assert "28 killed" in event["source_text"]


def test_a_newer_complete_export_updates_flags_withdrawn_and_keeps_newer_revisions(tmp_path):
    ds = Dyadscope(tmp_path / "living.duckdb")
    ds.import_file(CURRENT)
    report = ds.import_file(CURRENT_V2, complete_export=True)
    # v2: 12 rows = SYR9002 revised (updated), SYR9001 older revision (kept as stored), 9 unchanged, SYR9013 new
    assert (report.rows_read, report.imported, report.updated, report.unchanged) == (12, 1, 1, 10)
    assert report.kept_newer == 1 and report.withdrawn == 1
    assert _event(ds, "SYR9002")["fatalities_best"] == 3
    assert _event(ds, "SYR9001")["fatalities_best"] == 28  # the older revision (99) did not replace it
    withdrawn = _event(ds, "SYR9012")
    assert withdrawn["withdrawn"]  # flagged, never deleted
    # a withdrawn record no longer counts in analyses
    result = ds.targets("Government of Syria", country="SYR", sources=("acled",), by="actor")
    assert "Unidentified armed group" not in set(result.table["key"])
    # the original export again: the withdrawn row is back (restored), nothing else changes
    again = ds.import_file(CURRENT)
    assert again.restored == 1 and not _event(ds, "SYR9012")["withdrawn"]


def test_without_complete_export_nothing_is_withdrawn(tmp_path):
    ds = Dyadscope(tmp_path / "partial.duckdb")
    ds.import_file(CURRENT)
    report = ds.import_file(CURRENT_V2)
    assert report.withdrawn == 0
    assert not _event(ds, "SYR9012")["withdrawn"]


def test_reimport_is_idempotent(tmp_path):
    ds = Dyadscope(tmp_path / "again.duckdb")
    ds.import_file(CURRENT)
    second = ds.import_file(CURRENT)
    assert (second.imported, second.updated, second.unchanged) == (0, 0, 12)
    assert ds.store.count() == 12


def test_cli_imports_acled_with_complete_export(tmp_path, capsys):
    db = str(tmp_path / "cli.duckdb")
    assert main(["--db", db, "import", str(CURRENT)]) == 0
    assert main(["--db", db, "import", "--complete-export", str(CURRENT_V2)]) == 0
    out = capsys.readouterr().out
    assert "[acled-current]" in out
    assert "1 stored rows missing from this complete export flagged withdrawn" in out


def test_a_store_made_before_these_fields_existed_is_upgraded(tmp_path):
    import duckdb

    from dyadscope.schema import ADDED_EVENT_FIELDS, EVENT_FIELDS

    old = [f for f in EVENT_FIELDS if f not in ADDED_EVENT_FIELDS]
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (" + ", ".join(f"{f.name} {f.type}" for f in old) + ")")
    con.close()
    ds = Dyadscope(path)
    columns = [r[0] for r in ds.store.con.execute("DESCRIBE events").fetchall()]
    assert columns == [f.name for f in EVENT_FIELDS]  # added in order, so INSERT ... SELECT lines up
    assert ds.import_file(CURRENT).imported == 12
