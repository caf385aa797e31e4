"""Start-up's per-user caches give what building afresh gives: compiled patterns (recache), the i18n catalogue."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dyadscope import recache

# Imports the claim reader (every pattern it builds at import) and prints what recache holds afterwards.
_CHILD = """
import json, re
import dyadscope.claims.extract
from dyadscope import recache
same = all(compiled == re.compile(*key) for key, compiled in recache._live.items())
print(json.dumps({"patterns": len(recache._live), "fresh": recache._fresh, "same": same}))
"""


def _child(cache: Path) -> dict:
    env = dict(os.environ, DYADSCOPE_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_second_process_builds_the_claim_patterns_from_the_cache_and_they_equal_re_compile(tmp_path: Path) -> None:
    first, second = _child(tmp_path), _child(tmp_path)
    assert first["patterns"] > 200 and first["fresh"] == first["patterns"]  # an empty cache: every one compiled
    assert second == {"patterns": first["patterns"], "fresh": 0, "same": True}  # none compiled, all equal (same code)
    assert first["same"]


@pytest.fixture()
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_live", {})
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_fresh", 0)


@pytest.mark.usefixtures("empty_cache")
def test_a_pattern_is_one_object_per_process_with_re_compile_s_program_groups_and_flags() -> None:
    text = r"(?P<num>\d+(?:[.,]\d+)?)\s+(?:killed|dræbt)"
    first = recache.compile(text, re.I)
    assert first is recache.compile(text, re.IGNORECASE) and first == re.compile(text, re.I)
    assert first.groupindex == {"num": 1} and first.flags == re.compile(text, re.I).flags
    assert first.search("at least 1,200 Killed").group("num") == "1,200"


@pytest.mark.usefixtures("empty_cache")
def test_a_program_the_engine_rejects_is_compiled_afresh() -> None:
    text = r"\bkilled\b"
    recache._stored = {(text, 0): (re.UNICODE, b"\x00\x00\x00\x00", 0, {}, (None,))}  # not an SRE program
    assert recache.compile(text) == re.compile(text)
    assert recache._fresh == 1


@pytest.mark.usefixtures("empty_cache")
def test_what_re_compile_refuses_recache_refuses_alike() -> None:
    with pytest.raises(re.error):
        recache.compile(r"(unclosed")
    compiled = re.compile("x")
    assert recache.compile(compiled) is compiled  # a compiled pattern is passed through, as re.compile does
    assert recache.escape is re.escape and recache.I is re.I and recache.Pattern is re.Pattern  # the rest is re itself


@pytest.mark.usefixtures("empty_cache")
def test_re_s_functions_given_a_pattern_text_answer_as_re_s_and_share_the_cached_pattern() -> None:
    text, pattern = "3 clashes, 12 raids and 40 strikes", r"(\d+)\s+(\w+)"
    assert recache.search(pattern, text).span() == re.search(pattern, text).span()
    assert recache.match(pattern, text)[2] == "clashes" and recache.fullmatch(r"\d+", "40")
    assert [m.group(1) for m in recache.finditer(pattern, text)] == ["3", "12", "40"]
    assert recache.findall(pattern, text) == re.findall(pattern, text)
    assert recache.split(r",?\s+and\s+|,\s+", text, maxsplit=1) == re.split(r",?\s+and\s+|,\s+", text, maxsplit=1)
    assert recache.sub(pattern, r"\2:\1", text, count=2) == re.sub(pattern, r"\2:\1", text, count=2)
    assert recache.subn("CLASHES", "x", text, flags=re.I) == ("3 x, 12 raids and 40 strikes", 1)
    assert set(recache._live) >= {(pattern, 0), ("CLASHES", int(re.I))}


def test_the_i18n_catalogue_from_the_per_user_cache_is_the_one_parsed_from_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dyadscope.i18n import catalogue

    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    catalogue.cache_clear()
    try:
        parsed = catalogue()  # an empty cache: parsed from the YAML files and stored
        assert len(list(tmp_path.glob("i18n-*.pickle"))) == 1
        catalogue.cache_clear()
        cached = catalogue()
        assert cached is not parsed and cached == parsed and list(cached) == list(parsed)
        assert cached["claims.supported"]["da"] == parsed["claims.supported"]["da"]
    finally:
        catalogue.cache_clear()


@pytest.mark.usefixtures("empty_cache")
def test_a_cache_grown_past_its_bound_keeps_only_what_this_process_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadscope.cache import read_cached

    recache.compile(r"\bold version\b")
    recache._write()
    assert set(read_cached(recache._KEY)) == {(r"\bold version\b", 0)}
    recache._live.clear()  # a later process: it uses another pattern only
    recache.compile(r"\bnew version\b")
    monkeypatch.setattr(recache, "_MAX_BYTES", 10**9)
    recache._write()
    assert set(read_cached(recache._KEY)) == {(r"\bold version\b", 0), (r"\bnew version\b", 0)}
    monkeypatch.setattr(recache, "_MAX_BYTES", 1)
    recache._write()
    assert set(read_cached(recache._KEY)) == {(r"\bnew version\b", 0)}


def test_a_lexicon_read_from_the_per_user_cache_is_the_one_built_and_finds_the_same_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dyadscope.actors.registry import Actor, Registry
    from dyadscope.claims.resolve import Lexicon

    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    built = Lexicon(Registry.load())  # an empty cache: built and stored
    assert len(list(tmp_path.glob("lexicon-*.pickle"))) == 1
    cached = Lexicon(Registry.load())
    assert cached.index is not built.index and list(cached.index.items()) == list(built.index.items())
    assert cached.class_readings == built.class_readings and cached._heads == built._heads
    text = "Daesh fought the Syrian army near Raqqa; i 2016 kæmpede SDF-styrkerne mod IS i Aleppo."
    assert cached.mentions(text) == built.mentions(text) and len(built.mentions(text)) >= 5
    # A registry that learnt a name from the data is another registry: its lexicon is built, and knows the name.
    taught = Registry.load()
    taught.remember(Actor("our_brigade", "Our Own Brigade", "rebel", aliases=("OOB Brigade",)))
    learnt = Lexicon(taught)
    assert len(list(tmp_path.glob("lexicon-*.pickle"))) == 2
    assert [m.entry.key for m in learnt.mentions("the OOB Brigade clashed")] == ["our_brigade"]
    assert not any(m.entry.key == "our_brigade" for m in cached.mentions("the OOB Brigade clashed"))


def test_country_names_and_a_country_s_governorates_from_the_per_user_cache_are_the_ones_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dyadscope import countries
    from dyadscope.sources import geo

    monkeypatch.setenv("DYADSCOPE_CACHE_DIR", str(tmp_path))
    for cached_function in (countries._index, geo._gazetteer):
        cached_function.cache_clear()
    try:
        index, syria = countries._index(), geo._gazetteer("SYR")  # built and stored
        assert {p.name.split("-")[0] for p in tmp_path.glob("*.pickle")} == {"countries", "gazetteer"}
        countries._index.cache_clear()
        geo._gazetteer.cache_clear()
        assert countries._index() == index == countries._build_index() and geo._gazetteer("SYR") == syria
        assert countries.country_code("Syrien") == "SYR" and geo.canonical_admin1("Ar-Raqqah", "SYR") == "Ar Raqqah"
        assert geo.admin1_code("Warap state", "SSD") == "SS-WR"  # a country first asked for now: built
    finally:
        countries._index.cache_clear()
        geo._gazetteer.cache_clear()
