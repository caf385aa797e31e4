"""Printing results: Rich tables for people, CSV and JSON for programs."""

from __future__ import annotations

import csv
import io
import json
import math
import sys

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyadscope.analysis.caveats import footer_lines
from dyadscope.analysis.targeting import TargetingResult

PIPE_WIDTH = 130


def wide_console(stderr: bool = False) -> Console:
    """A Rich console; when the output is not a terminal, wide enough that tables do not wrap."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else PIPE_WIDTH)


def _pct(value: float) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{100 * value:.1f}%"


def _interval(low: float, high: float) -> str:
    if low is None or (isinstance(low, float) and math.isnan(low)):
        return ""
    return f"{100 * low:.1f}–{100 * high:.1f}%"


def print_targets(result: TargetingResult, fmt: str, title: str | None = None, console: Console | None = None) -> None:
    """Print a targeting result as a table (with its footer), CSV or JSON."""
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, default=str))
        return
    if fmt == "csv":
        click.echo(result.table.to_csv(index=False), nl=False)
        return
    console = console or wide_console()
    q = result.query
    heading = title or (
        f"{'Who engaged' if q.against else 'Whom'} {result.actor.name}"
        f"{' engaged' if not q.against else ''} by {q.by}"
        f"{' in ' + q.country if q.country else ''}"
        f"{', ' + str(q.start) + ' to ' + str(q.end) if q.start or q.end else ''}"
    )
    table = Table(title=escape(heading), title_justify="left", show_lines=False)
    table.add_column(q.by if q.by != "class" else "counterpart class")
    table.add_column("events", justify="right")
    table.add_column("share" if q.weight == "events" else "share of deaths", justify="right")
    table.add_column("95% CI", justify="right")
    table.add_column("deaths", justify="right")
    table.add_column("coalition", justify="right")
    if q.with_actor:
        table.add_column(escape(f"with {q.with_actor}"), justify="right")
        table.add_column("share", justify="right")
        table.add_column("95% CI", justify="right")
    for row in result.table.itertuples(index=False):
        cells = [
            escape(str(row.label)),
            f"{row.events:,}",
            _pct(row.share),
            _interval(row.ci_low, row.ci_high),
            f"{row.fatalities:,}",
            f"{row.coalition_events:,}" if row.coalition_events else "",
        ]
        if q.with_actor:
            cells += [f"{row.with_events:,}", _pct(row.with_share), _interval(row.with_ci_low, row.with_ci_high)]
        table.add_row(*cells)
    total = [
        f"total ({result.total_events:,} events)",
        f"{result.total_events:,}",
        "100.0%" if result.total_events else "",
        "",
        f"{result.total_fatalities:,}",
        "",
    ]
    if q.with_actor:
        summary = result.with_summary()
        total += [
            f"{summary['with_events']:,}",
            _pct(summary["with_share"]),
            _interval(summary["with_ci_low"], summary["with_ci_high"]),
        ]
    table.add_section()
    table.add_row(*total)
    console.print(table)
    for line in footer_lines(result):
        console.print(f"  [dim]{escape(line)}[/dim]", highlight=False)


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
