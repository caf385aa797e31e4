"""Score the claim checker on tests/data/claims/eval.yaml against a store built from the bundled data.

Usage: python benchmarks/eval_claims.py [STORE.duckdb] [--set heldout]   (no store: builds a demo store in a
temp dir; --set picks tests/data/claims/<name>.yaml, default eval)
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
    args = sys.argv[1:]
    if "--set" in args:
        at = args.index("--set")
        EVAL = EVAL.with_name(f"{args[at + 1]}.yaml")
        del args[at : at + 2]
    if args:
        ds = Dyadscope(args[0], read_only=True)
    else:
        ds, _ = build_demo_store(Path(tempfile.mkdtemp()) / "demo.duckdb")
    scores = evaluate(ds, EVAL)
    print(format_scores(scores))
    for miss in scores["all"].misses:
        print("  " + miss)
