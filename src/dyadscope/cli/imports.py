"""`dyadscope import`: load event files into the store."""

from __future__ import annotations

import json

import click

from dyadscope.cli.app import Settings


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the files.")
@click.option("--json", "as_json", is_flag=True, help="Print the import reports as JSON.")
@click.option("--strict", is_flag=True, help="Exit with code 1 when any row was quarantined.")
@click.pass_obj
def import_command(settings: Settings, files: tuple[str, ...], encoding: str, as_json: bool, strict: bool) -> None:
    """Import event FILES (UCDP GED in any layout; detected from the header). Each file is one transaction.

    Example: dyadscope import ged251.csv.gz
    """
    ds = settings.open()
    say = None if as_json else (lambda msg: click.echo(msg, err=True))
    reports = [ds.import_file(path, encoding=encoding, progress=say) for path in files]
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2))
    else:
        for r in reports:
            click.echo(
                f"{r.source_file} [{r.layout}]: read {r.rows_read:,} = imported {r.imported:,} + updated "
                f"{r.updated:,} + unchanged {r.unchanged:,} + quarantined {r.quarantined:,}"
            )
            if r.kept_finer:
                click.echo(f"  {r.kept_finer:,} rows kept as stored: the store has a finer-dated copy")
            if r.admin1_derived:
                click.echo(f"  {r.admin1_derived:,} rows got admin1 derived from coordinates")
            for reason, count in r.quarantine_reasons.items():
                click.echo(f"  quarantined {count:,}: {reason}")
    if strict and any(r.quarantined for r in reports):
        raise click.exceptions.Exit(1)
