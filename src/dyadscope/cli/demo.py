"""`dyadscope demo`: build a store from the bundled real data and print the article's analyses."""

from __future__ import annotations

import time

import click
from rich.markup import escape

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import print_targets, wide_console
from dyadscope.demo import build_demo_store, demo_analyses
from dyadscope.store.db import default_db_path


@click.command("demo")
@format_option
@click.pass_obj
def demo(settings: Settings, fmt: str) -> None:
    """Build a store from the bundled UCDP GED files and print the analyses behind the article.

    The store is ./dyadscope.duckdb (or --db). An earlier demo store there is rebuilt; a store holding your own
    imports is never replaced: the demo refuses and says so.
    """
    console = wide_console(stderr=fmt != "table")
    db = settings.db or str(default_db_path())
    started = time.perf_counter()
    console.print(f"Building {db} from the bundled UCDP GED data (CC BY 4.0)...")
    ds, _reports = build_demo_store(db, progress=lambda msg: console.print(f"  {escape(msg)}", highlight=False))
    coverage = ds.coverage()
    console.print(
        f"  {coverage['both_resolved']:,} of {coverage['events']:,} events "
        f"({100 * coverage['share']:.2f}%) have every named side resolved to an actor class "
        f"({time.perf_counter() - started:.1f} s)\n"
    )
    for analysis in demo_analyses(ds):
        if fmt == "table":
            print_targets(analysis.result, fmt, title=analysis.title, console=console)
            console.print()
        else:
            print_targets(analysis.result, fmt)
    console.print(
        f"Done in {time.perf_counter() - started:.1f} s. The store is {db}; try "
        "`dyadscope targets ISIS --country SYR --from 2014-01-01 --to 2014-12-31 --by actor`."
    )
