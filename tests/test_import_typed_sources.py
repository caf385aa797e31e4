"""Typed reads of ACLED, GTD and GDELT (issue 11 goal 1), against bad input: nothing lost, nothing judged otherwise.

Each source's cells (coordinates, counts, date parts, dates) are parsed by DuckDB's reader; a cell that does
not cast sends its row through the text mapping. So a damaged file must give the same events and quarantine
read typed as read all as text, row numbers, reasons and raw text included, and every data line must be an
event, a skipped row or a quarantined one. The ACLED and GTD rows are this project's own, in their layouts.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import DATA, csv_table, write_csv
from dyadscope.errors import InputError
from dyadscope.sources import detect_layout
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file
from test_import_typed import EVENTS, QUARANTINE, _differences

ACLED = DATA / "acled" / "acled_syria_2017_current.csv"
GTD = DATA / "gtd" / "gtd_syria_iraq_invented.csv"
GDELT = DATA / "gdelt" / "gdelt2_events_sample50.csv"

# (row index, column, cell): cells that fail their cast (-> the text mapping), fail a check, or pass only as text
DAMAGE = {
    ACLED: {
        1: ("latitude", "north"),  # fails the DOUBLE cast -> bad-coordinates from the text
        2: ("event_date", "2017-02-30"),  # fails the DATE cast -> bad-date
        3: ("fatalities", "2.5"),  # casts, fails the check -> bad-number
        4: ("fatalities", "-1"),  # negative-deaths
        5: ("longitude", "190"),  # casts, impossible -> bad-coordinates
        6: ("event_date", "1985-01-01"),  # casts, before ACLED -> impossible-date
        7: ("event_date", "30 June 2017"),  # another ACLED format: fails the cast, the text reads it -> imported
        8: ("fatalities", " "),  # a blank cell fails the cast; the text rule reads it as empty -> imported
    },
    GTD: {
        0: ("imonth", "2"),  # with iday 30 below: 30 February -> bad-date
        1: ("nkill", "6.33"),  # a split count of a coordinated attack (releases before 2012) -> imported
        2: ("nkill", "many"),  # fails the DOUBLE cast -> bad-number from the text
        3: ("iyear", "1965"),  # before GTD -> impossible-date
        4: ("latitude", "95"),  # bad-coordinates
        5: ("nwound", "-2"),  # negative-deaths
        6: ("iday", "2.5"),  # casts, not a whole day -> bad-date
    },
    GDELT: {
        0: ("SQLDATE", "20170230"),  # fails the DATE cast -> bad-date
        1: ("ActionGeo_Lat", "95"),  # bad-coordinates
        2: ("NumMentions", "2.5"),  # casts, not a whole number -> bad-number
        3: ("SQLDATE", "19700101"),  # before GDELT -> impossible-date
        4: ("ActionGeo_Long", "east"),  # fails the DOUBLE cast -> bad-coordinates
        5: ("ActionGeo_Lat", "NA"),  # the re-exports' empty cell: empty when typed (Layout.null_text), as in text
    },
}
REASONS = {
    ACLED: {"bad-coordinates": 2, "bad-date": 1, "bad-number": 1, "negative-deaths": 1, "impossible-date": 1},
    GTD: {"bad-date": 2, "bad-number": 1, "impossible-date": 1, "bad-coordinates": 1, "negative-deaths": 1},
    GDELT: {"bad-date": 1, "bad-coordinates": 2, "bad-number": 1, "impossible-date": 1},
}


def _damaged(tmp_path: Path, source: Path) -> tuple[Path, int]:
    """`source` with DAMAGE, an unknown column added at the front, and one malformed line; returns (path, lines)."""
    header, rows = csv_table(source)
    rows = [list(r) for r in rows]
    if source == GDELT:  # every row in the CAMEO roots kept by default, so each damaged row is judged, not skipped
        for row in rows:
            row[header.index("EventRootCode")], row[header.index("QuadClass")] = "19", "4"
    if source == GTD:
        rows[0][header.index("iday")] = "30"
    for index, (name, value) in DAMAGE[source].items():
        rows[index][header.index(name)] = value
    header = ["our_note", *header]  # a column no layout knows: ignored, the layout still detected
    rows = [[f"note {n}", *row] for n, row in enumerate(rows)]
    path = write_csv(tmp_path / f"damaged_{source.name}", header, rows, lineterminator="\n")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(4, "only,three,cells\n")  # a malformed line between the damaged rows
    path.write_text("".join(lines), encoding="utf-8")
    return path, len(rows) + 1


@pytest.mark.parametrize("source", [ACLED, GTD, GDELT], ids=["acled", "gtd", "gdelt"])
def test_typed_and_text_reads_of_a_damaged_file_give_the_same_events_and_quarantine(registry, tmp_path, source):
    path, data_lines = _damaged(tmp_path, source)
    layout = detect_layout(csv_table(path)[0])
    assert layout is not None and layout.types  # read typed
    typed, text = Store(":memory:"), Store(":memory:")
    report = import_file(typed, path, registry)
    baseline = import_file(text, path, registry, layout=replace(layout, types={}))
    # nothing lost: every data line is an event, a skipped row or in quarantine, and the counts say so
    assert report.rows_read == data_lines == report.imported + report.skipped + report.quarantined
    assert typed.count() + typed.count("quarantine") + report.skipped == data_lines
    assert report.quarantine_reasons == {**REASONS[source], "malformed-row": 1}
    assert (report.imported, report.skipped, report.quarantine_reasons) == (
        baseline.imported,
        baseline.skipped,
        baseline.quarantine_reasons,
    )
    # the same rows, numbers, values and hashes; the same reasons, fields, values, lines and raw text
    assert _differences(typed, text, EVENTS) == (0, 0)
    assert _differences(typed, text, QUARANTINE) == (0, 0)
    # only damaged rows are quarantined, each with its whole raw row (the unknown column included)
    held = typed.con.execute("SELECT source_row, raw FROM quarantine WHERE source_row IS NOT NULL").fetchall()
    assert len(held) == sum(REASONS[source].values())
    for row, raw in held:
        assert row - 1 in DAMAGE[source]
        assert f'"our_note":"note {row - 1}"' in raw


def test_an_acled_date_in_another_format_is_read_from_its_text(registry, tmp_path):
    """A file mostly ISO with a later '30 June 2017' row, and a file in that format from its first row on."""
    path, _ = _damaged(tmp_path, ACLED)
    store = Store(":memory:")
    import_file(store, path, registry)
    day = store.con.execute(  # the middle of its span, whatever its precision (a week: the date +-3 days)
        "SELECT date_start + CAST((date_end - date_start) // 2 AS INTEGER) FROM events WHERE source_row = 8"
    ).fetchone()[0]
    assert day.isoformat() == "2017-06-30"
    header, rows = csv_table(ACLED)
    for row in rows:  # every date written '24 January 2017': the reader is not asked to parse them typed
        year, month, day = row[header.index("event_date")].split("-")
        row[header.index("event_date")] = f"{int(day)} {calendar.month_name[int(month)]} {year}"
    long_dates = Store(":memory:")
    report = import_file(long_dates, write_csv(tmp_path / "long_dates.csv", header, rows), registry)
    assert (report.imported, report.quarantined) == (len(rows), 0)
    iso = Store(":memory:")
    import_file(iso, ACLED, registry)
    assert long_dates.con.execute("SELECT source_id, date_start FROM events ORDER BY 1").fetchall() == (
        iso.con.execute("SELECT source_id, date_start FROM events ORDER BY 1").fetchall()
    )


@pytest.mark.parametrize(
    ("source", "column"), [(ACLED, "notes"), (GTD, "summary"), (GDELT, "SOURCEURL")], ids=["acled", "gtd", "gdelt"]
)
def test_a_latin1_file_of_each_source_is_refused_then_read_with_its_encoding(registry, tmp_path, source, column):
    header, rows = csv_table(source)
    if source == GDELT:  # in the kept CAMEO roots, so the row is stored
        rows[0][header.index("EventRootCode")], rows[0][header.index("QuadClass")] = "19", "4"
    rows[0][header.index(column)] += " Saïd"
    write_csv(tmp_path / "utf8.csv", header, rows)
    path = tmp_path / f"latin1_{source.name}"
    path.write_bytes((tmp_path / "utf8.csv").read_text(encoding="utf-8").encode("latin-1"))
    store = Store(":memory:")
    with pytest.raises(InputError, match=r"not valid utf-8 \(byte 0xef at offset \d+\).*--encoding latin-1"):
        import_file(store, path, registry)
    assert store.count() == 0 and store.count("quarantine") == 0  # nothing half-written
    report = import_file(store, path, registry, encoding="latin-1")
    assert report.rows_read == len(rows) == report.imported + report.skipped + report.quarantined
    text = store.con.execute("SELECT source_text FROM events WHERE source_row = 1").fetchone()[0]
    assert text.endswith(" Saïd")  # the name read as written, typed cells and all


@pytest.mark.parametrize(
    ("layout", "name"), [("acled", "acled-current"), ("gtd", "gtd"), ("gdelt", "gdelt2-raw")], ids=str
)
def test_the_benchmark_files_of_each_layout_import_whole(registry, tmp_path, monkeypatch, layout, name):
    """benchmarks/synth.py's ACLED, GTD and GDELT files are valid in their layouts: every row stored or skipped."""
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "benchmarks"))
    import synth

    path = tmp_path / f"{layout}.csv"
    synth.write_csv(path, 2000, layout, registry)
    store = Store(":memory:")
    report = import_file(store, path, registry)
    assert (report.layout, report.rows_read, report.quarantined) == (name, 2000, 0)
    assert report.imported + report.skipped == 2000 and report.imported > 1500
    classed = store.con.execute("SELECT count(*) FILTER (side_a_class IS NOT NULL) FROM events").fetchone()[0]
    assert classed > report.imported // 2  # the sides are the registry's names, as in the GED file


def test_gdelt_na_cells_are_empty_in_the_typed_read_so_the_file_is_read_once(registry, tmp_path):
    """A re-export writing "NA" in typed cells (date, coordinates, mentions): no row fails its cast, same events."""
    header, rows = csv_table(GDELT)
    blanks = [list(r) for r in rows]
    for k, row in enumerate(blanks):  # every third row loses a typed cell, in turn
        if k % 3 == 0:
            row[header.index(("ActionGeo_Lat", "ActionGeo_Long", "NumMentions", "SQLDATE")[k % 4])] = ""
    written = write_csv(tmp_path / "blank.csv", header, blanks)
    na = write_csv(tmp_path / "na.csv", header, [["NA" if c == "" else c for c in r] for r in blanks])
    stores = {}
    for path in (written, na):
        stores[path.stem] = store = Store(":memory:")
        report = import_file(store, path, registry)
        assert report.rows_read == len(rows)
        casts = store.con.execute("SELECT count(*) FROM rejects_errors WHERE error_type = 'CAST'").fetchone()[0]
        assert casts == 0  # no row went through the text mapping: the file was not read a second time
    assert _differences(stores["blank"], stores["na"], EVENTS.replace("import_id", "import_id, source_file")) == (0, 0)
    quarantine = QUARANTINE.replace("import_id", "import_id, source_file, raw")  # raw: "NA" against ""
    assert _differences(stores["blank"], stores["na"], quarantine) == (0, 0)
