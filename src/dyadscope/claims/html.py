"""A self-contained HTML page: the article with each claim highlighted, its verdict and evidence beside it.

Everything quoted from the article or the data is escaped; the page loads nothing from anywhere
(inline CSS, no scripts, no fonts, no images).
"""

from __future__ import annotations

import shlex
from html import escape
from typing import TYPE_CHECKING

from dyadscope.claims.wording import Range, kind_word, measure_word, note_text, say, shown, verdict_text
from dyadscope.i18n import t
from dyadscope.i18n.formats import country, number, percent

if TYPE_CHECKING:
    from dyadscope.actors.registry import Registry
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
mark.depends-on-definition{background:#e1d5f0;border-bottom:2px solid #6a1b9a}
.card{background:#fff;border-left:5px solid #999;margin:0 0 .7em;padding:.5em .8em;box-shadow:0 1px 2px #0002}
.card.supported{border-color:#2e7d32}.card.contradicted{border-color:#c62828}
.card.not-checkable{border-color:#f9a825}.card.not-event-data{border-color:#757575}
.card.depends-on-definition{border-color:#6a1b9a}
.verdict{font-weight:bold;text-transform:uppercase;letter-spacing:.03em}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em .6em;margin:.4em 0}
.card dt{color:#666}.card dd{margin:0}.card ul{margin:.3em 0;padding-left:1.2em;color:#555}
code{font-size:.9em}code .arg{white-space:nowrap}footer{padding:1em 2em;font-size:.8em;color:#555}
@media (max-width:760px){.row{grid-template-columns:minmax(0,1fr);padding:.6em .8em}header{padding:1em .8em}
  footer{padding:1em .8em}.card dl{grid-template-columns:minmax(0,1fr)}.card dt{margin-top:.3em}}
"""


def _t(key: str, lang: str, **values: object) -> str:
    """The page's own words (the catalogue's `claims_html.*`); verdict texts come from claims.wording."""
    return t(f"claims_html.{key}", lang, **values)


def page_lang(report: CheckReport) -> str:
    """'da' when most of the article's text is Danish, else 'en'."""
    size = {"da": 0, "en": 0}
    for p in report.article.paragraphs:
        size["da" if p.lang == "da" else "en"] += p.end - p.start
    return "da" if size["da"] > size["en"] else "en"


def _cls(verdict: str) -> str:
    return verdict.replace(" ", "-")


SHARE_KINDS = ("share", "concentration", "attribute_share")


def claim_value(claim: Claim, lang: str = "en") -> str:
    """The claimed figure as read: '~ 64.0%', '> 1,000', 'in 24–99' (a vague word's range); '' for non-event numbers."""
    if claim.value is None or claim.kind == "not_event_data":
        return ""  # "17 of the 25 prisoners" is shown as written, not as a rounded ratio
    share = claim.kind in SHARE_KINDS and claim.value <= 1
    if claim.operator == "in" and claim.upper is not None:
        return _t("read_as", lang, range=shown(Range(claim.value, claim.upper, share), lang))
    if share:
        return f"{claim.operator} {percent(claim.value, lang)}"
    return f"{claim.operator} {number(claim.value, lang)}"


def place_text(claim: Claim, lang: str) -> str:
    """'Raqqa / Syrien': the place as written and the country's name in `lang`."""
    land = country(claim.country, lang) if claim.country else None
    return " / ".join(p for p in (claim.place, land) if p) or "–"


def side_names(claim: Claim, verdict: Verdict, lang: str, registry: Registry | None = None) -> tuple[str, str]:
    """The claim's actor and counterpart as `lang` names them: as the verdict resolved them (the registry's Danish
    names, a group's Danish label), else the claim's own words through Registry.display_label; '' for none."""

    def named(field: str, written: str | None) -> str:
        resolved = verdict_text(verdict, field, lang)
        if resolved:
            return str(resolved)
        return registry.display_label(written, lang) if written and registry is not None else written or ""

    return named("actor", claim.actor), named("counterpart", claim.counterpart)


def measure_text(claim: Claim, lang: str) -> str:
    """What the figure measures in `lang` ('luftangreb'); a word with no translation, quoted as the article wrote it
    ('“troops”'), so that a Danish page's “men” does not read as Danish 'men' (but)."""
    if not claim.measure:
        return "–"
    shown = measure_word(claim.measure, lang)
    return f"“{shown}”" if shown == claim.measure and claim.lang != lang else shown


def figure_text(claim: Claim, verdict: Verdict, lang: str) -> str:
    """What the data holds for the claim, as its card's 'data' row says it (the --html page and the web app)."""
    if verdict.indicative:
        return _t("uncovered", lang)
    if verdict.figure is None:
        return _t("none", lang)
    if verdict.ci_low is not None:
        return _t(
            "share_figure",
            lang,
            share=percent(verdict.figure, lang),
            k=number(verdict.matching_events or 0, lang),
            n=number(verdict.events or 0, lang),
            low=number(100 * verdict.ci_low, lang, 1),
            high=percent(verdict.ci_high or 0, lang),
        )
    if claim.kind in SHARE_KINDS:  # a share without a share: say what the data holds, not a bare count
        return _t("no_share", lang, n=number(verdict.events or 0, lang))
    count = number(verdict.figure, lang)
    return count + (_t("of_events", lang, n=number(verdict.events, lang)) if verdict.events else "")


def _card(claim: Claim, verdict: Verdict, lang: str, registry: Registry | None = None) -> str:
    actor, counterpart = side_names(claim, verdict, lang, registry)
    rows = [
        ("claim", f"“{claim.value_text}” {claim_value(claim, lang)}".strip()),
        ("kind", kind_word(claim.kind, lang)),
        ("actor", actor or "–"),
        ("counterpart", counterpart or "–"),
        ("place", place_text(claim, lang)),
        (
            "window",
            f"{claim.start} – {claim.end}" + (f" (“{claim.window_text}”)" if claim.window_text else "")
            if claim.start
            else "–",
        ),
        ("measure", measure_text(claim, lang)),
        ("data", figure_text(claim, verdict, lang)),
        ("tolerance", verdict_text(verdict, "tolerance", lang) or "–"),
        ("sources", ", ".join(verdict.sources) or "–"),
    ]
    if verdict.indicative:
        i = verdict.indicative
        text = _t("nearest", lang, window=i["window"], n=number(int(i["events"]), lang))  # type: ignore[call-overload]
        if "share" in i:
            low, high = number(100 * float(i["ci_low"]), lang, 1), percent(float(i["ci_high"]), lang)  # type: ignore[arg-type]
            text += _t("nearest_share", lang, share=percent(float(i["share"]), lang), low=low, high=high)  # type: ignore[arg-type]
        if "text" in i:  # a verdict on the proxy, labelled as such by its own sentence
            text = str(verdict_text(verdict, "indicative_text", lang))
        else:  # the note says why the year is context only (a town, a window too small a part of the year)
            text += f" — {verdict_text(verdict, 'indicative_note', lang)}"
        rows.append(("nearest year", text))
        if i.get("query"):
            rows.append(("proxy query", f"<code>{_query_spans(str(i['query']))}</code>"))
    if verdict.query:  # one unbreakable span per option, so a copied query never breaks inside a date
        rows.append(("query", f"<code>{_query_spans(verdict.query)}</code>"))
    # Each other definition that decides the claim the other way, with the command that prints its figure.
    rows += [
        ("other query", f"<code>{_query_spans(str(a['query']))}</code>") for a in verdict.alternatives if a.get("query")
    ]
    body = "".join(
        f"<dt>{escape(_t(k, lang))}</dt><dd>{v if k.endswith('query') else escape(str(v))}</dd>" for k, v in rows
    )
    caveats = verdict_text(verdict, "caveats", lang)
    assert isinstance(caveats, list)
    notes = "".join(_note(*note_text(n, lang, registry), lang) for n in claim.notes)
    notes += "".join(f"<li>{escape(n)}</li>" for n in caveats)
    word = str(shown(say(verdict.verdict), lang))
    reason = str(verdict_text(verdict, "reason", lang))
    proxy = proxy_label(verdict, lang)
    return (
        f'<div class="card {_cls(verdict.verdict)}" id="card-{escape(claim.id)}">'
        f'<div><a href="#{escape(claim.id)}">{escape(claim.id)}</a> '
        f'<span class="verdict">{escape(word)}</span> — {escape(reason)}'
        + (f'<br><span class="verdict">{escape(proxy)}</span>' if proxy else "")
        + f"</div><dl>{body}</dl>"
        + (f"<ul>{notes}</ul>" if notes else "")
        + "</div>"
    )


def proxy_label(verdict: Verdict, lang: str) -> str:
    """'contradicted on the proxy (the nearest year)', or '' when the nearest year gave no verdict."""
    word = (verdict.indicative or {}).get("verdict")
    return _t("on_proxy", lang, verdict=shown(say(str(word)), lang)) if word else ""


def _note(text: str, its_lang: str, lang: str) -> str:
    """A reading note; one no template translates keeps its English, marked as such."""
    return f"<li>{escape(text)}</li>" if its_lang == lang else f'<li lang="{its_lang}">{escape(text)}</li>'


def _query_spans(query: str) -> str:
    words = [shlex.quote(w) for w in shlex.split(query)]
    groups, i = [], 0
    while i < len(words):
        take = 2 if words[i].startswith("--") and i + 1 < len(words) else 1
        groups.append(" ".join(words[i : i + take]))
        i += take
    return " ".join(f'<span class="arg">{escape(g)}</span>' for g in groups)


def _highlight(pieces: list[tuple[str, tuple[Claim, Verdict] | None]], lang: str) -> str:
    out = []
    for text, mark in pieces:
        if mark is None:
            out.append(escape(text))
            continue
        claim, verdict = mark
        word = shown(say(verdict.verdict), lang)
        out.append(
            f'<mark class="{_cls(verdict.verdict)}" id="{escape(claim.id)}" title="{escape(word)}">'
            f"{escape(text)}<sup>{escape(claim.id)}</sup></mark>"
        )
    return "".join(out)


def verdict_tally(report: CheckReport, lang: str) -> str:
    """'12 not checkable, 11 not event data' ('12 ikke efterprøvelige, ...'): the verdicts counted, as the check
    page and the web app show them (ordered by the verdict's word in `lang`)."""
    ordered = sorted(report.verdict_counts().items(), key=lambda item: shown(say(item[0]), lang))
    return ", ".join(_t(f"tally.{verdict}", lang, n=number(n, lang)) for verdict, n in ordered)


def proxy_summary(report: CheckReport, lang: str) -> str:
    """'on the nearest year: 2 contradicted, 2 supported': the not-checkable claims judged on a proxy, or ''."""
    proxies: dict[str, int] = {}
    for v in report.verdicts:
        if (v.indicative or {}).get("verdict"):
            word = shown(say(str(v.indicative["verdict"])), lang)  # type: ignore[index]
            proxies[word] = proxies.get(word, 0) + 1
    counts = ", ".join(f"{n} {k}" for k, n in sorted(proxies.items()))
    return _t("proxies", lang, counts=counts) if proxies else ""


def render_html(
    report: CheckReport, credits: list[str], lang: str | None = None, registry: Registry | None = None
) -> str:
    """The whole page as a string, in `lang` (default: the article's language, see page_lang); with the `registry`,
    actors the verdicts did not resolve still appear by their names in `lang`."""
    lang = lang or page_lang(report)
    paragraphs, loose = report.by_paragraph()
    rows = []
    for paragraph, inside in paragraphs:
        cards = "".join(_card(c, v, lang, registry) for c, v in inside)
        rows.append(
            f'<div class="row"><div class="para" lang="{escape(paragraph.lang)}">'
            f'{_highlight(report.segments(paragraph, inside), lang)}</div><div class="cards">{cards}</div></div>'
        )
    if loose:
        cards = "".join(f"<p>{escape(c.sentence)}</p>{_card(c, v, lang, registry)}" for c, v in loose)
        rows.append(
            f'<div class="row"><div class="para"><h2>{_t("not_located", lang)}</h2></div>'
            f'<div class="cards">{cards}</div></div>'
        )
    summary = verdict_tally(report, lang) or _t("no_claims", lang)
    proxies = proxy_summary(report, lang)
    summary += f" ({proxies})" if proxies else ""
    footer = "".join(f"<p>{escape(t('common.source_credit', lang, credit=c))}</p>" for c in credits)
    title = escape(_t("title", lang, source=report.article.source))
    as_of = _t("as_of", lang, date=report.as_of or _t("unknown", lang), basis=note_text(report.as_of_basis, lang)[0])
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{title}</h1><p>{escape(summary)}. {escape(as_of)} {_t('method', lang)}"
        f"</p></header><main>{''.join(rows)}</main><footer>{footer}"
        f"<p>{_t('made_by', lang)}</p></footer></body></html>"  # our own words, as written
    )
