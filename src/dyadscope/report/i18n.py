"""The report's words and formats: labels are the catalogue's `report.*` entries, else `common.*` (dyadscope.i18n)."""

from __future__ import annotations

from dyadscope.i18n import LANGS, area_text, check_lang
from dyadscope.i18n.formats import VEGA_LOCALE, class_name, country, date, number, percent

__all__ = ["LANGS", "VEGA_LOCALE", "check_lang", "class_name", "country", "date", "number", "percent", "text"]


def text(key: str, lang: str, **values: object) -> str:
    """The report label `key` in `lang` with its blanks filled."""
    return area_text("report", key, lang, **values)
