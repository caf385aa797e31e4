"""The avoidance test's wording in English and Danish: summary, caveats and notes (CLI, report and web share it).

The templates are the catalogue's `avoidance.*` entries (dyadscope.i18n)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from dyadscope.i18n import t
from dyadscope.i18n.formats import number, word

if TYPE_CHECKING:
    from dyadscope.analysis.avoidance import AvoidanceResult


def _num(value: float | None, lang: str, digits: int = 2) -> str:
    """A number in `lang`'s format; 'n/a' (or 'i.t.') when there is none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("common.not_available", lang)
    return number(value, lang, digits)


def period_name(period: str, lang: str) -> str:
    """'month' -> 'måned' in Danish."""
    return word("common", f"period.{period}", lang)


def note_text(key: str, lang: str, values: dict[str, object]) -> str:
    """A note in `lang`, its numbers in that language's format."""
    shown = {k: number(v, lang) if isinstance(v, int) else v for k, v in values.items()}
    if "period" in shown:
        shown["period"] = period_name(str(shown["period"]), lang)
    return t(f"avoidance.{key}", lang, **shown)


def summary_lines(result: AvoidanceResult, lang: str = "en") -> list[str]:
    """Observed, expected, ratio, intervals, p-values, exposure, verdict."""
    test, n = result.test, result.no_exposure
    (low, high), (clow, chigh) = result.ratio_ci, result.ratio_ci_cells
    verdict = (
        t("avoidance.verdict_inconclusive", lang, why=why_inconclusive(result, lang))
        if result.verdict == "inconclusive"
        else t(f"avoidance.verdict_{result.verdict}", lang)
    )
    return [
        t(
            "avoidance.observed",
            lang,
            observed=number(test.observed, lang),
            expected=_num(test.expected, lang, 1),
            direction=t("avoidance.fewer" if test.observed < test.expected else "avoidance.more", lang),
        ),
        t(
            "avoidance.ratio",
            lang,
            ratio=_num(result.ratio, lang),
            low=_num(low, lang),
            high=_num(high, lang),
            clow=_num(clow, lang),
            chigh=_num(chigh, lang),
        ),
        t(
            "avoidance.test",
            lang,
            permutations=number(test.permutations, lang),
            seed=result.query.seed,
            p=_num(test.p_two_sided, lang, 4),
            p_lower=_num(test.p_lower, lang, 4),
            p_upper=_num(test.p_upper, lang, 4),
        ),
        t(
            "avoidance.exposure",
            lang,
            both=number(n["cells_both"], lang),
            a_both=number(n["a_events_both"], lang),
            a_only=number(n["cells_a_only"], lang),
            a_events=number(n["a_events_a_only"], lang),
            b_only=number(n["cells_b_only"], lang),
            b_activity=number(n["b_activity_b_only"], lang),
        ),
        t("avoidance.verdict", lang, verdict=verdict),
    ]


def why_inconclusive(result: AvoidanceResult, lang: str = "en") -> str:
    """Which of the test and the two intervals lets a ratio of 1 stand."""
    if result.test.p_two_sided >= 0.05:
        return t("avoidance.why_p", lang, p=_num(result.test.p_two_sided, lang, 4))
    for key, (low, high) in (("permutation", result.ratio_ci), ("cell-resampling", result.ratio_ci_cells)):
        name = t(f"avoidance.{key}", lang)
        if math.isnan(low) or math.isnan(high):
            return t("avoidance.why_nan", lang, name=name)
        if low <= 1 <= high:
            return t("avoidance.why_one", lang, name=name, low=_num(low, lang), high=_num(high, lang))
    return t("avoidance.why_sides", lang)


def caveat_lines(result: AvoidanceResult, lang: str = "en") -> list[str]:
    """What was left out and why, then the notes."""
    lo, cell = result.left_out, result.query.cell
    keys = ("date_straddles_window", "date_coarser_than_period", "no_cell_value", "place_coarser_than_cell")
    period = period_name(result.period, lang)
    parts = [f"{number(lo[k], lang)} {t(f'avoidance.{k}', lang, period=period, cell=cell)}" for k in keys if lo.get(k)]
    lines = [t("avoidance.left_out", lang, parts="; ".join(parts))] if parts else []
    return lines + result.note_lines(lang)
