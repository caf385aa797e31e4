"""Printing results: Rich tables for people, CSV and JSON for programs."""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyadscope.analysis.caveats import footer_lines
from dyadscope.analysis.targeting import TargetingResult
from dyadscope.i18n import t
from dyadscope.i18n.formats import class_name, country, number, percent, reason, word

if TYPE_CHECKING:
    from dyadscope.actors.registry import Registry
    from dyadscope.store.ingest import ImportReport

PIPE_WIDTH = 130


def wide_console(stderr: bool = False) -> Console:
    """A Rich console; when the output is not a terminal, wide enough that tables do not wrap."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else PIPE_WIDTH)


def _pct(value: float, lang: str) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else percent(value, lang)


def interval(low: float, high: float, lang: str) -> str:
    """A 95% interval of shares: '12.3–45.6%' (en), '12,3–45,6 %' (da); '' when there is none."""
    if low is None or (isinstance(low, float) and math.isnan(low)):
        return ""
    return f"{number(100 * low, lang, 1)}–{percent(high, lang)}"


def targets_heading(result: TargetingResult, lang: str = "en") -> str:
    """'Whom ISIS engaged by class in SYR, 2014-01-01 to 2014-12-31', in `lang`."""
    q = result.query
    by = q.by if lang == "en" else word("cli", f"by.{q.by}", lang)  # English names the --by value itself
    return t(
        "cli.targets_title_against" if q.against else "cli.targets_title",
        lang,
        actor=result.actor.display_name(lang),
        by=by,
        where=t("common.in", lang, country=country(q.country, lang)) if q.country else "",
        window=t("common.window", lang, start=str(q.start), end=str(q.end)) if q.start or q.end else "",
    )


def print_targets(
    result: TargetingResult,
    fmt: str,
    title: str | None = None,
    console: Console | None = None,
    lang: str = "en",
    registry: Registry | None = None,
) -> None:
    """Print a targeting result as a table (with its footer, in `lang`), CSV or JSON; with `registry`, actors by their
    names in `lang`."""
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, default=str))
        return
    if fmt == "csv":
        click.echo(result.table.to_csv(index=False), nl=False)
        return
    console = console or wide_console()
    q = result.query
    n = lambda value: number(value, lang)  # noqa: E731
    table = Table(title=escape(title or targets_heading(result, lang)), title_justify="left", show_lines=False)
    table.add_column(t(f"cli.by.{q.by}", lang))
    table.add_column(t("cli.col.events", lang), justify="right")
    table.add_column(t("cli.col.share" if q.weight == "events" else "cli.col_share_deaths", lang), justify="right")
    table.add_column(t("cli.col_ci", lang), justify="right")
    table.add_column(t("cli.col_deaths", lang), justify="right")
    table.add_column(t("cli.col_coalition", lang), justify="right")
    if q.with_actor:
        table.add_column(escape(t("common.with", lang, b=q.with_actor)), justify="right")
        table.add_column(t("cli.col.share", lang), justify="right")
        table.add_column(t("cli.col_ci", lang), justify="right")
    if q.by == "class":  # class labels are words; actors go by their names in `lang` where the registry has one
        label = lambda v: class_name(str(v), lang)  # noqa: E731
    elif q.by == "actor" and registry is not None:
        label = lambda v: registry.display_label(str(v), lang)  # noqa: E731
    else:
        label = str
    for row in result.rows():  # plain values: the table is printed without building its DataFrame
        cells = [
            escape(label(row.label)),
            n(row.events),
            _pct(row.share, lang),
            interval(row.ci_low, row.ci_high, lang),
            n(row.fatalities),
            n(row.coalition_events) if row.coalition_events else "",
        ]
        if q.with_actor:
            with_ci = interval(row.with_ci_low, row.with_ci_high, lang)
            cells += [n(row.with_events), _pct(row.with_share, lang), with_ci]
        table.add_row(*cells)
    total = [
        t("cli.total_row", lang, n=n(result.total_events)),
        n(result.total_events),
        percent(1.0, lang) if result.total_events else "",
        "",
        n(result.total_fatalities),
        "",
    ]
    if q.with_actor:
        summary = result.with_summary()
        total += [
            n(summary["with_events"]),
            _pct(summary["with_share"], lang),
            interval(summary["with_ci_low"], summary["with_ci_high"], lang),
        ]
    table.add_section()
    table.add_row(*total)
    console.print(table)
    print_footer(footer_lines(result, lang), console)


def print_footer(lines: list[str], console: Console) -> None:
    """Caveats and credits under a table, dimmed and escaped (data may hold [markup])."""
    for line in lines:
        console.print(f"  [dim]{escape(line)}[/dim]", highlight=False)


def column(name: str, lang: str) -> str:
    """A table header named after a data column: the catalogue's `cli.col.<name>`, else the name itself."""
    return word("cli", f"col.{name}", lang)


def import_lines(report: ImportReport, lang: str = "en") -> list[str]:
    """What one import did, in `lang`: counts that add up, then what was kept, withdrawn or quarantined."""
    n = lambda value: number(value, lang)  # noqa: E731
    r = report
    skipped = t("cli.import_skipped", lang, n=n(r.skipped)) if r.skipped else ""
    counts = {"read": r.rows_read, "imported": r.imported, "updated": r.updated, "unchanged": r.unchanged}
    shown = {k: n(v) for k, v in counts.items()} | {"quarantined": n(r.quarantined)}
    lines = [t("cli.import_counts", lang, file=r.source_file, layout=r.layout, skipped=skipped, **shown)]
    for key, count in (
        ("import_skipped_line", r.skipped),
        ("import_kept_finer", r.kept_finer),
        ("import_kept_newer", r.kept_newer),
        ("import_withdrawn", r.withdrawn),
        ("import_restored", r.restored),
        ("import_admin1", r.admin1_derived),
    ):
        if count:
            lines.append("  " + t(f"cli.{key}", lang, n=n(count)))
    for why, count in r.quarantine_reasons.items():
        lines.append("  " + t("cli.import_quarantined", lang, n=n(count), reason=reason(why, lang)))
    if r.quarantined:
        lines.append("  " + t("cli.import_see", lang, file=r.source_file))
    return lines


def echo_csv(records: list[dict[str, object]]) -> None:
    """Print records as CSV with a header; nested values (lists, dicts) as JSON text in their cell."""
    if not records:
        return
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: json.dumps(v, default=str) if isinstance(v, list | dict) else v for k, v in record.items()})
    click.echo(out.getvalue(), nl=False)
