"""Synthetic conflict events at any size, generated inside DuckDB (no Python loop over rows).

Two outputs share one row generator (`_base_sql`):
- `write_store(path, rows)`: a dyadscope store (the canonical `events` table from dyadscope.schema) with
  sides resolved exactly as the importer writes them (Registry.resolve_side: '|id|' ids, display name,
  class in the event's country; coalition sides "A, B" list their members; ~1% unresolved names);
- `write_ged_csv(path, rows)`: a CSV in the modern 49-column UCDP GED layout, which the importer reads.

Each row's choices are pseudo-random but deterministic: `hash(i, k)` of the row number picks the country,
violence type, sides (from weighted "urns" of 1,000 slots per country), date and precision, place and deaths.
Distributions are shaped like UCDP GED for Syria, Iraq and seven other countries (see the tables below).

A store can also hold events from the rest of the world: with `core=N`, the first N rows follow that mix
and the remaining rows are spread evenly over the other ~240 ISO countries (WORLD: their governments, the
registry's groups of the country, and unlisted groups). Stores of 1M, 20M and 100M rows with the same 1M
core then hold exactly the same Syrian events, so a question about Syria in 2014 must read the same rows
at every size: what it costs beyond that is what the store's size costs it.

    .venv/bin/python benchmarks/synth.py --rows 1000000 --store /tmp/synth_1m.duckdb --csv /tmp/ged_1m.csv
    .venv/bin/python benchmarks/synth.py --rows 100000000 --core 1000000 --store benchmarks/out/world_100m.duckdb
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

import duckdb
import numpy as np
import pandas as pd
import pycountry

from dyadscope.actors.registry import Registry
from dyadscope.schema import EVENT_COLUMNS, EVENTS_ORDER
from dyadscope.sources.geo import canonical_admin1
from dyadscope.store.db import Store, register_frame

SLOTS = 1000  # urn size: a side with weight share s fills about s * SLOTS slots
LOCATIONS = 400  # distinct places per country (GED repeats place coordinates)
FIRST_DAY, LAST_DAY = dt.date(2003, 1, 1), dt.date(2019, 12, 31)


@dataclass(frozen=True)
class Country:
    """A country as UCDP writes it, its share of events, a coordinate box and a few admin1 names."""

    iso3: str
    name: str
    gwno: int
    region: str
    share: int  # percent of events
    first_day: dt.date
    box: tuple[float, float, float, float]  # lat_min, lat_max, lon_min, lon_max
    admin1: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country(
        "SYR", "Syria", 652, "Middle East", 42, dt.date(2011, 3, 15), (32.5, 37.0, 35.8, 42.0),
        ("Aleppo governorate", "Idlib governorate", "Rif Dimashq governorate", "Hama governorate",
         "Homs governorate", "Deir ez-Zor governorate", "Ar Raqqah governorate", "Al Hasakah governorate",
         "Daraa governorate", "Latakia governorate", "Damascus governorate", "Quneitra governorate"),
    ),
    Country(
        "IRQ", "Iraq", 645, "Middle East", 24, dt.date(2003, 1, 1), (29.5, 37.0, 39.0, 48.0),
        ("Baghdad governorate", "Ninawa governorate", "Al Anbar governorate", "Salah ad Din governorate",
         "Diyala governorate", "Kirkuk governorate", "Babil governorate", "Basra governorate"),
    ),
    Country("AFG", "Afghanistan", 700, "Asia", 10, dt.date(2003, 1, 1), (31.0, 37.0, 62.0, 70.0),
            ("Helmand province", "Kandahar province", "Nangarhar province", "Kunduz province", "Ghazni province")),
    Country("PAK", "Pakistan", 770, "Asia", 6, dt.date(2003, 1, 1), (25.0, 35.0, 66.0, 74.0),
            ("Khyber Pakhtunkhwa province", "Balochistan province", "Sindh province", "Punjab province")),
    Country("NGA", "Nigeria", 475, "Africa", 5, dt.date(2003, 1, 1), (7.0, 13.5, 4.0, 14.0),
            ("Borno state", "Yobe state", "Adamawa state", "Kaduna state", "Plateau state")),
    Country("MMR", "Myanmar (Burma)", 775, "Asia", 4, dt.date(2003, 1, 1), (16.0, 27.0, 94.0, 99.0),
            ("Kachin state", "Shan state", "Rakhine state", "Kayin state")),
    Country("COD", "DR Congo (Zaire)", 490, "Africa", 4, dt.date(2003, 1, 1), (-4.0, 3.0, 27.0, 30.0),
            ("Nord-Kivu province", "Sud-Kivu province", "Ituri province")),
    Country("SOM", "Somalia", 520, "Africa", 3, dt.date(2003, 1, 1), (0.0, 6.0, 42.0, 46.0),
            ("Banaadir region", "Shabeellaha Hoose region", "Bay region")),
    Country("YEM", "Yemen (North Yemen)", 678, "Middle East", 2, dt.date(2003, 1, 1), (13.0, 17.0, 43.0, 47.0),
            ("Taizz governorate", "Marib governorate", "Sanaa governorate", "Aden governorate")),
)  # fmt: skip

# Foreign governments fighting in a country (UCDP lists them as side A of state-based dyads).
FOREIGN: dict[str, tuple[tuple[str, float], ...]] = {
    "SYR": (("Government of Russia (Soviet Union)", 6), ("Government of Turkey", 4), ("Government of Iran", 2)),
    "IRQ": (("Government of United States of America", 8), ("Government of United Kingdom", 2)),
    "AFG": (("Government of United States of America", 10),),
}
ISIS_SHARE = 0.3  # of non-state sides in Syria and Iraq: ISIS is the most frequent one there


@cache
def world() -> tuple[Country, ...]:
    """Every other ISO country (alphabetical by ISO3, the order rows are stored in), for the rows beyond the core."""
    core = {c.iso3 for c in COUNTRIES}
    out = []
    for k, c in enumerate(sorted(pycountry.countries, key=lambda c: c.alpha_3)):
        if c.alpha_3 in core:
            continue
        units = [u.name for u in pycountry.subdivisions.get(country_code=c.alpha_2) or [] if not u.parent_code]
        lat0, lon0 = -50 + (k * 37) % 110, -170 + (k * 71) % 330  # a 4x4 degree box somewhere: not real borders
        name = getattr(c, "common_name", c.name)
        box = (lat0, lat0 + 4.0, lon0, lon0 + 4.0)
        out.append(Country(c.alpha_3, name, 0, "World", 0, FIRST_DAY, box, tuple(sorted(units)[:6]) or (name,)))
    return tuple(out)


def _slots(weights: list[float]) -> list[int]:
    """Slots per entry proportional to weight (largest remainder), at least one each, SLOTS in total."""
    total = sum(weights)
    exact = [w / total * (SLOTS - len(weights)) for w in weights]
    counts = [1 + int(e) for e in exact]
    order = sorted(range(len(weights)), key=lambda k: exact[k] - int(exact[k]), reverse=True)
    for k in order[: SLOTS - sum(counts)]:
        counts[k] += 1
    return counts


KINDS = ("gov", "ns", "os", "civ")  # urns per country: government, non-state, one-sided perpetrator, victim


def _urn_key(cidx: int, kind: int) -> int:
    """First slot of a (country, kind) urn: one integer join key keeps DuckDB's join plan simple."""
    return (cidx * len(KINDS) + kind) * SLOTS


def _urns(registry: Registry, countries: tuple[Country, ...]) -> pd.DataFrame:
    """One row per (country, kind, slot): the raw side name and what the importer would resolve it to."""
    local_free = [a for a in registry.actors.values() if a.country is None and a.actor_class == "jihadist"]
    rows: list[tuple] = []  # one per (urn, name), with its number of slots in `counts`
    counts: list[int] = []
    filled = 0
    for cidx, c in enumerate(countries):
        own = [
            a for a in registry.actors.values() if a.country == c.iso3 and a.actor_class not in ("state", "civilians")
        ]
        # Zipf-like weights: a few groups account for most events, a long tail for the rest
        nonstate = [(a.name, 1.0 / (rank + 1)) for rank, a in enumerate(own + local_free)]
        if c.iso3 in ("SYR", "IRQ"):
            isis = registry.actors["isis"].name
            rest = sum(w for n, w in nonstate if n != isis)
            nonstate = [(n, rest * ISIS_SHARE / (1 - ISIS_SHARE) if n == isis else w) for n, w in nonstate]
        names = [n for n, _ in nonstate if "," not in n]
        mass = sum(w for _, w in nonstate)
        # coalitions ("A, B[, C]" of the country's frequent groups) ~5%, unlisted names ~1%
        coalitions = [", ".join(names[k : k + 2 + k % 2]) for k in range(0, min(len(names) - 2, 16), 2)]
        nonstate += [(name, 0.05 * mass / max(len(coalitions), 1)) for name in coalitions]
        nonstate += [(f"Unlisted armed group {k} ({c.name})", 0.005 * mass) for k in (1, 2)]
        government = [(f"Government of {c.name}", 85.0), *FOREIGN.get(c.iso3, ())]
        sides: dict[str, tuple] = {}  # raw name -> its resolution in this country (the "os" urn repeats names)
        kinds = {
            "gov": government,
            "ns": nonstate,
            "os": government + [(n, w * 3 * 85 / mass) for n, w in nonstate],  # one-sided: either kind
            "civ": [("Civilians", 1.0)],
        }
        for kind, entries in kinds.items():
            assert filled == _urn_key(cidx, KINDS.index(kind)), "urns follow one another in key order"
            for (raw, _), count in zip(entries, _slots([w for _, w in entries]), strict=True):
                if raw not in sides:  # ids, label and class are computed properties: once per name
                    side = registry.resolve_side(raw, c.iso3)
                    sides[raw] = (raw, side.ids, side.label, side.actor_class)
                rows.append(sides[raw])
                counts.append(count)
            filled += SLOTS
    # slot k of the urns is row k: each name repeated over its slots
    frame = pd.DataFrame(rows, columns=["raw", "ids", "actor", "class"])
    frame = frame.iloc[np.repeat(np.arange(len(rows)), counts)].reset_index(drop=True)
    return frame.assign(key=np.arange(len(frame), dtype="int64"))[["key", "raw", "ids", "actor", "class"]]


def _countries(with_world: bool) -> pd.DataFrame:
    rows = []
    slot = 0
    for k, c in enumerate(COUNTRIES):
        span = (LAST_DAY - c.first_day).days + 1
        for _ in range(c.share * SLOTS // 100):
            rows.append((slot, k, c.iso3, c.name, c.gwno, c.region, (c.first_day - FIRST_DAY).days, span))
            slot += 1
    assert slot == SLOTS, "country shares must add up to 100"
    span = (LAST_DAY - FIRST_DAY).days + 1
    # slots SLOTS + k: the rest of the world picks its country by row block, not by share (see _base_sql)
    for k, c in enumerate(world() if with_world else ()):
        rows.append((SLOTS + k, len(COUNTRIES) + k, c.iso3, c.name, c.gwno, c.region, 0, span))
    cols = ["slot", "cidx", "iso3", "name", "gwno", "region", "first_k", "span"]
    return pd.DataFrame(rows, columns=cols)


def _locations(countries: tuple[Country, ...]) -> pd.DataFrame:
    """LOCATIONS places per country: coordinates spread over the box, an admin1 each (raw and canonical)."""
    rows = []
    for cidx, c in enumerate(countries):
        lat0, lat1, lon0, lon1 = c.box
        canonical = {adm1: canonical_admin1(adm1, c.iso3) for adm1 in c.admin1}
        for k in range(LOCATIONS):
            lat = round(lat0 + (k * 0.6180339887 % 1) * (lat1 - lat0), 5)
            lon = round(lon0 + (k * 0.7548776662 % 1) * (lon1 - lon0), 5)
            adm1 = c.admin1[k % len(c.admin1)]
            grid = int((lat + 90) * 2) * 720 + int((lon + 180) * 2) + 1
            rows.append((cidx * LOCATIONS + k, lat, lon, adm1, canonical[adm1], f"District {k % 37}", grid))
    cols = ["key", "lat", "lon", "admin1_raw", "admin1", "admin2", "grid"]
    return pd.DataFrame(rows, columns=cols)


def _calendar() -> pd.DataFrame:
    """Day number k (from FIRST_DAY) -> date, and the day numbers of its month, of month+2 and of its year."""
    days = pd.date_range(FIRST_DAY, LAST_DAY, freq="D")
    month = days.to_period("M")
    year = days.to_period("Y")
    bounds = {
        "m0": month.start_time,
        "m1": month.end_time,
        "m3": (month + 2).end_time,
        "y0": year.start_time,
        "y1": year.end_time,
    }
    last_k = len(days) - 1
    number = {name: np.minimum((when.normalize() - days[0]).days.to_numpy(), last_k) for name, when in bounds.items()}
    return pd.DataFrame({"k": np.arange(len(days)), "day": days.date, **number})


def _register(con: duckdb.DuckDBPyConnection, registry: Registry, with_world: bool = False) -> None:
    countries = COUNTRIES + (world() if with_world else ())
    tables = {
        "syn_urn": _urns(registry, countries),
        "syn_country": _countries(with_world),
        "syn_loc": _locations(countries),
        "syn_day": _calendar(),
    }
    sql_types = {"int64": "BIGINT", "float64": "DOUBLE", "object": "VARCHAR"}
    for name, frame in tables.items():
        types = {col: sql_types.get(str(frame[col].dtype), "VARCHAR") for col in frame.columns}
        if "day" in types:
            types["day"] = "DATE"
        register_frame(con, name, frame, types)


def _base_sql(start: int, stop: int, rest: tuple[int, int] | None = None) -> str:
    """One row per i in [start, stop): every choice the two writers share.

    Rows draw their country by share from COUNTRIES; with `rest=(first, count)` they are rows of the rest of
    the world instead, WORLD's countries in consecutive blocks of i (so rows in i order are in country order).
    """
    if rest is None:
        country_slot = f"{{h1}} % {SLOTS}"
    else:
        first, count = rest
        country_slot = f"{SLOTS} + (i - {first}) * {len(world())} // {count}"
    # deterministic pseudo-random non-negative BIGINT per (row, purpose); BIGINT keeps arithmetic off HUGEINT
    h = "CAST(hash(i, {}) >> 1 AS BIGINT)"
    g, n, o, v = (k * SLOTS for k in range(len(KINDS)))
    last_k = (LAST_DAY - FIRST_DAY).days
    u = f"(({h} % 1000000) + 0.5) / 1000000.0"
    return f"""
    WITH r AS (
        SELECT i, {country_slot.format(h1=h.format(1))} AS c_slot, {h.format(2)} % 100 AS t,
            {h.format(3)} % {SLOTS} AS a_slot, {h.format(4)} % {SLOTS} AS b_slot,
            {h.format(5)} AS d_rand, {h.format(6)} % 1000 AS p, {h.format(7)} % {LOCATIONS} AS loc,
            {h.format(8)} % 1000 AS g, CAST(floor(-ln({u.format(9)}) * 5) AS INTEGER) AS best,
            {h.format(10)} % 3 AS low_cut, {h.format(11)} % 4 AS high_add, {h.format(12)} % 100 AS adm_gap
        FROM range({start}, {stop}) t(i)
    ), typed AS (
        SELECT r.*, c.cidx, c.iso3, c.name AS country_name, c.gwno, c.region, c.cidx * {len(KINDS) * SLOTS} AS urn0,
            CASE WHEN t < 45 THEN 1 WHEN t < 70 THEN 2 ELSE 3 END AS tov,
            -- dates as day numbers: precision decides the span (calendar lookups, no date arithmetic per row)
            CASE WHEN p < 920 THEN cal.k WHEN p < 975 THEN cal.m0 ELSE cal.y0 END AS start_k,
            CASE WHEN p < 800 THEN cal.k WHEN p < 900 THEN least(cal.k + 1 + p % 5, {last_k})
                 WHEN p < 920 THEN least(cal.k + 6, {last_k}) WHEN p < 960 THEN cal.m1
                 WHEN p < 975 THEN cal.m3 ELSE cal.y1 END AS end_k
        FROM r JOIN syn_country c ON c.slot = r.c_slot
        JOIN syn_day cal ON cal.k = c.first_k + d_rand % c.span
    ), sided AS (
        SELECT typed.*, pa.raw AS side_a, pa.ids AS side_a_ids, pa.actor AS side_a_actor, pa.class AS side_a_class,
            CASE WHEN pb.raw = pa.raw THEN pc.raw ELSE pb.raw END AS side_b,
            CASE WHEN pb.raw = pa.raw THEN pc.ids ELSE pb.ids END AS side_b_ids,
            CASE WHEN pb.raw = pa.raw THEN pc.actor ELSE pb.actor END AS side_b_actor,
            CASE WHEN pb.raw = pa.raw THEN pc.class ELSE pb.class END AS side_b_class
        FROM typed
        JOIN syn_urn pa ON pa.key = urn0 + CASE tov WHEN 1 THEN {g} WHEN 2 THEN {n} ELSE {o} END + a_slot
        JOIN syn_urn pb ON pb.key = urn0 + CASE tov WHEN 3 THEN {v} ELSE {n} END + b_slot
        -- a second draw for side B when the first equals side A (no group fights itself)
        JOIN syn_urn pc ON pc.key = urn0 + CASE tov WHEN 3 THEN {v} ELSE {n} END + (b_slot + {SLOTS // 2}) % {SLOTS}
    )
    SELECT s.*, l.lat, l.lon, l.admin1_raw, l.admin1, l.admin2, l.grid,
        -- precision mix like GED: mostly exact days, some spans, a few month- and year-only dates
        CASE WHEN p < 800 THEN 1 WHEN p < 900 THEN 2 WHEN p < 920 THEN 3 WHEN p < 960 THEN 4 ELSE 5 END AS date_prec,
        CASE WHEN p < 800 THEN 'day' WHEN p < 900 THEN 'days' WHEN p < 920 THEN 'week' WHEN p < 960 THEN 'month'
             WHEN p < 975 THEN 'months' ELSE 'year' END AS date_precision,
        ds.day AS date_start, de.day AS date_end,
        CASE WHEN g < 475 THEN 1 WHEN g < 707 THEN 2 WHEN g < 847 THEN 3 WHEN g < 952 THEN 4
             WHEN g < 987 THEN 5 WHEN g < 999 THEN 6 ELSE 7 END AS where_prec,
        greatest(best - low_cut, 0) AS low, best + high_add AS high,
        CASE WHEN tov = 3 THEN 0 ELSE best // 3 END AS deaths_a,
        CASE WHEN tov = 3 THEN 0 ELSE best // 2 END AS deaths_b,
        CASE WHEN tov = 3 THEN best ELSE (best - best // 3 - best // 2) // 2 END AS deaths_civilians
    FROM sided s JOIN syn_loc l ON l.key = s.cidx * {LOCATIONS} + s.loc
    JOIN syn_day ds ON ds.k = s.start_k
    JOIN syn_day de ON de.k = s.end_k
    """


_GEO = "CASE where_prec WHEN 1 THEN 'exact' WHEN 2 THEN 'near' WHEN 3 THEN 'admin2' WHEN 4 THEN 'admin1' "
_GEO += "WHEN 5 THEN 'area' WHEN 6 THEN 'country' ELSE 'international' END"
_VIOLENCE = "CASE tov WHEN 1 THEN 'state-based' WHEN 2 THEN 'non-state' ELSE 'one-sided' END"


# The columns that identify row i: unique per row, so a repeated rest-of-world row gets new ones.
_ROW_KEYS = {
    "uid": "'ucdp-ged:' || i",
    "source_id": "CAST(i AS VARCHAR)",
    "source_row": "i + 1",
    "source_text": "'Synthetic report ' || i",
}


def _store_select(start: int, stop: int, rest: tuple[int, int] | None = None) -> str:
    values = {
        **_ROW_KEYS,
        "source": "'ucdp-ged'",
        "source_version": "'synthetic'",
        "source_file": "'synthetic'",
        "row_hash": "NULL",  # md5 of the raw row, and synthetic rows have none
        "directed": "tov = 3",
        "violence_type": _VIOLENCE,
        "violence_type_inferred": "false",
        "event_type": "CASE tov WHEN 3 THEN 'one-sided violence' ELSE 'armed engagement' END",
        "country": "iso3",
        "admin1_derived": "adm_gap < 4",
        "admin2_derived": "false",
        "place": "'Place ' || loc",
        "latitude": "lat",
        "longitude": "lon",
        "geo_precision": _GEO,
        "priogrid_gid": "grid",
        "fatalities_best": "best",
        "fatalities_low": "low",
        "fatalities_high": "high",
        "deaths_side_a": "deaths_a",
        "deaths_side_b": "deaths_b",
        "deaths_unknown": "best - deaths_a - deaths_b - deaths_civilians",
        "source_names": "'SYNTH'",
        "machine_coded": "false",
        "withdrawn": "false",
        "import_id": "0",
        "raw": "NULL",
    }
    # columns the base rows carry under their canonical name; any other schema column is NULL here
    same = {"side_a", "side_b", "date_start", "date_end", "date_precision", "country_name", "admin1", "admin2"}
    same.add("deaths_civilians")
    same |= {f"side_{s}_{part}" for s in "ab" for part in ("ids", "actor", "class")}
    select = ", ".join(f"{values.get(col, col if col in same else 'NULL')} AS {col}" for col in EVENT_COLUMNS)
    return f"SELECT {select} FROM ({_base_sql(start, stop, rest)})"


WORLD_TEMPLATE = 1_000_000  # distinct rest-of-world rows generated; a larger rest repeats them under new ids


def _rest_template(con: duckdb.DuckDBPyConnection, rows: int) -> None:
    """syn_world: `rows` rest-of-world events numbered t in store order; syn_block: each country's run of t."""
    select = _store_select(0, rows, (0, rows))
    order = f"{EVENTS_ORDER}, uid"
    numbered = f"SELECT row_number() OVER (ORDER BY {order}) - 1 AS t, * FROM ({select})"
    con.execute(f"CREATE TEMP TABLE syn_world AS {numbered} ORDER BY t")  # stored in t order: see _rest_select
    # w is the country's place in WORLD (a template of fewer rows than countries leaves some out)
    con.execute(
        f"CREATE TEMP TABLE syn_block AS SELECT c.cidx - {len(COUNTRIES)} AS w, min(t) AS t0, count(*) AS n "
        f"FROM syn_world JOIN syn_country c ON c.iso3 = syn_world.country AND c.slot >= {SLOTS} GROUP BY ALL"
    )


def _rest_select(start: int, stop: int, first: int, count: int) -> str:
    """Rest-of-world rows i in [start, stop) of `count` from `first`: country w's block walks its template rows.

    Row i belongs to country w = (i - first) * n // count (WORLD's n countries in consecutive blocks) and copies
    template row t0 + its position in the block scaled to the country's n template rows, so rows in i order are
    in store order (country, date) and every template row is used about count / WORLD_TEMPLATE times.
    """
    n = len(world())
    block0 = f"(w * {count} + {n - 1}) // {n}"  # offset of block w's first row: ceil(w * count / n)
    block_len = f"((w + 1) * {count} + {n - 1}) // {n} - {block0}"
    select = ", ".join(f"{_ROW_KEYS.get(col, col)} AS {col}" for col in EVENT_COLUMNS)
    return f"""
    WITH r AS (SELECT i, (i - {first}) * {n} // {count} AS w FROM range({start}, {stop}) r(i)),
    p AS (SELECT i, b.t0 + (i - {first} - {block0}) * b.n // ({block_len}) AS t FROM r JOIN syn_block b USING (w))
    SELECT {select} FROM p JOIN syn_world USING (t) ORDER BY i
    """


def write_store(
    path: str | Path,
    rows: int,
    registry: Registry | None = None,
    chunk: int = 5_000_000,
    core: int | None = None,
    memory_limit: str = "2GB",
) -> float:
    """Create a dyadscope store at `path` holding `rows` synthetic events; returns seconds taken.

    The first `core` rows (default: all) follow the nine-country mix; the rest are events elsewhere (WORLD):
    up to WORLD_TEMPLATE distinct rows generated like the core's, repeated under new ids beyond that (writing
    the store is what costs, ~15 CPU s per million rows generated in full, so 100M rows are mostly repeats).
    """
    registry = registry or Registry.load()
    core = rows if core is None else min(core, rows)
    began = time.perf_counter()
    Path(path).unlink(missing_ok=True)
    with Store(path) as store:
        store.con.execute("SET enable_progress_bar = false")
        store.con.execute(f"SET memory_limit = '{memory_limit}'")  # the uid key of 100M rows spills, not swells
        _register(store.con, registry, with_world=rows > core)
        if rows > core:
            _rest_template(store.con, min(rows - core, WORLD_TEMPLATE))
        # Chunks keep the insert's working set small. Each is written in the importer's order
        # (schema.EVENTS_ORDER), as an import of a file of `chunk` rows would be; the rest-of-world rows come in
        # country blocks, so their chunks follow one another in that order too and the whole store is sorted.
        for start in range(0, core, chunk):
            select = _store_select(start, min(start + chunk, core))
            store.con.execute(f"INSERT INTO events {select} ORDER BY {EVENTS_ORDER}")
        for start in range(core, rows, chunk):  # in store order by i: see _rest_select
            store.con.execute(f"INSERT INTO events {_rest_select(start, min(start + chunk, rows), core, rows - core)}")
        # the sides are resolved with this registry: the API must not re-resolve them
        store.set_meta("registry", registry.fingerprint)
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - began


GED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "i + 1"),
    ("relid", "iso3 || '-' || year(date_start) || '-' || tov || '-' || (i % 9000 + 100) || '-' || i"),
    ("year", "year(date_start)"),
    ("active_year", "1"),
    ("code_status", "'Clear'"),
    ("type_of_violence", "tov"),
    ("conflict_dset_id", "200 + hash(iso3, tov) % 800"),
    ("conflict_new_id", "200 + hash(iso3, tov) % 800"),
    ("conflict_name", "country_name || ': ' || CASE tov WHEN 1 THEN 'Government' ELSE side_a END"),
    ("dyad_dset_id", "hash(side_a, side_b) % 20000"),
    ("dyad_new_id", "hash(side_a, side_b) % 20000"),
    ("dyad_name", "side_a || ' - ' || side_b"),
    ("side_a_dset_id", "hash(side_a) % 9000"),
    ("side_a_new_id", "hash(side_a) % 9000"),
    ("side_a", "side_a"),
    ("side_b_dset_id", "hash(side_b) % 9000"),
    ("side_b_new_id", "hash(side_b) % 9000"),
    ("side_b", "side_b"),
    ("number_of_sources", "1 + i % 3"),
    (
        "source_article",
        "'\"SOHR,' || date_start || ',Clashes reported near Place ' || loc || ', ' || best || ' killed\"'",
    ),
    ("source_office", "'SOHR'"),
    ("source_date", "CAST(date_start AS VARCHAR)"),
    ("source_headline", "'Clashes reported near Place ' || loc"),
    ("source_original", "'local sources'"),
    ("where_prec", "where_prec"),
    ("where_coordinates", "'Place ' || loc || ' village'"),
    ("where_description", "'in the vicinity of Place ' || loc || ', ' || admin2"),
    ("adm_1", "CASE WHEN adm_gap < 4 THEN NULL ELSE admin1_raw END"),
    ("adm_2", "admin2"),
    ("latitude", "lat"),
    ("longitude", "lon"),
    ("geom_wkt", "'POINT (' || lon || ' ' || lat || ')'"),
    ("priogrid_gid", "grid"),
    ("country", "country_name"),
    ("country_id", "gwno"),
    ("region", "region"),
    ("event_clarity", "1 + (i % 10 = 0)::INTEGER"),
    ("date_prec", "date_prec"),
    ("date_start", "date_start"),
    ("date_end", "date_end"),
    ("deaths_a", "deaths_a"),
    ("deaths_b", "deaths_b"),
    ("deaths_civilians", "deaths_civilians"),
    ("deaths_unknown", "best - deaths_a - deaths_b - deaths_civilians"),
    ("best", "best"),
    ("high", "high"),
    ("low", "low"),
    ("gwnoa", "gwno"),
    ("gwnob", "CASE WHEN tov = 1 THEN NULL END"),
)


# The current ACLED export (31 lower-case columns), filled from the same choices; rows written here, never ACLED's.
_ACLED_TYPE = (
    "CASE WHEN tov = 3 THEN 'Violence against civilians' WHEN g % 5 = 0 THEN 'Explosions/Remote violence' "
    "ELSE 'Battles' END"
)
ACLED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id_cnty", "iso3 || i"),
    ("event_date", "date_start"),
    ("year", "year(date_start)"),
    ("time_precision", "CASE WHEN p < 800 THEN 1 WHEN p < 920 THEN 2 ELSE 3 END"),
    ("disorder_type", "'Political violence'"),
    ("event_type", _ACLED_TYPE),
    (
        "sub_event_type",
        "CASE WHEN tov = 3 THEN 'Attack' WHEN g % 5 = 0 THEN 'Shelling/artillery/missile attack' "
        "ELSE 'Armed clash' END",
    ),
    ("actor1", "side_a"),
    ("assoc_actor_1", "CASE WHEN g % 17 = 0 THEN 'Militia (' || country_name || ')' END"),
    ("inter1", "CASE WHEN tov = 1 THEN 1 ELSE 2 END"),
    ("actor2", "CASE WHEN tov = 3 THEN 'Civilians (' || country_name || ')' ELSE side_b END"),
    ("assoc_actor_2", "NULL"),
    ("inter2", "CASE WHEN tov = 3 THEN 7 ELSE 2 END"),
    ("interaction", "CASE WHEN tov = 1 THEN 12 WHEN tov = 3 THEN 27 ELSE 22 END"),
    ("civilian_targeting", "CASE WHEN tov = 3 THEN 'Civilian targeting' END"),
    ("iso", "gwno"),
    ("region", "region"),
    ("country", "country_name"),
    ("admin1", "admin1_raw"),
    ("admin2", "admin2"),
    ("admin3", "NULL"),
    ("location", "'Place ' || loc"),
    ("latitude", "lat"),
    ("longitude", "lon"),
    ("geo_precision", "1 + g % 3"),
    ("source", "'Invented Monitor'"),
    ("source_scale", "'National'"),
    ("notes", "'\"Synthetic report ' || i || ', near Place ' || loc || ', ' || best || ' killed\"'"),
    ("fatalities", "best"),
    ("tags", "NULL"),
    ("timestamp", "1600000000 + i % 100000"),
)

# The 135-column START export (column names from the GTD codebook); unused columns mostly empty, as in GTD.
_GTD_TARGET = (
    "CASE WHEN tov = 3 THEN 'Private Citizens & Property' WHEN g % 4 = 0 THEN 'Police' "
    "WHEN g % 4 = 1 THEN 'Business' ELSE 'Military' END"
)
_GTD_USED: dict[str, str] = {
    "eventid": "CAST(200000000000 + i AS VARCHAR)",
    "iyear": "year(date_start)",
    "imonth": "CASE WHEN p >= 975 THEN 0 ELSE month(date_start) END",
    "iday": "CASE WHEN p >= 920 THEN 0 ELSE day(date_start) END",
    "approxdate": "CASE WHEN p BETWEEN 800 AND 899 THEN 'around ' || date_start END",
    "extended": "0",
    "country": "gwno",
    "country_txt": "country_name",
    "region": "10",
    "region_txt": "region",
    "provstate": "admin1_raw",
    "city": "'Place ' || loc",
    "latitude": "lat",
    "longitude": "lon",
    "specificity": "1 + where_prec % 5",
    "vicinity": "0",
    "summary": "'\"' || date_start || ': Synthetic report ' || i || ', near Place ' || loc || '\"'",
    "crit1": "1",
    "crit2": "1",
    "crit3": "1",
    "doubtterr": "CASE WHEN g % 20 = 0 THEN 1 ELSE 0 END",
    "multiple": "0",
    "success": "1",
    "suicide": "0",
    "attacktype1": "3",
    "attacktype1_txt": "CASE WHEN g % 3 = 0 THEN 'Armed Assault' ELSE 'Bombing/Explosion' END",
    "targtype1": "14",
    "targtype1_txt": _GTD_TARGET,
    "target1": "'Target ' || loc",
    "natlty1": "gwno",
    "natlty1_txt": "country_name",
    "gname": "side_a",
    "gname2": "CASE WHEN g % 50 = 0 THEN side_b END",
    "guncertain1": "CASE WHEN g % 25 = 0 THEN 1 ELSE 0 END",
    "guncertain2": "CASE WHEN g % 50 = 0 THEN 0 END",
    "individual": "0",
    "nperps": "-99",
    "nperpcap": "-99",
    "claimed": "0",
    "weaptype1": "6",
    "weaptype1_txt": "'Explosives'",
    # releases before 2012 split a coordinated attack's deaths over its incidents: some counts are fractional
    "nkill": "CASE WHEN g % 40 = 0 THEN round(best / 3, 2) ELSE best END",
    "nkillus": "0",
    "nkillter": "0",
    "nwound": "high",
    "property": "-9",
    "ishostkid": "0",
    "scite1": "'Invented Wire, ' || date_start",
    "dbsource": "'START Primary Collection'",
    "INT_LOG": "-9",
    "INT_IDEO": "-9",
    "INT_MISC": "0",
    "INT_ANY": "-9",
}
_GTD_NAMES = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "resolution", "country", "country_txt", "region",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "vicinity", "location", "summary",
    "crit1", "crit2", "crit3", "doubtterr", "alternative", "alternative_txt", "multiple", "success", "suicide",
    "attacktype1", "attacktype1_txt", "attacktype2", "attacktype2_txt", "attacktype3", "attacktype3_txt",
    "targtype1", "targtype1_txt", "targsubtype1", "targsubtype1_txt", "corp1", "target1", "natlty1", "natlty1_txt",
    "targtype2", "targtype2_txt", "targsubtype2", "targsubtype2_txt", "corp2", "target2", "natlty2", "natlty2_txt",
    "targtype3", "targtype3_txt", "targsubtype3", "targsubtype3_txt", "corp3", "target3", "natlty3", "natlty3_txt",
    "gname", "gsubname", "gname2", "gsubname2", "gname3", "gsubname3", "motive", "guncertain1", "guncertain2",
    "guncertain3", "individual", "nperps", "nperpcap", "claimed", "claimmode", "claimmode_txt", "claim2",
    "claimmode2", "claimmode2_txt", "claim3", "claimmode3", "claimmode3_txt", "compclaim", "weaptype1",
    "weaptype1_txt", "weapsubtype1", "weapsubtype1_txt", "weaptype2", "weaptype2_txt", "weapsubtype2",
    "weapsubtype2_txt", "weaptype3", "weaptype3_txt", "weapsubtype3", "weapsubtype3_txt", "weaptype4",
    "weaptype4_txt", "weapsubtype4", "weapsubtype4_txt", "weapdetail", "nkill", "nkillus", "nkillter", "nwound",
    "nwoundus", "nwoundte", "property", "propextent", "propextent_txt", "propvalue", "propcomment", "ishostkid",
    "nhostkid", "nhostkidus", "nhours", "ndays", "divert", "kidhijcountry", "ransom", "ransomamt", "ransomamtus",
    "ransompaid", "ransompaidus", "ransomnote", "hostkidoutcome", "hostkidoutcome_txt", "nreleased", "addnotes",
    "scite1", "scite2", "scite3", "dbsource", "INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY", "related",
)  # fmt: skip
GTD_COLUMNS: tuple[tuple[str, str], ...] = tuple((name, _GTD_USED.get(name, "NULL")) for name in _GTD_NAMES)

# A raw GDELT 2.0 events file (61 tab-separated columns, no header). Sides as CAMEO actor codes of the event's
# country (GOV, MIL, REB) or, for groups, their names; 10% of rows have a root outside the kept 18-20 (skipped).
_GDELT_SIDE = "CASE WHEN tov = 1 AND {n} = 1 THEN upper(iso3) || 'GOV' WHEN g % 7 = {n} THEN upper(iso3) || 'REB' END"
_GDELT_USED: dict[str, str] = {
    "GLOBALEVENTID": "i + 1",
    "SQLDATE": "strftime(date_start, '%Y%m%d')",
    "MonthYear": "strftime(date_start, '%Y%m')",
    "Year": "year(date_start)",
    "FractionDate": "round(year(date_start) + dayofyear(date_start) / 365.0, 4)",
    "Actor1Code": _GDELT_SIDE.format(n=1),
    "Actor1Name": "upper(side_a)",
    "Actor1CountryCode": "upper(iso3)",
    "Actor1Type1Code": "CASE WHEN tov = 1 THEN 'GOV' ELSE 'REB' END",
    "Actor2Code": _GDELT_SIDE.format(n=2),
    "Actor2Name": "upper(side_b)",
    "Actor2CountryCode": "upper(iso3)",
    "Actor2Type1Code": "CASE WHEN tov = 3 THEN 'CVL' ELSE 'REB' END",
    "IsRootEvent": "1",
    "EventCode": "CASE WHEN g < 100 THEN '141' WHEN g < 500 THEN '190' WHEN g < 800 THEN '183' ELSE '200' END",
    "EventBaseCode": "CASE WHEN g < 100 THEN '141' WHEN g < 500 THEN '190' WHEN g < 800 THEN '183' ELSE '200' END",
    "EventRootCode": "CASE WHEN g < 100 THEN '14' WHEN g < 500 THEN '19' WHEN g < 800 THEN '18' ELSE '20' END",
    "QuadClass": "CASE WHEN g < 100 THEN 3 ELSE 4 END",
    "GoldsteinScale": "-10.0",
    "NumMentions": "1 + i % 9",
    "NumSources": "1",
    "NumArticles": "1 + i % 9",
    "AvgTone": "round(-5 - (i % 50) / 10.0, 2)",
    "ActionGeo_Type": "CASE WHEN where_prec > 5 THEN 1 WHEN where_prec > 3 THEN 2 ELSE 4 END",
    "ActionGeo_FullName": "'Place ' || loc || ', ' || admin1_raw || ', ' || country_name",
    "ActionGeo_CountryCode": "fips",
    "ActionGeo_ADM1Code": "fips || '0' || (1 + loc % 9)",
    "ActionGeo_Lat": "lat",
    "ActionGeo_Long": "lon",
    "ActionGeo_FeatureID": "-1000000 - loc",
    "DATEADDED": "strftime(date_start, '%Y%m%d') || '000000'",
    "SOURCEURL": "'https://example.org/synthetic/' || i",
}


def _gdelt_columns() -> tuple[tuple[str, str], ...]:
    from dyadscope.sources.gdelt import columns_of

    return tuple((name, _GDELT_USED.get(name, "NULL")) for name in columns_of(2))


def _fips_sql() -> str:
    from dyadscope.sources.gdelt import FIPS_TO_ISO3

    iso_to_fips = {iso: fips for fips, iso in sorted(FIPS_TO_ISO3.items(), reverse=True)}
    return "CASE iso3 " + " ".join(f"WHEN '{iso}' THEN '{fips}'" for iso, fips in iso_to_fips.items()) + " END"


def write_ged_csv(path: str | Path, rows: int, registry: Registry | None = None) -> float:
    """Write `rows` synthetic events as a modern (49-column) UCDP GED CSV; returns seconds taken."""
    return write_csv(path, rows, "ged", registry)


LAYOUT_COLUMNS = {"ged": lambda: GED_COLUMNS, "acled": lambda: ACLED_COLUMNS, "gtd": lambda: GTD_COLUMNS,
                  "gdelt": _gdelt_columns}  # fmt: skip


def write_csv(
    path: str | Path,
    rows: int,
    layout: str = "ged",
    registry: Registry | None = None,
    chunk: int = 5_000_000,
) -> float:
    """Write `rows` synthetic events in a source's layout (LAYOUT_COLUMNS); returns seconds taken.

    ged: modern 49-column GED CSV; acled: current 31-column ACLED export; gtd: 135-column GTD export;
    gdelt: raw GDELT 2.0 events (61 tab-separated columns, no header). The rows are this module's, never a
    producer's. A path ending in .gz is written gzip'd, `chunk` rows at a time (memory and /tmp stay bounded).
    """
    registry = registry or Registry.load()
    began = time.perf_counter()
    path = Path(path)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("SET memory_limit = '2GB'")  # a chunk's sort spills rather than take a shared machine's memory
    _register(con, registry)
    select = ", ".join(f'{expr} AS "{name}"' for name, expr in LAYOUT_COLUMNS[layout]())

    def copy(start: int, stop: int, target: Path, header: bool) -> None:
        base = _base_sql(start, stop)
        if layout == "gdelt":
            base = f"SELECT *, {_fips_sql()} AS fips FROM ({base})"
        base += " ORDER BY i"
        options = "DELIMITER '\t', QUOTE ''" if layout == "gdelt" else "DELIMITER ','"
        options += f", HEADER {str(header and layout != 'gdelt').lower()}"
        name = str(target).replace("'", "''")
        con.execute(f"COPY (SELECT {select} FROM ({base})) TO '{name}' ({options}, COMPRESSION none)")

    if path.suffix != ".gz":
        copy(0, rows, path, True)
    else:
        # Streamed: each chunk is written as text, then gzip'd (level 1: DuckDB's own gzip writer costs 4x the
        # CPU of the rows) on a second thread while the next chunk is written, as one gzip member appended to the
        # file (a gzip file may hold several; DuckDB and Python read them as one stream). /tmp holds two chunks.
        def compress(part: Path, sink: BinaryIO) -> None:
            with part.open("rb") as text, gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=1) as member:
                shutil.copyfileobj(text, member, 1 << 22)
            part.unlink()

        with path.open("wb") as sink, ThreadPoolExecutor(1) as pool:
            pending = None
            for start in range(0, rows, chunk):
                part = path.with_name(f"{path.name}.{start}.part")
                copy(start, min(rows, start + chunk), part, start == 0)
                if pending is not None:
                    pending.result()
                pending = pool.submit(compress, part, sink)
            if pending is not None:
                pending.result()
    con.close()
    return time.perf_counter() - began


def main() -> None:
    """Command line: generate a store and/or a GED CSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--core", type=int, help="rows in the nine-country mix (default all); the rest elsewhere")
    parser.add_argument("--store", type=Path, help="write a synthetic store here")
    parser.add_argument("--csv", type=Path, help="write a CSV in --layout here")
    parser.add_argument("--layout", choices=sorted(LAYOUT_COLUMNS), default="ged", help="the CSV's layout")
    parser.add_argument("--chunk", type=int, default=5_000_000, help="rows per INSERT (1000000 for 100M rows)")
    args = parser.parse_args()
    if args.store:
        spent = write_store(args.store, args.rows, core=args.core, chunk=args.chunk)
        print(f"store {args.store}: {args.rows:,} rows in {spent:.1f} s")
    if args.csv:
        spent = write_csv(args.csv, args.rows, args.layout, chunk=args.chunk)
        print(f"csv {args.csv}: {args.rows:,} rows in {spent:.1f} s")


if __name__ == "__main__":
    main()
