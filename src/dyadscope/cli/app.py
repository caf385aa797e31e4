"""The root command group and the options every command shares."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dyadscope.cli.lazy import LazyGroup
from dyadscope.i18n import DEFAULT_LANG, LANGS
from dyadscope.i18n import ENV_VAR as LANG_VAR
from dyadscope.paths import ENV_VAR

if TYPE_CHECKING:  # the API (Ibis, DuckDB, pandas) loads when a command opens the store, not for --help
    from dyadscope.api import Dyadscope


LANG_IN_USE: str | None = None  # --lang once parsed, so main() words an error in it


@dataclass
class Settings:
    """Global options, passed to commands through click's context."""

    db: str | None
    actors_file: str | None
    debug: bool
    engine: str = "duckdb"
    events: str | None = None
    lang: str = DEFAULT_LANG  # of the human output; JSON and CSV keys stay English (they are an API)

    def open(self, read_only: bool = False) -> Dyadscope:
        """Open the store named by --db / $DYADSCOPE_DB / ./dyadscope.duckdb (or, with --engine spark, --events)."""
        from dyadscope.api import connect

        return connect(self.db, self.actors_file, read_only=read_only, engine=self.engine, events=self.events)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=str),
    default=None,
    help=f"Store file (default: ${ENV_VAR}, else ./dyadscope.duckdb).",
)
@click.option(
    "--actors",
    "actors_file",
    type=click.Path(exists=True, dir_okay=False, path_type=str),
    envvar="DYADSCOPE_ACTORS",
    help="Your own actor registry YAML, extending the shipped one.",
)
@click.option(
    "--engine",
    type=click.Choice(("duckdb", "spark")),
    default="duckdb",
    show_default=True,
    help="Where targets/avoidance run: the DuckDB store, or Spark over exported --events (docs/scale.md).",
)
@click.option(
    "--events",
    metavar="PATH",
    help="With --engine spark: the events folder of `dyadscope export` (or a glob of its Parquet files).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default=DEFAULT_LANG,
    envvar=LANG_VAR,
    show_default=True,
    help=f"Language of tables, footers and messages (also ${LANG_VAR}); JSON and CSV keys stay English.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="dyadscope")
@click.pass_context
def cli(
    ctx: click.Context,
    db: str | None,
    actors_file: str | None,
    engine: str,
    events: str | None,
    lang: str,
    debug: bool,
) -> None:
    """dyadscope: import conflict-event data, resolve actors, ask who targets whom."""
    global LANG_IN_USE
    LANG_IN_USE = lang
    db = str(Path(db)) if db else None
    ctx.obj = Settings(db=db, actors_file=actors_file, debug=debug, engine=engine, events=events, lang=lang)
