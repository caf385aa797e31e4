"""The avoidance test's wording in English and Danish: summary, caveats and notes (CLI, report and web share it)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from dyadscope.report.i18n import number

if TYPE_CHECKING:
    from dyadscope.analysis.avoidance import AvoidanceResult

_TEXT: dict[str, dict[str, str]] = {
    "fewer": {"en": "fewer", "da": "færre"},
    "more": {"en": "more", "da": "flere"},
    "observed": {
        "en": "A-B engagements: observed {observed}, expected {expected} ({direction} than their shared presence "
        "predicts)",
        "da": "Kampe mellem A og B: observeret {observed}, forventet {expected} ({direction} end deres fælles "
        "tilstedeværelse forudsiger)",
    },
    "ratio": {
        "en": "ratio observed/expected {ratio} (95% interval {low}-{high} from the permutation test; "
        "{clow}-{chigh} resampling whole cells)",
        "da": "forholdet observeret/forventet {ratio} (95 %-interval {low}-{high} fra permutationstesten; "
        "{clow}-{chigh} ved gentrækning af hele celler)",
    },
    "test": {
        "en": "permutation test ({permutations} within-cell shuffles, seed {seed}): p = {p} two-sided; "
        "avoidance p = {p_lower}, attraction p = {p_upper}",
        "da": "permutationstest ({permutations} ombytninger inden for cellerne, seed {seed}): p = {p} tosidet; "
        "undgåelse p = {p_lower}, tiltrækning p = {p_upper}",
    },
    "exposure": {
        "en": "exposure: {both} cells with both active ({a_both} A events); no exposure: {a_only} cells with only A "
        "({a_events} A events), {b_only} cells with only B ({b_activity} B appearances)",
        "da": "eksponering: {both} celler, hvor begge er aktive ({a_both} hændelser med A); ingen eksponering: "
        "{a_only} celler med kun A ({a_events} hændelser med A), {b_only} celler med kun B ({b_activity} "
        "optrædener af B)",
    },
    "verdict": {"en": "verdict: {verdict}", "da": "konklusion: {verdict}"},
    "verdict_fewer": {
        "en": "fewer A-B engagements than their shared presence predicts (p < 0.05, both intervals below 1)",
        "da": "færre kampe mellem A og B, end deres fælles tilstedeværelse forudsiger (p < 0,05, begge intervaller "
        "under 1)",
    },
    "verdict_more": {
        "en": "more A-B engagements than their shared presence predicts (p < 0.05, both intervals above 1)",
        "da": "flere kampe mellem A og B, end deres fælles tilstedeværelse forudsiger (p < 0,05, begge intervaller "
        "over 1)",
    },
    "verdict_inconclusive": {"en": "inconclusive: {why}", "da": "uafklaret: {why}"},
    "why_p": {"en": "p = {p} is not below 0.05", "da": "p = {p} er ikke under 0,05"},
    "why_nan": {"en": "the {name} interval cannot be computed", "da": "{name} kan ikke beregnes"},
    "why_one": {"en": "the {name} interval ({low}-{high}) includes 1", "da": "{name} ({low}-{high}) omfatter 1"},
    "why_sides": {
        "en": "the two intervals lie on different sides of 1",
        "da": "de to intervaller ligger på hver sin side af 1",
    },
    "permutation": {"en": "permutation", "da": "intervallet fra permutationstesten"},
    "cell-resampling": {"en": "cell-resampling", "da": "intervallet fra gentrækning af celler"},
    "left_out": {"en": "Left out (A's and B's events): {parts}.", "da": "Udeladt (A's og B's hændelser): {parts}."},
    "date_straddles_window": {"en": "dates straddle the window", "da": "med datoer, der rækker ud over perioden"},
    "date_coarser_than_period": {
        "en": "dates not within one {period}",
        "da": "med datoer, der ikke ligger inden for samme {period}",
    },
    "no_cell_value": {"en": "no {cell} value", "da": "uden {cell}-værdi"},
    "place_coarser_than_cell": {
        "en": "located too coarsely for a {cell} cell",
        "da": "stedfæstet for groft til en {cell}-celle",
    },
    # Why this period (analysis/avoidance.py stores the key and values), then the notes.
    "as_asked": {"en": "as asked", "da": "som valgt"},
    "year_only_period": {
        "en": "{n} of A's {total} events in the window are dated only to the year",
        "da": "{n} af A's {total} hændelser i perioden er kun dateret til året",
    },
    "finest_period": {
        "en": "finest period most of A's events can be placed in",
        "da": "den fineste periode, de fleste af A's hændelser kan placeres i",
    },
    "lethal_only": {
        "en": "UCDP GED records only events with at least one death: a non-lethal clash or a quiet front line is "
        "absent, so 'no engagement' means 'no lethal engagement recorded'.",
        "da": "UCDP GED registrerer kun hændelser med mindst ét dødsfald: en kamp uden dræbte eller en rolig front "
        "mangler, så 'ingen kamp' betyder 'ingen registreret dødelig kamp'.",
    },
    "undirected": {
        "en": "Engagements are undirected: the test says how often the two fought, not who attacked whom.",
        "da": "Kampe har ingen retning: testen siger, hvor ofte de to kæmpede, ikke hvem der angreb hvem.",
    },
    "year_only": {
        "en": "{n} of A's and B's events are dated only to the year (the reduced UCDP layout) and cannot be placed "
        "in a {period}: they are left out, not guessed.",
        "da": "{n} af A's og B's hændelser er kun dateret til året (UCDP's reducerede format) og kan ikke placeres "
        "i en {period}: de er udeladt, ikke gættet.",
    },
    "no_admin2": {
        "en": "{n} events have no admin2 (the source gave none; rows of the reduced year-only UCDP layout never "
        "have one, though they have a PRIO-GRID cell).",
        "da": "{n} hændelser har intet admin2 (kilden angav intet; rækker i UCDP's reducerede format har aldrig et, "
        "men de har en PRIO-GRID-celle).",
    },
    "few_cells": {
        "en": "Only {cells} cells carry A engagements: the cell-bootstrap interval is unreliable.",
        "da": "Kun {cells} celler har kampe med A: intervallet fra gentagen udtrækning af celler er upålideligt.",
    },
}
_PERIOD_DA = {"month": "måned", "week": "uge", "year": "år"}
_NOT_AVAILABLE = {"en": "n/a", "da": "i.t."}


def _num(value: float | None, lang: str, digits: int = 2) -> str:
    """A number in `lang`'s format; 'n/a' (or 'i.t.') when there is none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return _NOT_AVAILABLE[lang]
    return number(value, lang, digits)


def period_name(period: str, lang: str) -> str:
    """'month' -> 'måned' in Danish."""
    return _PERIOD_DA.get(period, period) if lang == "da" else period


def text(key: str, lang: str, **values: object) -> str:
    """One template in `lang` with its blanks filled (values already formatted)."""
    return _TEXT[key][lang].format(**values)


def note_text(key: str, lang: str, values: dict[str, object]) -> str:
    """A note in `lang`, its numbers in that language's format."""
    shown = {k: number(v, lang) if isinstance(v, int) else v for k, v in values.items()}
    if "period" in shown:
        shown["period"] = period_name(str(shown["period"]), lang)
    return text(key, lang, **shown)


def summary_lines(result: AvoidanceResult, lang: str = "en") -> list[str]:
    """Observed, expected, ratio, intervals, p-values, exposure, verdict."""
    t, n = result.test, result.no_exposure
    (low, high), (clow, chigh) = result.ratio_ci, result.ratio_ci_cells
    verdict = (
        text("verdict_inconclusive", lang, why=why_inconclusive(result, lang))
        if result.verdict == "inconclusive"
        else text(f"verdict_{result.verdict}", lang)
    )
    return [
        text(
            "observed",
            lang,
            observed=number(t.observed, lang),
            expected=_num(t.expected, lang, 1),
            direction=text("fewer" if t.observed < t.expected else "more", lang),
        ),
        text(
            "ratio",
            lang,
            ratio=_num(result.ratio, lang),
            low=_num(low, lang),
            high=_num(high, lang),
            clow=_num(clow, lang),
            chigh=_num(chigh, lang),
        ),
        text(
            "test",
            lang,
            permutations=number(t.permutations, lang),
            seed=result.query.seed,
            p=_num(t.p_two_sided, lang, 4),
            p_lower=_num(t.p_lower, lang, 4),
            p_upper=_num(t.p_upper, lang, 4),
        ),
        text(
            "exposure",
            lang,
            both=number(n["cells_both"], lang),
            a_both=number(n["a_events_both"], lang),
            a_only=number(n["cells_a_only"], lang),
            a_events=number(n["a_events_a_only"], lang),
            b_only=number(n["cells_b_only"], lang),
            b_activity=number(n["b_activity_b_only"], lang),
        ),
        text("verdict", lang, verdict=verdict),
    ]


def why_inconclusive(result: AvoidanceResult, lang: str = "en") -> str:
    """Which of the test and the two intervals lets a ratio of 1 stand."""
    if result.test.p_two_sided >= 0.05:
        return text("why_p", lang, p=_num(result.test.p_two_sided, lang, 4))
    for name, (low, high) in (("permutation", result.ratio_ci), ("cell-resampling", result.ratio_ci_cells)):
        if math.isnan(low) or math.isnan(high):
            return text("why_nan", lang, name=text(name, lang))
        if low <= 1 <= high:
            return text("why_one", lang, name=text(name, lang), low=_num(low, lang), high=_num(high, lang))
    return text("why_sides", lang)


def caveat_lines(result: AvoidanceResult, lang: str = "en") -> list[str]:
    """What was left out and why, then the notes."""
    lo, cell = result.left_out, result.query.cell
    keys = ("date_straddles_window", "date_coarser_than_period", "no_cell_value", "place_coarser_than_cell")
    parts = [
        f"{number(lo[k], lang)} {text(k, lang, period=period_name(result.period, lang), cell=cell)}"
        for k in keys
        if lo.get(k)
    ]
    lines = [text("left_out", lang, parts="; ".join(parts))] if parts else []
    return lines + result.note_lines(lang)
