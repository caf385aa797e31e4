"""GTD importer on invented rows in the real 135-column layout (tests/data/gtd/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import DATA, SYRIA_191
from dyadscope.api import Dyadscope
from dyadscope.cli import main

GTD = DATA / "gtd" / "gtd_syria_iraq_invented.csv"


@pytest.fixture(scope="module")
def gtd_store(tmp_path_factory) -> Dyadscope:
    ds = Dyadscope(tmp_path_factory.mktemp("gtd") / "gtd.duckdb")
    ds.import_file(GTD)
    ds.import_file(SYRIA_191)
    return ds


def _event(ds: Dyadscope, source_id: str) -> dict:
    frame = ds.store.con.execute("SELECT * FROM events WHERE source = 'gtd' AND source_id = ?", [source_id]).df()
    assert len(frame) == 1, source_id
    return frame.iloc[0].to_dict()


def test_the_layout_is_detected_and_every_row_lands(tmp_path):
    report = Dyadscope(tmp_path / "s.duckdb").import_file(GTD)
    assert (report.layout, report.rows_read, report.imported, report.quarantined) == ("gtd", 8, 8, 0)


def test_perpetrator_acts_on_a_target_type(gtd_store):
    event = _event(gtd_store, "201705090001")
    assert event["directed"]
    assert event["side_a_ids"] == "|isis|"  # "Islamic State of Iraq and the Levant (ISIL)"
    # Military in Syria -> the Syrian state's forces; the named target is kept
    assert event["side_b_ids"] == "|govt_syr|" and event["side_b_type"] == "Military"
    assert event["target_name"] == "Syrian Arab Army position"
    assert (event["fatalities_best"], event["wounded"]) == (14, 6)
    civilians = _event(gtd_store, "201602060001")
    assert civilians["side_b_class"] == "civilians" and civilians["event_type"] == "one-sided violence"


def test_several_groups_and_several_target_types_are_kept(gtd_store):
    # Per the codebook gname2 is a further, separate attribution, not an ally of gname: no coalition.
    two_groups = _event(gtd_store, "201709030001")
    assert two_groups["side_a_ids"] == "|hts|"
    assert two_groups["other_perpetrators"] == "Ahrar al-Sham"
    two_types = _event(gtd_store, "201706000001")
    assert two_types["side_b_type"] == "Police|Military"


def test_unknown_day_and_month_become_coarser_precision(gtd_store):
    month = _event(gtd_store, "201706000001")  # iday = 0
    assert (month["date_precision"], month["date_start"].date(), month["date_end"].date()) == (
        "month",
        dt.date(2017, 6, 1),
        dt.date(2017, 6, 30),
    )
    year = _event(gtd_store, "201700000001")  # imonth = 0
    assert (year["date_precision"], year["date_start"].date(), year["date_end"].date()) == (
        "year",
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
    )
    approx = _event(gtd_store, "201708140001")  # approxdate "August 13-15, 2017"
    assert approx["date_precision"] == "days" and approx["date_start"].date() <= dt.date(2017, 8, 13)


def test_doubtful_records_are_flagged_and_can_be_left_out(gtd_store):
    assert _event(gtd_store, "201708140001")["doubtful"]
    assert not _event(gtd_store, "201705090001")["doubtful"]
    every = gtd_store.targets("HTS", country="SYR", sources=("gtd",), by="class")
    sure = gtd_store.targets("HTS", country="SYR", sources=("gtd",), by="class", exclude_doubtful=True)
    assert (every.total_events, sure.total_events) == (2, 1)


def test_isis_is_one_actor_in_gtd_and_ucdp(gtd_store):
    gtd = gtd_store.targets("ISIS", country="SYR", sources=("gtd",), start="2016-01-01", end="2017-12-31")
    ucdp = gtd_store.targets("ISIS", country="SYR", sources=("ucdp",), start="2016-01-01", end="2017-12-31")
    assert gtd.actor.id == ucdp.actor.id == "isis"
    assert gtd.total_events == 3 and ucdp.total_events > 50
    both = gtd_store.targets("ISIS", country="SYR", start="2016-01-01", end="2017-12-31", by="source")
    by_source = dict(zip(both.table["key"], both.table["events"], strict=True))
    assert by_source == {"gtd": gtd.total_events, "ucdp-ged": ucdp.total_events}


def test_cli_targets_with_exclude_doubtful(gtd_store, capsys):
    code = main(
        ["--db", gtd_store.store.path, "targets", "HTS", "--source", "gtd", "--exclude-doubtful", "--format", "json"]
    )
    assert code == 0
    assert '"total_events": 1' in capsys.readouterr().out
