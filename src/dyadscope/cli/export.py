"""`dyadscope export`: the store as Parquet (for Spark, BigQuery, polars), or CSV/JSON for small exports."""

from __future__ import annotations

import click

from dyadscope.cli.app import Settings
from dyadscope.store.export import FILE_FORMATS, MANIFEST


@click.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option(
    "--format",
    "file_format",
    type=click.Choice(FILE_FORMATS),
    default="parquet",
    show_default=True,
    help="parquet: events partitioned by source and year; csv or json (one object a line): one file per table.",
)
@click.option("--overwrite", is_flag=True, help="Replace an export already in FOLDER.")
@click.pass_obj
def export_command(settings: Settings, folder: str, file_format: str, overwrite: bool) -> None:
    """Write the store's events, links, quarantine and import log into FOLDER as files other engines read.

    Parquet events land in FOLDER/events/source=.../year=.../*.parquet; point
    `dyadscope --engine spark --events FOLDER/events targets ...` (or Spark, BigQuery, polars) at them.
    """
    ds = settings.open(read_only=True)
    report = ds.export(folder, file_format=file_format, overwrite=overwrite)
    for table, rows in report.rows.items():
        click.echo(f"{table:<11} {rows:>12,} rows -> {report.paths[table]}")
    click.echo(f"written to {report.folder} ({report.file_format}); what was written: {MANIFEST}")
