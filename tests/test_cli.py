"""The command line on real data: targets in every format, actors commands, the demo."""

from __future__ import annotations

import json

from conftest import REGION_REDUCED, SYRIA_191
from dyadscope.cli import main


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_then_targets_json_csv_table(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = str(tmp_path / "s.duckdb")
    code, out, _ = _run(capsys, "--db", db, "import", str(REGION_REDUCED), str(SYRIA_191))
    assert code == 0 and "quarantined 0" in out
    code, out, _ = _run(
        capsys,
        "--db",
        db,
        "targets",
        "ISIS",
        "--country",
        "SYR",
        "--from",
        "2014-01-01",
        "--to",
        "2014-12-31",
        "--by",
        "class",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert code == 0 and data["actor"]["id"] == "isis" and data["total_events"] > 0
    assert sum(r["events"] for r in data["rows"]) == data["total_events"]
    code, out, _ = _run(capsys, "--db", db, "targets", "ISIS", "--country", "SYR", "--format", "csv")
    assert out.splitlines()[0].startswith("key,label,events,share,ci_low,ci_high")
    code, out, _ = _run(
        capsys, "--db", db, "targets", "Government of Syria", "--country", "SYR", "--by", "admin1", "--with", "ISIS"
    )
    assert "with ISIS" in out and "Aleppo" in out and "UCDP Georeferenced Event Dataset" in out


def test_targets_on_an_empty_store_says_what_to_do(tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(tmp_path / "e.duckdb"), "targets", "ISIS")
    assert code == 2 and "dyadscope demo" in err


def test_actors_show_and_unresolved(tmp_path, capsys):
    code, out, _ = _run(capsys, "actors", "show", "ISIS")
    assert code == 0 and "Islamic State" in out and "Daesh" in out and "jihadist" in out
    db = str(tmp_path / "s.duckdb")
    _run(capsys, "--db", db, "import", str(SYRIA_191))
    code, out, _ = _run(capsys, "--db", db, "actors", "unresolved", "--json")
    data = json.loads(out)
    assert code == 0 and data["coverage"]["share"] >= 0.99


def test_demo_builds_the_store_and_prints_the_article_tables(tmp_path, capsys):
    db = str(tmp_path / "demo.duckdb")
    code, out, _ = _run(capsys, "--db", db, "demo")
    assert code == 0
    assert "Whom ISIS engaged in Syria, 2014, by counterpart class" in out
    assert "Syrian government engagements, 2016-04..2017-03, by governorate" in out
    assert "Sundberg" in out
    code, out, _ = _run(capsys, "--db", db, "actors", "unresolved", "--json")
    assert json.loads(out)["coverage"]["share"] >= 0.99
