"""Shared fixtures: small real UCDP extracts (tests/data/ucdp, CC BY 4.0) and stores built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope

DATA = Path(__file__).parent / "data"
UCDP = DATA / "ucdp"
SYRIA_191 = UCDP / "ged_syria_2016_2019_v191_sample.csv"
REGION_REDUCED = UCDP / "ged_region_reduced_sample.csv.gz"
MODERN = UCDP / "ged231_modern_sample.csv"
OLD = UCDP / "ged_nigeria_2011_old_sample.csv"


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Dyadscope:
    """A store holding the reduced-layout and GED Syria 19.1 extracts (read-only use, please)."""
    db = tmp_path_factory.mktemp("store") / "fixture.duckdb"
    ds = Dyadscope(db)
    ds.import_file(REGION_REDUCED)
    ds.import_file(SYRIA_191)
    return ds


@pytest.fixture
def empty_store(tmp_path: Path) -> Dyadscope:
    return Dyadscope(tmp_path / "store.duckdb")
