"""The benchmark code keeps working: synthetic data at 2,000 rows through both benchmarks (no timing here).

Speed is measured on demand with benchmarks/*.py; these tests only check that the generator writes what
the importer would write and that the benchmark contenders (dyadscope, hand SQL, pandas) agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from dyadscope.actors.registry import Registry

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
ROWS = 2_000


@pytest.fixture(scope="module")
def bench():
    """The benchmark modules (benchmarks/ is a folder of scripts, not a package)."""
    sys.path.insert(0, str(BENCH))
    try:
        import bench_ingest
        import bench_targeting
        import synth

        yield synth, bench_targeting, bench_ingest
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def synth_store(bench, tmp_path_factory: pytest.TempPathFactory, registry: Registry) -> Path:
    synth, _, _ = bench
    path = tmp_path_factory.mktemp("bench") / "synth.duckdb"
    synth.write_store(path, ROWS, registry, core=ROWS * 3 // 4)  # and a quarter of rows in the rest of the world
    return path


def test_synthetic_sides_are_resolved_as_the_importer_would(synth_store: Path, registry: Registry) -> None:
    with duckdb.connect(str(synth_store), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT uid) FROM events").fetchone() == (ROWS, ROWS)
        sides = con.execute(
            "SELECT DISTINCT side_a, country, side_a_ids, side_a_class FROM events "
            "UNION SELECT DISTINCT side_b, country, side_b_ids, side_b_class FROM events"
        ).fetchall()
        bad_dates = con.execute("SELECT count(*) FROM events WHERE date_end < date_start").fetchone()[0]
        # stored as the importer stores an import: in (country, date) order, here the core's rows then the rest's
        out_of_order = con.execute(
            "SELECT count(*) FROM (SELECT country, date_start, lag(country) OVER w AS c0, lag(date_start) OVER w AS d0 "
            "FROM events WINDOW w AS (ORDER BY rowid)) WHERE c0 > country OR (c0 = country AND d0 > date_start)"
        ).fetchone()[0]
        countries = con.execute("SELECT count(DISTINCT country) FROM events").fetchone()[0]
    assert bad_dates == 0
    assert out_of_order == 1, "sorted but for the step from the core's last country to the rest's first"
    assert countries > 100, "the rest of the world"
    assert any(ids and "," in raw for raw, _, ids, _ in sides), "some coalition sides"
    for raw, country, ids, actor_class in sides:
        resolution = registry.resolve_side(raw, country)
        assert (ids, actor_class) == (resolution.ids, resolution.actor_class), raw


def test_targeting_contenders_agree_on_synthetic_store(bench, synth_store: Path, registry: Registry) -> None:
    _, bench_targeting, _ = bench
    report = bench_targeting.compare(synth_store, repeats=0, with_pandas=False)  # warm-up runs only
    assert report["agree"], report["answers"]
    dyadscope = report["answers"]["dyadscope"]
    assert dyadscope["events"].sum() > 0, "the benchmark question must not be empty"
    ids = sorted(registry.expand(registry.find("ISIS").id))
    in_pandas = bench_targeting.run_pandas(bench_targeting.load_frame(synth_store), ids)
    assert in_pandas.equals(dyadscope)


def test_ingest_benchmark_imports_the_synthetic_ged_csv(bench, tmp_path: Path, registry: Registry) -> None:
    synth, bench_targeting, bench_ingest = bench
    csv = tmp_path / "ged.csv"
    synth.write_ged_csv(csv, ROWS, registry)
    _, rows = bench_ingest.ingest_bare(csv, tmp_path / "bare.duckdb")
    assert rows == ROWS
    order = bench_ingest._order_key(csv)  # the sorted bare read: the importer's order, from the file's own columns
    assert order == "country, date_start"
    _, rows = bench_ingest.ingest_bare(csv, tmp_path / "sorted.duckdb", order=order)
    with duckdb.connect(str(tmp_path / "sorted.duckdb"), read_only=True) as con:
        backwards = con.execute(
            "SELECT count(*) FROM (SELECT country, date_start, lag(country) OVER w AS c0, lag(date_start) OVER w AS d0 "
            "FROM events WINDOW w AS (ORDER BY rowid)) WHERE c0 > country OR (c0 = country AND d0 > date_start)"
        ).fetchone()[0]
    assert rows == ROWS and backwards == 0
    _, stored = bench_ingest.ingest_dyadscope(csv, tmp_path / "store.duckdb", registry)
    assert stored == ROWS  # every synthetic row is valid GED: nothing quarantined
    ids = sorted(registry.expand(registry.find("ISIS").id))
    with duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True) as con:
        by_hand = bench_targeting.hand_sql(con, ids)
        assert by_hand["events"].sum() > 0
        assert bench_targeting.run_dyadscope(con, registry).equals(by_hand)


def test_ingest_step_split_finds_the_pass_and_the_write(bench, tmp_path: Path, registry: Registry) -> None:
    synth, _, bench_ingest = bench
    csv = tmp_path / "ged.csv"
    synth.write_ged_csv(csv, ROWS, registry)
    split = bench_ingest.step_split(csv, tmp_path, "1GB")
    assert split["pass"] > 0 and split["write"] > 0  # the importer's statements are still recognised by name
    parts = split["pass"] + split["write"] + split["other SQL"] + split["Python"]
    assert abs(parts - split["cpu"]) < 1e-6
