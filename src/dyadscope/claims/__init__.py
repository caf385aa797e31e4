"""Checking the numbers in an article: read, find claims, verify them against the store.

>>> report = check_article(ds, "article.txt")  # doctest: +SKIP
>>> [(v.claim_id, v.verdict) for v in report.verdicts]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from dyadscope.api import Dyadscope, as_date
from dyadscope.claims.context import apply_context, article_context
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.language import LANGS
from dyadscope.claims.model import Claim, dump_claims, load_claims
from dyadscope.claims.reading import MAX_BYTES, Article, Paragraph, parse_article, read_article
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict, verify_claims
from dyadscope.claims.wording import note
from dyadscope.errors import QueryError
from dyadscope.i18n import msg

__all__ = [
    "CheckReport",
    "Claim",
    "Verdict",
    "check_article",
    "check_text",
    "dump_claims",
    "load_claims",
    "parse_article",
]


@dataclass
class CheckReport:
    """An article, its claims and their verdicts."""

    article: Article
    claims: list[Claim]
    verdicts: list[Verdict]
    as_of: dt.date | None
    as_of_basis: str
    truncated: bool = False  # more claims than MAX_CLAIMS: the rest of the text was not read

    def by_paragraph(self) -> tuple[list[tuple[Paragraph, list[tuple[Claim, Verdict]]]], list[tuple[Claim, Verdict]]]:
        """Each paragraph with the claims found inside it (in text order), and the claims placed in none.

        The check page (claims/html.py) and the web app's check page lay the article out from this.
        """
        pairs = list(zip(self.claims, self.verdicts, strict=True))
        rows, placed = [], set()
        for paragraph in self.article.paragraphs:
            inside = sorted(
                (p for p in pairs if p[0].span and paragraph.start <= p[0].span[0] < p[0].span[1] <= paragraph.end),
                key=lambda p: p[0].span[0],
            )
            placed.update(c.id for c, _ in inside)
            rows.append((paragraph, inside))
        return rows, [(c, v) for c, v in pairs if c.id not in placed]

    def segments(
        self, paragraph: Paragraph, inside: list[tuple[Claim, Verdict]]
    ) -> list[tuple[str, tuple[Claim, Verdict] | None]]:
        """A paragraph's text cut into pieces: a claim's span (with its claim and verdict) or the text between."""
        pieces: list[tuple[str, tuple[Claim, Verdict] | None]] = []
        position = paragraph.start
        for claim, verdict in inside:
            start, end = claim.span
            if start < position:
                continue  # overlapping claims: the first keeps the highlight; the card still shows
            pieces += [(self.article.text[position:start], None), (self.article.text[start:end], (claim, verdict))]
            position = end
        pieces.append((self.article.text[position : paragraph.end], None))
        return pieces

    def verdict_counts(self) -> dict[str, int]:
        """How many claims got each verdict: `{"not checkable": 12, "not event data": 11}`."""
        counts: dict[str, int] = {}
        for v in self.verdicts:
            counts[v.verdict] = counts.get(v.verdict, 0) + 1
        return counts

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form: claims with their verdicts side by side."""
        proxies: dict[str, int] = {}  # not-checkable claims judged on the nearest year the data covers
        for v in self.verdicts:
            if v.indicative and "verdict" in v.indicative:
                proxies[str(v.indicative["verdict"])] = proxies.get(str(v.indicative["verdict"]), 0) + 1
        return {
            "article": self.article.source,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "as_of_basis": self.as_of_basis,
            "languages": sorted({p.lang for p in self.article.paragraphs}),
            "summary": self.verdict_counts(),
            "on_proxy": proxies,
            "truncated": self.truncated,
            "claims": [
                {**c.to_dict(), "verdict": v.to_dict()} for c, v in zip(self.claims, self.verdicts, strict=True)
            ],
        }


def check_article(
    ds: Dyadscope,
    path: str | Path,
    lang: str = "auto",
    as_of: str | dt.date | None = None,
    claims_file: str | Path | None = None,
    max_bytes: int = MAX_BYTES,
) -> CheckReport:
    """Read an article, find its claims (or take edited ones from `claims_file`) and verify each."""
    if lang != "auto" and lang not in LANGS:
        raise QueryError(msg("errors.lang_or_auto", option="--lang", value=repr(lang)))
    as_of = as_date(as_of, "--as-of")
    article = read_article(path, max_bytes=max_bytes)
    lexicon = Lexicon(ds.registry)
    return check_text(ds, article, lexicon, lang, as_of, claims_file)


def check_text(
    ds: Dyadscope,
    article: Article,
    lexicon: Lexicon,
    lang: str = "auto",
    as_of: dt.date | None = None,
    claims_file: str | Path | None = None,
) -> CheckReport:
    """Find and verify the claims of an article already read, completing each from the article (claims/context.py):
    its own date anchors relative times, its headline and lead give a missing actor or country."""
    published = as_of is None and article.published is not None
    extraction = extract_claims(article, lexicon, lang=lang, as_of=as_of or article.published)
    basis = extraction.as_of_basis
    if published:  # an article's own date (the page's, or its date line) beats the latest date it mentions
        key = "note_dateline" if article.dated_by == "dateline" else "note_published"
        basis = note(key, date=article.published.isoformat())  # type: ignore[union-attr]
    context = article_context(article, lexicon)
    apply_context(extraction.claims, replace(context, date=context.date if published else None))
    claims = load_claims(claims_file) if claims_file else extraction.claims
    verdicts = verify_claims(ds, lexicon, claims)
    return CheckReport(article, claims, verdicts, extraction.as_of, basis, extraction.truncated)
