"""The canonical event schema: the one definition every importer writes and every analysis reads.

Each field has a DuckDB type and a meaning; `events_ddl()` builds the table from this list, and
docs/schema.md is generated from it (tests check the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One column of a store table: name, DuckDB type and what it means."""

    name: str
    type: str
    meaning: str


EVENT_FIELDS: tuple[Field, ...] = (
    # Unique by the importer (duplicate ids in a file are quarantined; a stored uid is replaced, never re-added),
    # not by an index: the PRIMARY KEY index was 40% of the store file and slowed every write (benchmarks/README.md).
    Field("uid", "VARCHAR NOT NULL", "source + ':' + source_id; unique in the store"),
    Field("source", "VARCHAR NOT NULL", "dataset family, e.g. 'ucdp-ged', 'acled', 'gtd', 'gdelt'"),
    Field("source_id", "VARCHAR NOT NULL", "the producer's own id of the record (GED `id`)"),
    Field("source_version", "VARCHAR", "layout/version of the file the row came from, e.g. 'ged-modern'"),
    Field("source_file", "VARCHAR", "file name the row was imported from"),
    Field("source_row", "BIGINT", "1-based data row in that file (header not counted)"),
    Field(
        "row_hash",
        "BIGINT",
        "hash of the row's mapped values (meta row_hash_scheme); unchanged vs updated on re-import",
    ),
    Field("side_a", "VARCHAR", "raw name of side A (GED side_a; the perpetrator when directed)"),
    Field("side_b", "VARCHAR", "raw name of side B (GED side_b; the target when directed)"),
    Field("side_a_ids", "VARCHAR", "resolved actor ids of side A as '|id|id|' (coalitions list members)"),
    Field("side_b_ids", "VARCHAR", "resolved actor ids of side B as '|id|id|'"),
    Field("side_a_actor", "VARCHAR", "canonical display name of side A ('A + B' for a coalition)"),
    Field("side_b_actor", "VARCHAR", "canonical display name of side B"),
    Field("side_a_class", "VARCHAR", "actor class of side A in this event's country ('a+b' for mixed coalitions)"),
    Field("side_b_class", "VARCHAR", "actor class of side B in this event's country"),
    Field("directed", "BOOLEAN NOT NULL", "true: side A acted on side B; false: an engagement between sides"),
    Field("violence_type", "VARCHAR", "state-based | non-state | one-sided (UCDP), or the source's own type"),
    Field("violence_type_inferred", "BOOLEAN", "true when the file had no type and it was inferred"),
    Field("event_type", "VARCHAR", "canonical event type: 'armed engagement', 'one-sided violence', ..."),
    Field("date_start", "DATE", "earliest date the event can have happened"),
    Field("date_end", "DATE", "latest date the event can have happened"),
    Field("date_precision", "VARCHAR", "day | days | week | month | months | year"),
    Field("country", "VARCHAR", "ISO 3166-1 alpha-3 code of the event's location"),
    Field("country_name", "VARCHAR", "the source's own country name"),
    Field("admin1", "VARCHAR", "first-order admin unit (governorate/province), canonical spelling"),
    Field("admin1_derived", "BOOLEAN", "true when admin1 was derived offline from the coordinates"),
    Field("admin2", "VARCHAR", "second-order admin unit as the source gives it"),
    Field("admin2_derived", "BOOLEAN", "true when admin2 was derived from the coordinates"),
    Field("place", "VARCHAR", "place name (GED where_coordinates)"),
    Field("latitude", "DOUBLE", "WGS84 latitude"),
    Field("longitude", "DOUBLE", "WGS84 longitude"),
    Field("geo_precision", "VARCHAR", "exact | near | admin2 | admin1 | area | country | international"),
    Field("priogrid_gid", "INTEGER", "PRIO-GRID 0.5-degree cell id"),
    Field("fatalities_best", "DOUBLE", "best estimate of deaths (GTD before 2012 splits some over incidents: 0.33)"),
    Field("fatalities_low", "DOUBLE", "low estimate of deaths"),
    Field("fatalities_high", "DOUBLE", "high estimate of deaths"),
    Field("deaths_side_a", "INTEGER", "deaths on side A"),
    Field("deaths_side_b", "INTEGER", "deaths on side B"),
    Field("deaths_civilians", "INTEGER", "civilian deaths"),
    Field("deaths_unknown", "INTEGER", "deaths of unknown affiliation"),
    Field("source_text", "VARCHAR", "the producer's source citation/headline text"),
    Field("source_names", "VARCHAR", "news sources named by the producer"),
    Field("machine_coded", "BOOLEAN", "true for machine-coded data (GDELT)"),
    Field("withdrawn", "BOOLEAN", "true when the producer withdrew the record (never deleted here)"),
    Field("import_id", "INTEGER", "import_log row that last wrote this event"),
    Field("raw", "VARCHAR", "the original row as JSON when imported with --keep-raw (the demo does)"),
    # Added with the ACLED/GTD/GDELT importers; appended so an older store upgrades by ADD COLUMN in order.
    Field(
        "event_subtype", "VARCHAR", "the source's own finer type (ACLED sub_event_type, GTD attack type, CAMEO code)"
    ),
    Field(
        "side_a_type", "VARCHAR", "the source's own actor-type evidence for side A (ACLED inter1, GTD 'perpetrator')"
    ),
    Field("side_b_type", "VARCHAR", "the source's own actor-type evidence for side B (ACLED inter2, GTD target types)"),
    Field("target_name", "VARCHAR", "the named target when the source gives one beside a type (GTD target1)"),
    Field("doubtful", "BOOLEAN", "true when the producer doubts the record (GTD doubtterr=1 or guncertain=1)"),
    Field("mentions", "INTEGER", "number of mentions in the news (GDELT NumMentions): media attention, not events"),
    Field("source_timestamp", "BIGINT", "producer's last-change time as Unix seconds (ACLED timestamp)"),
    Field("wounded", "DOUBLE", "number wounded (GTD nwound; fractions kept as published)"),
    # Added with actor provenance and the admin1 gazetteer (issue 8).
    Field("side_a_class_by", "VARCHAR", "how side A got its class: registry | convention | source-code | fallback"),
    Field("side_b_class_by", "VARCHAR", "how side B got its class: registry | convention | source-code | fallback"),
    Field("side_a_kind", "VARCHAR", "finer kind of side A the producer codes (protesters, identity_militia, ...)"),
    Field("side_b_kind", "VARCHAR", "finer kind of side B the producer codes"),
    Field("self_dyad", "BOOLEAN", "true when the producer gave one actor on both sides (kept, left out of shares)"),
    Field("admin1_code", "VARCHAR", "ISO 3166-2 code of the first-order unit ('LY-BA'), one per place across sources"),
    Field(
        "other_perpetrators",
        "VARCHAR",
        "further perpetrators named as separate attributions, '; '-joined (GTD gname2/3; '(uncertain)' per guncertain)",
    ),
    Field("admin1_source", "VARCHAR", "the producer's own admin1 spelling ('Benghazi district', 'Nassarawa')"),
    Field(
        "sides_from_dyad_name",
        "BOOLEAN",
        "true when the producer's side names repeated one actor and the sides were taken from its dyad name (GED)",
    ),
)

# Fields added after the first release, in order: Store adds them to an older store's events table.
ADDED_EVENT_FIELDS: tuple[Field, ...] = EVENT_FIELDS[[f.name for f in EVENT_FIELDS].index("event_subtype") :]

# Counts that became DOUBLE (GTD publishes split deaths such as 0.33): an older store's INTEGER columns are widened.
WIDENED_EVENT_FIELDS: tuple[str, ...] = ("fatalities_best", "fatalities_low", "fatalities_high", "wounded")


def signed_hash_sql(ubigint: str) -> str:
    """SQL: the BIGINT with the same 64 bits as the UBIGINT `ubigint` (DuckDB's hash()), as row_hash keeps it.

    A number, not its text, costs the write 11% less CPU (benchmarks/README.md, 2026-12-02 09:40); signed, as
    Parquet's INT64 and every engine reading an export (Spark, BigQuery) take it. `ubigint` appears once.
    """
    two63, two64 = 2**63, 2**64
    return f"CAST((CAST({ubigint} AS HUGEINT) + {two63}) % {two64} - {two63} AS BIGINT)"


EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in EVENT_FIELDS)

# Rows are written in this order, so each DuckDB row group (and Parquet file) covers few countries and dates:
# its min/max statistics (zone maps) let a query about one country and year skip the rest of the store.
EVENTS_ORDER = "country, date_start"

QUARANTINE_FIELDS: tuple[Field, ...] = (
    Field("import_id", "INTEGER", "import_log row of the import that met the row"),
    Field("source_file", "VARCHAR", "file name"),
    Field("source_row", "BIGINT", "1-based data row (null when the CSV parser rejected the line)"),
    Field("line", "BIGINT", "line number in the file, where known"),
    Field("reason", "VARCHAR", "slug: bad-date, bad-coordinates, negative-deaths, malformed-row, ..."),
    Field("field", "VARCHAR", "the column at fault"),
    Field("value", "VARCHAR", "the offending raw value"),
    Field("raw", "VARCHAR", "the whole raw row (JSON of its cells, or the raw CSV line)"),
)

IMPORT_LOG_FIELDS: tuple[Field, ...] = (
    Field("import_id", "INTEGER PRIMARY KEY", "sequential id"),
    Field("started_at", "TIMESTAMP", "UTC start"),
    Field("finished_at", "TIMESTAMP", "UTC end"),
    Field("source", "VARCHAR", "dataset family"),
    Field("layout", "VARCHAR", "detected layout"),
    Field("source_file", "VARCHAR", "file imported"),
    Field("rows_read", "BIGINT", "data rows read"),
    Field("imported", "BIGINT", "rows new to the store"),
    Field("updated", "BIGINT", "rows that replaced a changed record"),
    Field("unchanged", "BIGINT", "rows already present (same content, or a finer-dated copy kept)"),
    Field("quarantined", "BIGINT", "rows set aside with a reason"),
    Field("kept_finer", "BIGINT", "of unchanged: a coarser copy of a record already stored with finer dates"),
    Field("admin1_derived", "BIGINT", "rows whose admin1 was derived from coordinates"),
)


LINK_FIELDS: tuple[Field, ...] = (
    Field("uid_a", "VARCHAR NOT NULL", "one record of the pair (the smaller uid)"),
    Field("uid_b", "VARCHAR NOT NULL", "the other record, from another source"),
    Field("cluster_id", "VARCHAR", "smallest uid of the connected cluster of linked records"),
    Field("score", "DOUBLE", "match score in (0, 1]: closeness in time and space, actor agreement"),
    Field("km", "DOUBLE", "distance between the two records' coordinates"),
    Field("days", "INTEGER", "days between the two records' date windows (0 when they overlap)"),
    Field(
        "actor_match",
        "VARCHAR",
        "how the actors agree: same-actors | shared-actor | unresolved | compatible | described | same-toll",
    ),
    Field("link_run", "INTEGER", "the `dyadscope link` run that wrote the link"),
)


def _ddl(table: str, fields: tuple[Field, ...]) -> str:
    cols = ",\n  ".join(f"{f.name} {f.type}" for f in fields)
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  {cols}\n)"


def events_ddl() -> str:
    """DDL of the events table, e.g. `con.execute(events_ddl())`."""
    return _ddl("events", EVENT_FIELDS)


def quarantine_ddl() -> str:
    """DDL of the quarantine table."""
    return _ddl("quarantine", QUARANTINE_FIELDS)


def import_log_ddl() -> str:
    """DDL of the import_log table."""
    return _ddl("import_log", IMPORT_LOG_FIELDS)


def links_ddl() -> str:
    """DDL of the links table (cross-source records of one real event)."""
    return _ddl("links", LINK_FIELDS)
