"""`dyadscope actors ...`: look up actors, see what did not resolve, re-resolve the store."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from dyadscope.actors.registry import CLASS_LABELS, Registry
from dyadscope.cli.app import Settings
from dyadscope.cli.render import wide_console


@click.group()
def actors() -> None:
    """The actor registry: show, search, unresolved names, coverage."""


@actors.command("show")
@click.argument("name")
@click.pass_obj
def show(settings: Settings, name: str) -> None:
    """Print the actor NAME denotes: class, aliases, lineage, memberships and members.

    Example: dyadscope actors show ISIS
    """
    registry = Registry.load(settings.actors_file)
    actor = registry.find(name)
    console = Console()
    console.print(f"[bold]{actor.name}[/bold]  (id: {actor.id})")
    console.print(
        f"  class: {CLASS_LABELS[actor.actor_class]}" + (f", country {actor.country}" if actor.country else "")
    )
    if actor.valid_from or actor.valid_to:
        console.print(f"  valid: {actor.valid_from or '…'} to {actor.valid_to or '…'}")
    console.print(f"  aliases: {', '.join(actor.aliases) or '-'}", highlight=False)
    lineage = sorted(registry.lineage(actor.id) - {actor.id})
    if lineage:
        console.print("  lineage (renames/mergers): " + ", ".join(registry.actors[i].name for i in lineage))
    if actor.parent:
        console.print(f"  part of: {registry.actors[actor.parent].name}")
    if actor.member_of:
        console.print("  member of: " + ", ".join(registry.actors[i].name for i in actor.member_of))
    members = registry.members(actor.id)
    if members:
        console.print("  members: " + ", ".join(m.name for m in members))
    if actor.note:
        console.print(f"  note: {actor.note}", highlight=False)


@actors.command("search")
@click.argument("text")
@click.pass_obj
def search(settings: Settings, text: str) -> None:
    """List actors whose name or an alias contains TEXT."""
    for actor in Registry.load(settings.actors_file).search(text):
        click.echo(f"{actor.id:28} {actor.name}  [{CLASS_LABELS[actor.actor_class]}]")


@actors.command("unresolved")
@click.option("--limit", type=int, default=None, help="Show at most this many names.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def unresolved(settings: Settings, limit: int | None, as_json: bool) -> None:
    """Raw side names in the store that resolve to no actor, with their event counts."""
    ds = settings.open(read_only=True)
    frame = ds.unresolved(limit)
    coverage = ds.coverage()
    if as_json:
        click.echo(json.dumps({"coverage": coverage, "unresolved": frame.to_dict(orient="records")}, indent=2))
        return
    table = Table(title=f"Unresolved side names ({len(frame):,})", title_justify="left")
    table.add_column("name")
    table.add_column("events", justify="right")
    for row in frame.itertuples(index=False):
        table.add_row(str(row.name), f"{row.events:,}")
    console = wide_console()
    console.print(table)
    console.print(
        f"{coverage['both_resolved']:,} of {coverage['events']:,} events "
        f"({100 * coverage['share']:.2f}%) have both sides resolved to a class."
    )


@actors.command("resolve")
@click.pass_obj
def resolve(settings: Settings) -> None:
    """Re-resolve every event's sides with the current registry (after editing your actors file)."""
    from dyadscope.store.resolve import resolve_store

    ds = settings.open()
    count = resolve_store(ds.store, ds.registry)
    coverage = ds.coverage()
    click.echo(f"re-resolved {count:,} events; {100 * coverage['share']:.2f}% have both sides resolved")
