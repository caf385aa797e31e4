"""Score the claim checker on tests/data/claims/eval.yaml against a store built from the bundled data.

Usage: python benchmarks/eval_claims.py [STORE.duckdb]   (no argument: builds a demo store in a temp dir)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from dyadscope.api import Dyadscope
from dyadscope.claims.evaluate import evaluate, format_scores
from dyadscope.demo import build_demo_store

EVAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims" / "eval.yaml"

if __name__ == "__main__":
    if len(sys.argv) > 1:
        ds = Dyadscope(sys.argv[1], read_only=True)
    else:
        ds, _ = build_demo_store(Path(tempfile.mkdtemp()) / "demo.duckdb")
    scores = evaluate(ds, EVAL)
    print(format_scores(scores))
    for miss in scores["all"].misses:
        print("  " + miss)
