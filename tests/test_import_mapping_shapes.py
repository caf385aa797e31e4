"""Mapping real file shapes: headers spelt many ways, events recorded as one row per place, codes for "unknown".

The rows are written here in the layout of SCAD (the Social Conflict Analysis Database): one row per location of an
event, sharing its `eventid`; -99 where a count is unknown. No producer's rows are copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.errors import InputError
from dyadscope.sources.mapping import parse_mapping, suggest_mapping
from dyadscope.sources.reading import sniff

HEADER = "eventid,countryname,startdate,enddate,etype,actor1,target1,ndeath,elocal,ilocal,latitude,longitude,notes"
ROWS = [
    "7001,Libya,2014-03-02,2014-03-02,10,militia,army,4,Benghazi,Benghazi,32.1,20.1,clash at the port",
    "7002,Libya,2014-03-05,2014-03-06,8,protesters,police,-99,Tripoli area,Tripoli,32.9,13.2,two towns",
    "7002,Libya,2014-03-05,2014-03-06,8,protesters,police,-99,Tripoli area,Tajura,32.88,13.35,two towns",
    "7003,Libya,2014-03-09,2014-03-09,10,militia,army,-5,Sirte,Sirte,31.2,16.6,a count below zero",
    "7004,Libya,2014-03-11,2014-03-11,10,militia,army,1,Zawiya,Zawiya,32.75,12.73,one place",
    "7004,Libya,2014-03-11,2014-03-11,10,militia,army,2,Zawiya,Zawiya,32.75,12.73,the same place again",
]
MAPPING = """
source: scad-like
missing_values: [-99]
event_types: {"8": attack, "10": armed engagement}
columns:
  id: [eventid, ilocal]
  date: startdate
  date_end: enddate
  side_a: actor1
  side_b: target1
  country: countryname
  place: ilocal
  latitude: latitude
  longitude: longitude
  fatalities: ndeath
  event_type: etype
"""


def _files(tmp_path: Path, mapping: str = MAPPING) -> tuple[Path, Path]:
    csv, yaml = tmp_path / "scad_like.csv", tmp_path / "scad.yaml"
    csv.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    yaml.write_text(mapping, encoding="utf-8")
    return csv, yaml


def test_an_event_in_two_places_is_two_rows_and_an_unknown_count_is_empty_not_quarantined(empty_store, tmp_path):
    csv, yaml = _files(tmp_path)
    report = empty_store.import_file(csv, mapping=yaml, progress=None)
    assert (report.rows_read, report.imported, report.quarantined) == (6, 4, 2)
    assert report.quarantine_reasons == {"negative-deaths": 1, "duplicate-id": 1}
    rows = empty_store.store.con.execute(
        "SELECT source_id, place, fatalities_best, event_type FROM events ORDER BY source_id"
    ).fetchall()
    assert rows == [
        ("7001-Benghazi", "Benghazi", 4, "armed engagement"),
        ("7002-Tajura", "Tajura", None, "attack"),
        ("7002-Tripoli", "Tripoli", None, "attack"),
        ("7004-Zawiya", "Zawiya", 1, "armed engagement"),
    ]


def test_without_the_part_column_the_second_place_is_a_duplicate_id(empty_store, tmp_path):
    csv, yaml = _files(tmp_path, MAPPING.replace("id: [eventid, ilocal]", "id: eventid"))
    report = empty_store.import_file(csv, mapping=yaml, progress=None)
    assert report.quarantine_reasons == {"negative-deaths": 1, "duplicate-id": 2} and report.imported == 3


def test_without_missing_values_the_unknown_code_is_a_negative_count(empty_store, tmp_path):
    csv, yaml = _files(tmp_path, MAPPING.replace("missing_values: [-99]\n", ""))
    report = empty_store.import_file(csv, mapping=yaml, progress=None)
    assert report.quarantine_reasons == {"negative-deaths": 3, "duplicate-id": 1} and report.imported == 2


@pytest.mark.parametrize(
    ("edit", "expected_en", "expected_da"),
    [
        ("id: [eventid]", "line 6: columns.id must name one column, or a list", "skal angive én kolonne"),
        ("id: [eventid, 7]", "line 6: columns.id must name one column, or a list", "tilsammen er unikke"),
    ],
)
def test_an_id_list_of_fewer_than_two_names_is_refused_in_both_languages(edit, expected_en, expected_da):
    with pytest.raises(InputError) as info:
        parse_mapping(MAPPING.replace("id: [eventid, ilocal]", edit), "scad.yaml")
    assert expected_en in str(info.value) and expected_da in info.value.args[0].in_lang("da")


def test_missing_values_must_be_a_list_of_codes():
    with pytest.raises(InputError, match=r"scad.yaml line 3: missing_values must be a list of the codes"):
        parse_mapping(MAPPING.replace("missing_values: [-99]", "missing_values: {unknown: -99}"), "scad.yaml")


def test_an_id_part_missing_from_the_file_names_the_mapping_line_and_writes_nothing(empty_store, tmp_path):
    csv, yaml = _files(tmp_path, MAPPING.replace("[eventid, ilocal]", "[eventid, locnum]"))
    with pytest.raises(InputError, match=r"scad.yaml line 6: column 'locnum' is not in the file"):
        empty_store.import_file(csv, mapping=yaml)
    assert empty_store.store.count() == 0


def test_the_starter_reads_header_names_spelt_any_way_and_takes_dates_the_sniffer_found(tmp_path):
    csv, _ = _files(tmp_path)
    dialect = sniff(csv)
    mapping = parse_mapping(suggest_mapping(dialect.header, csv.name, date_columns=dialect.date_columns), "m.yaml")
    assert {k: mapping.columns[k] for k in ("id", "date", "date_end", "country", "fatalities", "event_type")} == {
        "id": "eventid",
        "date": "startdate",
        "date_end": "enddate",
        "country": "countryname",
        "fatalities": "ndeath",
        "event_type": "etype",
    }
    spaced = parse_mapping(suggest_mapping(["Event ID", "Start Date", "End-Date", "Actor 1"]), "m.yaml")
    names = (spaced.columns["id"], spaced.columns["date"], spaced.columns["date_end"])
    assert names == ("Event ID", "Start Date", "End-Date")
    odd = tmp_path / "odd.csv"
    odd.write_text("ref,occurred,finished,who\nA1,2015-04-01,2015-04-03,militia\nA2,2015-04-02,2015-04-02,army\n")
    found = sniff(odd)
    assert found.date_columns == ("occurred", "finished")
    starter = suggest_mapping(found.header, "odd.csv", date_columns=found.date_columns).splitlines()
    assert "  date: occurred" in starter and "  # date_end: COLUMN" in starter  # "finished" is not named for an end
