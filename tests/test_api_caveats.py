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
