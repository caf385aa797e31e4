"""Held-out evaluation of the claim checker (tests/data/claims/heldout.yaml) on the bundled UCDP data.

The set was written without reading the extraction rules; expected forms and verdicts come from
independent SQL (tests/data/claims/derive_heldout.py). The floors sit a little below the scores measured
at the last change (docs/claims.md, "Evaluation on text the checker was not tuned to"), so a regression fails;
they are not targets. Sets 1 and 2 (set1.yaml, fresh.yaml) were used to find kinds of failure; a new set 3,
unseen by the code's authors, measures the result.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyadscope.claims.evaluate import evaluate

DATA = Path(__file__).parent / "data" / "claims"
HELDOUT = DATA / "heldout.yaml"

# Floors a little below the scores measured at the last change (docs/claims.md): a regression fails.
# heldout: en P 94.1 R 91.4 F 93.8 V 88.6; da P 100 R 88.2 F 93.3 V 88.2
# set1 (development set, 195 sentences by a tester who never read the code): en P 98.2 R 97.3 F 88.9 V 92.8;
#   da P 100 R 96.7 F 94.9 V 95.1
# fresh (set 2, 191 sentences; a development set since its kinds of failure were fixed): en P 98.1 R 97.2 F 84.9
#   V 89.9; da P 95.2 R 93.8 F 83.3 V 82.8
FLOORS = {
    "heldout": {
        "en": {"precision": 0.89, "recall": 0.86, "field_accuracy": 0.88, "verdict_agreement": 0.83},
        "da": {"precision": 0.93, "recall": 0.82, "field_accuracy": 0.86, "verdict_agreement": 0.82},
    },
    "set1": {
        "en": {"precision": 0.93, "recall": 0.92, "field_accuracy": 0.84, "verdict_agreement": 0.88},
        "da": {"precision": 0.95, "recall": 0.91, "field_accuracy": 0.89, "verdict_agreement": 0.90},
    },
    "fresh": {
        "en": {"precision": 0.93, "recall": 0.92, "field_accuracy": 0.80, "verdict_agreement": 0.85},
        "da": {"precision": 0.90, "recall": 0.88, "field_accuracy": 0.78, "verdict_agreement": 0.78},
    },
}
# Wrong verdicts (supported where the data contradicts, or the reverse): none on any set. Time or place words the
# reading does not use make a claim not checkable (claims/unread.py) rather than judged on a guessed scope.
MAX_WRONG = {"heldout": 0, "set1": 0, "fresh": 0}


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
