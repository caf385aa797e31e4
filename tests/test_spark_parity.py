"""The same targeting expression on PySpark (local mode) gives exactly the DuckDB answer."""

from __future__ import annotations

import pandas as pd
import pytest

from dyadscope.analysis.targeting import TargetQuery, targets

pyspark = pytest.importorskip("pyspark", reason="pyspark is in the [spark] extra")


@pytest.fixture(scope="module")
def spark_events(fixture_store, tmp_path_factory):
    import ibis
    from pyspark.sql import SparkSession

    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dyadscope-tests")
        .config("spark.sql.warehouse.dir", str(warehouse))
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    # Through Arrow, so types and nulls arrive as they are (pandas would turn missing text into 'NaN')
    arrow = fixture_store.store.con.execute("SELECT * EXCLUDE (raw) FROM events").to_arrow_table()
    session.createDataFrame(arrow).createOrReplaceTempView("events")
    yield ibis.pyspark.connect(session).table("events")
    session.stop()


@pytest.mark.spark
@pytest.mark.parametrize(
    "query",
    [
        TargetQuery("ISIS", country="SYR", by="class"),
        TargetQuery("ISIS", country="SYR", by="actor", against=True),
        TargetQuery("Government of Syria", country="SYR", by="admin1", with_actor="ISIS"),
        TargetQuery("ISIS", country="SYR", by="month"),
    ],
    ids=["class", "actor-against", "admin1-with", "month"],
)
def test_spark_gives_identical_results(fixture_store, registry, spark_events, query):
    duck = targets(fixture_store.events, registry, query)
    spark = targets(spark_events, registry, query)
    pd.testing.assert_frame_equal(duck.table, spark.table)
    assert duck.caveats == spark.caveats
    assert duck.total_events == spark.total_events > 0
