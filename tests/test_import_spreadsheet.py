"""Workbooks (.xlsx, as START ships the GTD and ACLED's export tool writes) import through their first sheet, with
the same events as the CSV of the same rows.

The workbooks are our own written rows (tests/data/gtd/README.md, tests/data/acled/README.md) saved from their CSVs
as Excel stores them: numbers as numbers, ACLED's event_date as a date cell.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from conftest import DATA
from dyadscope.errors import InputError
from dyadscope.i18n import localized
from dyadscope.sources.spreadsheet import cell_text, is_spreadsheet
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

COMPARED = (
    "uid, source, source_id, side_a, side_b, side_a_ids, side_b_ids, directed, event_type, date_start, date_end, "
    "date_precision, country, admin1, latitude, longitude, fatalities_best, wounded, doubtful, row_hash"
)


def _differences(store: Store, other: Store) -> tuple[int, int]:
    rows = lambda s: set(s.con.execute(f"SELECT {COMPARED} FROM events").fetchall())  # noqa: E731
    mine, theirs = rows(store), rows(other)
    return len(mine - theirs), len(theirs - mine)


@pytest.mark.parametrize(
    "stem", ["gtd/gtd_nigeria_libya_written", "acled/acled_syria_2017_current"], ids=["gtd", "acled-date-cells"]
)
def test_a_workbook_gives_the_events_of_the_same_rows_as_csv(registry, stem):
    workbook, text = DATA / f"{stem}.xlsx", DATA / f"{stem}.csv"
    from_sheet, from_csv = Store(":memory:"), Store(":memory:")
    report = import_file(from_sheet, workbook, registry)
    import_file(from_csv, text, registry)
    assert report.quarantined == 0 and report.imported == from_csv.count()
    assert _differences(from_sheet, from_csv) == (0, 0)
    # the store names the file the user gave
    assert from_sheet.con.execute("SELECT DISTINCT source_file FROM events").fetchall() == [(workbook.name,)]


def test_reimporting_the_workbook_changes_nothing(registry):
    store = Store(":memory:")
    workbook = DATA / "gtd" / "gtd_nigeria_libya_written.xlsx"
    import_file(store, workbook, registry)
    again = import_file(store, workbook, registry)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2011.0, "2011"),  # Excel keeps every number as a float
        (201101010005.0, "201101010005"),  # a GTD eventid
        (11.833333, "11.833333"),
        (0.33, "0.33"),  # GTD's split deaths
        (dt.datetime(2014, 6, 10), "2014-06-10"),
        (dt.datetime(2014, 6, 10, 13, 5), "2014-06-10 13:05:00"),
        (dt.date(2014, 6, 10), "2014-06-10"),
        (True, "true"),
        (None, ""),
        ("Borno", "Borno"),
    ],
)
def test_cells_are_written_as_the_producer_typed_them(value, text):
    assert cell_text(value) == text


def test_a_broken_workbook_is_refused_with_one_sentence_and_the_store_keeps_what_it_had(registry, tmp_path):
    store = Store(":memory:")
    import_file(store, DATA / "gtd" / "gtd_nigeria_libya_written.csv", registry)
    broken = tmp_path / "gtd_download.xlsx"
    data = (DATA / "gtd" / "gtd_nigeria_libya_written.xlsx").read_bytes()
    broken.write_bytes(data[: len(data) // 2])  # a download cut off half way
    with pytest.raises(InputError) as refused:
        import_file(store, broken, registry)
    assert localized(refused.value, "en").startswith("gtd_download.xlsx: cannot be read as a workbook (")
    assert localized(refused.value, "da").startswith("gtd_download.xlsx: kan ikke læses som projektmappe (")
    assert store.count() == 4
    assert store.con.execute("SELECT count(*) FROM import_log").fetchone()[0] == 1


def test_a_workbook_under_another_name_is_refused_with_the_name_to_give_it(registry, tmp_path):
    misnamed = tmp_path / "gtd.csv"
    shutil.copy(DATA / "gtd" / "gtd_nigeria_libya_written.xlsx", misnamed)
    with pytest.raises(InputError, match=r"an Excel workbook must be named \.xlsx"):
        import_file(Store(":memory:"), misnamed, registry)


def test_only_a_real_workbook_is_read_as_one(tmp_path):
    text = tmp_path / "rows.xlsx"
    text.write_text("eventid,iyear\n1,2014\n", encoding="utf-8")
    assert not is_spreadsheet(text)  # a CSV that only carries the name: read as the CSV it is
    assert is_spreadsheet(DATA / "gtd" / "gtd_nigeria_libya_written.xlsx")
    assert not is_spreadsheet(DATA / "gtd" / "gtd_nigeria_libya_written.csv")
