"""The same questions on a real multi-process Spark cluster give exactly the DuckDB answers.

One Spark start for the whole session: `local-cluster[2,1,1024]` runs a master and two executor JVMs (separate
processes, as on a cluster) from the pyspark package. The events reach Spark the way a user's do: written with
`dyadscope export` as Parquet partitioned by source and year, read back by `connect(engine="spark", ...)`.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dyadscope.analysis.targeting import TargetQuery, targets
from dyadscope.api import connect
from dyadscope.errors import InputError, QueryError

pyspark = pytest.importorskip("pyspark", reason="pyspark is in the [spark] extra")
pytestmark = pytest.mark.spark


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    from pyspark.sql import SparkSession

    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    session = (
        SparkSession.builder.master("local-cluster[2,1,1024]")
        .appName("dyadscope-tests")
        .config("spark.sql.warehouse.dir", str(warehouse))
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def exported(fixture_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export") / "fixture"
    report = fixture_store.export(folder)
    assert report.rows["events"] == fixture_store.store.count() > 0
    return folder


@pytest.fixture(scope="session")
def on_spark(spark, exported):
    return connect(engine="spark", spark=spark, events=exported / "events")


def test_the_work_runs_in_other_processes(spark):
    import os

    pids = spark.sparkContext.parallelize(range(8), 8).map(lambda _: os.getpid()).distinct().collect()
    assert spark.sparkContext.master == "local-cluster[2,1,1024]"
    assert pids and os.getpid() not in pids


@pytest.mark.parametrize(
    "query",
    [
        TargetQuery("ISIS", country="SYR", by="class"),
        TargetQuery("ISIS", country="SYR", by="actor", against=True),
        TargetQuery("Government of Syria", country="SYR", by="admin1", with_actor="ISIS"),
        TargetQuery("ISIS", country="SYR", by="month", start=None, end=None),
        TargetQuery("ISIS", country="SYR", by="source", weight="fatalities"),
    ],
    ids=["class", "actor-against", "admin1-with", "month", "source-fatalities"],
)
def test_spark_gives_identical_targeting(fixture_store, registry, on_spark, query):
    duck = targets(fixture_store.store.con, registry, query)
    spark = targets(on_spark.events, registry, query)
    pd.testing.assert_frame_equal(duck.table, spark.table)
    assert duck.caveats == spark.caveats
    assert duck.sources == spark.sources
    assert duck.total_events == spark.total_events > 0


def test_the_api_asks_spark_the_same_question(fixture_store, on_spark):
    ask = {"actor": "ISIS", "country": "Syria", "start": "2016-01-01", "end": "2016-12-31", "by": "class"}
    duck, spark = fixture_store.targets(**ask), on_spark.targets(**ask)
    pd.testing.assert_frame_equal(duck.table, spark.table)
    assert spark.total_events > 0


def test_avoidance_on_spark_matches_duckdb(fixture_store, on_spark):
    ask = {"country": "SYR", "start": "2016-01-01", "end": "2016-12-31", "permutations": 999}
    duck = fixture_store.avoidance("ISIS", "Government of Syria", **ask)
    spark = on_spark.avoidance("ISIS", "Government of Syria", **ask)
    assert spark.test == duck.test and spark.ratio == duck.ratio
    assert spark.test.observed > 0


def test_a_glob_of_the_parquet_files_reads_the_same_events(spark, exported, on_spark, fixture_store):
    globbed = connect(engine="spark", spark=spark, events=f"{exported}/events/**/*.parquet")
    assert globbed.events.count().execute() == on_spark.events.count().execute()
    assert globbed.credits() == on_spark.credits() == fixture_store.credits()


def test_spark_engine_refuses_store_work_and_bad_paths(spark, exported, on_spark, tmp_path):
    with pytest.raises(QueryError, match="DuckDB store"):
        on_spark.link()
    with pytest.raises(InputError, match="cannot read events"):
        connect(engine="spark", spark=spark, events=tmp_path / "nowhere").events  # noqa: B018
    with pytest.raises(QueryError, match="needs the events"):
        connect(engine="spark", spark=spark)
    with pytest.raises(QueryError, match="engine must be one of"):
        connect(engine="flink")


def test_events_resolved_with_another_registry_are_refused(spark, exported, tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("actors:\n  - id: zeta_brigade\n    name: Zeta Brigade\n    class: rebel\n", encoding="utf-8")
    other = connect(engine="spark", spark=spark, events=exported / "events", actors_file=user)
    with pytest.raises(QueryError, match="another actor registry"):
        other.targets("ISIS", country="SYR")
