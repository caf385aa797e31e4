"""Time a question never asked on this machine whose query *shape* was asked before (issue 11 goal 3).

For each pair below, each run gets a per-user cache of its own in which one process asked the seed question (so its
compiled SQL, registry and pattern caches are there), then a fresh `nice dyadscope` process asks the measured
question: another actor, country or window of the same shape. With one SQL per shape (analysis/compiled.py) the
second runs the cached SQL; where a query was compiled per question it compiles again. Prints the median wall and
CPU seconds of the measured process; `--baseline SRC` runs the same with another checkout's `src` in the same rounds.

    .venv/bin/python benchmarks/bench_new_question.py --db dyadscope.duckdb --baseline /tmp/before/src
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from bench_startup import run_once  # the sibling module: benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parents[1]
SYR = ["--country", "SYR"]
PAIRS = {  # name -> (seed arguments, measured arguments)
    "avoidance SDF/ISIS SYR 2016-2018 (9,999), after ISIS/Gov. of Syria SYR": (
        ["avoidance", "ISIS", "Government of Syria", *SYR, "--permutations", "9999"],
        ["avoidance", "SDF", "ISIS", *SYR, "--from", "2016-01-01", "--to", "2018-12-31", "--permutations", "9999"],
    ),
    "report HTS SYR 2017-2019, after report ISIS SYR 2014": (
        ["report", "ISIS", *SYR, "--from", "2014-01-01", "--to", "2014-12-31", "-o", "{out}/seed.html"],
        ["report", "HTS", *SYR, "--from", "2017-01-01", "--to", "2019-12-31", "-o", "{out}/report.html"],
    ),
    "targets SDF SYR 2016-2018 --by actor, after ISIS SYR 2014 (shaped before too)": (
        ["targets", "ISIS", *SYR, "--from", "2014-01-01", "--to", "2014-12-31", "--by", "actor"],
        ["targets", "SDF", *SYR, "--from", "2016-01-01", "--to", "2018-12-31", "--by", "actor"],
    ),
}


def main() -> None:
    """Run the rounds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=ROOT / "dyadscope.duckdb")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, timed in the same rounds")
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="bench_new_question_")
    # This checkout's src first (see bench_startup: a shared virtualenv's editable install may point elsewhere).
    variants = {"this": ROOT / "src"} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    load_before = os.getloadavg()[0]
    for _ in range(args.repeats):
        for name, (seed, asked) in PAIRS.items():
            for variant, src in variants.items():
                cache = tempfile.mkdtemp(prefix="bench_new_question_cache_")
                os.environ["DYADSCOPE_CACHE_DIR"] = cache  # run_once passes the environment on
                run_once([a.format(out=out) for a in seed], args.db, src)
                times.setdefault((name, variant), []).append(
                    run_once([a.format(out=out) for a in asked], args.db, src)[:2]
                )
    os.environ.pop("DYADSCOPE_CACHE_DIR", None)
    load = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
    print(f"\n{args.repeats} rounds, nice, store {args.db.name}, load average {load}\n")
    print(
        "| question (its shape asked before, by another question) | version | wall s median | min-max | CPU s median |"
    )
    print("|---|---|---|---|---|")
    for name in PAIRS:
        for variant in variants:
            walls, cpus = zip(*times[name, variant], strict=True)
            print(
                f"| `{name}` | {variant} | {statistics.median(walls):.2f} | {min(walls):.2f}-{max(walls):.2f} | "
                f"{statistics.median(cpus):.2f} |"
            )


if __name__ == "__main__":
    main()
