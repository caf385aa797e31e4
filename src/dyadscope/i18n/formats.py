"""Numbers, dates and names as each language writes them: `number(1234.5, "da", 1) == "1.234,5"`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from dyadscope.i18n import t

# Locales vl-convert knows, so chart axes follow the page (d3-format / d3-time-format names).
VEGA_LOCALE = {"en": "en-US", "da": "da-DK"}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """1234.5 -> '1,234.5' (en) or '1.234,5' (da); NaN -> '–'."""
    if _missing(value):
        return "–"
    english = f"{value:,.{digits}f}"
    if lang == "da":
        return english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return english


def percent(share: float | None, lang: str, digits: int = 1) -> str:
    """0.123 -> '12.3%' (en) or '12,3 %' (da)."""
    if _missing(share):
        return "–"
    return number(100 * share, lang, digits) + ("\u00a0%" if lang == "da" else "%")  # type: ignore[operator]


def iso_date(value: object, error: Callable[[], Exception]) -> dt.date | None:
    """A date given as ISO text (a user's option, a YAML field): a date or None as it is, else `error()` is raised
    when its text is not a date like 2014-12-31 (each caller says what was wrong in its own words)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise error() from exc


def month_name(month: int, lang: str) -> str:
    """1 -> 'January' (en) or 'januar' (da)."""
    return t(f"common.month_{month}", lang)


def date(value: dt.date | str | None, lang: str) -> str:
    """2014-11-21 -> '21 November 2014' (en) or '21. november 2014' (da); an ISO text likewise; none -> '…'."""
    if not value:
        return "…"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value  # not a day (a month, a year): as written
    month = month_name(value.month, lang)
    return f"{value.day}. {month} {value.year}" if lang == "da" else f"{value.day} {month} {value.year}"


def word(area: str, name: str, lang: str) -> str:
    """A catalogue word named by data (a class label, a period unit) in `lang`; the name itself when none."""
    from dyadscope.i18n import catalogue

    texts = catalogue().get(f"{area}.{name}")
    return texts[lang] if texts else name


def class_name(label: str, lang: str) -> str:
    """A counterpart-class label in `lang` ('state forces + jihadist' -> 'statsstyrker + jihadister')."""
    if lang == "en":
        return label
    return " + ".join(word("common", f"class.{part}", lang) for part in label.split(" + "))


def reason(code: str, lang: str) -> str:
    """A quarantine reason as shown: its code (what `--reason` filters by), in Danish with its meaning in words:
    `reason("bad-date", "da") == "bad-date (dato mangler eller kan ikke læses)"`."""
    meaning = word("common", f"reason.{code}", lang)
    return code if lang == "en" or meaning == code else f"{code} ({meaning})"


def country(iso3: str, lang: str) -> str:
    """A country's short name in `lang`: `country("SYR", "da") == "Syrien"`."""
    from dyadscope.countries import country_name  # pycountry, loaded only when a text names a country

    return country_name(iso3, lang)
