"""Avoidance gives the same answers as the version recorded in tests/data/avoidance/recorded.json.

The file holds, for 11 questions on the fixture and demo stores (real UCDP extracts), every number the
result reports: counts, left-out counts, the chosen period, p-values and null quantiles with the same seed,
ratios and both intervals, and every exposure cell in order with its sums, centre and governorate. It was
written by the code before the scope was read in one query and the permutations drawn in one array
(commit named in the file), so a change to how avoidance is computed must not change what it says.
Regenerate only for a change that is meant to change answers: `python tests/test_avoidance_parity.py`.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

RECORDED = Path(__file__).parent / "data" / "avoidance" / "recorded.json"
# (store, name, arguments of Dyadscope.avoidance): both stores hold real UCDP GED rows (CC BY 4.0).
QUESTIONS: list[tuple[str, str, dict]] = [
    ("fixture", "isis-govt-syr-2016-month", dict(actor_a="ISIS", actor_b="Government of Syria", country="SYR",
                                                 start="2016-01-01", end="2016-12-31", permutations=999)),
    ("fixture", "isis-rebels-2014-auto-year", dict(actor_a="ISIS", actor_b="class:rebel", country="SYR",
                                                   start="2014-01-01", end="2014-12-31", permutations=999)),
    ("fixture", "isis-rebels-2014-month", dict(actor_a="ISIS", actor_b="class:rebel", country="SYR",
                                               start="2014-01-01", end="2014-12-31", period="month",
                                               permutations=999)),
    ("fixture", "isis-govt-admin1-everything", dict(actor_a="ISIS", actor_b="Government of Syria", cell="admin1",
                                                    permutations=999)),
    ("fixture", "isis-kurds-admin2-week", dict(actor_a="ISIS", actor_b="class:kurdish", country="SYR",
                                               cell="admin2", period="week", permutations=999)),
    ("demo", "isis-govt-syr-9999", dict(actor_a="ISIS", actor_b="Government of Syria", country="SYR")),
    ("demo", "isis-rebels-kurds-2017-admin1", dict(actor_a="ISIS", actor_b="class:rebel,kurdish", country="SYR",
                                                   start="2017-01-01", end="2017-12-31", cell="admin1",
                                                   period="month", permutations=999, seed=7)),
    ("demo", "isis-govt-irq-auto", dict(actor_a="ISIS", actor_b="Government of Iraq", country="IRQ",
                                        permutations=999)),
    ("demo", "isis-rebels-anywhere-week", dict(actor_a="ISIS", actor_b="class:rebel", start="2015-01-01",
                                               end="2016-12-31", period="week", permutations=999)),
    ("demo", "isis-govt-syr-partial-year", dict(actor_a="ISIS", actor_b="Government of Syria", country="SYR",
                                                start="2016-03-01", end="2016-11-30", sources=("ucdp-ged",),
                                                permutations=999)),
    ("demo", "isis-govt-syr-year", dict(actor_a="ISIS", actor_b="Government of Syria", country="SYR",
                                        start="2013-01-01", end="2017-12-31", period="year", permutations=999)),
]  # fmt: skip
# Cell centres are means of coordinates; summed in another order they may differ in the last bits.
CENTRE_TOLERANCE = 1e-9


def answer(ds, arguments: dict) -> dict:
    """Every number an avoidance result reports, as JSON-ready values (cells in their order, with dtypes)."""
    result = ds.avoidance(**arguments)
    out = result.to_dict()
    out.pop("query")  # the dates come back as strings; the question is the key
    cells = result.cells
    out["cells"] = cells.astype(object).where(cells.notna(), None).to_dict(orient="records")
    out["cell_dtypes"] = {name: str(dtype) for name, dtype in cells.dtypes.items()}
    out["note_keys"] = [[key, {k: str(v) for k, v in values.items()}] for key, values in result.note_keys]
    return json.loads(json.dumps(out, default=str))


def _same(name: str, path: str, got: object, want: object) -> None:
    where = f"{name}: {path}"
    if isinstance(want, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(want), where
        for key in want:
            _same(name, f"{path}.{key}", got[key], want[key])
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            _same(name, f"{path}[{i}]", g, w)
    elif isinstance(want, float) and path.endswith(("latitude", "longitude")):
        assert got == pytest.approx(want, abs=CENTRE_TOLERANCE), where
    elif isinstance(want, float) and math.isnan(want):
        assert isinstance(got, float) and math.isnan(got), where
    else:
        assert got == want and type(got) is type(want), f"{where}: {got!r} != {want!r}"


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def test_the_record_covers_every_question(recorded):
    assert sorted(recorded["answers"]) == sorted(name for _, name, _ in QUESTIONS)
    exposed = [len(recorded["answers"][name]["cells"]) for _, name, _ in QUESTIONS]
    assert sum(1 for n in exposed if n > 0) >= 9 and max(exposed) > 500  # real cells, not empty answers


@pytest.mark.parametrize(("store", "name", "arguments"), QUESTIONS, ids=[q[1] for q in QUESTIONS])
def test_answers_equal_the_recorded_ones(store, name, arguments, recorded, request):
    ds = request.getfixturevalue(f"{store}_store")
    _same(name, "", answer(ds, arguments), recorded["answers"][name])


def _record() -> None:
    """Build both stores as conftest does and write every answer (run from the repository root)."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import REGION_REDUCED, SYRIA_191
    from dyadscope.api import Dyadscope
    from dyadscope.demo import build_demo_store

    folder = Path(tempfile.mkdtemp())
    fixture = Dyadscope(folder / "fixture.duckdb")
    fixture.import_file(REGION_REDUCED)
    fixture.import_file(SYRIA_191)
    demo, _ = build_demo_store(folder / "demo.duckdb")
    stores = {"fixture": fixture, "demo": demo}
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    answers = {name: answer(stores[store], arguments) for store, name, arguments in QUESTIONS}
    RECORDED.parent.mkdir(parents=True, exist_ok=True)
    payload = {"recorded_with": commit, "answers": answers}
    RECORDED.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _record()
