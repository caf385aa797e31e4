"""The caveats and credits printed under every targeting table, shared by the CLI and the HTML report."""

from __future__ import annotations

from dyadscope.analysis.targeting import TargetingResult
from dyadscope.sources import CREDITS


def caveat_lines(result: TargetingResult) -> list[str]:
    """What was counted and what was left out or is uncertain, one sentence each."""
    c = result.caveats
    lines = [c.semantics]
    if c.uncertain_date_left_out:
        lines.append(
            f"Left out: {c.uncertain_date_left_out:,} events whose date precision (e.g. year only) "
            "overlaps the window but cannot be placed inside it."
        )
    if c.unresolved_counterpart:
        lines.append(
            f"Uncertain: {c.unresolved_counterpart:,} events whose counterpart is unnamed or could not be classed "
            "(see `dyadscope actors unresolved`)."
        )
    if c.self_dyads_left_out:
        lines.append(
            f"Left out: {c.self_dyads_left_out:,} events whose producer gave the same actor on both sides "
            "(a coding error in the source, e.g. older GED releases)."
        )
    if any(c.class_routes.values()):
        lines.append(class_route_line(c.class_routes))
    if c.derived_admin1 and (result.query.by == "admin1" or result.query.admin1):
        lines.append(
            f"Uncertain: {c.derived_admin1:,} events have a governorate derived from coordinates only "
            "(the source gave no admin1)."
        )
    if c.coarse_place and (result.query.by == "admin1" or result.query.admin1):
        lines.append(f"Uncertain: {c.coarse_place:,} events are located only to an area, country or airspace.")
    lines.extend(c.notes)
    return lines


# How a counterpart got its class, as the footer says it (ROUTES order).
ROUTE_WORDS: dict[str, str] = {
    "registry": "by the actor registry",
    "convention": "by the producer's naming convention",
    "source-code": "by the producer's own actor-type code",
    "fallback": "by the producer's definition alone",
}


def class_route_line(routes: dict[str, int]) -> str:
    """How the counted events' counterparts were classed: registry, convention, type code, fallback."""
    parts = [f"{n:,} {ROUTE_WORDS.get(route, route)}" for route, n in routes.items() if n]
    return "Counterpart classes: " + "; ".join(parts) + "."


def credit_lines(result: TargetingResult) -> list[str]:
    """The credit of every source the figures were counted from."""
    return [f"Source: {CREDITS.get(source, source)}" for source in result.sources]


def footer_lines(result: TargetingResult) -> list[str]:
    """The caveats and credits printed under every targeting table."""
    return [*caveat_lines(result), "Intervals: 95% Wilson score intervals of event shares.", *credit_lines(result)]
