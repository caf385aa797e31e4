"""`dyadscope status` and `dyadscope quarantine`: what a store holds, and the rows its imports set aside."""

from __future__ import annotations

import json

import click
import pandas as pd
from rich.markup import escape
from rich.table import Table

from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import column, echo_csv, wide_console
from dyadscope.i18n import t
from dyadscope.i18n.formats import number, percent, reason


def _table(title: str, frame: pd.DataFrame, lang: str, columns: list[str] | None = None) -> Table:
    """A Rich table of a DataFrame, headers in `lang`; every value escaped, since data may hold [markup]."""
    table = Table(title=escape(title), title_justify="left")
    columns = columns or list(frame.columns)
    for name in columns:
        numeric = pd.api.types.is_numeric_dtype(frame[name])
        table.add_column(column(name, lang), justify="right" if numeric else "left", overflow="fold")
    plain = {name for name in columns if name.endswith(("year", "id"))}  # years and ids without separators
    for row in frame[columns].itertuples(index=False):
        cells = [_cell(name, v, lang, name in plain) for name, v in zip(columns, row, strict=True)]
        table.add_row(*(escape(c) for c in cells))
    return table


def _cell(name: str, value: object, lang: str, plain: bool) -> str:
    """One table cell in `lang`: counts with separators, a quarantine reason's code (in Danish with its meaning)."""
    if pd.isna(value):
        return ""
    if name == "reason":
        return reason(str(value), lang)
    return number(value, lang) if isinstance(value, int) and not plain else str(value)


@click.command("status")
@format_option
@click.pass_obj
def status_command(settings: Settings, fmt: str) -> None:
    """What the store holds: sources, imports, events by year, coverage, quarantine.

    Sources with their layouts and dates, every import with its report, events by source and year,
    actor resolution coverage and quarantine counts. Opens the store read-only."""
    from dyadscope.store.status import store_status

    ds = settings.open(read_only=True)
    status = store_status(ds.store)
    coverage = ds.coverage_by_source()
    data = status.as_dict() | {"coverage": json.loads(coverage.to_json(orient="records"))}
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, default=str))
        return
    if fmt == "csv":  # one table per line kind would not be CSV: the by-year counts are the useful part
        echo_csv(data["by_year"])
        return
    console, lang = wide_console(), settings.lang
    line = t(
        "cli.status_line",
        lang,
        path=status.path,
        events=number(status.events, lang),
        withdrawn=number(status.withdrawn, lang),
        quarantined=number(int(status.quarantine["rows"].sum()) if len(status.quarantine) else 0, lang),
    )
    console.print(escape(line), highlight=False)
    console.print(_table(t("cli.sources_title", lang), status.sources, lang))
    console.print(_table(t("common.by_source_year", lang), status.by_year, lang))
    share = coverage.assign(share=[percent(s, lang) for s in coverage["share"]])
    console.print(_table(t("cli.coverage_title", lang), share, lang))
    names = {"import_id": "id", "finished_at": "finished", "source_file": "file", "layout": "layout",
             "rows_read": "read", "imported": "new", "updated": "updated", "unchanged": "unchanged",
             "quarantined": "quarantined", "quarantine_reasons": "reasons"}  # fmt: skip
    imports = status.imports.rename(columns=names)
    console.print(_table(t("cli.imports_title", lang), imports, lang, list(names.values())))
    if len(status.quarantine):
        console.print(_table(t("cli.quarantine_title", lang), status.quarantine, lang))


@click.command("quarantine")
@click.option("--reason", metavar="REASON", help="Only rows set aside for this reason (e.g. bad-date).")
@click.option("--file", "file_name", metavar="NAME", help="Only rows from this file name (as shown by status).")
@click.option("--limit", type=int, default=None, help="Show at most this many rows (table: default 50).")
@format_option
@click.pass_obj
def quarantine_command(
    settings: Settings, reason: str | None, file_name: str | None, limit: int | None, fmt: str
) -> None:
    """The rows imports set aside: file, line, field, value, reason.

    --format json and csv add the raw row. Opens the store read-only."""
    from dyadscope.store.status import quarantined_rows

    ds = settings.open(read_only=True)
    shown = limit if limit is not None or fmt != "table" else 50
    rows = quarantined_rows(ds.store, reason, file_name, None if shown is None else shown + 1)
    more = shown is not None and len(rows) > shown
    rows = rows.head(shown) if shown is not None else rows
    if fmt == "json":
        click.echo(json.dumps(json.loads(rows.to_json(orient="records")), indent=2))
        return
    if fmt == "csv":
        echo_csv(rows.astype(object).where(rows.notna(), None).to_dict("records"))
        return
    console, lang = wide_console(), settings.lang
    if not len(rows):
        console.print(t("cli.no_quarantined_match" if reason or file_name else "cli.no_quarantined", lang))
        return
    columns = ["file", "line", "field", "value", "reason"]
    console.print(_table(t("cli.quarantined_title", lang), rows, lang, columns))
    if more:
        console.print(t("cli.first_shown", lang, n=shown), highlight=False)
