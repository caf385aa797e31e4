"""Time the HTML report for ISIS in Syria, 2014, on the demo store (target: under 5 s once imports are done).

Run: .venv/bin/python benchmarks/bench_report.py [--db /tmp/demo.duckdb]   (build the store with `dyadscope demo`)
"""

from __future__ import annotations

import argparse
import statistics
import time

t0 = time.perf_counter()
import dyadscope  # noqa: E402
from dyadscope.analysis import compiled  # noqa: E402
from dyadscope.report.build import build_report  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - t0


def main() -> None:
    """Build the report a few times and print the times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/demo.duckdb")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    compiled.ANSWERS_KEPT = 0  # every repeat asks DuckDB (a read-only store's answers are kept)
    ds = dyadscope.connect(args.db, read_only=True)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        report = build_report(ds, "ISIS", "SYR", "2014-01-01", "2014-12-31")
        times.append(time.perf_counter() - start)
    print(f"imports (dyadscope + altair + ibis): {IMPORT_SECONDS:.2f} s")
    print(
        f"report ISIS/SYR/2014: first {times[0]:.2f} s, median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s over {len(times)} builds; page {len(report.html) / 1024:,.0f} KB"
    )


if __name__ == "__main__":
    main()
