"""`dyadscope avoidance`: do two actors engage less (or more) than their shared presence predicts?"""

from __future__ import annotations

import json
import math

import click
from rich.markup import escape
from rich.table import Table

from dyadscope.analysis.avoidance import CELLS, DEFAULT_PERMUTATIONS, DEFAULT_SEED, PERIODS, AvoidanceResult
from dyadscope.analysis.avoidance_text import caveat_lines, summary_lines
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option, scope_options
from dyadscope.cli.render import wide_console


@click.command("avoidance")
@click.argument("actor_a")
@click.argument("actor_b")
@scope_options
@click.option("--cell", type=click.Choice(CELLS), default="priogrid", show_default=True, help="Place unit of a cell.")
@click.option(
    "--period",
    type=click.Choice(PERIODS),
    default="auto",
    show_default=True,
    help="Time unit of a cell; auto = month, or year when most of A's events are dated only to the year.",
)
@click.option(
    "--permutations",
    type=int,
    default=DEFAULT_PERMUTATIONS,
    show_default=True,
    help="Shuffles in the permutation test (the report and the web app use the same default).",
)
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Random seed (results repeat exactly).")
@click.option("--source", "sources", multiple=True, help="Only these sources (e.g. ucdp-ged); repeatable.")
@format_option
@click.pass_obj
def avoidance_command(
    settings: Settings,
    actor_a: str,
    actor_b: str,
    country: str | None,
    start: str | None,
    end: str | None,
    cell: str,
    period: str,
    permutations: int,
    seed: int,
    sources: tuple[str, ...],
    fmt: str,
) -> None:
    """Do ACTOR_A and ACTOR_B avoid each other, given where and when both are active?

    ACTOR_B may be an actor or a class set such as class:rebel or class:rebel,jihadist.

    Example: dyadscope avoidance ISIS "Government of Syria" --country SYR --from 2014-01-01 --to 2014-12-31
    """
    ds = settings.open(read_only=True)
    result = ds.avoidance(
        actor_a, actor_b, country, start, end, cell, period, permutations=permutations, seed=seed, sources=sources
    )
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, default=str))
    elif fmt == "csv":  # the exposure cells behind the numbers, one row each
        click.echo(result.cells.drop(columns=["excess"], errors="ignore").to_csv(index=False), nl=False)
    else:
        print_avoidance(result)


def _num(value: float, digits: int = 2) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:,.{digits}f}"


def print_avoidance(result: AvoidanceResult) -> None:
    """The headline numbers, the cells that contribute most, and what was left out."""
    console = wide_console()
    q = result.query
    console.print(
        f"[bold]{escape(result.actor_a)} vs {escape(result.actor_b)}[/bold]"
        + escape(
            f"{' in ' + q.country if q.country else ''}, {q.start or '…'} to {q.end or '…'}; "
            f"cells: {q.cell} x {result.period} ({result.period_reason})"
        ),
        highlight=False,
    )
    for line in summary_lines(result):
        console.print("  " + escape(line), highlight=False)
    table = Table(title="Cells contributing most (observed - expected)", title_justify="left")
    for name in (
        "cell",
        "period",
        "governorate",
        "A events",
        "A engagements",
        "B activity",
        "pool",
        "A-B obs.",
        "exp.",
    ):
        table.add_column(name, justify="left" if name in ("cell", "period", "governorate") else "right")
    for row in result.top_cells.itertuples(index=False):
        table.add_row(
            escape(str(row.space)),
            escape(str(row.period)),
            escape(str(row.admin1 or "")),
            f"{row.a_events:,}",
            f"{row.a_engagements:,}",
            f"{row.b_activity:,}",
            f"{row.pool:,}",
            f"{row.observed:,}",
            _num(row.expected, 1),
        )
    console.print(table)
    for line in caveat_lines(result):
        console.print(f"  [dim]{escape(line)}[/dim]", highlight=False)
