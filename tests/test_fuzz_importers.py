"""Fuzzing every new importer with malformed rows and files (hypothesis).

Whatever the damage: either a clear InputError and an untouched store, or an import whose counts add up
with exactly the damaged rows in quarantine. Never a traceback, never a half-written store.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from dyadscope.errors import InputError
from dyadscope.sources.gdelt import columns_of
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

FUZZ = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _table(path, delimiter=","):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


# importer -> (fixture, delimiter, has header, {field: bad values that must be quarantined}, rows eligible)
CASES = {
    "acled": (DATA / "acled" / "acled_syria_2017_current.csv", ",", True),
    "gtd": (DATA / "gtd" / "gtd_syria_iraq_invented.csv", ",", True),
    "ged": (DATA / "ucdp" / "ged231_modern_sample.csv", ",", True),  # read typed: casts and checks both
    "gdelt": (DATA / "gdelt" / "20170624.export.CSV", "\t", False),
    "mapping": (DATA / "mapping" / "incidents.csv", ",", True),
}
BAD_VALUES = {
    "acled": {"event_date": ["2017-13-45", "yesterday"], "fatalities": ["many", "-3"], "latitude": ["95", "north"]},
    "gtd": {"iyear": ["20x7"], "imonth": ["13"], "nkill": ["-1", "several"], "longitude": ["200"]},
    "ged": {"best": ["2.5", "many", "-1"], "latitude": ["north", "95"], "date_start": ["2014-02-30"], "id": ["x1"]},
    "gdelt": {"SQLDATE": ["20171340", "x"], "ActionGeo_Lat": ["91.5", "lat"], "GLOBALEVENTID": ["12a"]},
    "mapping": {"when": ["31/02/2017", "soon"], "killed": ["-1", "x"], "lat": ["-91"]},
}


def _eligible(name: str, header: list[str], row: list[str]) -> bool:
    if name == "gdelt":  # rows outside the kept CAMEO roots are skipped before any check
        return row[header.index("EventRootCode")].zfill(2) in ("18", "19", "20")
    if name == "mapping":  # the fixture's own bad rows (M-3..M-5) are already quarantined
        return row[0] in ("M-1", "M-2")
    return True


@st.composite
def damage(draw, name: str):
    """A list of (row index, kind, field, value): kind 'field' corrupts a cell, 'short' drops cells."""
    path, delimiter, has_header = CASES[name]
    table = _table(path, delimiter)
    header = table[0] if has_header else list(columns_of(2))
    rows = table[1:] if has_header else table
    candidates = [i for i, row in enumerate(rows) if _eligible(name, header, row)]
    chosen = draw(st.lists(st.sampled_from(candidates), unique=True, max_size=min(4, len(candidates))))
    out = []
    for index in chosen:
        if draw(st.booleans()):
            field = draw(st.sampled_from(sorted(BAD_VALUES[name])))
            out.append((index, "field", field, draw(st.sampled_from(BAD_VALUES[name][field]))))
        else:
            out.append((index, "short", None, None))
    return out


def _write(name: str, damages, tmp_path):
    path, delimiter, has_header = CASES[name]
    table = _table(path, delimiter)
    header = table[0] if has_header else list(columns_of(2))
    rows = [list(r) for r in (table[1:] if has_header else table)]
    for index, kind, field, value in damages:
        if kind == "field":
            rows[index][header.index(field)] = value
        else:
            rows[index] = rows[index][: len(header) // 2]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    if has_header:
        writer.writerow(header)
    writer.writerows(rows)
    target = tmp_path / path.name
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target


@pytest.mark.parametrize("name", sorted(CASES))
def test_damaged_rows_are_quarantined_one_for_one(name, registry, tmp_path_factory):
    @FUZZ
    @given(damages=damage(name))
    def check(damages):
        folder = tmp_path_factory.mktemp(name)
        path = _write(name, damages, folder)
        store = Store(":memory:")
        baseline = 3 if name == "mapping" else 0  # incidents.csv ships three bad rows of its own
        mapping = DATA / "mapping" / "incidents.yaml" if name == "mapping" else None
        from dyadscope.sources.mapping import load_mapping

        layout = load_mapping(mapping) if mapping else None
        report = import_file(store, path, registry, layout=layout)
        assert report.quarantined == len(damages) + baseline, report.quarantine_reasons
        assert report.rows_read == report.imported + report.updated + report.unchanged + report.quarantined + (
            report.skipped
        )
        assert store.count("quarantine") == report.quarantined
        assert store.count() == report.imported

    check()


@pytest.mark.parametrize("name", sorted(CASES))
@FUZZ
@given(data=st.binary(min_size=0, max_size=300))
def test_garbage_files_fail_cleanly_or_import_nothing_wrong(name, data, registry, tmp_path_factory):
    path, *_ = CASES[name]
    target = tmp_path_factory.mktemp("garbage") / path.name
    # a real header (or first raw line) followed by arbitrary bytes
    first = path.read_bytes().split(b"\n", 1)[0] + b"\n"
    target.write_bytes(first + data)
    store = Store(":memory:")
    from dyadscope.sources.mapping import load_mapping

    layout = load_mapping(DATA / "mapping" / "incidents.yaml") if name == "mapping" else None
    try:
        report = import_file(store, target, registry, layout=layout)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        assert store.count() == 0 and store.count("quarantine") == 0 and store.count("import_log") == 0
        return
    assert report.rows_read == report.imported + report.updated + report.unchanged + report.quarantined + (
        report.skipped
    )
    assert store.count() == report.imported and store.count("quarantine") == report.quarantined
