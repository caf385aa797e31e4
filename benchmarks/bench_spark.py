"""The same targeting question on DuckDB (the store) and on Spark (`local-cluster`, the store's Parquet export).

    .venv/bin/python benchmarks/bench_spark.py --store benchmarks/out/synth_20m.duckdb [--master local[2]]

Exports the store once (next to it, `<store>.export/`), starts one Spark session (its start-up is reported
apart), then times the question on both engines after a warm-up, interleaved, and checks the answers agree.
Spark's executors are other processes: only wall time is comparable (this process's CPU is the driver's).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.analysis.targeting import TargetQuery, targets
from dyadscope.spark import local_session, read_events
from dyadscope.store.db import Store
from dyadscope.store.export import export_store

QUESTION = TargetQuery(
    "ISIS", country="SYR", start=pd.Timestamp("2014-01-01").date(), end=pd.Timestamp("2014-12-31").date()
)


def main() -> None:
    """Command line: export if needed, start Spark, time both engines, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--master", default="local-cluster[2,1,1024]")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    registry = Registry.load()
    folder = args.store.with_suffix(".export")
    store = Store(args.store, read_only=True)
    if not folder.exists():
        began = time.perf_counter()
        export_store(store, folder)
        print(f"export: {time.perf_counter() - began:.1f} s -> {folder}")
    began = time.perf_counter()
    spark = local_session(args.master)
    events = read_events(spark, str(folder / "events"))
    print(f"spark {args.master}: session and table in {time.perf_counter() - began:.1f} s")
    contenders = {
        "duckdb": lambda: targets(store.con, registry, QUESTION),
        "spark": lambda: targets(events, registry, QUESTION),
    }
    answers = {name: fn() for name, fn in contenders.items()}  # warm-up
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.repeats):
        for name, fn in contenders.items():
            began = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - began)
    rows = store.count()
    for name, spent in times.items():
        median, low, high = statistics.median(spent), min(spent), max(spent)
        print(f"{name:<7} {rows:>12,} events  wall median {median:7.2f} s  (min {low:.2f}, max {high:.2f})")
    same = (
        answers["duckdb"].table.equals(answers["spark"].table) and answers["duckdb"].caveats == answers["spark"].caveats
    )
    print("answers agree:", "yes" if same else "NO")
    spark.stop()


if __name__ == "__main__":
    main()
