"""dyadscope.recache: `re` with compile() kept across processes gives the very patterns re.compile gives."""

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
    assert recache.search is re.search and recache.I is re.I  # the rest is re itself
