"""UCDP Georeferenced Event Dataset (GED), in every layout found in circulation.

Layouts (detected from the header):
- ged-modern: the 49-column release (GED 20.1+), with relid, code_status and *_dset_id columns;
- ged-42: the 42-column extracts with gwnoa and gwnob (GED 18.1-19.1 for other countries);
- ged-syria-19.1: UCDP's 41-column "GED Syria" release, dated, without relid or gwnoa;
- ged-old: older releases with best_est/low_est/high_est and a `geom` column;
- ged-reduced: 18-column redistributed subsets with `year` only and no type_of_violence.

Semantics: type_of_violence 1 (state-based) and 2 (non-state) are engagements between sides, so
undirected; 3 (one-sided) is side A acting on civilians, so directed. The reduced layout has no type:
a side named "Government of ..." makes it state-based, "Civilians" one-sided, else non-state; the row is
marked violence_type_inferred. Each side's role in the codebook is kept as its type (side_a_type):
government, opposition organisation, non-state group, perpetrator, civilians. A row whose side A is
its side B (older releases have some) is a producer's error: where the dyad name names the other side, the
sides are taken from it (flagged sides_from_dyad_name); else the row is kept and flagged self_dyad.
"""

from __future__ import annotations

from dyadscope.sources.base import (
    Layout,
    column,
    coordinate_checks,
    count_checks,
    extra_defaults,
    first_failure,
    int_or_null,
    whole_code,
)

SOURCE = "ucdp-ged"
CREDIT = (
    "UCDP Georeferenced Event Dataset (CC BY 4.0): Sundberg, Ralph and Erik Melander (2013), "
    "'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4): 523-532; "
    "Uppsala Conflict Data Program, GED codebook."
)

_DATE_PRECISION = (
    "CASE {p} WHEN '1' THEN 'day' WHEN '2' THEN 'days' WHEN '3' THEN 'week' "
    "WHEN '4' THEN 'month' WHEN '5' THEN 'months' ELSE 'day' END"
)
_GEO_PRECISION = (
    "CASE {p} WHEN '1' THEN 'exact' WHEN '2' THEN 'near' WHEN '3' THEN 'admin2' "
    "WHEN '4' THEN 'admin1' WHEN '5' THEN 'area' WHEN '6' THEN 'country' WHEN '7' THEN 'international' END"
)
_INT = "-?[0-9]+"  # integer text; anything else is a bad number, not silently NULL

# What the reader parses typed (base.Layout.types). Counts are read as DOUBLE, not INTEGER: DuckDB's INTEGER
# cast rounds '2.5' to 3, and a fractional GED count must stay a bad number (base.int_or_null judges the
# value). Ids, codes and priogrid stay text: their rules ('007'; '1.0', base.whole_code) are the text's.
TYPES = dict.fromkeys(
    ("best", "low", "high", "best_est", "low_est", "high_est", "deaths_a", "deaths_b", "deaths_civilians",
     "deaths_unknown", "latitude", "longitude"),
    "DOUBLE",
) | {"date_start": "DATE", "date_end": "DATE"}  # fmt: skip


def _mapping(layout: Layout, columns: set[str]) -> str:
    def col(name: str, default: str = "CAST(NULL AS VARCHAR)") -> str:
        return column(columns, name, default)

    has_dates = "date_start" in columns
    has_type = "type_of_violence" in columns

    def present(*names: str) -> str:
        return next((n for n in names if n in columns), names[0])

    # canonical column -> the source column it comes from in this layout
    death_sources = {
        "deaths_side_a": "deaths_a",
        "deaths_side_b": "deaths_b",
        "deaths_civilians": "deaths_civilians",
        "deaths_unknown": "deaths_unknown",
        "fatalities_best": present("best", "best_est"),
        "fatalities_low": present("low", "low_est"),
        "fatalities_high": present("high", "high_est"),
    }
    death_cols = {name: col(source) for name, source in death_sources.items()}
    if has_dates:
        dates = (
            f"TRY_CAST({col('date_start')} AS DATE) AS date_start, "
            f"TRY_CAST({col('date_end')} AS DATE) AS date_end, "
            f"{_DATE_PRECISION.format(p=whole_code(col('date_prec')))} AS date_precision, "
            f"{col('date_start')} AS date_start_text, {col('date_end')} AS date_end_text"
        )
    else:
        year = f"TRY_CAST({col('year')} AS INTEGER)"
        dates = (
            f"CASE WHEN {year} BETWEEN 1 AND 9999 THEN make_date({year}, 1, 1) END AS date_start, "
            f"CASE WHEN {year} BETWEEN 1 AND 9999 THEN make_date({year}, 12, 31) END AS date_end, "
            f"'year' AS date_precision, {col('year')} AS date_start_text, {col('year')} AS date_end_text"
        )
    if has_type:
        violence = (
            f"CASE {whole_code(col('type_of_violence'))} WHEN '1' THEN 'state-based' WHEN '2' THEN 'non-state' "
            f"WHEN '3' THEN 'one-sided' END AS violence_type, false AS violence_type_inferred, "
            f"{col('type_of_violence')} AS violence_text"
        )
    else:
        side_a, side_b = col("side_a"), col("side_b")
        violence = (
            f"CASE WHEN lower({side_b}) = 'civilians' THEN 'one-sided' "
            f"WHEN lower({side_a}) LIKE 'government of %' OR lower({side_b}) LIKE 'government of %' "
            f"THEN 'state-based' ELSE 'non-state' END AS violence_type, true AS violence_type_inferred, "
            f"'inferred' AS violence_text"
        )
    source_text = f"coalesce({col('source_article')}, {col('source_headline')})"
    source_names = f"coalesce({col('source_office')}, {col('source_original')})"
    parsed = f"""
        SELECT _row,
            {whole_code(col("id"))} AS source_id,
            {col("side_a")} AS side_a_written, {col("side_b")} AS side_b_written, {col("dyad_name")} AS dyad_name,
            {violence},
            {dates},
            {col("country")} AS country_name,
            {col("adm_1")} AS admin1_raw, {col("adm_2")} AS admin2,
            {col("where_coordinates")} AS place,
            {col("latitude")} AS latitude_text, {col("longitude")} AS longitude_text,
            TRY_CAST({col("latitude")} AS DOUBLE) AS latitude, TRY_CAST({col("longitude")} AS DOUBLE) AS longitude,
            {_GEO_PRECISION.format(p=whole_code(col("where_prec")))} AS geo_precision,
            TRY_CAST({col("priogrid_gid")} AS INTEGER) AS priogrid_gid,
            {", ".join(f"{e} AS {name}_text, {int_or_null(e, _INT)} AS {name}" for name, e in death_cols.items())},
            {source_text} AS source_text, {source_names} AS source_names
        FROM staged
    """
    checks: list[tuple[str, str, str, str]] = [
        ("source_id IS NULL OR NOT regexp_full_match(source_id, '[0-9]+')", "bad-id", "id", "source_id"),
        ("side_a IS NULL OR side_b IS NULL", "missing-side", "side_a/side_b", "coalesce(side_a, side_b)"),
        ("violence_type IS NULL", "unknown-violence-type", "type_of_violence", "violence_text"),
        ("date_start IS NULL", "bad-date", "date_start" if has_dates else "year", "date_start_text"),
        ("date_end IS NULL OR date_end < date_start", "bad-date", "date_end" if has_dates else "year", "date_end_text"),
        (
            "year(date_start) < 1946 OR date_end > current_date + INTERVAL 366 DAY",
            "impossible-date",
            "date_start" if has_dates else "year",
            "date_start_text",
        ),
        *coordinate_checks(),
    ]
    for name, source in death_sources.items():
        checks.extend(count_checks(name, source))
    best_fallback = (
        "coalesce(deaths_side_a, 0) + coalesce(deaths_side_b, 0) + "
        "coalesce(deaths_civilians, 0) + coalesce(deaths_unknown, 0)"
    )
    return f"""
        WITH parsed AS ({parsed}), sided AS ({_SIDES_FROM_DYAD_NAME})
        SELECT _row, source_id, side_a, side_b,
            violence_type = 'one-sided' AS directed, violence_type, violence_type_inferred,
            CASE violence_type WHEN 'one-sided' THEN 'one-sided violence' ELSE 'armed engagement' END AS event_type,
            date_start, date_end, date_precision,
            country_name, CAST(NULL AS VARCHAR) AS country_code, admin1_raw, admin2, place, latitude, longitude,
            geo_precision, priogrid_gid,
            coalesce(fatalities_best, {best_fallback}) AS fatalities_best, fatalities_low, fatalities_high,
            deaths_side_a, deaths_side_b, deaths_civilians, deaths_unknown,
            source_text, source_names, false AS machine_coded,
            {extra_defaults({"side_a_type", "side_b_type", "self_dyad", "sides_from_dyad_name"})},
            CASE violence_type WHEN 'state-based' THEN 'ged government' WHEN 'non-state' THEN 'ged non-state group'
                ELSE 'ged perpetrator' END AS side_a_type,
            CASE violence_type WHEN 'state-based' THEN 'ged opposition organisation'
                WHEN 'non-state' THEN 'ged non-state group' ELSE 'ged civilians' END AS side_b_type,
            lower(side_a) = lower(side_b) AS self_dyad,
            lower(side_a_written) = lower(side_b_written) AND lower(side_a) <> lower(side_b) AS sides_from_dyad_name,
            {first_failure(checks)}
        FROM sided
    """


# Older releases repeat one side's name on both sides of some rows while the dyad name ("Government of Nigeria -
# Jama'atu Ahlis Sunna ...") and the side ids (side_a_dset_id 475, Nigeria's state) name two: the side the dyad name
# gives differently replaces the repeated one. Rows whose dyad name does not settle it stay self-dyads.
_A_FROM_DYAD = (
    "lower(side_a_written) = lower(side_b_written) AND ends_with(lower(dyad_name), ' - ' || lower(side_b_written)) "
    "AND length(dyad_name) > length(side_b_written) + 3"
)
# Side A first; side B only where side A still repeats it and the dyad name starts with that name.
_SIDES_FROM_DYAD_NAME = f"""
    SELECT *,
        CASE WHEN lower(side_a) = lower(side_b_written)
                AND starts_with(lower(dyad_name), lower(side_a_written) || ' - ')
            THEN NULLIF(trim(dyad_name[length(side_a_written) + 4 :]), '')
            ELSE side_b_written END AS side_b
    FROM (
        SELECT *,
            CASE WHEN {_A_FROM_DYAD} THEN trim(dyad_name[1 : length(dyad_name) - length(side_b_written) - 3])
                ELSE side_a_written END AS side_a
        FROM parsed
    )
"""


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        SOURCE,
        "ged-modern",
        "UCDP GED full release (49 columns, GED 20.1 and later)",
        frozenset(
            {"id", "relid", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best", "code_status"}
        ),
        mapping=_mapping,
        types=TYPES,
    ),
    Layout(
        SOURCE,
        "ged-old",
        "UCDP GED older release (best_est/low_est/high_est, geom)",
        frozenset({"id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best_est"}),
        mapping=_mapping,
        types=TYPES,
    ),
    Layout(
        SOURCE,
        "ged-42",
        "UCDP GED release of 42 columns with gwnoa/gwnob (GED 18.1-19.1 country extracts)",
        frozenset({"id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best", "gwnoa"}),
        forbidden=frozenset({"relid"}),
        mapping=_mapping,
        types=TYPES,
    ),
    Layout(
        SOURCE,
        "ged-syria-19.1",
        "UCDP GED Syria release in the GED 19.1 layout (41 columns)",
        frozenset({"id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best"}),
        forbidden=frozenset({"relid", "gwnoa"}),
        mapping=_mapping,
        types=TYPES,
    ),
    Layout(
        SOURCE,
        "ged-generic",
        "UCDP GED release with dates and best estimates (other versions)",
        frozenset({"id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best"}),
        mapping=_mapping,
        types=TYPES,
    ),
    Layout(
        SOURCE,
        "ged-reduced",
        "UCDP GED reduced subset (year only, no type_of_violence)",
        frozenset({"id", "year", "side_a", "side_b", "latitude", "longitude", "deaths_a", "deaths_b"}),
        forbidden=frozenset({"date_start"}),
        mapping=_mapping,
        types=TYPES,
    ),
)
