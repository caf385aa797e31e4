"""ACLED (Armed Conflict Location & Event Data), current lower-case exports and older upper-case ones.

Layouts (detected from the header, case-insensitively):
- acled-current: event_id_cnty, event_date, sub_event_type, inter1/inter2 (numeric or, since 2024, text), timestamp;
- acled-legacy: the older upper-case export (GWNO, EVENT_ID_NO_CNTY, ALLY_ACTOR_1, ACTOR1_ID, ...).

Semantics: ACLED's actor1/actor2 are listed actors, not attacker and defender. Battles (and protests,
riots, strategic developments) are therefore undirected; violence against civilians and
explosions/remote violence are directed from actor1 to actor2 (taxonomy.ACLED_EVENT_TYPES).
inter1/inter2 are kept as each side's actor-type evidence (side_a_type/side_b_type). Associated actors
(assoc_actor_1/2, older ALLY_ACTOR_1/2) are allies on that side: the side is written "actor; ally; ally"
and resolves member by member (the inter code describes the first actor only).
Dates: "2022-06-30", "30-June-2022", "30 June 2022", "30-Jun-22", "30/06/2022" (day first).
time_precision 1 day, 2 week (the date +-3 days), 3 month (the calendar month).
ACLED is a living dataset: `timestamp` orders revisions, so a re-import never replaces a row with an
older revision; `--complete-export` flags rows the export no longer has as withdrawn.
"""

from __future__ import annotations

from dyadscope.sources.base import (
    Layout,
    column,
    coordinate_checks,
    count_checks,
    date_from_formats,
    first_failure,
    int_or_null,
    whole_code,
)
from dyadscope.sources.taxonomy import ACLED_EVENT_TYPES, ACLED_INTER, sql_case

SOURCE = "acled"
CREDIT = (
    "ACLED: Raleigh, Clionadh, Andrew Linke, Havard Hegre and Joakim Karlsen (2010), 'Introducing ACLED: "
    "An Armed Conflict Location and Event Dataset', Journal of Peace Research 47(5): 651-660; acleddata.com "
    "(terms of use restrict redistribution)."
)

# The first is the one the reader parses typed (Layout.date_format); the rest are read from the text.
DATE_FORMATS = ("%Y-%m-%d", "%d-%B-%Y", "%d %B %Y", "%d-%b-%Y", "%d-%b-%y", "%d/%m/%Y", "%d %b %Y")

# What the reader parses typed (base.Layout.types): the coordinates, the count as DOUBLE (int_or_null judges its
# value, so 2.5 stays a bad number) and the date in the first format. Ids, codes, inter and the timestamp stay
# text: their rules ('1.0' as a code, a timestamp as seconds or as a date-time) are the text's.
TYPES = dict.fromkeys(("latitude", "longitude", "fatalities"), "DOUBLE") | {"event_date": "DATE"}


def _side(col, n: int) -> str:
    """actor<n> with its associated actors (allies on the same side) after ACLED's own '; ' separator."""
    allies = f"coalesce({col(f'assoc_actor_{n}')}, {col(f'ally_actor_{n}')})"
    return f"nullif(concat_ws('; ', {col(f'actor{n}')}, {allies}), '')"


def _mapping(layout: Layout, columns: set[str]) -> str:
    def col(name: str) -> str:
        return column(columns, name)

    types = {k: v[0] for k, v in ACLED_EVENT_TYPES.items()}
    directed = {k: "true" if v[1] else "false" for k, v in ACLED_EVENT_TYPES.items()}
    ts = col("timestamp")
    parsed = f"""
        SELECT _row, {col("event_id_cnty")} AS source_id,
            {_side(col, 1)} AS side_a, {_side(col, 2)} AS side_b,
            {whole_code(col("inter1"))} AS inter1, {whole_code(col("inter2"))} AS inter2,
            {col("event_date")} AS date_text, {date_from_formats(col("event_date"), DATE_FORMATS)} AS day,
            {whole_code(col("time_precision"))} AS time_precision,
            {col("event_type")} AS event_type_text, lower({col("event_type")}) AS event_key,
            {col("sub_event_type")} AS event_subtype, {col("disorder_type")} AS disorder_type,
            {col("country")} AS country_name, {col("admin1")} AS admin1_raw, {col("admin2")} AS admin2,
            {col("location")} AS place,
            {col("latitude")} AS latitude_text, {col("longitude")} AS longitude_text,
            TRY_CAST({col("latitude")} AS DOUBLE) AS latitude, TRY_CAST({col("longitude")} AS DOUBLE) AS longitude,
            {whole_code(col("geo_precision"))} AS geo_precision_text,
            {col("fatalities")} AS fatalities_text, {int_or_null(col("fatalities"))} AS fatalities,
            {col("notes")} AS notes, {col("source")} AS source_names,
            {ts} AS timestamp_text,
            coalesce(TRY_CAST({ts} AS BIGINT), CAST(epoch(TRY_CAST({ts} AS TIMESTAMP)) AS BIGINT)) AS source_timestamp
        FROM staged
    """
    dated = """
        SELECT *,
            CASE coalesce(time_precision, '1') WHEN '1' THEN 'day' WHEN '2' THEN 'week' WHEN '3' THEN 'month' END
                AS date_precision
        FROM parsed
    """
    checks = [
        ("source_id IS NULL", "bad-id", "event_id_cnty", "source_id"),
        ("side_a IS NULL", "missing-side", "actor1", "side_a"),
        ("event_type IS NULL", "unknown-event-type", "event_type", "event_type_text"),
        ("day IS NULL", "bad-date", "event_date", "date_text"),
        ("date_precision IS NULL", "bad-date-precision", "time_precision", "time_precision"),
        ("year(day) < 1990 OR day > current_date + INTERVAL 366 DAY", "impossible-date", "event_date", "date_text"),
        *coordinate_checks(),
        *count_checks("fatalities", "fatalities"),
        ("timestamp_text IS NOT NULL AND source_timestamp IS NULL", "bad-number", "timestamp", "timestamp_text"),
    ]
    return f"""
        WITH parsed AS ({parsed}), dated AS ({dated}),
        typed AS (
            SELECT *, {sql_case("event_key", types)} AS event_type,
                CAST({sql_case("event_key", directed)} AS BOOLEAN) AS directed
            FROM dated
        )
        SELECT _row, source_id, side_a, side_b, directed,
            coalesce(disorder_type, event_type_text) AS violence_type, false AS violence_type_inferred,
            event_type,
            CASE date_precision WHEN 'week' THEN day - 3 WHEN 'month' THEN date_trunc('month', day)::DATE
                ELSE day END AS date_start,
            CASE date_precision WHEN 'week' THEN day + 3
                WHEN 'month' THEN (date_trunc('month', day) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE
                ELSE day END AS date_end,
            date_precision,
            country_name, CAST(NULL AS VARCHAR) AS country_code, admin1_raw, admin2, place, latitude, longitude,
            CASE geo_precision_text WHEN '1' THEN 'exact' WHEN '2' THEN 'near' WHEN '3' THEN 'admin1' END
                AS geo_precision,
            CAST(NULL AS INTEGER) AS priogrid_gid,
            fatalities AS fatalities_best, fatalities AS fatalities_low, fatalities AS fatalities_high,
            CAST(NULL AS INTEGER) AS deaths_side_a, CAST(NULL AS INTEGER) AS deaths_side_b,
            CAST(NULL AS INTEGER) AS deaths_civilians, CAST(NULL AS INTEGER) AS deaths_unknown,
            notes AS source_text, source_names, false AS machine_coded,
            event_subtype,
            {sql_case("inter1", ACLED_INTER, "inter1")} AS side_a_type,
            {sql_case("inter2", ACLED_INTER, "nullif(inter2, '0')")} AS side_b_type,
            CAST(NULL AS VARCHAR) AS target_name, CAST(NULL AS BOOLEAN) AS doubtful,
            CAST(NULL AS INTEGER) AS mentions, source_timestamp, CAST(NULL AS INTEGER) AS wounded,
            CAST(NULL AS BOOLEAN) AS self_dyad, CAST(NULL AS VARCHAR) AS other_perpetrators,
            CAST(NULL AS BOOLEAN) AS sides_from_dyad_name,
            {first_failure(checks)}
        FROM typed
    """


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        SOURCE,
        "acled-current",
        "ACLED export (current lower-case layout with sub_event_type)",
        frozenset({"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "inter1"}),
        mapping=_mapping,
        types=TYPES,
        date_format=DATE_FORMATS[0],
    ),
    Layout(
        SOURCE,
        "acled-legacy",
        "ACLED export (older upper-case layout with ALLY_ACTOR_1/GWNO)",
        frozenset({"event_id_cnty", "event_date", "event_type", "actor1", "ally_actor_1", "actor2", "inter1"}),
        mapping=_mapping,
        types=TYPES,
        date_format=DATE_FORMATS[0],
    ),
)
