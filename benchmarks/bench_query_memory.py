"""Peak memory of the questions users ask, each in a fresh process, with DuckDB's memory limit set (issue 11 goal 5).

    .venv/bin/python benchmarks/bench_query_memory.py --store world_100m.duckdb --memory-limit 1GB

Every question runs once in its own child process (spawn), on the store opened read-only with `memory_limit`
set and spills going to a temporary folder (not next to the store), so the peak RSS reported is the whole cost
of that one question: Python, Ibis, the registry, DuckDB's buffers and the answer. Wall and CPU seconds are
reported beside it; on a shared machine the CPU figure is the steadier one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path
from queue import Empty

QUESTIONS = {
    "targets ISIS, SYR 2014, by class": ("targets", {"country": "SYR", "year": 2014, "by": "class"}),
    "targets ISIS, SYR all years, by month": ("targets", {"country": "SYR", "by": "month"}),
    "targets ISIS, whole store, by actor": ("targets", {"by": "actor"}),
    "avoidance ISIS / Government of Syria, SYR, 9,999 permutations": ("avoidance", {"country": "SYR"}),
    "avoidance ISIS / Government of Syria, whole store, 9,999 permutations": ("avoidance", {}),
}


def _ask(store_path: str, memory_limit: str, kind: str, spec: dict, queue: multiprocessing.Queue) -> None:
    from bench_targeting import _peak_rss_mb  # the sibling script: this process's own high-water mark

    from dyadscope.actors.registry import Registry
    from dyadscope.analysis.avoidance import AvoidanceQuery, avoidance
    from dyadscope.analysis.targeting import TargetQuery, targets
    from dyadscope.store.db import Store

    spill = tempfile.mkdtemp(prefix="dyadscope-spill-")
    wall, cpu = time.perf_counter(), time.process_time()
    store = Store(store_path, read_only=True)
    store.con.execute("SET enable_progress_bar = false")
    store.con.execute(f"SET memory_limit = '{memory_limit}'")
    store.con.execute(f"SET temp_directory = '{spill}'")
    registry = Registry.load()
    window = {}
    if "year" in spec:
        window = {"start": dt.date(spec["year"], 1, 1), "end": dt.date(spec["year"], 12, 31)}
    if kind == "targets":
        result = targets(store.con, registry, TargetQuery("ISIS", country=spec.get("country"), by=spec["by"], **window))
        answer = f"{result.total_events:,} events in {len(result.table)} rows"
    else:
        query = AvoidanceQuery("ISIS", "Government of Syria", country=spec.get("country"), **window)
        result = avoidance(store.con, registry, query)
        test = result.test
        answer = f"observed {test.observed:,}, expected {test.expected:,.1f}, {test.permutations:,} permutations"
    store.close()
    shutil.rmtree(spill, ignore_errors=True)
    queue.put(
        {
            "wall": time.perf_counter() - wall,
            "cpu": time.process_time() - cpu,
            "rss_mb": _peak_rss_mb(),
            "answer": answer,
        }
    )


def main() -> None:
    """Command line: every question in its own process, one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--memory-limit", default="1GB")
    parser.add_argument("--only", help="ask only the questions whose label contains this text")
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    print(f"store {args.store}, DuckDB memory_limit {args.memory_limit}, load average {os.getloadavg()[0]:.2f}")
    print(f"{'question':<72}{'wall s':>8}{'CPU s':>8}{'peak RSS':>11}  answer", flush=True)
    for label, (kind, spec) in QUESTIONS.items():
        if args.only and args.only not in label:
            continue
        queue = ctx.Queue()
        child = ctx.Process(target=_ask, args=(str(args.store), args.memory_limit, kind, spec, queue))
        child.start()
        while True:  # a child killed (out of memory, or by hand) puts nothing on the queue
            try:
                out = queue.get(timeout=1)
                break
            except Empty:
                if not child.is_alive():
                    out = None
                    break
        child.join()
        if out is None:
            print(f"{label:<72}  failed: the process ended with code {child.exitcode}", flush=True)
        else:
            line = f"{out['wall']:>8.1f}{out['cpu']:>8.1f}{out['rss_mb']:>8,.0f} MB  {out['answer']}"
            print(f"{label:<72}{line}", flush=True)


if __name__ == "__main__":
    main()
