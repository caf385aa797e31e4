"""Round 15's speed changes give what the code before them gave: the lexicon's scan, whether an actor is counted."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyadscope.api import Dyadscope
from dyadscope.claims.resolve import Entry, Lexicon

DATA = Path(__file__).parent / "data" / "claims"


class _Anything:
    def __contains__(self, item: object) -> bool:
        return True


class _NoSkip(dict):
    """A heads table that heads every key: the scan looks up every (position, length), as before the skip."""

    def get(self, key: object, default: object = None) -> _Anything:
        return _Anything()


def _texts() -> list[str]:
    texts = [(DATA / "article_excerpt.txt").read_text(encoding="utf-8")]
    for name in ("set15.yaml", "set15_articles.yaml", "set14.yaml"):
        items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
        texts += [item["text"] for item in items]
    return texts


def test_the_scan_finds_what_the_unskipped_scan_finds(lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    skipped = [lexicon._scan(text) for text in texts]
    monkeypatch.setattr(lexicon, "_key_heads", lambda: _NoSkip())
    assert [lexicon._scan(text) for text in texts] == skipped
    assert sum(map(len, skipped)) > len(texts)  # English and Danish, one to eight tokens, possessives, compounds


def test_a_phrase_added_after_a_scan_is_found_by_the_next() -> None:
    from dyadscope.actors.registry import Registry

    lexicon = Lexicon(Registry.load())
    text = "Forces of the Grand Duchy of Freedonia shelled the town."
    assert not [m for m in lexicon._scan(text) if m.entry.key == "frd"]
    lexicon._add("the Grand Duchy of Freedonia", Entry("country", "frd", "Freedonia"))
    [found] = [m for m in lexicon._scan(text) if m.entry.key == "frd"]
    assert found.text == "the Grand Duchy of Freedonia"


def test_counts_any_is_whether_targets_counts_an_event(fixture_store: Dyadscope) -> None:
    from dyadscope.analysis.targeting import counts_any

    con, registry = fixture_store.store.con, fixture_store.registry
    sides = con.execute("SELECT string_agg(side_a_ids || side_b_ids, '') FROM events").fetchone()[0]
    present = sorted({i for i in sides.split("|") if i in registry.actors})
    renamed = [a for a in present if len(registry.lineage(a)) > 1]  # name_alone counts fewer ids for these
    absent = sorted(set(registry.actors) - set(present))[:2]
    assert len(present) >= 5 and renamed and absent
    for actor in {*present[:4], *renamed[:3], *absent}:
        for name_alone in (False, True):
            counted = fixture_store.targets(actor, name_alone=name_alone).total_events > 0
            assert counts_any(con, registry, actor, name_alone) == counted, (actor, name_alone)
