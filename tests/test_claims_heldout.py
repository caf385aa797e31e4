"""Held-out evaluation of the claim checker (tests/data/claims/heldout.yaml) on the bundled UCDP data.

The set was written without reading the extraction rules; expected forms and verdicts come from
independent SQL (tests/data/claims/derive_heldout.py). The floors sit a little below the scores measured
when the set was written (docs/claims.md, "Held-out evaluation"), so a regression fails; they are not
targets, and the claims code was not tuned to this set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyadscope.claims.evaluate import evaluate

DATA = Path(__file__).parent / "data" / "claims"
HELDOUT = DATA / "heldout.yaml"

# Floors a little below the scores measured at the last change (docs/claims.md): a regression fails.
# heldout: en P 93.9 R 88.6 F 90.3 V 85.7; da P 100 R 76.5 F 84.6 V 70.6
# set1 (development set, 195 sentences by a tester who never read the code): en V 74.8; da V 72.1
FLOORS = {
    "heldout": {
        "en": {"precision": 0.88, "recall": 0.83, "field_accuracy": 0.85, "verdict_agreement": 0.80},
        "da": {"precision": 0.90, "recall": 0.70, "field_accuracy": 0.78, "verdict_agreement": 0.64},
    },
    "set1": {
        "en": {"precision": 0.86, "recall": 0.79, "field_accuracy": 0.74, "verdict_agreement": 0.69},
        "da": {"precision": 0.86, "recall": 0.74, "field_accuracy": 0.77, "verdict_agreement": 0.66},
    },
}
# Wrong verdicts (supported where the data contradicts, or the reverse) may not grow beyond what is measured.
MAX_WRONG = {"heldout": 1, "set1": 2}


def test_heldout_set_is_the_promised_size() -> None:
    items = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))["items"]
    assert sum(i["lang"] == "en" for i in items) >= 30
    assert sum(i["lang"] == "da" for i in items) >= 15
    kinds = {e["kind"] for i in items for e in i["expect"]}
    assert {"share", "count", "concentration", "absence", "single_event", "not_event_data"} <= kinds
    assert any(not i["expect"] for i in items)  # sentences with numbers that are not claims


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_floors(demo, name: str) -> None:
    scores = evaluate(demo, DATA / f"{name}.yaml")
    for lang, floors in FLOORS[name].items():
        for measure, floor in floors.items():
            assert getattr(scores[lang], measure) >= floor, (lang, measure, scores[lang].misses)
    assert scores["all"].wrong_verdicts <= MAX_WRONG[name], scores["all"].misses
