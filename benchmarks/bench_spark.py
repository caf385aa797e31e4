"""The same targeting question on DuckDB (the store) and on Spark (`local-cluster`, the store's Parquet export).

    .venv/bin/python benchmarks/bench_spark.py --store benchmarks/out/synth_20m.duckdb [--master local[2]]
    .venv/bin/python benchmarks/bench_spark.py --store world_100m.duckdb --export /work/scratch/export_100m

Exports the store once (`--export`, default next to it, `<store>.export/`; the export's time and this process's
peak RSS while exporting are reported), starts one Spark session (its start-up is reported apart), then times
the question on both engines after a warm-up, interleaved, and checks the answers agree. Spark's executors are
other processes: only wall time is comparable (this process's CPU is the driver's). Memory is sampled from
/proc every 0.2 s over this process and every process it started (the driver JVM, the local-cluster's workers
and executors): the peak of their summed RSS, and each one's own peak.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

from dyadscope.actors.registry import Registry
from dyadscope.analysis import compiled
from dyadscope.analysis.targeting import TargetQuery, targets
from dyadscope.spark import local_session, read_events
from dyadscope.store.db import Store
from dyadscope.store.export import export_store

QUESTION = TargetQuery(
    "ISIS", country="SYR", start=pd.Timestamp("2014-01-01").date(), end=pd.Timestamp("2014-12-31").date()
)
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def _process_table() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, short name, RSS in MB) for every process /proc shows."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # ended meanwhile
        fields = stat[stat.rfind(")") + 2 :].split()
        table[int(entry)] = (int(fields[1]), _role(cmdline), int(fields[21]) * PAGE_MB)
    return table


def _role(cmdline: list[bytes]) -> str:
    text = b" ".join(cmdline).decode(errors="replace")
    for marker, role in (
        ("CoarseGrainedExecutorBackend", "executor"),
        ("deploy.worker.Worker", "worker"),
        ("SparkSubmit", "driver JVM"),
        ("pyspark.daemon", "python worker"),
    ):
        if marker in text:
            return role
    if "python" in text:
        return "python"
    return "java" if "java" in text else "other"


class TreeMemory:
    """Samples the summed RSS of this process and its descendants in a thread; keeps the peaks."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peak_total = 0.0
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            table = _process_table()
            ours, frontier = {me}, [me]
            while frontier:
                parent = frontier.pop()
                children = [pid for pid, (ppid, _, _) in table.items() if ppid == parent and pid not in ours]
                ours.update(children)
                frontier += children
            total = 0.0
            for pid in ours:
                if pid in table:
                    _, role, rss = table[pid]
                    total += rss
                    before, peak = self.peaks.get(pid, (role, 0.0))
                    if role == "other":  # an ending process shows no command line: keep what it was
                        role = before
                    self.peaks[pid] = (role, max(rss, peak))
            self.peak_total = max(self.peak_total, total)
            self._stop.wait(self.every)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        """The peak of the summed RSS and each process's own peak, largest first."""
        parts = sorted(self.peaks.items(), key=lambda item: -item[1][1])
        each = ", ".join(f"{role} {peak:,.0f} MB" for _, (role, peak) in parts if peak >= 1)
        return f"peak RSS, summed over the process tree: {self.peak_total:,.0f} MB ({each})"


def main() -> None:
    """Command line: export if needed, start Spark, time both engines, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--export", type=Path, help="the export folder (default <store>.export, written if missing)")
    parser.add_argument("--master", default="local-cluster[2,1,1024]")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-limit", default="2GB", help="DuckDB memory_limit for the export and its queries")
    args = parser.parse_args()
    registry = Registry.load()
    folder = args.export or args.store.with_suffix(".export")
    compiled.ANSWERS_KEPT = 0  # every repeat asks DuckDB (a read-only store's answers are kept)
    store = Store(args.store, read_only=True)
    store.con.execute(f"SET memory_limit = '{args.memory_limit}'")
    spill = tempfile.mkdtemp(prefix="dyadscope-spill-")  # not <store>.tmp: the store's folder may not be ours
    store.con.execute(f"SET temp_directory = '{spill}'")
    rows = store.count()
    if not folder.exists():
        began = time.perf_counter()
        export_store(store, folder)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20
        print(f"export: {time.perf_counter() - began:.1f} s, {size:,.0f} MB -> {folder}; peak RSS {peak:,.0f} MB")
    with TreeMemory() as memory:
        began = time.perf_counter()
        spark = local_session(args.master)
        events = read_events(spark, str(folder / "events"))
        print(f"spark {args.master}: session and table in {time.perf_counter() - began:.1f} s")
        contenders = {
            "duckdb": lambda: targets(store.con, registry, QUESTION),
            "spark": lambda: targets(events, registry, QUESTION),
        }
        answers = {}
        for name, fn in contenders.items():  # warm-up (Spark's first call also plans and compiles)
            began = time.perf_counter()
            answers[name] = fn()
            print(f"{name} first call: {time.perf_counter() - began:.2f} s wall")
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(args.repeats):
            for name, fn in contenders.items():
                began = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - began)
        spark.stop()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.repeats} timed runs each, interleaved")
    for name, spent in times.items():
        median, low, high = statistics.median(spent), min(spent), max(spent)
        print(f"{name:<7} {rows:>12,} events  wall median {median:7.2f} s  (min {low:.2f}, max {high:.2f})")
    print(memory.summary())
    same = (
        answers["duckdb"].table.equals(answers["spark"].table) and answers["duckdb"].caveats == answers["spark"].caveats
    )
    print("answers agree:", "yes" if same else "NO")
    store.close()
    shutil.rmtree(spill, ignore_errors=True)


if __name__ == "__main__":
    main()
