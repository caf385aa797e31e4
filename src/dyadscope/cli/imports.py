"""`dyadscope import`: load event files into the store."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv
from dyadscope.errors import InputError
from dyadscope.sources.mapping import suggest_mapping
from dyadscope.sources.reading import check_readable, read_header


def _roots(value: str | None) -> tuple[str, ...] | None:
    return tuple(part.strip() for part in value.split(",") if part.strip()) if value else None


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the files.")
@format_option
@click.option("--strict", is_flag=True, help="Exit with code 1 when any row was quarantined.")
@click.option(
    "--mapping",
    type=click.Path(exists=True, dir_okay=False, path_type=str),
    help="A YAML mapping file describing any other CSV layout (docs/mapping.md).",
)
@click.option("--suggest-mapping", is_flag=True, help="Print a starter mapping file for FILE's header; import nothing.")
@click.option(
    "--complete-export",
    is_flag=True,
    help="The file is a complete export (ACLED): flag stored rows it no longer has as withdrawn (never deleted).",
)
@click.option(
    "--cameo-roots",
    metavar="CODES",
    help="GDELT: CAMEO root codes to keep, e.g. 14,17,18,19,20 (default 18,19,20: material conflict).",
)
@click.option("--keep-raw", is_flag=True, help="Also store each raw row as JSON in events.raw (about 2x slower).")
@click.pass_obj
def import_command(
    settings: Settings,
    files: tuple[str, ...],
    encoding: str,
    fmt: str,
    strict: bool,
    mapping: str | None,
    suggest_mapping: bool,
    complete_export: bool,
    cameo_roots: str | None,
    keep_raw: bool,
) -> None:
    """Import event FILES: UCDP GED, ACLED, GTD, GDELT (raw, zipped or headered), each detected from its
    header; any other CSV with --mapping. Each file is one transaction.

    Example: dyadscope import ged251.csv.gz acled_syria.csv 20170601.export.CSV.zip
    """
    if suggest_mapping:
        for path in files:
            check_readable(Path(path), encoding)
            click.echo(_starter(Path(path), encoding), nl=False)
        return
    ds = settings.open()
    say = None if fmt != "table" else (lambda msg: click.echo(msg, err=True))
    reports = [
        ds.import_file(
            path,
            encoding=encoding,
            progress=say,
            complete_export=complete_export,
            mapping=mapping,
            cameo_roots=_roots(cameo_roots),
            keep_raw=keep_raw,
        )
        for path in files
    ]
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2))
    elif fmt == "csv":
        echo_csv([r.as_dict() for r in reports])
    else:
        for r in reports:
            skipped = f" + skipped {r.skipped:,}" if r.skipped else ""
            click.echo(
                f"{r.source_file} [{r.layout}]: read {r.rows_read:,} = imported {r.imported:,} + updated "
                f"{r.updated:,} + unchanged {r.unchanged:,} + quarantined {r.quarantined:,}{skipped}"
            )
            if r.skipped:
                click.echo(f"  {r.skipped:,} rows skipped by design (e.g. GDELT CAMEO roots not asked for)")
            if r.kept_finer:
                click.echo(f"  {r.kept_finer:,} rows kept as stored: the store has a finer-dated copy")
            if r.kept_newer:
                click.echo(f"  {r.kept_newer:,} rows kept as stored: the store has a newer revision")
            if r.withdrawn:
                click.echo(f"  {r.withdrawn:,} stored rows missing from this complete export flagged withdrawn")
            if r.restored:
                click.echo(f"  {r.restored:,} rows flagged withdrawn earlier are back and unflagged")
            if r.admin1_derived:
                click.echo(f"  {r.admin1_derived:,} rows got admin1 derived from coordinates")
            for reason, count in r.quarantine_reasons.items():
                click.echo(f"  quarantined {count:,}: {reason}")
    if strict and any(r.quarantined for r in reports):
        raise click.exceptions.Exit(1)


def _starter(path: Path, encoding: str) -> str:
    if path.suffix.lower() == ".zip":
        raise InputError(f"{path.name}: unzip it first to suggest a mapping")
    return suggest_mapping(read_header(path, encoding), path.name)
