"""What a store holds (`status`), the rows set aside (`quarantine`), and read-only opens beside other processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DATA, MODERN
from dyadscope.cli import main
from dyadscope.errors import StoreBusy
from dyadscope.store.db import Store
from dyadscope.store.status import quarantined_rows, store_status

MAPPING = DATA / "mapping"


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> str:
    """A closed store: 60 GED rows and the 5-row mapped file (2 imported, 3 quarantined)."""
    db = str(tmp_path_factory.mktemp("status") / "s.duckdb")
    assert main(["--db", db, "import", str(MODERN)]) == 0
    assert (
        main(["--db", db, "import", str(MAPPING / "incidents.csv"), "--mapping", str(MAPPING / "incidents.yaml")]) == 0
    )
    return db


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_status_counts_sources_years_imports_and_quarantine(small_db):
    with Store(small_db, read_only=True) as store:
        status = store_status(store)
        by_year = store.con.execute("SELECT source, year(date_start), count(*) FROM events GROUP BY ALL").fetchall()
    assert status.events == 62
    assert dict(zip(status.sources["source"], status.sources["events"], strict=True)) == {
        "my-incidents": 2,
        "ucdp-ged": 60,
    }
    assert sorted(map(tuple, status.by_year.itertuples(index=False))) == sorted(by_year)
    assert list(status.imports["source_file"]) == ["incidents.csv", "ged231_modern_sample.csv"]  # newest first
    assert status.imports["quarantine_reasons"].iloc[0] == "bad-date 1, negative-deaths 1, unknown-event-type 1"
    assert dict(zip(status.quarantine["reason"], status.quarantine["rows"], strict=True)) == {
        "bad-date": 1, "negative-deaths": 1, "unknown-event-type": 1,
    }  # fmt: skip


def test_quarantine_lists_line_field_value_and_filters(small_db):
    with Store(small_db, read_only=True) as store:
        rows = quarantined_rows(store)
        dates = quarantined_rows(store, reason="bad-date")
        none = quarantined_rows(store, file="other.csv")
    assert list(rows[["line", "field", "value", "reason"]].itertuples(index=False, name=None)) == [
        (4, "when", "32/01/2017", "bad-date"),
        (5, "kind", "Parade", "unknown-event-type"),
        (6, "killed", "-2", "negative-deaths"),
    ]
    assert list(dates["value"]) == ["32/01/2017"] and len(none) == 0


def test_status_and_quarantine_commands_print_tables_and_json(small_db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = _run(capsys, "--db", small_db, "status", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["events"] == 62
    assert {c["source"]: c["events"] for c in data["coverage"]} == {"my-incidents": 2, "ucdp-ged": 60}
    code, out, _ = _run(capsys, "--db", small_db, "status")
    assert code == 0 and "62 events" in out and "3 rows in quarantine" in out and "incidents.csv" in out
    code, out, _ = _run(capsys, "--db", small_db, "quarantine", "--reason", "unknown-event-type")
    assert code == 0 and "Parade" in out and "32/01/2017" not in out
    code, out, _ = _run(capsys, "--db", small_db, "quarantine", "--file", "incidents.csv", "--format", "json")
    assert [r["line"] for r in json.loads(out)] == [4, 5, 6] and '"incident":"M-3"' in json.loads(out)[0]["raw"]


HOLD = (
    "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
    "print('held', flush=True); time.sleep(60)"
)


def _holding(db: str, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db, mode], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_read_only_commands_work_beside_another_reader_and_writers_get_one_line(small_db, capsys):
    reader = _holding(small_db, "ro")
    try:
        code, out, _ = _run(capsys, "--db", small_db, "targets", "ISIS", "--format", "json")
        assert code == 0 and json.loads(out)["actor"]["id"] == "isis"
        assert _run(capsys, "--db", small_db, "status")[0] == 0
        code, _, err = _run(capsys, "--db", small_db, "import", str(MODERN))
        assert code == 2
        assert err.strip().splitlines() == [
            f"error: {small_db}: another dyadscope process is reading this store, so it cannot be written until "
            "that one ends; read-only commands (targets, status, ...) still work"
        ]
    finally:
        reader.kill()
        reader.wait()
    writer = _holding(small_db, "rw")
    try:
        with pytest.raises(StoreBusy, match="another dyadscope process is writing to this store"):
            Store(small_db, read_only=True)
        code, _, err = _run(capsys, "--db", small_db, "status")
        assert code == 2 and "PID" not in err and "Conflicting" not in err and len(err.strip().splitlines()) == 1
    finally:
        writer.kill()
        writer.wait()
