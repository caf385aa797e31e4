"""`dyadscope demo`: build a store from the bundled real data and print the article's analyses."""

from __future__ import annotations

import time

import click
from rich.markup import escape

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import print_targets, wide_console
from dyadscope.demo import build_demo_store, demo_analyses
from dyadscope.i18n import from_english, t
from dyadscope.i18n.formats import number, percent
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
    lang = settings.lang
    console.print(t("cli.demo_building", lang, db=db))

    def say(text: str) -> None:  # the import's progress lines, in the CLI's language
        console.print(f"  {escape(from_english(text, lang))}", highlight=False)

    ds, _reports = build_demo_store(db, progress=say)
    coverage = ds.coverage()
    coverage_line = t(
        "cli.demo_coverage",
        lang,
        resolved=number(coverage["both_resolved"], lang),
        events=number(coverage["events"], lang),
        share=percent(coverage["share"], lang, 2),
        seconds=number(time.perf_counter() - started, lang, 1),
    )
    console.print(f"  {coverage_line}\n")
    for analysis in demo_analyses(ds):
        if fmt == "table":
            title = from_english(analysis.title, lang)
            print_targets(analysis.result, fmt, title=title, console=console, lang=lang)
            console.print()
        else:
            print_targets(analysis.result, fmt)
    seconds = number(time.perf_counter() - started, lang, 1)
    command = "dyadscope targets ISIS --country SYR --from 2014-01-01 --to 2014-12-31 --by actor"
    console.print(t("cli.demo_done", lang, seconds=seconds, db=db, command=command))
