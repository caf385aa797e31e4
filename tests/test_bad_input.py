"""Bad input: a clear one-line error, or the row in quarantine with its reason; never a half-written store."""

from __future__ import annotations

import gzip

import duckdb
import pytest

from conftest import MODERN, SYRIA_191, csv_table, write_csv
from dyadscope.cli import main
from dyadscope.errors import InputError, UnknownLayout


def _assert_untouched(ds, before: int = 0) -> None:
    assert ds.store.count() == before
    assert ds.store.count("quarantine") == 0
    assert ds.store.count("import_log") == 0


def test_a_file_that_is_not_ged_is_refused_naming_its_columns(empty_store, tmp_path):
    other = write_csv(tmp_path / "other.csv", ["name", "when", "where"], [["a", "2014-01-01", "x"]])
    with pytest.raises(UnknownLayout, match="columns seen: name, when, where"):
        empty_store.import_file(other)
    _assert_untouched(empty_store)


def test_a_truncated_gzip_is_refused_and_nothing_is_written(empty_store, tmp_path):
    data = gzip.compress(SYRIA_191.read_bytes())
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated or corrupt"):
        empty_store.import_file(cut)
    _assert_untouched(empty_store)


def test_a_non_utf8_file_is_refused_with_the_offset_and_a_way_out(empty_store, tmp_path):
    latin = tmp_path / "latin.csv"
    text = SYRIA_191.read_text(encoding="utf-8").replace("Aleppo", "Alepp\u00f6")
    latin.write_bytes(text.encode("latin-1", errors="replace"))
    with pytest.raises(InputError, match=r"not valid utf-8 \(byte 0xf6 at offset \d+\).*--encoding latin-1"):
        empty_store.import_file(latin)
    _assert_untouched(empty_store)
    report = empty_store.import_file(latin, encoding="latin-1", keep_raw=True)
    assert report.imported > 0
    assert empty_store.store.con.execute("SELECT count(*) FROM events WHERE raw LIKE '%Alepp\u00f6%'").fetchone()[0] > 0


BAD_VALUES = [
    ("date_start", "2014-02-30", "bad-date"),
    ("date_start", "1066-10-14", "impossible-date"),
    ("date_end", "2001-01-01", "bad-date"),
    ("latitude", "95.5", "bad-coordinates"),
    ("longitude", "-190", "bad-coordinates"),
    ("latitude", "north", "bad-coordinates"),
    ("type_of_violence", "4", "unknown-violence-type"),
    ("deaths_a", "-3", "negative-deaths"),
    ("best", "many", "bad-number"),
    ("id", "", "bad-id"),
]


@pytest.mark.parametrize(("column", "value", "reason"), BAD_VALUES)
def test_bad_rows_go_to_quarantine_with_reason_and_line(empty_store, tmp_path, column, value, reason):
    header, rows = csv_table(SYRIA_191)
    rows = rows[:20]
    rows[5][header.index(column)] = value
    path = write_csv(tmp_path / "bad.csv", header, rows)
    report = empty_store.import_file(path)
    assert report.rows_read == 20
    assert (report.imported, report.quarantined) == (19, 1)
    row = empty_store.store.con.execute("SELECT reason, field, value, source_row, line, raw FROM quarantine").fetchone()
    assert row[0] == reason
    assert row[1] == column
    assert (row[2] or "") == value
    assert (row[3], row[4]) == (6, 7)
    assert f'"{column}":' in row[5]


def test_a_malformed_csv_line_is_quarantined_with_its_line_number(empty_store, tmp_path):
    header, rows = csv_table(SYRIA_191)
    path = write_csv(tmp_path / "ragged.csv", header, rows[:10])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(4, "12345,only,three\n")
    path.write_text("".join(lines), encoding="utf-8")
    report = empty_store.import_file(path)
    assert report.rows_read == 11
    assert (report.imported, report.quarantined) == (10, 1)
    row = empty_store.store.con.execute("SELECT reason, line, raw FROM quarantine").fetchone()
    assert row[0] == "malformed-row"
    assert row[1] == 5
    assert "only,three" in row[2]


def test_a_duplicate_id_in_one_file_is_quarantined(empty_store, tmp_path):
    header, rows = csv_table(MODERN)
    path = write_csv(tmp_path / "dup.csv", header, [*rows[:5], rows[2]])
    report = empty_store.import_file(path)
    assert (report.imported, report.quarantined, report.quarantine_reasons) == (5, 1, {"duplicate-id": 1})
    con = empty_store.store.con
    # the first copy is kept with its own row number; the later one is the one set aside
    assert con.execute("SELECT source_row, line FROM quarantine").fetchone() == (6, 7)
    stored = con.execute("SELECT source_id, source_row FROM events ORDER BY source_row").fetchall()
    assert stored == [(row[header.index("id")], n) for n, row in enumerate(rows[:5], start=1)]


def test_failure_midway_rolls_back_everything(empty_store, monkeypatch):
    empty_store.import_file(MODERN)
    before = empty_store.store.count()

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("dyadscope.store.ingest.side_lookup", explode)
    with pytest.raises(RuntimeError):
        empty_store.import_file(SYRIA_191)
    assert empty_store.store.count() == before
    assert empty_store.store.count("import_log") == 1


def test_cli_prints_one_line_errors_without_traceback(tmp_path, capsys):
    missing = tmp_path / "nope.csv"
    code = main(["--db", str(tmp_path / "s.duckdb"), "import", str(missing)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [f"error: {missing}: no such file"]
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.duckdb"), "import", str(empty)]) == 2
    assert "the file is empty" in capsys.readouterr().err


def test_cli_strict_exits_nonzero_when_rows_were_quarantined(tmp_path, capsys):
    header, rows = csv_table(SYRIA_191)
    rows = rows[:5]
    rows[1][header.index("latitude")] = "123"
    path = write_csv(tmp_path / "bad.csv", header, rows)
    assert main(["--db", str(tmp_path / "s.duckdb"), "import", "--strict", str(path)]) == 1
    assert "quarantined 1: bad-coordinates" in capsys.readouterr().out


@pytest.mark.parametrize(("column", "value"), [("deaths_a", "3000000000"), ("best", "1234567890123456789012345")])
def test_an_out_of_range_count_is_quarantined_not_a_crash(empty_store, tmp_path, column, value):
    header, rows = csv_table(SYRIA_191)
    rows = rows[:10]
    rows[3][header.index(column)] = value
    report = empty_store.import_file(write_csv(tmp_path / "big.csv", header, rows))
    assert (report.imported, report.quarantine_reasons) == (9, {"out-of-range": 1})
    assert empty_store.store.con.execute("SELECT field, value FROM quarantine").fetchone() == (column, value)


def test_a_utf8_byte_order_mark_is_accepted_with_or_without_utf8_sig(tmp_path):
    from dyadscope.api import Dyadscope

    bom = tmp_path / "excel.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + SYRIA_191.read_bytes())
    for encoding in ("utf-8", "utf-8-sig"):
        ds = Dyadscope(tmp_path / f"{encoding}.duckdb")
        report = ds.import_file(bom, encoding=encoding)
        assert (report.layout, report.imported, report.quarantined) == ("ged-syria-19.1", 514, 0)


def test_a_utf16_file_is_named_as_such_and_imports_with_that_encoding(empty_store, tmp_path):
    wide = tmp_path / "unicode.csv"
    wide.write_bytes(SYRIA_191.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(InputError, match=r"looks like UTF-16.*--encoding utf-16"):
        empty_store.import_file(wide)
    _assert_untouched(empty_store)
    assert empty_store.import_file(wide, encoding="utf-16").imported == 514


def test_an_endless_file_and_an_endless_line_are_refused_quickly(empty_store, tmp_path):
    endless = tmp_path / "endless.csv"
    endless.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        empty_store.import_file(endless)
    line = tmp_path / "line.csv"
    line.write_bytes(b"id,name," + b"x" * 10_000_000 + b"\n1,a,b\n")
    with pytest.raises(InputError, match="a line longer than 1 MB"):
        empty_store.import_file(line)
    _assert_untouched(empty_store)


def test_a_zip_that_expands_like_a_bomb_is_refused(empty_store, tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("events.csv", b"id\n" + b"1\n" * 40_000_000)  # 80 MB from ~80 KB
    with pytest.raises(InputError, match="possible zip bomb"):
        empty_store.import_file(bomb)
    _assert_untouched(empty_store)


def test_reordered_columns_and_an_added_empty_column_leave_rows_unchanged(empty_store, tmp_path):
    header, rows = csv_table(SYRIA_191)
    rows = rows[:30]
    empty_store.import_file(write_csv(tmp_path / "a.csv", header, rows))
    order = [header.index(c) for c in reversed(header)]
    shuffled = [[r[i] for i in order] for r in rows]
    again = empty_store.import_file(
        write_csv(tmp_path / "b.csv", [header[i] for i in order] + ["note"], [[*r, ""] for r in shuffled])
    )
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 30)
    rows[4][header.index("side_b")] = "Civilians (changed)"
    changed = empty_store.import_file(write_csv(tmp_path / "c.csv", header, rows))
    assert (changed.updated, changed.unchanged) == (1, 29)


def test_a_spill_folder_left_by_a_killed_import_is_cleaned_on_open(tmp_path):
    from dyadscope.store.db import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    spill = tmp_path / "s.duckdb.tmp"
    spill.mkdir()
    (spill / "duckdb_temp_storage-0.tmp").write_bytes(b"\0" * 1024)
    Store(db, read_only=True).close()
    assert spill.exists()  # a reader may share it with a running writer: left alone
    Store(db).close()
    assert not spill.exists()


def test_cli_exits_nonzero_when_nothing_was_imported(tmp_path, capsys):
    header, rows = csv_table(SYRIA_191)
    rows = rows[:3]
    for row in rows:
        row[header.index("latitude")] = "123"
    path = write_csv(tmp_path / "allbad.csv", header, rows)
    assert main(["--db", str(tmp_path / "s.duckdb"), "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "quarantined 3: bad-coordinates" in captured.out
    assert "error: nothing imported from allbad.csv" in captured.err


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(60), "gzip-compressed"),  # an R .Rdata file is gzip
        (b"PK\x03\x04" + bytes(60), "zip container"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(60), "Excel 97-2003"),
        (b"SQLite format 3\x00" + bytes(60), "SQLite database"),
        (bytes(8) + b"DUCK" + bytes(60), "DuckDB database"),
        (b"PAR1" + bytes(60), "Parquet"),
    ],
)
def test_a_binary_file_is_named_for_what_it_is_and_nothing_is_written(empty_store, tmp_path, head, named):
    path = tmp_path / "events.Rdata"
    path.write_bytes(head + b"iso3,year\n" * 10)
    with pytest.raises(InputError, match=rf"not a text table; it is (a |an )?{named}"):
        empty_store.import_file(path)
    assert empty_store.store.count() == 0


def test_a_real_dyadscope_store_passed_to_import_says_so(empty_store, tmp_path):
    store_file = tmp_path / "other.duckdb"
    duckdb.connect(str(store_file)).close()
    with pytest.raises(InputError, match=r"DuckDB database \(a dyadscope store\?\); open it with --db"):
        empty_store.import_file(store_file)
