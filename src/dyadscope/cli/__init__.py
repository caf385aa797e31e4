"""The command line: parses arguments, calls the library, prints. No analysis lives here."""

from __future__ import annotations

import os
import sys

import click

from dyadscope.cli import app, help
from dyadscope.cli.app import cli
from dyadscope.errors import DyadscopeError
from dyadscope.i18n import DEFAULT_LANG, LANGS, localized, t
from dyadscope.i18n import ENV_VAR as LANG_VAR

# Loaded when run (cli/lazy.py): name, where the command lives, and its one-line help for `dyadscope --help`.
cli.add_lazy(
    "actors", "dyadscope.cli.actors:actors", "The actor registry: show, search, unresolved names, coverage, resolve."
)
cli.add_lazy(
    "avoidance",
    "dyadscope.cli.avoidance:avoidance_command",
    "Do ACTOR_A and ACTOR_B avoid each other, given where and when both are active?",
)
cli.add_lazy(
    "check",
    "dyadscope.cli.check:check_command",
    "Find the quantitative claims in ARTICLE (text, Markdown or HTML; English or Danish) and check them.",
)
cli.add_lazy(
    "demo",
    "dyadscope.cli.demo:demo",
    "Build a store from the bundled UCDP GED files and print the analyses behind the article.",
)
cli.add_lazy(
    "export",
    "dyadscope.cli.export:export_command",
    "Write the store's events, links, quarantine and import log into FOLDER as files other engines read.",
)
cli.add_lazy(
    "import",
    "dyadscope.cli.imports:import_command",
    "Import event FILES: UCDP GED, ACLED, GTD, GDELT (raw, zipped or headered), each detected from its header; "
    "any other CSV with --mapping. Each file is one transaction.",
)
cli.add_lazy(
    "link",
    "dyadscope.cli.link:link_command",
    "Link records of one real event across datasets (rules and thresholds: docs/linking.md).",
)
cli.add_lazy(
    "report",
    "dyadscope.cli.report:report_command",
    "Write a self-contained HTML report on ACTOR (no network needed to build or to view it).",
)
cli.add_lazy(
    "status",
    "dyadscope.cli.status:status_command",
    "What the store holds: sources, imports, events by year, coverage, quarantine.",
)
cli.add_lazy(
    "quarantine",
    "dyadscope.cli.status:quarantine_command",
    "The rows imports set aside: file, line, field, value, reason.",
)
cli.add_lazy(
    "serve",
    "dyadscope.cli.serve:serve_command",
    "Serve the web app on http://HOST:PORT (read-only store unless --allow-import; works offline).",
)
cli.add_lazy(
    "targets",
    "dyadscope.cli.targets:targets_command",
    "Whom ACTOR engaged (or who engaged ACTOR), with counts, shares and 95% intervals.",
)


def _lang() -> str:
    """The language of the run: --lang as parsed, else $DYADSCOPE_LANG (when parsing failed first), else English."""
    if app.LANG_IN_USE:
        return app.LANG_IN_USE
    value = os.environ.get(LANG_VAR, DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def main(argv: list[str] | None = None) -> int:
    """Entry point: a DyadscopeError becomes one line on stderr and exit code 2 (traceback with --debug)."""
    args = argv if argv is not None else sys.argv[1:]
    debug = "--debug" in args
    app.LANG_IN_USE = None
    help.HELP_LANG = help.early_lang(args, cli)  # --help is shown before click reads --lang
    try:
        code = cli.main(args=argv, prog_name="dyadscope", standalone_mode=False)
    except DyadscopeError as exc:
        if debug:
            raise
        lang = _lang()
        click.echo(t("cli.error", lang, message=localized(exc, lang)), err=True)
        return 2
    except click.exceptions.Abort:
        click.echo(t("cli.aborted", _lang()), err=True)
        return 1
    except click.UsageError as exc:
        if _lang() == DEFAULT_LANG and help.HELP_LANG == DEFAULT_LANG:
            exc.show()
        else:
            help.show_usage_error(exc, help.HELP_LANG if app.LANG_IN_USE is None else _lang())
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo(t("cli.interrupted", _lang()), err=True)
        return 130
    finally:
        help.HELP_LANG = DEFAULT_LANG  # a program calling click itself afterwards gets English help
    return code if isinstance(code, int) else 0
