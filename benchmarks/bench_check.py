"""Time `check` on the bundled article (warm store) and on hostile inputs that used to be quadratic.

Usage: python benchmarks/bench_check.py [STORE.duckdb]   (no store: builds a demo store in a temp dir)
Prints wall and CPU seconds (the CPU figure is what counts on a shared machine) for: the bundled article,
checked twice (the second run is the warm figure); a saved news page (HTML through trafilatura) and a
Danish article whose verdicts depend on the definition (other definitions counted), warm; 8 KB and 64 KB of
"1% " (extraction only: it was quadratic, 69 s for 8 KB); 150 KB and 600 KB of ordinary prose (extraction
only, 168 s for 600 KB before).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from dyadscope.analysis import compiled
from dyadscope.api import Dyadscope
from dyadscope.claims import check_article
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon
from dyadscope.demo import build_demo_store

ARTICLE = Path("/work/shared/articles/isis-us-proxy.en.txt")
LOCAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims" / "article_excerpt.txt"


def _timed(label: str, run) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    out = run()
    print(f"{label:<44} wall {time.perf_counter() - wall:6.2f} s  cpu {time.process_time() - cpu:6.2f} s  {out}")


if __name__ == "__main__":
    compiled.ANSWERS_KEPT = 0  # every repeat asks DuckDB (a read-only store's answers are kept)
    if sys.argv[1:]:
        ds = Dyadscope(sys.argv[1], read_only=True)
    else:
        ds, _ = build_demo_store(Path(tempfile.mkdtemp()) / "demo.duckdb")
    article = ARTICLE if ARTICLE.exists() else LOCAL
    _timed("bundled article, cold", lambda: f"{len(check_article(ds, article).claims)} claims")
    _timed("bundled article, warm", lambda: f"{len(check_article(ds, article).claims)} claims")
    pages = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"
    for name in ("news_page.html", "artikel_da.txt"):  # trafilatura's reading; definitions that decide verdicts
        check_article(ds, pages / name)
        _timed(f"{name}, warm", lambda name=name: f"{len(check_article(ds, pages / name).claims)} claims")
    lexicon = Lexicon(ds.registry)
    prose = article.read_text(encoding="utf-8")
    for label, text in (
        ("8 KB of '1% ' (extraction)", "1% " * 2_700),
        ("64 KB of '1% ' (extraction)", "1% " * 21_600),
        ("150 KB of prose (extraction)", prose * max(1, 150_000 // len(prose))),
        ("600 KB of prose (extraction)", prose * max(1, 600_000 // len(prose))),
    ):
        _timed(
            label,
            lambda text=text: f"{len(extract_claims(parse_article(text, fmt='text'), lexicon, 'en').claims)} claims",
        )
