"""Avoidance on sources that give no PRIO-GRID cell and record events without deaths (ACLED, GTD, GDELT).

The default cell is PRIO-GRID's; only UCDP GED gives it. An event with coordinates is put in the cell they fall in
(the same gid GED gives), and the note that non-lethal fighting is absent is UCDP GED's alone. The store holds our
own rows in ACLED's legacy layout (tests/data/acled/README.md).
"""

from __future__ import annotations

import pytest

from conftest import DATA
from dyadscope.api import Dyadscope


@pytest.fixture(scope="module")
def acled_nigeria(tmp_path_factory) -> Dyadscope:
    ds = Dyadscope(tmp_path_factory.mktemp("avoid") / "acled.duckdb")
    ds.import_file(DATA / "acled" / "acled_nigeria_2011_legacy_written.csv")
    return ds


def test_acled_events_are_put_in_the_priogrid_cell_their_coordinates_fall_in(acled_nigeria):
    result = acled_nigeria.avoidance("Government of Nigeria", "Boko Haram", permutations=99)
    assert result.left_out["no_cell_value"] == 0  # every row has coordinates: 7 were left out before, and 0 observed
    # Maiduguri (11.8464 N, 13.1603 E): row 203, column 386 of the half-degree grid, gid 203 * 720 + 386 + 1
    assert "146547" in set(result.cells["space"])
    assert result.test.observed == 3


def test_the_lethal_only_note_is_ged_s_alone(acled_nigeria, demo):
    acled = acled_nigeria.avoidance("Government of Nigeria", "Boko Haram", permutations=99)
    ged = demo.avoidance("ISIS", "Government of Syria", country="SYR", start="2014-01-01", end="2014-12-31")
    assert not any("UCDP GED records only" in note for note in acled.notes)
    assert any("UCDP GED records only" in note for note in ged.notes)
