"""`dyadscope avoidance`: do two actors engage less (or more) than their shared presence predicts?"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

import click
from rich.markup import escape
from rich.table import Table

from dyadscope.analysis.avoidance import CELLS, DEFAULT_PERMUTATIONS, DEFAULT_SEED, PERIODS, AvoidanceResult
from dyadscope.analysis.avoidance_text import caveat_lines, summary_lines
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option, scope_options
from dyadscope.cli.render import print_footer, wide_console
from dyadscope.i18n import t
from dyadscope.i18n.formats import country, number

if TYPE_CHECKING:
    from dyadscope.actors.registry import Registry


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
        print_avoidance(result, settings.lang, ds.registry)


def _num(value: float, lang: str, digits: int = 2) -> str:
    missing = value is None or math.isnan(value)
    return t("common.not_available", lang) if missing else number(value, lang, digits)


_COLUMNS = ("cell", "period", "governorate", "a_events", "a_engagements", "b_activity", "pool", "obs", "exp")


def print_avoidance(result: AvoidanceResult, lang: str = "en", registry: Registry | None = None) -> None:
    """The headline numbers, the cells that contribute most, and what was left out, in `lang` (with `registry`, the
    actors by their names in `lang`)."""
    console = wide_console()
    q = result.query
    period, reason = result.period_text(lang)
    scope = t(
        "cli.avoidance_scope",
        lang,
        where=t("common.in", lang, country=country(q.country, lang)) if q.country else "",
        start=q.start or "…",
        end=q.end or "…",
        cell=q.cell,
        period=period,
        reason=reason,
    )
    a, b = (registry.display_label(name, lang) if registry else name for name in (result.actor_a, result.actor_b))
    title = t("cli.avoidance_title", lang, a=escape(a), b=escape(b))
    console.print(f"[bold]{title}[/bold]" + escape(scope), highlight=False)
    for line in summary_lines(result, lang):
        console.print("  " + escape(line), highlight=False)
    table = Table(title=t("cli.top_cells", lang), title_justify="left")
    for name in _COLUMNS:
        table.add_column(t(f"cli.col_{name}", lang), justify="left" if name in _COLUMNS[:3] else "right")
    n = lambda value: number(value, lang)  # noqa: E731
    for row in result.top_cells.itertuples(index=False):
        table.add_row(
            escape(str(row.space)),
            escape(str(row.period)),
            escape(str(row.admin1 or "")),
            n(row.a_events),
            n(row.a_engagements),
            n(row.b_activity),
            n(row.pool),
            n(row.observed),
            _num(row.expected, lang, 1),
        )
    console.print(table)
    print_footer(caveat_lines(result, lang), console)
