"""`dyadscope actors ...`: look up actors, see what did not resolve, how much did, re-resolve the store."""

from __future__ import annotations

import json

import click
from rich.markup import escape
from rich.table import Table

from dyadscope.actors.registry import CLASS_LABELS, Actor, Registry
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option
from dyadscope.cli.render import column, echo_csv, wide_console
from dyadscope.errors import InputError, QueryError
from dyadscope.i18n import msg, t
from dyadscope.i18n.formats import class_name, country, number, percent


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
    lang = settings.lang
    console = wide_console()
    say = lambda key, **fields: console.print("  " + escape(t(f"cli.{key}", lang, **fields)), highlight=False)  # noqa: E731
    # polish: actors by the registry's names in --lang (the canonical name beside a Danish one), countries by name
    names = lambda ids: ", ".join(registry.actors[i].display_name(lang) for i in ids)  # noqa: E731
    title = _titled(actor, lang)
    console.print(f"[bold]{escape(title)}[/bold]  {escape(t('cli.actor_id', lang, id=actor.id))}", highlight=False)
    land = f"{country(actor.country, lang)} ({actor.country})" if actor.country else ""
    where = t("cli.actor_country", lang, country=land) if actor.country else ""
    say("actor_class", label=class_name(CLASS_LABELS[actor.actor_class], lang) + where)
    if actor.valid_from or actor.valid_to:
        say("actor_valid", start=actor.valid_from or "…", end=actor.valid_to or "…")
    say("actor_aliases", names=", ".join(actor.aliases) or "-")
    lineage = sorted(registry.lineage(actor.id) - {actor.id})
    if lineage:
        say("actor_lineage", names=names(lineage))
    if actor.parent:
        say("actor_part_of", name=registry.actors[actor.parent].display_name(lang))
    if actor.member_of:
        say("actor_member_of", names=names(actor.member_of))
    members = registry.members(actor.id)
    if members:
        say("actor_members", names=", ".join(m.display_name(lang) for m in members))
    note = actor.note_in(lang)
    if note:
        say("actor_note", note=note[0])


@actors.command("search")
@click.argument("text")
@click.pass_obj
def search(settings: Settings, text: str) -> None:
    """List actors whose name or an alias contains TEXT: the registry's, and those only the store's events name.

    Example: dyadscope actors search Nigeria
    """
    try:  # the store's events name actors the registry does not know (ACLED's "Protesters (Nigeria)")
        ds = settings.open(read_only=True)
        known = set(ds.registry.actors)
        found = ds.search_actors(text)
    except InputError:  # no store yet: the registry alone
        found = Registry.load(settings.actors_file).search(text)
        known = {a.id for a in found}
    for actor in found:
        label = class_name(CLASS_LABELS[actor.actor_class], settings.lang)
        mark = "" if actor.id in known else "  " + t("cli.actor_from_data", settings.lang)
        click.echo(f"{actor.id:28} {_titled(actor, settings.lang)}  [{label}]{mark}")


def _titled(actor: Actor, lang: str) -> str:
    """'Syriens regering (Government of Syria)' in Danish: the name shown, and the canonical one where it differs."""
    shown = actor.display_name(lang)
    return shown if shown == actor.name else f"{shown} ({actor.name})"


def _require_events(coverage: dict[str, float | int]) -> None:
    if not coverage["events"]:
        raise QueryError(msg("errors.empty_store"))


def _coverage_line(coverage: dict[str, float | int], lang: str) -> str:
    one = t("cli.coverage_one_sided", lang, n=number(coverage["one_sided"], lang)) if coverage["one_sided"] else ""
    return t(
        "cli.coverage_line",
        lang,
        resolved=number(coverage["resolved"], lang),
        events=number(coverage["events"], lang),
        share=percent(coverage["share"], lang, 2),
        one=one,
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
    lang = settings.lang
    table = Table(title=t("cli.unresolved_title", lang, n=number(len(frame), lang)), title_justify="left")
    table.add_column(t("cli.col_name", lang))
    table.add_column(column("events", lang), justify="right")
    for row in frame.itertuples(index=False):
        table.add_row(escape(str(row.name)), number(row.events, lang))
    console = wide_console()
    console.print(table)
    console.print(_coverage_line(coverage, lang), highlight=False)


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
    lang = settings.lang
    table = Table(title=t("cli.coverage_title", lang), title_justify="left")
    headers = [column(name, lang) for name in ("source", "events", "resolved", "share")]
    headers += [t("cli.col_one_side", lang), t("cli.col_unresolved_names", lang)]
    for i, name in enumerate(headers):
        table.add_column(name, justify="left" if i == 0 else "right")
    for row in frame.itertuples(index=False):
        table.add_row(
            escape(str(row.source)),
            number(row.events, lang),
            number(row.resolved, lang),
            percent(row.share, lang, 2),
            number(row.one_sided, lang),
            number(row.unresolved_names, lang),
        )
    console = wide_console()
    console.print(table)
    console.print(_coverage_line(total, lang), highlight=False)
    console.print(f"  [dim]{t('cli.coverage_hint', lang)}[/dim]")


@actors.command("resolve")
@click.pass_obj
def resolve(settings: Settings) -> None:
    """Re-resolve every event's sides with the current registry (after editing your actors file)."""
    from dyadscope.store.resolve import resolve_store

    ds = settings.open()
    done = resolve_store(ds.store, ds.registry)
    coverage = ds.coverage()
    lang = settings.lang
    share = percent(coverage["share"], lang, 2)
    changed = number(done.changed_sides, lang)
    click.echo(t("cli.resolved_store", lang, events=number(done.events, lang), changed=changed, share=share))
