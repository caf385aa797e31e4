"""The chart cache (report/charts.py over dyadscope/cache.py) keeps to its size bound: writing a chart prunes the
charts read or written longest ago, and leaves other users' entries (the compiled registry, SQL) alone."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyadscope import cache
from dyadscope.cache import read_cached, write_cached
from dyadscope.report import charts

LABELS = ["state forces", "rebels", "civilians"]


def _drawing(share: float) -> charts.Drawing:
    """A shares chart whose SVG (~16 KB) differs with `share`."""
    rows = pd.DataFrame(
        {
            "label": LABELS,
            "share": [share, 1 - share, 0.0],
            "ci_low": [share / 2, (1 - share) / 2, 0.0],
            "ci_high": [min(1.0, share * 1.5), 1.0, 0.1],
            "share_text": [f"{share:.0%}", f"{1 - share:.0%}", "0%"],
        }
    )
    return charts.Drawing("shares_chart", LABELS, (rows, "Share"), {"lang": "en"})


def _chart_bytes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir() if p.name.startswith(("svg-", "drawing-"))}


def test_the_chart_cache_keeps_to_its_bound_least_recently_used_first(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    renders: list[str] = []
    real = charts.vlc.vegalite_to_svg
    monkeypatch.setattr(charts.vlc, "vegalite_to_svg", lambda spec, **kw: renders.append(spec) or real(spec, **kw))
    write_cached("registry-other", "x" * 200_000)  # not a chart: the chart cache's bound neither counts nor prunes it

    a, b, c, d = (_drawing(s) for s in (0.2, 0.4, 0.6, 0.8))
    a.svg("en")
    per_chart = sum(_chart_bytes(tmp_path).values())  # its SVG twice: under its inputs and under its spec
    assert len(_chart_bytes(tmp_path)) == 2 and 10_000 < per_chart < 60_000
    # Room for five of these files, not six. Each chart is cached twice, under its inputs (drawing-, read first)
    # and under its Vega-Lite spec (svg-, read when the inputs changed but the spec did not).
    monkeypatch.setattr(charts, "CACHE_BYTES", int(per_chart * 2.7))
    monkeypatch.setattr(cache, "_unpruned", {})
    b.svg("en")
    c.svg("en")
    assert len(renders) == 3 and len(_chart_bytes(tmp_path)) == 5  # the oldest file (a's svg-) went

    a.svg("en")  # read from the cache, which marks it used: b is now the chart used longest ago
    assert len(renders) == 3
    d.svg("en")
    assert sum(_chart_bytes(tmp_path).values()) <= charts.CACHE_BYTES and len(_chart_bytes(tmp_path)) == 5

    renders.clear()
    for kept in (a, c, d):
        kept.svg("en")
    assert renders == []  # a (used again), c and d stayed
    b.svg("en")
    assert len(renders) == 1  # b was pruned: drawn again
    assert read_cached("registry-other") == "x" * 200_000


def test_the_cache_is_pruned_at_a_processs_first_write(tmp_path, monkeypatch) -> None:
    """A cache left over the bound (by an older version, or a larger bound) shrinks at the next chart written."""
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    for n in range(40):
        write_cached(f"svg-old{n:02d}", "y" * 10_000)
    monkeypatch.setattr(charts, "CACHE_BYTES", 100_000)
    monkeypatch.setattr(cache, "_unpruned", {})
    _drawing(0.3).svg("en")
    left = _chart_bytes(tmp_path)
    assert sum(left.values()) <= 100_000
    assert any(name.startswith("drawing-") for name in left)  # the chart just written is among those kept
    assert "svg-old39.pickle" in left and "svg-old00.pickle" not in left
