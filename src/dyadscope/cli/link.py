"""`dyadscope link`: find records of the same real event in different sources and store the links."""

from __future__ import annotations

import json

import click

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv


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
    click.echo(
        f"link run {report.link_run}: {report.records:,} records, {report.candidates:,} candidate pairs "
        f"(same type family, dates and places within their precision) -> {report.links:,} links "
        f"in {report.clusters:,} clusters"
    )
    for pair, count in sorted(report.by_pair.items()):
        click.echo(f"  {pair}: {count:,}")
    for reason, count in sorted(report.rejected.items()):
        click.echo(f"  not linked, {reason}: {count:,}")
