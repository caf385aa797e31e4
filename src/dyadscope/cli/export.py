"""`dyadscope export`: the store as Parquet (for Spark, BigQuery, polars), or CSV/JSON for small exports."""

from __future__ import annotations

import click

from dyadscope.cli.app import Settings
from dyadscope.i18n import t
from dyadscope.i18n.formats import number
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
    lang = settings.lang
    for table, rows in report.rows.items():
        shown = t("cli.export_rows", lang, rows=f"{number(rows, lang):>12}", path=report.paths[table])
        click.echo(f"{table:<11} {shown}")
    click.echo(t("cli.export_done", lang, folder=report.folder, format=report.file_format, manifest=MANIFEST))
