"""Cold questions: `check` of the bundled article and `evaluate` of six claim sets in a fresh process, no SQL cache.

Usage: DYADSCOPE_CACHE_DIR=off python benchmarks/bench_cold_questions.py [STORE.duckdb] [SET ...]
(default store: ./dyadscope.duckdb, opened read-only; default sets: fresh set1 set21 set11 set20 set23).
Prints wall and CPU seconds (CPU is what counts on a shared machine), how many SQL texts were compiled, how many
queries DuckDB ran, and each set's verdict agreement and wrong verdicts (they must not change with speed).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dyadscope.analysis import compiled
from dyadscope.api import Dyadscope
from dyadscope.claims import check_article
from dyadscope.claims.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = Path("/work/shared/articles/isis-us-proxy.en.txt")
LOCAL = ROOT / "tests" / "data" / "claims" / "article_excerpt.txt"
SETS = ["fresh", "set1", "set21", "set11", "set20", "set23"]
counts = {"compiled": 0, "ran": 0}


def _counting(name: str, function):
    def counted(*args):
        counts[name] += 1
        return function(*args)

    return counted


def _timed(label: str, work) -> None:
    wall, cpu, before = time.perf_counter(), time.process_time(), dict(counts)
    out = work()
    done = {name: counts[name] - before[name] for name in counts}
    print(
        f"{label:<22} wall {time.perf_counter() - wall:6.1f} s  cpu {time.process_time() - cpu:6.1f} s  "
        f"compiled {done['compiled']:4d}  ran {done['ran']:5d}  {out}",
        flush=True,
    )


if __name__ == "__main__":
    compiled._compile = _counting("compiled", compiled._compile)
    compiled._execute = _counting("ran", compiled._execute)
    store = sys.argv[1] if len(sys.argv) > 1 else "dyadscope.duckdb"
    ds = Dyadscope(store, read_only=True)
    article = ARTICLE if ARTICLE.exists() else LOCAL
    _timed("check, cold", lambda: f"{len(check_article(ds, article).claims)} claims")
    _timed("check, again", lambda: f"{len(check_article(ds, article).claims)} claims")
    start, cpu = time.perf_counter(), time.process_time()
    for name in sys.argv[2:] or SETS:

        def scored(name: str = name) -> str:
            scores = evaluate(ds, ROOT / "tests" / "data" / "claims" / f"{name}.yaml")["all"]
            return f"verdicts {scores.verdict_agreement:.3f}, wrong {scores.wrong_verdicts}"

        _timed(name, scored)
    print(f"sets: wall {time.perf_counter() - start:.1f} s  cpu {time.process_time() - cpu:.1f} s  {counts}")
