"""The caveats and credits printed under every targeting table, shared by the CLI, the HTML report and the
Python API (`print(result.caveats)`), in English or Danish."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

from dyadscope.analysis.targeting import Caveats, TargetingResult, semantics_text
from dyadscope.report.i18n import number
from dyadscope.sources import CREDITS

_TEXT = {
    "left_out": {
        "en": "Left out: {n} events whose date precision (e.g. year only) overlaps the window but cannot be "
        "placed inside it.",
        "da": "Udeladt: {n} hændelser, hvis datering (f.eks. kun året) overlapper perioden, men ikke kan placeres "
        "inden for den.",
    },
    "unresolved": {
        "en": "Uncertain: {n} events whose counterpart is unnamed or could not be classed "
        "(see `dyadscope actors unresolved`).",
        "da": "Usikkert: {n} hændelser, hvis modpart er unavngivet eller ikke kunne klassificeres "
        "(se `dyadscope actors unresolved`).",
    },
    "derived_admin1": {
        "en": "Uncertain: {n} events have a governorate derived from coordinates only (the source gave no admin1).",
        "da": "Usikkert: {n} hændelser har et guvernement udledt alene af koordinaterne (kilden angav intet).",
    },
    "coarse_place": {
        "en": "Uncertain: {n} events are located only to an area, country or airspace.",
        "da": "Usikkert: {n} hændelser er kun stedfæstet til et område, et land eller et luftrum.",
    },
    "self_dyads": {
        "en": "Left out: {n} events whose producer gave the same actor on both sides "
        "(a coding error in the source, e.g. older GED releases).",
        "da": "Udeladt: {n} hændelser, hvor producenten angav samme aktør på begge sider "
        "(en kodefejl i kilden, f.eks. ældre GED-udgaver).",
    },
    "routes": {"en": "Counterpart classes: {parts}.", "da": "Modparternes klasser: {parts}."},
    "intervals": {
        "en": "Intervals: 95% Wilson score intervals of event shares.",
        "da": "Intervaller: 95 %-Wilson-intervaller for andele af hændelserne.",
    },
    "source": {"en": "Source: {credit}", "da": "Kilde: {credit}"},
}
# Notes the analysis writes in English, in Danish (a note not listed here is shown as written).
_NOTES_DA = {
    "no interval for fatality shares: deaths in one event are not independent trials": (
        "intet interval for andele af dødsfald: dødsfald i én hændelse er ikke uafhængige forsøg"
    ),
    "--dedupe asked, but the store has no links: run `dyadscope link` first": (
        "--dedupe bedt om, men lageret har ingen links: kør `dyadscope link` først"
    ),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _TEXT[key][lang].format(**values)


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
    ):
        if count and shown:
            lines.append(_t(key, lang, n=number(count, lang)))
    if any(c.class_routes.values()):
        lines.append(class_route_line(c.class_routes, lang))
    for key, count in (("derived_admin1", c.derived_admin1), ("coarse_place", c.coarse_place)):
        if count and places:
            lines.append(_t(key, lang, n=number(count, lang)))
    lines.extend(_NOTES_DA.get(note, note) if lang == "da" else note for note in c.notes)
    return lines


# How a counterpart got its class, as the footer says it (ROUTES order).
ROUTE_WORDS: dict[str, dict[str, str]] = {
    "registry": {"en": "by the actor registry", "da": "af aktørregistret"},
    "convention": {"en": "by the producer's naming convention", "da": "af producentens navnekonvention"},
    "source-code": {"en": "by the producer's own actor-type code", "da": "af producentens egen aktørtypekode"},
    "fallback": {"en": "by the producer's definition alone", "da": "alene af producentens definition"},
}


def class_route_line(routes: dict[str, int], lang: str = "en") -> str:
    """How the counted events' counterparts were classed: registry, convention, type code, fallback."""
    parts = [f"{number(n, lang)} {ROUTE_WORDS.get(route, {}).get(lang, route)}" for route, n in routes.items() if n]
    return _t("routes", lang, parts="; ".join(parts))


def credit_lines(result: TargetingResult, lang: str = "en") -> list[str]:
    """The credit of every source the figures were counted from."""
    return [_t("source", lang, credit=CREDITS.get(source, source)) for source in result.sources]


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
