"""A self-contained HTML page: the article with each claim highlighted, its verdict and evidence beside it.

Everything quoted from the article or the data is escaped; the page loads nothing from anywhere
(inline CSS, no scripts, no fonts, no images).
"""

from __future__ import annotations

import shlex
from html import escape
from typing import TYPE_CHECKING

from dyadscope.claims.quantities import describe_range

if TYPE_CHECKING:
    from dyadscope.claims import CheckReport
    from dyadscope.claims.model import Claim
    from dyadscope.claims.verify import Verdict

_CSS = """
body{font-family:Georgia,serif;margin:0;background:#f7f7f4;color:#222}
header{padding:1em 2em;background:#263238;color:#fff}header h1{margin:0;font-size:1.3em}
header p{margin:.3em 0 0;font-size:.9em;color:#cfd8dc}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5em;padding:.6em 2em;
  border-bottom:1px solid #e0e0e0}
.para{line-height:1.55}.cards{font-family:Helvetica,Arial,sans-serif;font-size:.85em}
mark{padding:0 .15em;border-radius:3px}
mark.supported{background:#c8e6c9;border-bottom:2px solid #2e7d32}
mark.contradicted{background:#ffcdd2;border-bottom:2px solid #c62828}
mark.not-checkable{background:#fff3c4;border-bottom:2px solid #f9a825}
mark.not-event-data{background:#e0e0e0;border-bottom:2px solid #757575}
.card{background:#fff;border-left:5px solid #999;margin:0 0 .7em;padding:.5em .8em;box-shadow:0 1px 2px #0002}
.card.supported{border-color:#2e7d32}.card.contradicted{border-color:#c62828}
.card.not-checkable{border-color:#f9a825}.card.not-event-data{border-color:#757575}
.verdict{font-weight:bold;text-transform:uppercase;letter-spacing:.03em}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em .6em;margin:.4em 0}
.card dt{color:#666}.card dd{margin:0}.card ul{margin:.3em 0;padding-left:1.2em;color:#555}
code{font-size:.9em}code .arg{white-space:nowrap}footer{padding:1em 2em;font-size:.8em;color:#555}
@media (max-width:760px){.row{grid-template-columns:minmax(0,1fr);padding:.6em .8em}header{padding:1em .8em}
  footer{padding:1em .8em}.card dl{grid-template-columns:minmax(0,1fr)}.card dt{margin-top:.3em}}
"""


def _cls(verdict: str) -> str:
    return verdict.replace(" ", "-")


SHARE_KINDS = ("share", "concentration", "attribute_share")


def claim_value(claim: Claim) -> str:
    """The claimed figure as read: '~ 64.0%', '> 1,000', 'in 24–99' (a vague word's range); '' for non-event numbers."""
    if claim.value is None or claim.kind == "not_event_data":
        return ""  # "17 of the 25 prisoners" is shown as written, not as a rounded ratio
    share = claim.kind in SHARE_KINDS and claim.value <= 1
    if claim.operator == "in" and claim.upper is not None:
        return f"read as {describe_range(claim.value, claim.upper, share)}"
    if share:
        return f"{claim.operator} {100 * claim.value:.1f}%"
    return f"{claim.operator} {claim.value:,.0f}"


def _figure(claim: Claim, verdict: Verdict) -> str:
    if verdict.figure is None:
        return "none"
    if verdict.ci_low is not None:
        return (
            f"{100 * verdict.figure:.1f}% ({verdict.matching_events:,} of {verdict.events:,} events); "
            f"95% CI {100 * verdict.ci_low:.1f}–{100 * verdict.ci_high:.1f}%"
        )
    if claim.kind in SHARE_KINDS:  # a share without a share: say what the data holds, not a bare count
        return f"no share computed ({verdict.events or 0:,} events of the actor in scope)"
    return f"{verdict.figure:,.0f}" + (f" (of {verdict.events:,} events in scope)" if verdict.events else "")


def _card(claim: Claim, verdict: Verdict) -> str:
    rows = [
        ("claim", f"“{claim.value_text}” {claim_value(claim)}".strip()),
        ("actor", claim.actor or "–"),
        ("counterpart", verdict.counterpart or claim.counterpart or "–"),
        ("place", " / ".join(p for p in (claim.place, claim.country) if p) or "–"),
        (
            "window",
            f"{claim.start} – {claim.end}" + (f" (“{claim.window_text}”)" if claim.window_text else "")
            if claim.start
            else "–",
        ),
        ("measure", claim.measure or "–"),
        ("data", _figure(claim, verdict)),
        ("tolerance", verdict.tolerance or "–"),
        ("sources", ", ".join(verdict.sources) or "–"),
    ]
    if verdict.indicative:
        i = verdict.indicative
        text = f"{i['window']}: {i['events']:,} events"
        if "share" in i:
            text += f", {100 * i['share']:.1f}% (95% CI {100 * i['ci_low']:.1f}–{100 * i['ci_high']:.1f}%)"
        rows.append(("nearest year", text + " — context, not a verdict"))
    if verdict.query:  # one unbreakable span per option, so a copied query never breaks inside a date
        rows.append(("query", f"<code>{_query_spans(verdict.query)}</code>"))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v if k == 'query' else escape(str(v))}</dd>" for k, v in rows)
    notes = "".join(f"<li>{escape(n)}</li>" for n in [*claim.notes, *verdict.caveats])
    return (
        f'<div class="card {_cls(verdict.verdict)}" id="card-{escape(claim.id)}">'
        f'<div><a href="#{escape(claim.id)}">{escape(claim.id)}</a> '
        f'<span class="verdict">{escape(verdict.verdict)}</span> — {escape(verdict.reason)}</div>'
        f"<dl>{body}</dl>" + (f"<ul>{notes}</ul>" if notes else "") + "</div>"
    )


def _query_spans(query: str) -> str:
    words = [shlex.quote(w) for w in shlex.split(query)]
    groups, i = [], 0
    while i < len(words):
        take = 2 if words[i].startswith("--") and i + 1 < len(words) else 1
        groups.append(" ".join(words[i : i + take]))
        i += take
    return " ".join(f'<span class="arg">{escape(g)}</span>' for g in groups)


def _highlight(text: str, offset: int, marks: list[tuple[int, int, Claim, Verdict]]) -> str:
    out, position = [], 0
    for start, end, claim, verdict in marks:
        s, e = start - offset, end - offset
        if s < position:
            continue  # overlapping claims: the first keeps the highlight, the card still shows
        out.append(escape(text[position:s]))
        out.append(
            f'<mark class="{_cls(verdict.verdict)}" id="{escape(claim.id)}" title="{escape(verdict.verdict)}">'
            f"{escape(text[s:e])}<sup>{escape(claim.id)}</sup></mark>"
        )
        position = e
    out.append(escape(text[position:]))
    return "".join(out)


def render_html(report: CheckReport, credits: list[str]) -> str:
    """The whole page as a string."""
    article = report.article
    pairs = list(zip(report.claims, report.verdicts, strict=True))
    placed: set[str] = set()
    rows = []
    for paragraph in article.paragraphs:
        inside = sorted(
            (
                (c.span[0], c.span[1], c, v)
                for c, v in pairs
                if c.span and paragraph.start <= c.span[0] < c.span[1] <= paragraph.end
            ),
            key=lambda m: m[0],
        )
        placed.update(c.id for _, _, c, _ in inside)
        text = article.paragraph_text(paragraph)
        cards = "".join(_card(c, v) for _, _, c, v in inside)
        rows.append(
            f'<div class="row"><div class="para" lang="{escape(paragraph.lang)}">'
            f'{_highlight(text, paragraph.start, inside)}</div><div class="cards">{cards}</div></div>'
        )
    loose = [(c, v) for c, v in pairs if c.id not in placed]
    if loose:
        cards = "".join(f"<p>{escape(c.sentence)}</p>{_card(c, v)}" for c, v in loose)
        rows.append(
            f'<div class="row"><div class="para"><h2>Claims not located in the text</h2></div>'
            f'<div class="cards">{cards}</div></div>'
        )
    counts: dict[str, int] = {}
    for v in report.verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no claims found"
    footer = "".join(f"<p>Source: {escape(c)}</p>" for c in credits)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Claims in {escape(article.source)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Claims in {escape(article.source)}</h1><p>{escape(summary)}. As of "
        f"{escape(str(report.as_of or 'unknown'))}: {escape(report.as_of_basis)}. Method: docs/claims.md in dyadscope."
        f"</p></header><main>{''.join(rows)}</main><footer>{footer}"
        "<p>Made by dyadscope check. Verdicts test the claim against the data named above, with the stated "
        "tolerance and caveats; 'not checkable' means the data cannot answer, not that the claim is wrong.</p>"
        "</footer></body></html>"
    )
