"""The report's words and formats: its labels are the catalogue's `report.*` entries (dyadscope.i18n)."""

from __future__ import annotations

from dyadscope.i18n import LANGS, check_lang, t
from dyadscope.i18n.formats import VEGA_LOCALE, class_name, country, date, number, percent

__all__ = ["LANGS", "VEGA_LOCALE", "check_lang", "class_name", "country", "date", "number", "percent", "text"]


def text(key: str, lang: str, **values: object) -> str:
    """The report label `key` in `lang` with its blanks filled."""
    return t(f"report.{key}", lang, **values)
