"""How alike two records' own descriptions are (ACLED notes, GTD summary, UCDP source headlines).

Used only to choose among several candidates that time, place and actors cannot tell apart: on one day in
Benghazi an ACLED note and a GTD summary that both speak of "a former prosecutor general" shot in Derna are
one event, the other shootings that day are not. Words are weighted by how rare they are among the records
being compared (inverse document frequency), so the city's name and "killed" count for little.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

WORD = re.compile(r"[a-z]{4,}")
# Endings stripped so "kidnapped" and "kidnapping", "bombs" and "bombing" meet; words are then cut to
# STEM_LENGTH letters.
SUFFIXES = ("ings", "ing", "ed", "es", "s")
STEM_LENGTH = 7
# Words that say nothing about which event a report describes, whatever their frequency.
STOPWORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "were",
        "when",
        "which",
        "their",
        "there",
        "they",
        "have",
        "been",
        "after",
        "about",
        "also",
        "said",
        "into",
        "other",
        "than",
        "them",
        "then",
        "some",
        "more",
        "most",
        "over",
        "such",
        "only",
        "where",
        "while",
        "near",
        "group",
        "claimed",
        "responsibility",
        "incident",
        "incidents",
        "attack",
        "attacks",
        "assailants",
        "reported",
        "reports",
        "unknown",
        "source",
        "sources",
    ]
)


def words(text: str | None) -> frozenset[str]:
    """The stemmed content words of a description."""
    found = set()
    for word in WORD.findall((text or "").lower()):
        if word in STOPWORDS:
            continue
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        found.add(word[:STEM_LENGTH])
    return frozenset(found)


def rarity(documents: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of every word among the documents (rare words weigh more)."""
    docs = list(documents)
    counts = Counter(word for doc in docs for word in doc)
    return {word: math.log((1 + len(docs)) / (1 + n)) + 1.0 for word, n in counts.items()}


def similarity(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float]) -> float:
    """Cosine of the two word sets weighted by rarity, in [0, 1]; 0 when either is empty."""
    if not a or not b:
        return 0.0
    shared = sum(weight.get(w, 1.0) ** 2 for w in a & b)
    norm_a = math.sqrt(sum(weight.get(w, 1.0) ** 2 for w in a))
    norm_b = math.sqrt(sum(weight.get(w, 1.0) ** 2 for w in b))
    return shared / (norm_a * norm_b)
