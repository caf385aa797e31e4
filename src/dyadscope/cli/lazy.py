"""A command group that imports a command's module only when that command runs.

`dyadscope --help` and `dyadscope targets ...` then import only what they use: the query commands need Ibis,
DuckDB and pandas, the help needs none of them. The group lists a lazy command by the one-line help given at
registration; tests/test_startup.py checks each line against the command's own help.
"""

from __future__ import annotations

import importlib

import click
from click.formatting import HelpFormatter

from dyadscope.cli.help import HelpContext


class LazyGroup(click.Group):
    """click.Group with commands registered as 'module:attribute' plus their one-line help."""

    context_class = HelpContext

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, tuple[str, str]] = {}

    def add_lazy(self, name: str, target: str, short_help: str) -> None:
        """Register command `name` found at `target` ('package.module:attribute')."""
        self.lazy[name] = (target, short_help)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            module, attribute = self.lazy[cmd_name][0].split(":")
            command = getattr(importlib.import_module(module), attribute)
            for each in (command, *getattr(command, "commands", {}).values()):
                each.context_class = HelpContext  # its --help and usage line in the run's language
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            if name in self.commands:
                command = self.commands[name]
                if command.hidden:
                    continue
                rows.append((name, command.get_short_help_str(limit)))
            else:  # shortened exactly as click shortens the command's own help
                rows.append((name, click.Command(name, help=self.lazy[name][1]).get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)
