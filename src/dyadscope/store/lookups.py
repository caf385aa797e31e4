"""An import's lookup tables on distinct values: country ISO3 by name, canonical admin1, admin1 from coordinates."""

from __future__ import annotations

import duckdb
import pandas as pd

from dyadscope.sources.geo import admin1_code, admin1_entry, country_iso3, derive_admin1
from dyadscope.store.db import register_frame


def country_lookup(con: duckdb.DuckDBPyConnection) -> None:
    """Register `country_lookup`: the ISO3 of each distinct country name of `mapped` (NULL when unknown)."""
    names = [
        r[0] for r in con.execute("SELECT DISTINCT country_name FROM mapped WHERE country_name IS NOT NULL").fetchall()
    ]
    frame = pd.DataFrame({"country_name": names, "iso3": [country_iso3(n) for n in names]}, dtype="object")
    register_frame(con, "country_lookup", frame, {"country_name": "VARCHAR", "iso3": "VARCHAR"})


def admin1_lookup(con: duckdb.DuckDBPyConnection) -> int:
    """Canonical admin1 per (raw, iso3), and derived admin1 per coordinate where the source has none."""
    rows = con.execute(
        "SELECT DISTINCT m.admin1_raw, c.iso3 FROM mapped m LEFT JOIN country_lookup c USING (country_name) "
        "WHERE m.admin1_raw IS NOT NULL AND m._reason IS NULL"
    ).fetchall()
    entries = [admin1_entry(raw, iso3) for raw, iso3 in rows]  # (code, canonical name): one lookup a pair
    frame = pd.DataFrame(
        {
            "admin1_raw": [r[0] for r in rows],
            "iso3": [r[1] for r in rows],
            "admin1": [entry[1] for entry in entries],
            "admin1_code": [entry[0] for entry in entries],
        },
        dtype="object",
    )
    register_frame(con, "admin1_lookup", frame, dict.fromkeys(frame.columns, "VARCHAR"))
    todo = con.execute(
        "SELECT DISTINCT c.iso3, m.latitude, m.longitude FROM mapped m JOIN country_lookup c USING (country_name) "
        "WHERE m.admin1_raw IS NULL AND m._reason IS NULL AND c.iso3 IS NOT NULL "
        "AND m.latitude IS NOT NULL AND m.longitude IS NOT NULL "
        "AND coalesce(m.geo_precision, '') NOT IN ('country', 'international')"
    ).df()
    parts = []
    for iso3, group in todo.groupby("iso3"):
        group = group.copy()
        names = derive_admin1(str(iso3), group["latitude"].to_numpy(), group["longitude"].to_numpy())
        codes = {name: admin1_code(name, str(iso3)) for name in set(names)}  # a few names, many points
        group["admin1"] = names
        group["admin1_code"] = [codes[name] for name in names]
        parts.append(group)
    derived = (
        pd.concat(parts)
        if parts
        else pd.DataFrame(
            {
                "iso3": pd.Series(dtype="object"),
                "latitude": pd.Series(dtype="float64"),
                "longitude": pd.Series(dtype="float64"),
                "admin1": pd.Series(dtype="object"),
                "admin1_code": pd.Series(dtype="object"),
            }
        )
    )
    register_frame(
        con,
        "admin1_derived_lookup",
        derived,
        {"iso3": "VARCHAR", "latitude": "DOUBLE", "longitude": "DOUBLE", "admin1": "VARCHAR", "admin1_code": "VARCHAR"},
    )
    return len(derived)
