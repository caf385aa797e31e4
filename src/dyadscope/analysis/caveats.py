"""The caveats and credits printed under every targeting table, shared by the CLI, the HTML report and the
Python API (`print(result.caveats)`), in English or Danish (the catalogue's `targeting.*` entries)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

from dyadscope.analysis.targeting import Caveats, TargetingResult, semantics_text, window_uncovered
from dyadscope.i18n import from_english, t
from dyadscope.i18n.formats import number, percent, word
from dyadscope.sources import CREDITS


def _t(key: str, lang: str, **values: object) -> str:
    return t(f"targeting.caveat_{key}", lang, **values)


def semantics_line(result: TargetingResult, lang: str = "en") -> str:
    """What was counted: engagements between sides, directed events, or nothing."""
    c = result.caveats
    return semantics_text(result.query, c.directed_events, c.undirected_events, lang)


def caveat_lines(result: TargetingResult, lang: str = "en") -> list[str]:
    """What was counted and what was left out or is uncertain, one sentence each."""
    c = result.caveats
    places = result.query.by == "admin1" or bool(result.query.admin1)
    lines = [semantics_line(result, lang)]
    for key, count, shown in (
        ("left_out", c.uncertain_date_left_out, True),
        ("unresolved", c.unresolved_counterpart, True),
        ("self_dyads", c.self_dyads_left_out, True),
        ("sides_from_dyad_name", c.sides_from_dyad_name, True),
        ("shared_side", c.shared_side, not result.query.actor_alone),
    ):
        if count and shown:
            lines.append(_t(key, lang, n=number(count, lang)))
    left_out, inside = c.uncertain_date_left_out, result.total_events
    if window_uncovered(left_out, inside):  # the shares above may not represent the window
        share = percent(left_out / (left_out + inside), lang)
        lines.append(
            _t("window_uncovered", lang, n=number(left_out, lang), total=number(left_out + inside, lang), share=share)
        )
    if any(c.class_routes.values()):
        lines.append(class_route_line(c.class_routes, lang))
    for key, count in (("derived_admin1", c.derived_admin1), ("coarse_place", c.coarse_place)):
        if count and places:
            lines.append(_t(key, lang, n=number(count, lang)))
    lines.extend(from_english(note, lang, "targeting") for note in c.notes)  # notes are stored in English
    return lines


def class_route_line(routes: dict[str, int], lang: str = "en") -> str:
    """How the counted events' counterparts were classed: registry, convention, type code, fallback."""
    parts = [f"{number(n, lang)} {word('targeting', f'route.{route}', lang)}" for route, n in routes.items() if n]
    return _t("routes", lang, parts="; ".join(parts))


def credit_lines(result: TargetingResult, lang: str = "en") -> list[str]:
    """The credit of every source the figures were counted from."""
    return [t("common.source_credit", lang, credit=CREDITS.get(source, source)) for source in result.sources]


def interval_line(lang: str = "en") -> str:
    """How the intervals were computed."""
    return _t("intervals", lang)


def footer_lines(result: TargetingResult, lang: str = "en") -> list[str]:
    """The caveats and credits printed under every targeting table."""
    intervals = [interval_line(lang)] if result.query.weight == "events" else []  # deaths get no interval
    return [*caveat_lines(result, lang), *intervals, *credit_lines(result, lang)]


class StatedCaveats(Caveats):
    """A result's caveats that also read as the CLI prints them.

    >>> print(result.caveats)            # doctest: +SKIP
    >>> for line in result.caveats: ...  # doctest: +SKIP
    """

    _result: TargetingResult

    @classmethod
    def of(cls, result: TargetingResult) -> StatedCaveats:
        """The caveats of `result`, able to state themselves."""
        stated = cls(**{f.name: getattr(result.caveats, f.name) for f in fields(Caveats)})
        stated._result = result
        return stated

    def lines(self, lang: str = "en") -> list[str]:
        """The footer lines the CLI prints under the table: caveats, the interval method, credits."""
        return footer_lines(self._result, lang)

    @property
    def credits(self) -> list[str]:
        """The full credit of every source the figures were counted from."""
        return [CREDITS.get(source, source) for source in self._result.sources]

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines())

    def __str__(self) -> str:
        return "\n".join(self.lines())
