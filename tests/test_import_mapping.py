"""Any other CSV through a mapping file: import, validation errors that name the mapping's line, starter files."""

from __future__ import annotations

import pytest

from conftest import DATA
from dyadscope.cli import main
from dyadscope.errors import InputError
from dyadscope.sources.mapping import parse_mapping, suggest_mapping

MAPPING = DATA / "mapping"
CSV = MAPPING / "incidents.csv"
YAML = MAPPING / "incidents.yaml"


def test_a_mapped_file_imports_with_its_semantics(empty_store):
    report = empty_store.import_file(CSV, mapping=YAML, progress=None)
    assert (report.source, report.layout, report.rows_read, report.imported, report.quarantined) == (
        "my-incidents",
        "incidents-v1",
        5,
        2,
        3,
    )
    assert report.quarantine_reasons == {"bad-date": 1, "unknown-event-type": 1, "negative-deaths": 1}
    rows = empty_store.store.con.execute(
        "SELECT source_id, directed, event_type, CAST(date_start AS VARCHAR), side_a_ids, side_b_ids, "
        "fatalities_best, country FROM events ORDER BY source_id"
    ).fetchall()
    assert rows == [
        ("M-1", False, "armed engagement", "2017-01-24", "|isis|", "|govt_syr|", 12, None),
        ("M-2", True, "one-sided violence", "2017-01-25", "|govt_syr|", "|civilians|", 5, None),
    ]


def _error(text: str) -> str:
    with pytest.raises(InputError) as info:
        parse_mapping(text, "m.yaml")
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("columns:\n  id: a\n  date: b\n  side_a: c\ncolums: x\n", "m.yaml line 5: unknown key 'colums'"),
        ("name: x\ncolumns:\n  id: a\n  date: b\n", "m.yaml line 2: columns: missing side_a"),
        ("columns:\n  id: a\n  date: b\n  side_a: c\n  actor: d\n", "m.yaml line 5: unknown column key 'actor'"),
        (
            "event_types:\n  Clash: battle\ncolumns:\n  id: a\n  date: b\n  side_a: c\n",
            "m.yaml line 1: event type 'battle'",
        ),
        ("date_precision: hour\ncolumns:\n  id: a\n  date: b\n  side_a: c\n", "m.yaml line 1: date_precision"),
        ("source: acled\ncolumns:\n  id: a\n  date: b\n  side_a: c\n", "m.yaml line 1: source 'acled' is a built-in"),
        ("columns:\n  id: a\n  date: [b\n", "m.yaml line 4: not valid YAML"),
        ("directed: maybe\ncolumns:\n  id: a\n  date: b\n  side_a: c\n", "m.yaml line 1: directed must be"),
    ],
)
def test_mapping_errors_name_the_line(text, expected):
    assert expected in _error(text)


def test_a_column_missing_from_the_file_names_the_mapping_line_and_writes_nothing(empty_store, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(YAML.read_text().replace("latitude: lat", "latitude: latitude_wgs84"))
    line = bad.read_text().splitlines().index("  latitude: latitude_wgs84") + 1
    with pytest.raises(InputError, match=rf"bad.yaml line {line}: column 'latitude_wgs84' is not in the file"):
        empty_store.import_file(CSV, mapping=bad)
    assert empty_store.store.count() == 0 and empty_store.store.count("import_log") == 0


def test_the_starter_mapping_guesses_columns_and_round_trips(tmp_path):
    header = CSV.read_text().splitlines()[0].split(",")
    text = suggest_mapping(header, "incidents.csv")
    mapping = parse_mapping(text, "starter.yaml")  # the starter itself is a valid mapping
    assert mapping.columns["id"] == "incident" and mapping.columns["side_a"] == "perpetrator"
    assert mapping.columns["latitude"] == "lat" and mapping.columns["fatalities"] == "killed"


def test_cli_unknown_layout_lists_columns_and_suggests_a_mapping(tmp_path, capsys):
    db = str(tmp_path / "cli.duckdb")
    assert main(["--db", db, "import", str(CSV)]) == 2
    err = capsys.readouterr().err
    assert "columns seen: incident, when, perpetrator" in err and "--suggest-mapping" in err
    assert main(["--db", db, "import", str(CSV), "--suggest-mapping"]) == 0
    starter = tmp_path / "mapping.yaml"
    starter.write_text(capsys.readouterr().out)
    assert "id: incident" in starter.read_text()
    assert main(["--db", db, "import", str(CSV), "--mapping", str(YAML)]) == 0
    assert "[incidents-v1]: read 5 = imported 2" in capsys.readouterr().out
