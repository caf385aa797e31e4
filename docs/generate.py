"""Regenerate the reference docs that are derived from code: docs/schema.md and docs/cli.md.

    .venv/bin/python docs/generate.py          # rewrite them
    tests/test_docs.py fails when they are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dyadscope.cli import cli
from dyadscope.schema import EVENT_FIELDS, IMPORT_LOG_FIELDS, QUARANTINE_FIELDS, Field

DOCS = Path(__file__).parent


def _table(fields: tuple[Field, ...]) -> str:
    rows = [f"| `{f.name}` | {f.type.split()[0]} | {f.meaning} |" for f in fields]
    return "| column | type | meaning |\n|---|---|---|\n" + "\n".join(rows)


def schema_markdown() -> str:
    """docs/schema.md, from dyadscope.schema (the one definition)."""
    parts = [
        "# The canonical schema",
        "",
        "Generated from `src/dyadscope/schema.py` by `docs/generate.py`; do not edit by hand.",
        "",
        "## events",
        "",
        _table(EVENT_FIELDS),
        "",
        "## quarantine",
        "",
        "Rows an import could not take, with the reason; nothing is dropped silently.",
        "",
        _table(QUARANTINE_FIELDS),
        "",
        "## import_log",
        "",
        "One row per import; `rows_read = imported + updated + unchanged + quarantined`.",
        "",
        _table(IMPORT_LOG_FIELDS),
    ]
    try:  # tables added by later stages
        from dyadscope.schema import LINK_FIELDS

        parts += ["", "## links", "", "Records of one real event in different sources.", "", _table(LINK_FIELDS)]
    except ImportError:
        pass
    return "\n".join(parts) + "\n"


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # not group.commands: the root group loads its commands lazily
        command = group.get_command(ctx, name)
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def all_commands() -> list[tuple[str, click.Command]]:
    """Every leaf command of the CLI with its full name, e.g. ('dyadscope actors show', <Command>)."""
    return _commands(cli, "dyadscope")


def cli_markdown() -> str:
    """docs/cli.md: the --help text of every command."""
    parts = ["# Command reference", "", "Generated from the commands' `--help` by `docs/generate.py`.", ""]
    root = click.Context(cli, info_name="dyadscope", **cli.context_settings)
    parts += ["## dyadscope", "", "```", cli.get_help(root), "```", ""]
    for path, command in all_commands():
        # A child of the root context inherits its settings (-h/--help), as when the CLI really runs.
        ctx = click.Context(command, info_name=path.removeprefix("dyadscope "), parent=root)  # the root names itself
        parts += [f"## {path}", "", "```", command.get_help(ctx), "```", ""]
    return "\n".join(parts)


def main() -> int:
    (DOCS / "schema.md").write_text(schema_markdown(), encoding="utf-8")
    (DOCS / "cli.md").write_text(cli_markdown(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
