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


class _Recorder:
    """A progress object like the CLI's bar: lines through __call__, fractions through step()."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.steps: list[tuple[str, float]] = []

    def __call__(self, message: str) -> None:
        self.lines.append(message)

    def step(self, description: str, fraction: float) -> None:
        self.steps.append((description, fraction))


def test_an_import_reports_its_steps_in_order_up_to_done(empty_store):
    recorder = _Recorder()
    empty_store.import_file(MODERN, progress=recorder)
    fractions = [f for _, f in recorder.steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 6
    assert any(d == "validating 60 rows" for d, _ in recorder.steps)
    assert recorder.lines[-1].endswith("60 new, 0 updated, 0 unchanged, 0 quarantined")


def test_piped_imports_print_plain_step_lines(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "s.duckdb"), "import", str(MODERN)]) == 0
    err = capsys.readouterr().err
    assert "\x1b[" not in err  # no bar, no colour codes when stderr is not a terminal
    assert "ged231_modern_sample.csv: read 60 rows; resolving places and actors" in err.splitlines()


def test_a_read_only_open_with_another_registry_resolves_once_then_reads(small_db, tmp_path):
    from dyadscope.api import Dyadscope

    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "actors:\n  - id: my_militia\n    name: My Militia\n    class: rebel\n    aliases: [My Militia]\n",
        encoding="utf-8",
    )
    ds = Dyadscope(small_db, mine, read_only=True)
    try:
        assert ds.store.get_meta("registry") == ds.registry.fingerprint  # re-resolved with mine
        assert ds.store.read_only
        with pytest.raises(Exception, match="read-only"):
            ds.store.con.execute("DELETE FROM events")
    finally:
        ds.close()
    Dyadscope(small_db).close()  # back to the shipped registry for the other tests


KILLED_IMPORT = (
    "import sys; from dyadscope.store.db import Store; from dyadscope.store.ingest import import_file\n"
    "from dyadscope.data import __file__ as data\n"
    "store = Store(sys.argv[1]); print('open', flush=True)\n"
    "import_file(store, data.replace('__init__.py', 'ged_syria_2016_2019_v191.csv.gz'))\n"
    "print('done', flush=True)\n"
)


@pytest.mark.parametrize("delay", [0.5, 2.0])
def test_kill_9_during_an_import_leaves_the_store_as_before_or_complete(tmp_path, delay):
    import os
    import signal
    import time

    db = str(tmp_path / "k.duckdb")
    assert main(["--db", db, "import", str(MODERN)]) == 0
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, db], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        events, imports, logged = store.con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM import_log), "
            "(SELECT sum(imported) FROM import_log)"
        ).fetchone()
        assert (events, imports) == (60, 1) or (imports == 2 and events == logged)  # all of it, or none
        assert store.count("quarantine") == 0 or imports == 2
    assert not (tmp_path / "k.duckdb.tmp").exists()
    assert main(["--db", db, "import", str(MODERN)]) == 0  # the store still works: a re-import is unchanged


def test_a_registry_change_rewrites_only_the_sides_it_changes(small_db, tmp_path):
    import shutil

    from dyadscope.api import Dyadscope
    from dyadscope.store.resolve import RESOLVED_COLUMNS, resolve_store

    db = tmp_path / "copy.duckdb"
    shutil.copy(small_db, db)
    ds = Dyadscope(db)
    try:
        columns = ", ".join(RESOLVED_COLUMNS)
        before = ds.store.con.execute(f"SELECT uid, {columns} FROM events ORDER BY uid").fetchall()
        # the same registry: nothing to rewrite, nothing changes
        assert resolve_store(ds.store, ds.registry) == (len(before), 0)
        # one side's resolution lost (as an older registry would have left it): exactly that side is rewritten
        ds.store.con.execute("UPDATE events SET side_b_class = NULL WHERE uid = (SELECT min(uid) FROM events)")
        assert resolve_store(ds.store, ds.registry) == (len(before), 1)
        after = ds.store.con.execute(f"SELECT uid, {columns} FROM events ORDER BY uid").fetchall()
        assert after == before
    finally:
        ds.close()
