"""Countries as users type them: ISO3 or ISO2 codes, or names in English or Danish -> the store's ISO3 code.

>>> country_code("Syrien"), country_code("sy"), country_code("Irak")
('SYR', 'SYR', 'IRQ')
"""

from __future__ import annotations

import difflib
import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dyadscope.cache import cached_or_built, file_stamp
from dyadscope.errors import QueryError
from dyadscope.i18n import msg


@dataclass(frozen=True)
class _Named:
    """'SYR (Syria)' in an error, 'SYR (Syrien)' when the error is shown in Danish."""

    iso3: str

    def in_lang(self, lang: str) -> str:
        return f"{self.iso3} ({country_name(self.iso3, lang)})"


# Danish short names where the ISO translations give only the formal name ("Syriske Arabiske Republik").
DANISH_NAMES = {
    "SYR": "Syrien",
    "IRQ": "Irak",
    "TUR": "Tyrkiet",
    "LBN": "Libanon",
    "JOR": "Jordan",
    "IRN": "Iran",
    "ISR": "Israel",
    "PSE": "Palæstina",
    "SAU": "Saudi-Arabien",
    "YEM": "Yemen",
    "EGY": "Egypten",
    "LBY": "Libyen",
    "AFG": "Afghanistan",
    "RUS": "Rusland",
    "USA": "USA",
    "UKR": "Ukraine",
    "NGA": "Nigeria",
    "MLI": "Mali",
    "SOM": "Somalia",
    "SDN": "Sudan",
    "SSD": "Sydsudan",
    "COD": "Den Demokratiske Republik Congo",
}
# English short names the ISO list writes formally (pycountry's common_name covers most others), and the names of
# the countries the bundled data covers, so a heading naming them does not load pycountry (0.13 s at start-up).
ENGLISH_NAMES = {"TUR": "Turkey", "RUS": "Russia", "IRN": "Iran", "PSE": "Palestine", "COD": "DR Congo"}
ENGLISH_NAMES |= {"SYR": "Syria", "IRQ": "Iraq", "LBN": "Lebanon", "JOR": "Jordan", "AFG": "Afghanistan"}


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


# The index depends on this module's tables and on pycountry's country list and Danish names: all in its cache key.
_CODE_STAMP = Path(__file__).stat().st_mtime_ns


def pycountry_stamp(*files: str) -> str:
    """What pycountry's data `files` (relative to its package: "databases/iso3166-2.json") are, for a cache key."""
    import pycountry

    root = Path(pycountry.__file__).parent
    # A pycountry laid out otherwise: the file's absence is its stamp.
    return "-".join(file_stamp(root / name) or "-" for name in files)


@cache
def _index() -> dict[str, str]:
    """Every accepted spelling (folded) -> ISO3.

    Kept in the per-user cache (dyadscope/cache.py): building it loads pycountry's countries and their Danish
    names (0.1 s), which every command given a country, and the claim checker, paid."""
    stamp = pycountry_stamp("databases/iso3166-1.json", "locales/da/LC_MESSAGES/iso3166-1.mo")
    key = f"countries-{stamp}-{_CODE_STAMP}"
    # ~20 KB an entry: the last few versions kept.
    return cached_or_built(key, _build_index, lambda found: isinstance(found, dict), 2**20, lambda _: 2**15)


def _build_index() -> dict[str, str]:
    import pycountry  # 0.13 s: loaded when a user's country is read, not at start-up

    try:
        danish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"]).gettext
    except OSError:  # a pycountry build without translations: Danish short names still work
        danish = None
    index: dict[str, str] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        names = [country.alpha_3, country.alpha_2, country.name]
        names += [getattr(country, attr) for attr in ("common_name", "official_name") if hasattr(country, attr)]
        if danish:
            names += [danish(n) for n in names[2:]]
        for name in names:
            index.setdefault(_key(name), iso3)
    for table in (ENGLISH_NAMES, DANISH_NAMES):
        for iso3, name in table.items():
            index[_key(name)] = iso3
    return index


def country_name(iso3: str, lang: str = "en") -> str:
    """A country's short name in English or Danish: `country_name("SYR", "da") == "Syrien"`."""
    code = iso3.upper()
    if lang == "da" and code in DANISH_NAMES:
        return DANISH_NAMES[code]
    if code in ENGLISH_NAMES:
        return ENGLISH_NAMES[code]
    import pycountry  # only for a country neither table names

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    name = getattr(country, "common_name", country.name)
    if lang == "da":
        try:
            return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"]).gettext(name)
        except OSError:
            return name
    return name


def country_code(value: str, known: Iterable[str] = ()) -> str:
    """ISO3 for a code or a name in English or Danish; QueryError suggesting the nearest code otherwise.

    `known` are codes the store holds that ISO lacks (e.g. XKX for Kosovo): accepted as given.
    """
    key = _key(value)
    index = _index()
    if key in index:
        return index[key]
    extra = {_key(code): code.upper() for code in known if code}
    if key in extra:
        return extra[key]
    close = difflib.get_close_matches(key, [*index, *extra], n=1, cutoff=0.6)
    hint = ""
    if close:
        iso3 = index.get(close[0]) or extra[close[0]]
        hint = msg("errors.did_you_mean", names=_Named(iso3))
    raise QueryError(msg("errors.unknown_country", value=repr(value), hint=hint))
