"""`dyadscope import`: load event files into the store."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.markup import escape

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv, import_lines
from dyadscope.errors import InputError
from dyadscope.i18n import from_english, msg, t
from dyadscope.i18n.formats import number
from dyadscope.sources.mapping import suggest_mapping
from dyadscope.sources.reading import check_readable, sniff
from dyadscope.sources.spreadsheet import is_spreadsheet, sheet_as_csv


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
    reports = []
    for path in files:
        with _progress(fmt, path, settings.lang) as say:
            reports.append(
                ds.import_file(
                    path,
                    encoding=encoding,
                    progress=say,
                    complete_export=complete_export,
                    mapping=mapping,
                    cameo_roots=_roots(cameo_roots),
                    keep_raw=keep_raw,
                )
            )
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2))
    elif fmt == "csv":
        echo_csv([r.as_dict() for r in reports])
    else:
        for line in (line for r in reports for line in import_lines(r, settings.lang)):
            click.echo(line)
    empty = [r for r in reports if not (r.imported or r.updated or r.unchanged)]
    for r in empty:
        nothing = t("cli.import_nothing", settings.lang, file=r.source_file)
        click.echo(t("cli.error", settings.lang, message=nothing), err=True)
    if strict and not empty and any(r.quarantined for r in reports):
        count = sum(r.quarantined for r in reports)
        strict_line = t("cli.import_strict", settings.lang, n=number(count, settings.lang))
        click.echo(t("cli.error", settings.lang, message=strict_line), err=True)
    if empty or (strict and any(r.quarantined for r in reports)):
        raise click.exceptions.Exit(1)


class _Lines:
    """Plain progress lines on stderr (piped, or a terminal without room for a bar), in the CLI's language."""

    lang = "en"

    def __call__(self, message: str) -> None:
        click.echo(from_english(message, self.lang), err=True)


class _Bar(_Lines):
    """A rich progress bar on stderr: the step, its share of the import, MB/s through the file, ETA."""

    def __init__(self, progress: object, task: int, megabytes: float, lang: str) -> None:
        self.bar, self.task, self.megabytes, self.began = progress, task, megabytes, time.monotonic()
        self.lang = lang

    def __call__(self, message: str) -> None:
        self.bar.console.print(escape(from_english(message, self.lang)), highlight=False)

    def step(self, description: str, fraction: float) -> None:
        """Move the bar to `fraction` of the import, showing `description`."""
        rate = self.megabytes * fraction / max(time.monotonic() - self.began, 1e-3)
        shown = escape(from_english(description, self.lang))
        self.bar.update(self.task, completed=fraction, description=shown, rate=f"{rate:,.1f} MB/s")


@contextmanager
def _progress(fmt: str, path: str, lang: str) -> Iterator[_Lines | None]:
    if fmt != "table":
        yield None
        return
    if not sys.stderr.isatty():
        lines = _Lines()
        lines.lang = lang
        yield lines
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
               TextColumn("ETA"), TimeRemainingColumn())  # fmt: skip
    megabytes = Path(path).stat().st_size / 1e6 if Path(path).is_file() else 0.0
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield _Bar(bar, bar.add_task(t("cli.step_starting", lang), total=1.0, rate=""), megabytes, lang)


def _starter(path: Path, encoding: str) -> str:
    if path.suffix.lower() == ".zip":
        raise InputError(msg("errors.unzip_first", path=path.name))
    if is_spreadsheet(path):  # the first sheet, as the import reads it
        with sheet_as_csv(path) as sheet:
            return _starter(sheet, "utf-8")
    dialect = sniff(path, encoding)
    return suggest_mapping(dialect.header, path.name, dialect.delimiter, dialect.date_format, dialect.date_columns)
