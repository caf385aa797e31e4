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


# Hostile values: each reaches SQL somewhere (a literal, an identifier, a strptime format); none may run as SQL.
def _payload(target) -> str:
    return f"x' AS uid; COPY (SELECT 42) TO '{target}'; SELECT 'y"


def _hostile_copy(tmp_path, yaml_edit=None, header_edit=None):
    """incidents.csv/.yaml with one value swapped for a hostile one; returns (csv, yaml)."""
    text = YAML.read_text(encoding="utf-8")
    rows = CSV.read_text(encoding="utf-8")
    if yaml_edit:
        text = text.replace(*yaml_edit)
    if header_edit:
        old, new = header_edit
        rows = rows.replace(old, new, 1)
        text = text.replace(f": {old}\n", f": {yaml_quoted(new)}\n")
    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "in.csv").write_text(rows, encoding="utf-8")
    return tmp_path / "in.csv", tmp_path / "m.yaml"


def yaml_quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def test_a_hostile_source_is_refused_before_any_sql(empty_store, tmp_path):
    pwned = tmp_path / "pwned"
    csv, yaml = _hostile_copy(tmp_path, ("source: my-incidents", f"source: {yaml_quoted(_payload(pwned))}"))
    with pytest.raises(InputError, match=r"m.yaml line 3: source .* must be a short name"):
        empty_store.import_file(csv, mapping=yaml)
    assert not pwned.exists()
    assert empty_store.store.count("import_log") == 0


@pytest.mark.parametrize(
    ("old", "new", "stored_name"),
    [
        pytest.param("name: incidents-v1", "name: {payload}", "{raw}", id="name"),
        pytest.param("name: incidents-v1", 'name: "O\'Brien dataset"', "O'Brien dataset", id="obrien"),
        pytest.param(
            "    Clash: armed engagement",
            "    Clash: armed engagement\n  {payload}: attack",
            "incidents-v1",
            id="event-type",
        ),
    ],
)
def test_hostile_mapping_values_are_data_not_sql(empty_store, tmp_path, old, new, stored_name):
    pwned = tmp_path / "pwned"
    raw = _payload(pwned)
    csv, yaml = _hostile_copy(tmp_path, (old, new.format(payload=yaml_quoted(raw))))
    report = empty_store.import_file(csv, mapping=yaml)
    assert not pwned.exists()
    assert (report.imported, report.quarantined) == (2, 3)
    stored = empty_store.store.con.execute("SELECT DISTINCT source, source_version FROM events").fetchall()
    assert stored == [("my-incidents", stored_name.format(raw=raw))]


def test_a_hostile_date_format_is_a_format_not_sql(empty_store, tmp_path):
    pwned = tmp_path / "pwned"
    fmt = "%d/%m/%Y" + _payload(pwned)
    csv, yaml = _hostile_copy(tmp_path, ("['%d/%m/%Y']", f"['%d/%m/%Y', {yaml_quoted(fmt)}]"))
    report = empty_store.import_file(csv, mapping=yaml)
    assert not pwned.exists()
    assert (report.imported, report.quarantined) == (2, 3)


@pytest.mark.parametrize("header", ["event's id", 'the "id"', "x\" AS a; COPY (SELECT 1) TO 'PWNED'; --"])
def test_hostile_header_names_are_identifiers_not_sql(empty_store, tmp_path, monkeypatch, header):
    monkeypatch.chdir(tmp_path)
    quoted = '"' + header.replace('"', '""') + '"'
    csv, yaml = _hostile_copy(tmp_path, header_edit=("incident", quoted))
    text = yaml.read_text(encoding="utf-8").replace(f": {yaml_quoted(quoted)}\n", f": {yaml_quoted(header)}\n")
    yaml.write_text(text, encoding="utf-8")
    report = empty_store.import_file(csv, mapping=yaml)
    assert not (tmp_path / "PWNED").exists()
    assert (report.imported, report.quarantined) == (2, 3)
    ids = [r[0] for r in empty_store.store.con.execute("SELECT source_id FROM events ORDER BY 1").fetchall()]
    assert ids == ["M-1", "M-2"]


BASE = "columns:\n  id: a\n  date: b\n  side_a: c\n"
LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LAUGHS + BASE, "m.yaml line 1: YAML anchors and aliases"),
        ("name: !!python/object/apply:os.system ['touch PWNED']\n" + BASE, "m.yaml line 1: YAML tags such as"),
        ("name: [a, b]\n" + BASE, "m.yaml line 1: name must be a short text"),
        ("source:\n" + BASE, "m.yaml line 1: source must be a short text"),
        ("source: ''\n" + BASE, "m.yaml line 1: source must be a short text"),
        ("source: my data\n" + BASE, "m.yaml line 1: source 'my data' must be a short name"),
        ("event_types:\n  Clash: [attack]\n" + BASE, "m.yaml line 1: event type ['attack']"),
        ("name: " + "[" * 5000 + "]" * 5000 + "\n" + BASE, "m.yaml line 1: "),
        ("name: x\n" + "#" * 70_000 + "\n" + BASE, "too large for a mapping file"),
    ],
    ids=[
        "billion-laughs",
        "python-tag",
        "list-for-string",
        "empty-source",
        "blank-source",
        "spaced-source",
        "list-event-type",
        "5000-brackets",
        "oversized",
    ],
)
def test_hostile_or_wrongly_typed_mappings_get_one_line_errors_fast(text, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    message = _error(text)
    assert expected in message
    assert "\n" not in message and len(message) < 300
    assert not (tmp_path / "PWNED").exists()


def test_the_starter_takes_delimiter_and_date_format_from_duckdbs_sniffer(tmp_path, capsys):
    semi = tmp_path / "semi.csv"
    semi.write_text(
        "incident;when;perpetrator;victim\nK-1;24/01/2017;Islamic State;SDF\nK-2;05/02/2017;SDF;Islamic State\n"
        "K-3;13/02/2017;Islamic State;Government of Syria\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "import", str(semi), "--suggest-mapping"]) == 0
    starter = capsys.readouterr().out
    assert 'delimiter: ";"' in starter and 'date_formats: ["%d/%m/%Y"]' in starter
    (tmp_path / "m.yaml").write_text(starter, encoding="utf-8")
    assert main(["--db", db, "import", str(semi), "--mapping", str(tmp_path / "m.yaml")]) == 0
    assert "read 3 = imported 3 + updated 0 + unchanged 0 + quarantined 0" in capsys.readouterr().out


def test_the_starter_quotes_header_names_yaml_would_misread(tmp_path):
    header = ["ID", "date", "perpetrator", "when: #1"]
    mapping = parse_mapping(suggest_mapping(header, "odd: #name.csv"), "starter.yaml")
    assert (mapping.name, mapping.columns["id"], mapping.columns["side_a"]) == ("odd: #name", "ID", "perpetrator")
