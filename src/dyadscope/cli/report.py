"""`dyadscope report`: one self-contained HTML page about an actor, with charts, a map and caveats."""

from __future__ import annotations

import click

from dyadscope.cli.app import Settings
from dyadscope.cli.options import scope_options
from dyadscope.i18n import LANGS, t
from dyadscope.i18n.formats import number


@click.command("report")
@click.argument("actor")
@scope_options
@click.option(
    "--lang", type=click.Choice(LANGS), default=None, help="Language of the page (default: the global --lang)."
)
@click.option("--versus", multiple=True, help="Counterparts for the avoidance test (actor or class:...); repeatable.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="HTML file to write.")
@click.option("--png-dir", type=click.Path(file_okay=False), help="Also write each chart as a PNG here.")
@click.pass_obj
def report_command(
    settings: Settings,
    actor: str,
    country: str | None,
    start: str | None,
    end: str | None,
    lang: str | None,
    versus: tuple[str, ...],
    output: str,
    png_dir: str | None,
) -> None:
    """Write a self-contained HTML report on ACTOR (no network needed to build or to view it).

    Example: dyadscope report ISIS --country SYR --from 2014-01-01 --to 2014-12-31 -o isis-2014.html
    """
    from dyadscope.report.build import build_report  # the report extra is imported only when asked for

    ds = settings.open(read_only=True)
    lang = lang or settings.lang
    report = build_report(ds, actor, country, start, end, lang=lang, versus=list(versus) or None)
    path = report.write(output)
    click.echo(t("cli.wrote_size", settings.lang, path=path, kb=number(path.stat().st_size / 1024, settings.lang)))
    if png_dir:
        for png in report.write_pngs(png_dir):
            click.echo(t("cli.wrote", settings.lang, path=png))
