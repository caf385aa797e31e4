"""The per-user cache's one idiom (cache.cached_or_built) and its file stamp (cache.file_stamp), as the gazetteer,
the country index, the Lexicon, the registry and the message catalogue use them: built once, read back after, a
damaged or foreign entry built afresh, a value with no key never written, each family kept to its bound."""

from __future__ import annotations

import os
from pathlib import Path

from dyadscope import cache
from dyadscope.cache import cached_or_built, file_stamp, read_cached
from dyadscope.sources import geo


def test_built_once_then_read_back_and_a_damaged_entry_is_built_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_unpruned", {})
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"rows": len(builds)}

    def is_dict(found: object) -> bool:
        return isinstance(found, dict)

    assert cached_or_built("test-a", build, is_dict, 2**20, lambda _: 100) == {"rows": 1}
    assert cached_or_built("test-a", build, is_dict, 2**20, lambda _: 100) == {"rows": 1}  # read, not built
    assert len(builds) == 1
    cache.write_cached("test-a", ["not", "a", "dict"])  # an older version's shape under the same key
    assert cached_or_built("test-a", build, is_dict, 2**20, lambda _: 100) == {"rows": 2}
    assert read_cached("test-a") == {"rows": 2}
    assert cached_or_built(None, build, is_dict, 2**20, lambda _: 100) == {"rows": 3}  # no key: built, not kept
    assert sorted(p.name for p in tmp_path.glob("*.pickle")) == ["test-a.pickle"]


def test_a_family_is_pruned_by_its_key_prefix(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_unpruned", {})
    cache.write_cached("other-kept", "y" * 5_000)  # another family: not counted, not pruned
    for n in range(20):
        cached_or_built(f"fam-{n:02d}", lambda: "x" * 1_000, lambda f: isinstance(f, str), 4_000, len)
        os.utime(tmp_path / f"fam-{n:02d}.pickle", (1_000_000 + n, 1_000_000 + n))
    left = {p.name for p in tmp_path.glob("fam-*.pickle")}
    assert "fam-19.pickle" in left and "fam-00.pickle" not in left and len(left) <= 5
    assert read_cached("other-kept") == "y" * 5_000


def test_the_gazetteer_through_the_cache_is_the_built_one(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    geo._gazetteer.cache_clear()
    try:
        first = geo._gazetteer("SYR")
        entries = list(tmp_path.glob("gazetteer-SYR-*.pickle"))
        assert len(entries) == 1 and read_cached(entries[0].stem) == geo._build_gazetteer("SYR") == first
        geo._gazetteer.cache_clear()
        assert geo._gazetteer("SYR") == first  # read back in a new process's first call
        assert geo.canonical_admin1("Ar-Raqqah", "SYR") == "Ar Raqqah"
    finally:
        geo._gazetteer.cache_clear()


def test_file_stamp_follows_the_file(tmp_path: Path) -> None:
    data = tmp_path / "places.csv"
    assert file_stamp(data) is None  # absent: nothing to key a cache entry by
    data.write_text("lat,lon\n1,2\n")
    first = file_stamp(data)
    assert first is not None
    data.write_text("lat,lon\n1,2\n3,4\n")
    os.utime(data, ns=(1, 1))
    assert file_stamp(data) not in (None, first)
