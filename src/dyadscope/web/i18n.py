"""The web pages' words and formats: labels are the catalogue's `web.*` entries (else `common.*`) (dyadscope.i18n)."""

from __future__ import annotations

import datetime as dt

from dyadscope.i18n import LANGS, area_text, has, t
from dyadscope.i18n.formats import class_name, number, percent
from dyadscope.i18n.formats import date as long_date

__all__ = ["LANGS", "check_lang", "class_name", "date", "number", "percent", "text", "verdict"]


def check_lang(lang: str | None) -> str:
    """A supported language code ('en' when unknown: the page should still render)."""
    return lang if lang in LANGS else "en"


def text(key: str, lang: str, **values: object) -> str:
    """The page label `key` in `lang` with its blanks filled."""
    return area_text("web", key, lang, **values)


def date(value: str | dt.date | None, lang: str) -> str:
    """An ISO date in words in the page's language; None as an ellipsis."""
    if not value:
        return "…"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return long_date(value, lang)


def verdict(name: str, lang: str) -> str:
    """A claim verdict in the page's language (the word the verdict texts use)."""
    return t(f"claims.{name}", lang) if has(f"claims.{name}") else name
