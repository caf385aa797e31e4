"""`dyadscope link`: find records of the same real event in different sources and store the links."""

from __future__ import annotations

import json

import click

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv
from dyadscope.i18n import t
from dyadscope.i18n.formats import number


@click.command("link")
@format_option
@click.pass_obj
def link_command(settings: Settings, fmt: str) -> None:
    """Link records of one real event across datasets (rules and thresholds: docs/linking.md).

    Then `dyadscope targets ACTOR --dedupe` counts each linked event once.
    """
    report = settings.open().link()
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
        return
    if fmt == "csv":
        echo_csv([report.as_dict()])
        return
    lang, n = settings.lang, lambda value: number(value, settings.lang)
    run = t(
        "cli.link_run",
        lang,
        run=report.link_run,
        records=n(report.records),
        candidates=n(report.candidates),
        links=n(report.links),
        clusters=n(report.clusters),
    )
    click.echo(run)
    for pair, count in sorted(report.by_pair.items()):
        click.echo(f"  {pair}: {n(count)}")
    for reason, count in sorted(report.rejected.items()):
        click.echo("  " + t("cli.link_rejected", lang, reason=reason, n=n(count)))
