"""`dyadscope actors ...`: look up actors, see what did not resolve, how much did, re-resolve the store."""

from __future__ import annotations

import json

import click
from rich.markup import escape
from rich.table import Table

from dyadscope.actors.registry import CLASS_LABELS, Registry
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import echo_csv, wide_console
from dyadscope.errors import QueryError


@click.group()
def actors() -> None:
    """The actor registry: show, search, unresolved names, coverage, resolve."""


@actors.command("show")
@click.argument("name")
@click.pass_obj
def show(settings: Settings, name: str) -> None:
    """Print the actor NAME denotes: class, aliases, lineage, memberships and members.

    Example: dyadscope actors show ISIS
    """
    from dyadscope.api import find_actor

    registry = Registry.load(settings.actors_file)
    actor = find_actor(registry, name)
    console = wide_console()
    say = lambda text: console.print(text, highlight=False)  # noqa: E731
    say(f"[bold]{escape(actor.name)}[/bold]  (id: {escape(actor.id)})")
    say(f"  class: {CLASS_LABELS[actor.actor_class]}" + (f", country {escape(actor.country)}" if actor.country else ""))
    if actor.valid_from or actor.valid_to:
        say(f"  valid: {actor.valid_from or '…'} to {actor.valid_to or '…'}")
    say(f"  aliases: {escape(', '.join(actor.aliases)) or '-'}")
    lineage = sorted(registry.lineage(actor.id) - {actor.id})
    if lineage:
        say("  lineage (renames/mergers): " + escape(", ".join(registry.actors[i].name for i in lineage)))
    if actor.parent:
        say(f"  part of: {escape(registry.actors[actor.parent].name)}")
    if actor.member_of:
        say("  member of: " + escape(", ".join(registry.actors[i].name for i in actor.member_of)))
    members = registry.members(actor.id)
    if members:
        say("  members: " + escape(", ".join(m.name for m in members)))
    if actor.note:
        say(f"  note: {escape(actor.note)}")


@actors.command("search")
@click.argument("text")
@click.pass_obj
def search(settings: Settings, text: str) -> None:
    """List actors whose name or an alias contains TEXT."""
    for actor in Registry.load(settings.actors_file).search(text):
        click.echo(f"{actor.id:28} {actor.name}  [{CLASS_LABELS[actor.actor_class]}]")


def _require_events(coverage: dict[str, float | int]) -> None:
    if not coverage["events"]:
        raise QueryError("the store is empty: run `dyadscope demo` or `dyadscope import FILE` first")


def _coverage_line(coverage: dict[str, float | int]) -> str:
    one = f"; {coverage['one_sided']:,} of them name only one side" if coverage["one_sided"] else ""
    return (
        f"{coverage['resolved']:,} of {coverage['events']:,} events ({100 * coverage['share']:.2f}%) have every "
        f"named side resolved to an actor class{one}."
    )


@actors.command("unresolved")
@click.option("--limit", type=int, default=None, help="Show at most this many names.")
@format_option
@click.pass_obj
def unresolved(settings: Settings, limit: int | None, fmt: str) -> None:
    """Raw side names in the store that resolve to no actor, with their event counts."""
    ds = settings.open(read_only=True)
    coverage = ds.coverage()
    _require_events(coverage)
    frame = ds.unresolved(limit)
    if fmt == "json":
        click.echo(json.dumps({"coverage": coverage, "unresolved": frame.to_dict(orient="records")}, indent=2))
        return
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
        return
    table = Table(title=f"Unresolved side names ({len(frame):,})", title_justify="left")
    table.add_column("name")
    table.add_column("events", justify="right")
    for row in frame.itertuples(index=False):
        table.add_row(escape(str(row.name)), f"{row.events:,}")
    console = wide_console()
    console.print(table)
    console.print(_coverage_line(coverage), highlight=False)


@actors.command("coverage")
@format_option
@click.pass_obj
def coverage_command(settings: Settings, fmt: str) -> None:
    """How many events have every named side resolved, by source.

    Example: dyadscope actors coverage
    """
    ds = settings.open(read_only=True)
    total = ds.coverage()
    _require_events(total)
    frame = ds.coverage_by_source()
    if fmt == "json":
        click.echo(json.dumps({"total": total, "by_source": frame.to_dict(orient="records")}, indent=2))
        return
    if fmt == "csv":
        echo_csv(frame.to_dict(orient="records"))
        return
    table = Table(title="Actor resolution coverage", title_justify="left")
    for name in ("source", "events", "resolved", "share", "one side named", "unresolved names"):
        table.add_column(name, justify="left" if name == "source" else "right")
    for row in frame.itertuples(index=False):
        table.add_row(
            escape(str(row.source)),
            f"{row.events:,}",
            f"{row.resolved:,}",
            f"{100 * row.share:.2f}%",
            f"{row.one_sided:,}",
            f"{row.unresolved_names:,}",
        )
    console = wide_console()
    console.print(table)
    console.print(_coverage_line(total), highlight=False)
    console.print("  [dim]The names themselves: dyadscope actors unresolved[/dim]")


@actors.command("resolve")
@click.pass_obj
def resolve(settings: Settings) -> None:
    """Re-resolve every event's sides with the current registry (after editing your actors file)."""
    from dyadscope.store.resolve import resolve_store

    ds = settings.open()
    done = resolve_store(ds.store, ds.registry)
    coverage = ds.coverage()
    click.echo(
        f"re-resolved {done.events:,} events ({done.changed_sides:,} sides changed); "
        f"{100 * coverage['share']:.2f}% have every named side resolved"
    )
