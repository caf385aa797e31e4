"""`dyadscope check`: the quantitative claims in an article, each with a verdict and its evidence."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from dyadscope.claims import check_article, dump_claims
from dyadscope.claims.extract import MAX_CLAIMS, MAX_SECONDS
from dyadscope.claims.html import claim_value, page_lang, proxy_label, proxy_summary, render_html, side_names
from dyadscope.claims.reading import MAX_BYTES
from dyadscope.claims.wording import kind_word, note_text, say, shown, verdict_text
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv, interval, wide_console
from dyadscope.i18n import t
from dyadscope.i18n.formats import number, percent
from dyadscope.sources import CREDITS

_STYLE = {
    "supported": "green",
    "contradicted": "red",
    "not checkable": "yellow",
    "not event data": "dim",
    "depends on definition": "magenta",
}


def _pct_or_count(kind: str, value: float | None, lang: str = "en") -> str:
    if value is None or value != value:  # NaN
        return ""
    share = kind in ("share", "concentration", "attribute_share") and value <= 1
    return percent(value, lang) if share else number(value, lang)


@click.command("check")
@click.argument("article", type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "da"]),
    default="auto",
    show_default=True,
    help="Language of the text; auto decides per paragraph.",
)
@click.option("--as-of", "as_of", metavar="DATE", help="The article's date (YYYY-MM-DD) for 'this year', 'i år' ...")
@click.option(
    "--html", "html_out", type=click.Path(dir_okay=False, path_type=str), help="Write a self-contained HTML page."
)
@format_option
@click.option("--claims-out", type=click.Path(dir_okay=False, path_type=str), help="Write the claims as editable YAML.")
@click.option(
    "--claims",
    "claims_file",
    type=click.Path(exists=True, dir_okay=False, path_type=str),
    help="Check these (edited) claims instead of the ones found in the text.",
)
@click.option("--max-mb", type=float, default=MAX_BYTES / 1e6, show_default=True, help="Largest article accepted.")
@click.pass_obj
def check_command(
    settings: Settings,
    article: str,
    lang: str,
    as_of: str | None,
    html_out: str | None,
    fmt: str,
    claims_out: str | None,
    claims_file: str | None,
    max_mb: float,
) -> None:
    """Find the quantitative claims in ARTICLE (text, Markdown or HTML; English or Danish) and check them.

    Example: dyadscope check article.txt --html out.html
    """
    ds = settings.open(read_only=True)
    report = check_article(ds, article, lang=lang, as_of=as_of, claims_file=claims_file, max_bytes=int(max_mb * 1e6))
    if claims_out:
        dump_claims(report.claims, claims_out)
    if html_out:  # polish: the page in --lang da when asked, else in the article's language
        page = render_html(report, [CREDITS.get(s, s) for s in _sources(report)], _page_lang(settings), ds.registry)
        Path(html_out).write_text(page, encoding="utf-8")
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        echo_csv([_csv_row(c, v) for c, v in zip(report.claims, report.verdicts, strict=True)])
        return
    console, frame = wide_console(), settings.lang  # the table's frame in --lang
    title = t("claims_html.title", frame, source=report.article.source)
    table = Table(title=escape(title), title_justify="left", show_lines=True)
    for name, justify in (
        ("#", "left"),
        ("claims_html.claim", "left"),
        ("cli.col_structured", "left"),
        ("cli.col_verdict", "left"),
        ("claims_html.data", "right"),
        ("cli.col_ci", "right"),
        ("n", "right"),
        ("cli.col_why", "left"),
    ):
        table.add_column(t(name, frame) if "." in name else name, justify=justify)  # type: ignore[arg-type]
    lang = frame if frame != "en" else page_lang(report)  # verdicts: --lang da, else the article's language
    n = lambda value: number(value, frame)  # noqa: E731
    for claim, verdict in zip(report.claims, report.verdicts, strict=True):
        # polish: under --lang da the kind, the actor and the counterpart in Danish (the registry's names)
        actor, counterpart = side_names(claim, verdict, frame, ds.registry) if frame != "en" else _as_written(claim)
        structured = " ".join(
            part
            for part in (
                kind_word(claim.kind, frame) if frame != "en" else claim.kind,
                f"{actor or '?'} → {counterpart}" if counterpart else actor,
                t("common.in", frame, country=claim.place).strip() if claim.place else "",
                f"{claim.start}..{claim.end}" if claim.start else "",
                claim_value(claim, frame),
            )
            if part
        )
        ci = interval(verdict.ci_low, verdict.ci_high, frame) if verdict.ci_low is not None else ""
        # the verdict and its reason in `lang` (the article's, as the --html page, unless --lang da asked)
        word = f"[{_STYLE.get(verdict.verdict, '')}]{escape(str(shown(say(verdict.verdict), lang)))}[/]"
        why, i = str(verdict_text(verdict, "reason", lang)), verdict.indicative
        if i and "text" in i:  # a verdict on the nearest covered year, marked as such
            why += f"; {verdict_text(verdict, 'indicative_text', lang)}"
            word += f"\n[{_STYLE.get(str(i['verdict']), '')}]{escape(proxy_label(verdict, lang))}[/]"
        elif i and "share" in i:
            share = f"{percent(i['share'], frame)} ({n(i['matching_events'])}/{n(i['events'])})"
            why += f"; {i['window']}: {share}, {verdict_text(verdict, 'indicative_note', lang)}"
        elif i:
            events = f"{n(i['events'])} {t('common.events', lang)}"
            why += f"; {i['window']}: {events}, {verdict_text(verdict, 'indicative_note', lang)}"
        # a window the data does not cover has no figure of its own: its 0 would read as "no events"
        figure = None if i else verdict.figure
        table.add_row(  # every value from the article or the data is escaped: "[/data]" is text, not markup
            escape(claim.id),
            escape(claim.value_text),
            escape(structured),
            word,
            _pct_or_count(claim.kind if verdict.ci_low is not None else "count", figure, frame),
            ci,
            "" if verdict.events is None or i else n(verdict.events),
            escape(why),
        )
    console.print(table)
    basis = note_text(report.as_of_basis, frame, ds.registry)[0]
    as_of = t("claims_html.as_of", frame, date=report.as_of or t("claims_html.unknown", frame), basis=basis)
    console.print(f"  [dim]{escape(as_of)}[/dim]", highlight=False)
    proxies = proxy_summary(report, frame)
    if proxies:  # "not checkable" claims judged on the nearest year the data covers, counted apart
        console.print(f"  {escape(proxies[:1].upper() + proxies[1:])}", highlight=False)
    if report.truncated:
        stopped = t("cli.check_truncated", frame, claims=MAX_CLAIMS, seconds=f"{MAX_SECONDS:.0f}")
        console.print(f"  [yellow]{escape(stopped)}[/]", highlight=False)
    console.print(f"  [dim]{escape(t('cli.check_more', frame))}[/dim]", highlight=False)
    for source in _sources(report):
        credit = t("common.source_credit", frame, credit=CREDITS.get(source, source))
        console.print(f"  [dim]{escape(credit)}[/dim]", highlight=False)


def _page_lang(settings: Settings) -> str | None:
    """The --html page's language: the global --lang when it is not English, else None (the article's language)."""
    return settings.lang if settings.lang != "en" else None


def _as_written(claim: object) -> tuple[str, str]:
    """The claim's actor and counterpart as the English table shows them: as the claim holds them."""
    return claim.actor or "", claim.counterpart or ""  # type: ignore[attr-defined]


def _csv_row(claim: object, verdict: object) -> dict[str, object]:
    """One claim and its verdict as a flat CSV row."""
    return {
        "id": claim.id,  # type: ignore[attr-defined]
        "claim": claim.value_text,  # type: ignore[attr-defined]
        "sentence": claim.sentence,  # type: ignore[attr-defined]
        **{k: v for k, v in verdict.to_dict().items() if k not in ("claim_id", "da")},  # type: ignore[attr-defined]
    }


def _sources(report: object) -> list[str]:
    return sorted({s for v in report.verdicts for s in v.sources})  # type: ignore[attr-defined]
