"""`dyadscope link`: find records of the same real event in different sources and store the links."""

from __future__ import annotations

import json

import click

from dyadscope.cli.app import Settings


@click.command("link")
@click.option("--json", "as_json", is_flag=True, help="Print the link report as JSON.")
@click.pass_obj
def link_command(settings: Settings, as_json: bool) -> None:
    """Link records of one real event across datasets (rules and thresholds: docs/linking.md).

    Then `dyadscope targets ACTOR --dedupe` counts each linked event once.
    """
    report = settings.open().link()
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
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
