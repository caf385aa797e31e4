"""Global Terrorism Database (GTD), the 135-column START export.

Semantics: every GTD incident is directed. The perpetrator is gname; gname2/gname3 are, per the
codebook, further groups the incident is attributed to, not a coalition (they may be enemies, and
each may be uncertain: guncertain2/3), so they are kept apart in other_perpetrators, "(uncertain)"
marking guncertain. The target is a *type* (targtype1_txt, with 2/3 kept in side_b_type), turned into
a side B name by taxonomy.GTD_TARGET_SIDES (Military/Police/Government -> "Government of <country>",
people -> "Civilians"); property and infrastructure types (Business, Utilities, Airports & Aircraft,
...) stay as the type text and are classed as property, never as civilians. target1 -> target_name.
nkill/nwound stay decimal: releases before 2012 split a coordinated attack's deaths over its incidents
(6.3, 0.33).
Dates: iday = 0 gives month precision, imonth = 0 year precision; an `approxdate` with a day gives
"days" precision (the day +-3). doubtterr = 1 (doubt it is terrorism) or guncertain1 = 1 (perpetrator
attribution of gname uncertain) mark the row `doubtful`, so analyses can leave it out (--exclude-doubtful).
nkill -> fatalities, nwound -> wounded; summary -> source_text; scite1-3 -> source_names.
"""

from __future__ import annotations

from dyadscope.sources.base import (
    Layout,
    column,
    coordinate_checks,
    count_checks,
    first_failure,
    int_or_null,
    number_or_null,
    whole_code,
)
from dyadscope.sources.taxonomy import GTD_ATTACK_TYPES, GTD_TARGET_SIDES, sql_case

SOURCE = "gtd"
CREDIT = (
    "Global Terrorism Database: National Consortium for the Study of Terrorism and Responses to Terrorism "
    "(START), University of Maryland, https://www.start.umd.edu/gtd (terms of use restrict redistribution)."
)

# What the reader parses typed (base.Layout.types): the date parts and counts as DOUBLE (int_or_null and
# number_or_null judge the value: a fractional day stays a bad date) and the coordinates. Ids and the coded
# flags (doubtterr = '1', specificity) stay text.
TYPES = dict.fromkeys(("iyear", "imonth", "iday", "nkill", "nwound", "latitude", "longitude"), "DOUBLE")

# Geocoding specificity 1 (the city's own coordinates) .. 5 (no place below the country).
_SPECIFICITY = {"1": "exact", "2": "admin2", "3": "admin2", "4": "admin1", "5": "country"}


def _target_side(columns: set[str]) -> str:
    target = column(columns, "targtype1_txt")
    country = column(columns, "country_txt")
    whens = " ".join(
        f"WHEN {target} = '{kind}' THEN " + (f"'Government of ' || {country}" if "{country}" in side else f"'{side}'")
        for kind, side in GTD_TARGET_SIDES.items()
    )
    return f"CASE {whens} ELSE {target} END"


def _mapping(layout: Layout, columns: set[str]) -> str:
    def col(name: str) -> str:
        return column(columns, name)

    year, month, day = (int_or_null(col(n)) for n in ("iyear", "imonth", "iday"))
    flag = "= '1'"
    # The row is doubtful when START doubts it is terrorism or is unsure of the (first) perpetrator;
    # gname2/gname3 are further, separate attributions, each with its own guncertain flag.
    doubtful = " OR ".join(f"coalesce({whole_code(col(n))} {flag}, false)" for n in ("doubtterr", "guncertain1"))
    others = ", ".join(
        f"{col(f'gname{i}')} || CASE WHEN {whole_code(col(f'guncertain{i}'))} {flag} THEN ' (uncertain)' ELSE '' END"
        for i in (2, 3)
    )
    parsed = f"""
        SELECT _row, {whole_code(col("eventid"))} AS source_id,
            {col("gname")} AS side_a, nullif(concat_ws('; ', {others}), '') AS other_perpetrators,
            {_target_side(columns)} AS side_b,
            nullif(concat_ws('|', {col("targtype1_txt")}, {col("targtype2_txt")}, {col("targtype3_txt")}), '')
                AS side_b_type,
            {col("target1")} AS target_name,
            {col("attacktype1_txt")} AS event_subtype,
            {year} AS y, {month} AS m, {day} AS d, {col("approxdate")} AS approxdate,
            concat_ws('-', {col("iyear")}, {col("imonth")}, {col("iday")}) AS date_text,
            {col("country_txt")} AS country_name, {col("provstate")} AS admin1_raw, {col("city")} AS place,
            {col("latitude")} AS latitude_text, {col("longitude")} AS longitude_text,
            TRY_CAST({col("latitude")} AS DOUBLE) AS latitude, TRY_CAST({col("longitude")} AS DOUBLE) AS longitude,
            {sql_case(whole_code(col("specificity")), _SPECIFICITY)} AS geo_precision,
            {col("nkill")} AS nkill_text, {number_or_null(col("nkill"))} AS nkill,
            {col("nwound")} AS nwound_text, {number_or_null(col("nwound"))} AS nwound,
            {col("summary")} AS source_text,
            nullif(concat_ws(' | ', {col("scite1")}, {col("scite2")}, {col("scite3")}), '') AS source_names,
            ({doubtful}) AS doubtful
        FROM staged
    """
    dated = """
        SELECT *,
            CASE WHEN y BETWEEN 1 AND 9999 AND m = 0 THEN make_date(y, 1, 1)
                 WHEN y BETWEEN 1 AND 9999 AND m BETWEEN 1 AND 12 AND d = 0 THEN make_date(y, m, 1)
                 WHEN y BETWEEN 1 AND 9999 AND m BETWEEN 1 AND 12 THEN try(make_date(y, m, d)) END AS day,
            CASE WHEN m = 0 THEN 'year' WHEN d = 0 THEN 'month' WHEN approxdate IS NOT NULL THEN 'days'
                 ELSE 'day' END AS date_precision
        FROM parsed
    """
    checks = [
        ("source_id IS NULL OR NOT regexp_full_match(source_id, '[0-9]+')", "bad-id", "eventid", "source_id"),
        ("side_a IS NULL", "missing-side", "gname", "side_a"),
        ("side_b IS NULL", "missing-side", "targtype1_txt", "side_b"),
        ("day IS NULL", "bad-date", "iyear/imonth/iday", "date_text"),
        ("y < 1970 OR day > current_date + INTERVAL 366 DAY", "impossible-date", "iyear", "date_text"),
        *coordinate_checks(),
        *count_checks("nkill", "nkill"),
        *count_checks("nwound", "nwound"),
    ]
    return f"""
        WITH parsed AS ({parsed}), dated AS ({dated})
        SELECT _row, source_id, side_a, side_b, true AS directed,
            'terrorism' AS violence_type, false AS violence_type_inferred,
            CASE WHEN side_b = 'Civilians' THEN 'one-sided violence'
                ELSE coalesce({sql_case("event_subtype", GTD_ATTACK_TYPES)}, 'attack') END AS event_type,
            CASE date_precision WHEN 'days' THEN day - 3 ELSE day END AS date_start,
            CASE date_precision WHEN 'year' THEN make_date(y, 12, 31)
                WHEN 'month' THEN (day + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE
                WHEN 'days' THEN day + 3 ELSE day END AS date_end,
            date_precision,
            country_name, CAST(NULL AS VARCHAR) AS country_code, admin1_raw, CAST(NULL AS VARCHAR) AS admin2, place,
            latitude, longitude, geo_precision, CAST(NULL AS INTEGER) AS priogrid_gid,
            nkill AS fatalities_best, nkill AS fatalities_low, nkill AS fatalities_high,
            CAST(NULL AS INTEGER) AS deaths_side_a, CAST(NULL AS INTEGER) AS deaths_side_b,
            CAST(NULL AS INTEGER) AS deaths_civilians, CAST(NULL AS INTEGER) AS deaths_unknown,
            source_text, source_names, false AS machine_coded,
            event_subtype, 'perpetrator' AS side_a_type, side_b_type, target_name, doubtful,
            CAST(NULL AS INTEGER) AS mentions, CAST(NULL AS BIGINT) AS source_timestamp, nwound AS wounded,
            CAST(NULL AS BOOLEAN) AS self_dyad, other_perpetrators, CAST(NULL AS BOOLEAN) AS sides_from_dyad_name,
            {first_failure(checks)}
        FROM dated
    """


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        SOURCE,
        "gtd",
        "Global Terrorism Database export (eventid, iyear/imonth/iday, gname, targtype1_txt)",
        frozenset({"eventid", "iyear", "imonth", "iday", "gname", "targtype1_txt", "country_txt"}),
        mapping=_mapping,
        types=TYPES,
    ),
)
