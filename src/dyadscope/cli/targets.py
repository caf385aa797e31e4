"""`dyadscope targets`: who an actor engaged or targeted, with shares and intervals."""

from __future__ import annotations

import click

from dyadscope.analysis.targeting import BREAKDOWNS, DEFINITION_FLAGS, WEIGHTS
from dyadscope.cli.app import Settings
from dyadscope.cli.options import format_option, scope_options
from dyadscope.cli.render import print_targets


@click.command("targets")
@click.argument("actor")
@scope_options
@click.option(
    "--by",
    type=click.Choice(BREAKDOWNS),
    default="class",
    show_default=True,
    help="Break down by counterpart class, counterpart actor, governorate, month or source.",
)
@click.option(
    "--weight", type=click.Choice(WEIGHTS), default="events", show_default=True, help="Shares of events or of deaths."
)
@click.option("--against", is_flag=True, help="The reverse question: who engaged/targeted ACTOR.")
@click.option(
    "--source", "sources", multiple=True, help="Only these sources (ucdp-ged or ucdp, acled, gtd, gdelt); repeatable."
)
@click.option("--admin1", help="Only this governorate/province.")
@click.option(
    "--with",
    "with_actor",
    metavar="ACTOR",
    help="Also count, per row, the events whose counterpart includes this actor.",
)
@click.option(
    "--exclude-doubtful", is_flag=True, help="Leave out records the producer doubts (GTD doubtterr/guncertain)."
)
@click.option("--dedupe", is_flag=True, help="Count each event linked across sources (`dyadscope link`) once.")
@click.option(
    DEFINITION_FLAGS["actor_alone"], is_flag=True, help="Only events where ACTOR's side was ACTOR alone (no coalition)."
)
@click.option(
    DEFINITION_FLAGS["exclude_one_sided"], "exclude_one_sided", is_flag=True, help="Leave out one-sided violence."
)
@click.option(
    DEFINITION_FLAGS["given_admin1_only"], is_flag=True, help="Only governorates the source gave (not derived)."
)
@click.option(
    DEFINITION_FLAGS["name_alone"], is_flag=True, help="ACTOR (and --with) under its own name only, not its renames."
)
@format_option
@click.pass_obj
def targets_command(
    settings: Settings,
    actor: str,
    country: str | None,
    start: str | None,
    end: str | None,
    by: str,
    weight: str,
    against: bool,
    sources: tuple[str, ...],
    admin1: str | None,
    with_actor: str | None,
    exclude_doubtful: bool,
    dedupe: bool,
    actor_alone: bool,
    exclude_one_sided: bool,
    given_admin1_only: bool,
    name_alone: bool,
    fmt: str,
) -> None:
    """Whom ACTOR engaged (or who engaged ACTOR), with counts, shares and 95% intervals.

    Example: dyadscope targets ISIS --country SYR --from 2014-01-01 --to 2014-12-31 --by class
    """
    ds = settings.open(read_only=True)
    result = ds.targets(
        actor,
        country=country,
        start=start,
        end=end,
        by=by,
        weight=weight,
        against=against,
        sources=sources,
        admin1=admin1,
        with_actor=with_actor,
        exclude_doubtful=exclude_doubtful,
        dedupe=dedupe,
        actor_alone=actor_alone,
        exclude_one_sided=exclude_one_sided,
        given_admin1_only=given_admin1_only,
        name_alone=name_alone,
    )
    print_targets(result, fmt, lang=settings.lang, registry=ds.registry)
