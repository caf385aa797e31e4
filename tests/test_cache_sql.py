"""The compiled-SQL cache (analysis/compiled.py over dyadscope/cache.py) keeps to its bound, as the chart cache does:
a query compiled and written prunes the SQL entries used longest ago, and leaves the other entries alone."""

from __future__ import annotations

import os
from pathlib import Path

from dyadscope import cache
from dyadscope.analysis import compiled
from dyadscope.cache import read_cached, write_cached


def _sql_bytes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir() if p.name.startswith("sql-")}


def test_the_sql_cache_keeps_to_its_bound_least_recently_used_first(demo, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    for n in range(40):  # a cache left by earlier questions, each entry used a second later than the one before
        write_cached(f"sql-old{n:02d}", "SELECT 1 -- " + "x" * 10_000)
        os.utime(tmp_path / f"sql-old{n:02d}.pickle", (1_000_000 + n, 1_000_000 + n))
    write_cached("svg-chart", "y" * 200_000)  # not SQL: neither counted nor pruned by the SQL cache's bound
    monkeypatch.setattr(compiled, "SQL_CACHE_BYTES", 100_000)
    monkeypatch.setattr(compiled, "_SQL", {})  # nothing compiled in this process: the query is compiled and written
    monkeypatch.setattr(cache, "_unpruned", {})  # the process's first write prunes

    result = demo.targets("ISIS", country="SYR", start="2014-01-01", end="2014-12-31")
    assert result.total_events > 0
    left = _sql_bytes(tmp_path)
    fresh = [name for name in left if not name.startswith("sql-old")]
    assert fresh and sum(left.values()) <= 100_000  # the new SQL was written, and the whole family kept to the bound
    assert "sql-old39.pickle" in left and "sql-old00.pickle" not in left  # the oldest went first
    assert read_cached("svg-chart") == "y" * 200_000
    for name in fresh:  # what was written is the SQL a later process runs instead of compiling again
        assert "SELECT" in str(read_cached(name.removesuffix(".pickle")))


def test_a_write_prunes_again_after_a_sixteenth_of_the_bound(tmp_path, monkeypatch) -> None:
    """Between prunes the family may grow by a sixteenth of its bound (a prune lists the whole folder)."""
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_unpruned", {})
    family, bound = ("sql-",), 16_000
    for n in range(60):  # ~500 bytes each: the first write prunes, then every second one (1,000 bytes > 16,000/16)
        cache.write_bounded(f"sql-{n:02d}", "z" * 480, family, bound, 500)
        os.utime(tmp_path / f"sql-{n:02d}.pickle", (2_000_000 + n, 2_000_000 + n))
        assert sum(_sql_bytes(tmp_path).values()) <= bound + 2 * 600  # over by at most what was written since
    assert "sql-00.pickle" not in _sql_bytes(tmp_path) and "sql-59.pickle" in _sql_bytes(tmp_path)
