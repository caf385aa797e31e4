"""The command line: parses arguments, calls the library, prints. No analysis lives here."""

from __future__ import annotations

import sys

import click

from dyadscope.cli.actors import actors
from dyadscope.cli.app import cli
from dyadscope.cli.avoidance import avoidance_command
from dyadscope.cli.check import check_command
from dyadscope.cli.demo import demo
from dyadscope.cli.imports import import_command
from dyadscope.cli.link import link_command
from dyadscope.cli.report import report_command
from dyadscope.cli.serve import serve_command
from dyadscope.cli.targets import targets_command
from dyadscope.errors import DyadscopeError

cli.add_command(import_command)
cli.add_command(actors)
cli.add_command(targets_command)
cli.add_command(demo)
cli.add_command(link_command)
cli.add_command(avoidance_command)
cli.add_command(report_command)
cli.add_command(check_command)
cli.add_command(serve_command)


def main(argv: list[str] | None = None) -> int:
    """Entry point: a DyadscopeError becomes one line on stderr and exit code 2 (traceback with --debug)."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        code = cli.main(args=argv, prog_name="dyadscope", standalone_mode=False)
    except DyadscopeError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted; nothing half-written: each import is one transaction", err=True)
        return 130
    return code if isinstance(code, int) else 0
