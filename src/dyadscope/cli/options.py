"""Options several commands share, declared once: the output format and the scope (country, window)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

FORMATS = ("table", "json", "csv")


def format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """`--format table|json|csv` (passed as `fmt`); the old `--json` flag still works, hidden, as --format json."""

    @functools.wraps(f)
    def wrapper(*args: Any, json_alias: bool = False, **kwargs: Any) -> Any:
        if json_alias:
            kwargs["fmt"] = "json"
        return f(*args, **kwargs)

    wrapper = click.option("--json", "json_alias", is_flag=True, hidden=True, help="Deprecated: --format json.")(
        wrapper
    )
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="table for people; json or csv for programs.",
    )(wrapper)


def scope_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """`--country`, `--from`, `--to` (passed as country, start, end), with one wording everywhere."""
    f = click.option("--to", "end", metavar="DATE", help="Window end, YYYY-MM-DD (inclusive).")(f)
    f = click.option("--from", "start", metavar="DATE", help="Window start, YYYY-MM-DD (inclusive).")(f)
    return click.option(
        "--country",
        metavar="COUNTRY",
        help="Event country: ISO3 or ISO2 code, or its name in English or Danish (SYR, SY, Syria, Syrien).",
    )(f)
