"""Score the claim checker on the labelled sets in tests/data/claims/ against a store built from the bundled data.

Usage: python benchmarks/eval_claims.py [STORE.duckdb] [--set NAME_OR_PATH]... [--misses]
  no store: builds a demo store in a temp dir; no --set: every set present (eval, heldout, set1, set1_articles,
  fresh, fresh_articles, set3 to set36 and their article quotes). Prints precision, recall, field accuracy,
  verdict agreement, wrong verdicts (supported where the data contradicts, or the reverse), hidden wrong verdicts
  (the same, for a figure read as another kind than expected) and spurious claims that still got supported or
  contradicted, per language for each set, and the time taken.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from dyadscope.api import Dyadscope
from dyadscope.claims.evaluate import evaluate, format_scores
from dyadscope.demo import build_demo_store

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims"
SETS = ("eval", "heldout", "set1", "set1_articles", "fresh", "fresh_articles", "set3", "set3_articles")
SETS += ("set4", "set4_articles", "set5", "set5_articles", "set6", "set6_articles", "set7", "set7_articles")
SETS += ("set8", "set8_articles", "set9", "set9_articles", "set10", "set10_articles", "set11", "set11_articles")
SETS += ("set12", "set12_articles", "set13", "set13_articles", "set14", "set14_articles", "set15", "set15_articles")
SETS += ("set16", "set16_articles", "set17", "set17_articles", "set18", "set18_articles", "set19", "set19_articles")
SETS += ("set20", "set20_articles", "set21", "set21_articles", "set22", "set22_articles", "set23", "set23_articles")
SETS += ("set24", "set24_articles", "set25", "set25_articles", "set26", "set26_articles", "set27", "set27_articles")
SETS += ("set28", "set28_articles", "set29", "set29_articles", "set30", "set30_articles")
SETS += ("set31", "set31_articles", "set32", "set32_articles", "set33", "set33_articles", "set34", "set34_articles")
SETS += ("set35", "set35_articles", "set36", "set36_articles")


def _path(name: str) -> Path:
    path = Path(name)
    return path if path.suffix in (".yaml", ".yml") else DATA / f"{name}.yaml"


if __name__ == "__main__":
    args = sys.argv[1:]
    show_misses = "--misses" in args
    args = [a for a in args if a != "--misses"]
    names: list[str] = []
    while "--set" in args:
        at = args.index("--set")
        names.append(args[at + 1])
        del args[at : at + 2]
    names = names or [n for n in SETS if _path(n).exists()]
    if args:
        ds = Dyadscope(args[0], read_only=True)
    else:
        ds, _ = build_demo_store(Path(tempfile.mkdtemp()) / "demo.duckdb")
    for name in names:
        began = time.perf_counter()
        scores = evaluate(ds, _path(name))
        print(f"== {name} ({time.perf_counter() - began:.1f} s)")
        print(format_scores(scores))
        if show_misses:
            for miss in scores["all"].misses:
                print("  " + miss)
