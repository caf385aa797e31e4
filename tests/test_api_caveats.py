"""The Python API's caveats read as the CLI prints them: iterate, print, lines(), credits."""

from __future__ import annotations

import json

from dyadscope.analysis.caveats import footer_lines
from dyadscope.cli import main

WINDOW = {"country": "SYR", "start": "2014-01-01", "end": "2014-12-31"}


def test_caveats_iterate_and_print_as_the_cli_footer(fixture_store, capsys, monkeypatch):
    result = fixture_store.targets("ISIS", by="admin1", **WINDOW)
    lines = list(result.caveats)
    assert lines == result.caveats.lines() == footer_lines(result)
    assert lines[0].startswith("Counted: ") and any(line.startswith("Source: UCDP") for line in lines)
    assert str(result.caveats) == "\n".join(lines)
    assert result.caveats.credits and result.caveats.credits[0].startswith("UCDP Georeferenced Event Dataset")
    monkeypatch.setenv("COLUMNS", "250")
    args = ["--db", fixture_store.store.path, "targets", "ISIS", "--by", "admin1", "--country", "SYR"]
    assert main([*args, "--from", "2014-01-01", "--to", "2014-12-31"]) == 0
    printed = capsys.readouterr().out
    assert all(line in printed for line in lines if len(line) < 120)  # long credit lines wrap in the terminal


def test_caveats_keep_their_fields_and_json_form(fixture_store):
    result = fixture_store.targets("ISIS", **WINDOW)
    assert result.caveats.undirected_events + result.caveats.directed_events == result.total_events
    data = json.loads(json.dumps(result.to_dict(), default=str))
    assert data["caveats"]["semantics"] == result.caveats.semantics


def test_caveats_in_danish(fixture_store):
    result = fixture_store.targets("ISIS", **WINDOW)
    danish = result.caveats.lines("da")
    assert danish[0].startswith("Talt: ") and any(line.startswith("Kilde: UCDP") for line in danish)
    assert "Intervaller: 95 %-Wilson-intervaller for andele af hændelserne." in danish


def test_a_window_whose_events_are_mostly_dated_too_coarsely_is_warned_of(demo, capsys, monkeypatch):
    # 14 of ISIS's 52 Syrian events that overlap the last quarter of 2019 are dated only to the year: more than a
    # fifth, the limit past which `check` gives no verdict, so the table's shares are printed with a warning
    quarter = demo.targets("isis", country="SYR", start="2019-10-01", end="2019-12-31")
    left_out = quarter.caveats.uncertain_date_left_out
    assert left_out > 0.2 * (left_out + quarter.total_events)
    warning = next(line for line in quarter.caveats.lines() if line.startswith("Warning: "))
    assert f"{left_out} of the {left_out + quarter.total_events} events in scope" in warning
    assert any(line.startswith("Advarsel: ") for line in quarter.caveats.lines("da"))
    year = demo.targets("isis", country="SYR", start="2019-01-01", end="2019-12-31")
    assert not any(line.startswith("Warning: ") for line in year.caveats.lines())
    monkeypatch.setenv("COLUMNS", "250")
    args = ["--db", demo.store.path, "targets", "isis", "--country", "SYR"]
    assert main([*args, "--from", "2019-10-01", "--to", "2019-12-31"]) == 0
    assert "Warning: " in capsys.readouterr().out
