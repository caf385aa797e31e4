"""Offline language detection, English or Danish, per paragraph: stopwords plus Danish letters.

Mixed English/Danish articles are common, so every paragraph is judged on its own. No model is
loaded; the lists below are the most frequent function words of each language.
"""

from __future__ import annotations

from dyadscope import recache as re

_EN = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "this",
        "be",
        "are",
        "were",
        "have",
        "has",
        "had",
        "which",
        "or",
        "an",
        "not",
        "but",
        "their",
        "they",
        "its",
        "his",
        "her",
        "than",
        "also",
        "been",
        "who",
        "would",
        "there",
        "more",
        "most",
        "said",
        "after",
        "over",
        "about",
        "into",
        "only",
        "other",
        "those",
        "these",
        "all",
        "what",
        "when",
        "while",
        "where",
        "how",
        "some",
        "just",
        "around",
        "during",
    ]
)
_DA = frozenset(
    [
        "og",
        "i",
        "at",
        "det",
        "en",
        "den",
        "til",
        "er",
        "som",
        "på",
        "de",
        "med",
        "af",
        "for",
        "ikke",
        "der",
        "var",
        "har",
        "et",
        "om",
        "ved",
        "fra",
        "men",
        "også",
        "blev",
        "efter",
        "kan",
        "skal",
        "sig",
        "hans",
        "hun",
        "han",
        "over",
        "eller",
        "mod",
        "da",
        "være",
        "havde",
        "de",
        "deres",
        "dem",
        "hvor",
        "hvad",
        "når",
        "kun",
        "mere",
        "end",
        "flere",
        "andre",
        "ud",
        "procent",
        "omkring",
        "knap",
        "næsten",
        "siden",
        "mellem",
        "blandt",
        "under",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
LANGS = ("en", "da")


def detect_language(text: str, default: str = "en") -> str:
    """'en' or 'da' for a paragraph (`default` when nothing tells them apart)."""
    words = [w.casefold() for w in _WORD.findall(text[:20000])]
    if not words:
        return default
    en = sum(w in _EN for w in words)
    da = sum(w in _DA for w in words)
    # Words in both lists ("i", "a", "for", "under") count for both; the Danish letters settle close calls.
    da += 2 * len(_DANISH_LETTERS.findall(text[:20000]))
    if en == da:
        return default
    return "da" if da > en else "en"
