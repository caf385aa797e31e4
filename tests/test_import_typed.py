"""The typed read (issue 11 goal 1): GED cells parsed once by DuckDB's reader, and nothing lost or judged otherwise.

Rows whose cell fails its cast are mapped again from their text; the typed read must give the same events
and quarantine as the all-text read of the same file, row numbers included. And the row hash of mapped
values (scheme 2): a store hashed the old way re-imports as unchanged.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import MODERN, SYRIA_191, csv_table, write_csv
from dyadscope.schema import signed_hash_sql
from dyadscope.sources import detect_layout
from dyadscope.store.compare import ROW_HASH_SCHEME
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file


def _damaged(tmp_path):
    """SYRIA_191's first 40 rows: cells that fail their cast, fail a check or pass only as text; two malformed lines."""
    header, rows = csv_table(SYRIA_191)
    rows = [list(r) for r in rows[:40]]
    damage = {
        2: ("latitude", "north"),  # fails the DOUBLE cast -> bad-coordinates from the text
        9: ("date_start", "2014-02-30"),  # fails the DATE cast -> bad-date
        11: ("best", "2.5"),  # casts, fails the check -> bad-number
        14: ("longitude", " "),  # fails the DOUBLE cast, but the text rule reads a blank cell as empty: imported
        19: ("deaths_a", "-3"),  # casts, fails the check -> negative-deaths
        25: ("date_end", "yesterday"),  # fails the DATE cast -> bad-date
        26: ("best", "1234567890123456789012345"),  # casts, out of range
    }
    for index, (name, value) in damage.items():
        rows[index][header.index(name)] = value
    path = write_csv(tmp_path / "damaged.csv", header, rows, lineterminator="\n")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(6, "12345,only,three\n")  # a malformed line between the damaged rows
    lines.insert(20, "999" + ",x" * 60 + "\n")  # and one more, later, too long
    path.write_text("".join(lines), encoding="utf-8")
    return path, len(rows) + 2


EVENTS = "SELECT * EXCLUDE (import_id) FROM events"
QUARANTINE = "SELECT * EXCLUDE (import_id) FROM quarantine"


def _differences(a: Store, b: Store, sql: str) -> tuple[int, int]:
    b.con.execute(f"CREATE OR REPLACE TABLE other AS {sql}")  # DuckDB cannot attach one in-memory db to another
    rows, columns = b.con.execute("SELECT * FROM other").fetchall(), b.con.execute("SELECT * FROM other").description
    a.con.execute(f"CREATE OR REPLACE TEMP TABLE theirs AS {sql} LIMIT 0")
    if rows:
        a.con.executemany(f"INSERT INTO theirs VALUES ({', '.join('?' * len(columns))})", rows)
    ours_only = a.con.execute(f"SELECT count(*) FROM ({sql} EXCEPT ALL SELECT * FROM theirs)").fetchone()[0]
    theirs_only = a.con.execute(f"SELECT count(*) FROM (SELECT * FROM theirs EXCEPT ALL {sql})").fetchone()[0]
    return ours_only, theirs_only


def test_typed_and_text_reads_give_the_same_events_and_quarantine(registry, tmp_path):
    path, data_rows = _damaged(tmp_path)
    layout = detect_layout(csv_table(SYRIA_191)[0])
    assert layout.types  # GED is read typed
    typed, text = Store(":memory:"), Store(":memory:")
    report = import_file(typed, path, registry)
    baseline = import_file(text, path, registry, layout=replace(layout, types={}))
    # nothing lost: every data line is an event or in quarantine, and the counts say so
    assert report.rows_read == data_rows == report.imported + report.quarantined
    assert typed.count() + typed.count("quarantine") == data_rows
    assert report.quarantine_reasons == {
        "bad-date": 2,
        "malformed-row": 2,
        "bad-coordinates": 1,
        "bad-number": 1,
        "negative-deaths": 1,
        "out-of-range": 1,
    }
    assert (report.imported, report.quarantine_reasons) == (baseline.imported, baseline.quarantine_reasons)
    # the same rows, numbers, values and hashes; the same reasons, fields, values, lines and raw text
    assert _differences(typed, text, EVENTS) == (0, 0)
    assert _differences(typed, text, QUARANTINE) == (0, 0)
    assert typed.con.execute("SELECT value FROM quarantine WHERE reason = 'bad-number'").fetchone() == ("2.5",)
    blank = typed.con.execute("SELECT longitude, source_row FROM events WHERE longitude IS NULL").fetchall()
    assert len(blank) == 1  # the blank longitude came in through the text mapping, with its own row number


def test_a_fractional_count_is_refused_and_a_whole_number_written_as_a_decimal_is_read(registry, tmp_path):
    header, rows = csv_table(MODERN)
    rows = [list(r) for r in rows[:6]]
    rows[0][header.index("best")] = "2.5"  # DuckDB's INTEGER cast would round this to 3: read as DOUBLE, refused
    rows[1][header.index("deaths_a")] = "2.0"  # a whole number however written: read as 2 (the text rule refused it)
    rows[2][header.index("deaths_b")] = "+3"
    rows[3][header.index("low")] = "inf"
    store = Store(":memory:")
    report = import_file(store, write_csv(tmp_path / "counts.csv", header, rows, lineterminator="\n"), registry)
    assert report.quarantine_reasons == {"bad-number": 1, "out-of-range": 1}
    assert store.con.execute("SELECT field, value FROM quarantine ORDER BY line").fetchall() == [
        ("best", "2.5"),
        ("low", "inf"),
    ]
    ids = {n: rows[n][header.index("id")] for n in (1, 2)}
    stored = dict(store.con.execute("SELECT source_id, deaths_side_a FROM events").fetchall())
    assert stored[ids[1]] == 2
    assert store.con.execute("SELECT deaths_side_b FROM events WHERE source_id = ?", [ids[2]]).fetchone() == (3,)


def _old_scheme(store: Store, path) -> None:
    """Give `store` the row hashes version 1 wrote: a XOR of hash(lower(name), cell) over the non-empty text cells
    (as the number Store turns version 1's text into)."""
    con = store.con
    names = [d[0] for d in con.execute(f"SELECT * FROM read_csv('{path}', all_varchar = true) LIMIT 0").description]
    terms = [f"CASE WHEN \"{n}\" <> '' THEN hash('{n.lower()}', \"{n}\") ELSE 0 END" for n in names]
    while len(terms) > 1:  # a balanced tree of xor(), as version 1 built it
        terms = [f"xor({a}, {b})" for a, b in zip(terms[::2], terms[1::2], strict=False)] + terms[len(terms) // 2 * 2 :]
    con.execute(
        f"CREATE TEMP TABLE old AS SELECT id AS source_id, {signed_hash_sql(terms[0])} AS row_hash "
        f"FROM read_csv('{path}', all_varchar = true)"
    )
    con.execute("UPDATE events SET row_hash = old.row_hash FROM old WHERE events.source_id = old.source_id")
    con.execute("DELETE FROM meta WHERE key = 'row_hash_scheme'")


def test_a_store_hashed_the_old_way_reimports_as_unchanged(registry, tmp_path):
    header, rows = csv_table(MODERN)
    path = write_csv(tmp_path / "ged.csv", header, rows, lineterminator="\n")
    store = Store(tmp_path / "s.duckdb")
    first = import_file(store, path, registry)
    assert store.get_meta("row_hash_scheme") == ROW_HASH_SCHEME
    new_hashes = store.con.execute("SELECT uid, row_hash FROM events ORDER BY uid").fetchall()
    _old_scheme(store, path)
    assert store.con.execute("SELECT uid, row_hash FROM events ORDER BY uid").fetchall() != new_hashes
    again = import_file(store, path, registry)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, first.imported)
    assert store.count() == first.imported  # nothing duplicated
    assert store.con.execute("SELECT uid, row_hash FROM events ORDER BY uid").fetchall() == new_hashes
    assert store.get_meta("row_hash_scheme") == ROW_HASH_SCHEME
    rows[3][header.index("side_b")] = "Civilians (renamed)"
    changed = import_file(store, write_csv(tmp_path / "ged2.csv", header, rows, lineterminator="\n"), registry)
    assert (changed.updated, changed.unchanged) == (1, first.imported - 1)


@pytest.mark.parametrize(("column", "value", "updated"), [("code_status", "Changed", 0), ("best", "4000", 1)])
def test_the_row_hash_covers_what_is_stored(registry, tmp_path, column, value, updated):
    """A column the mapping does not keep (GED code_status) no longer makes a row 'updated'; a kept value does."""
    header, rows = csv_table(MODERN)
    store = Store(":memory:")
    import_file(store, write_csv(tmp_path / "a.csv", header, rows, lineterminator="\n"), registry)
    rows[0][header.index(column)] = value
    again = import_file(store, write_csv(tmp_path / "b.csv", header, rows, lineterminator="\n"), registry)
    assert (again.updated, again.unchanged) == (updated, len(rows) - updated)
