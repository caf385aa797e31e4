"""What every source module provides: layout detection and a SQL mapping to the canonical schema.

A source module (ucdp.py, ...) exposes `LAYOUTS` and `mapping_sql(layout, columns)`. The mapping is
one SELECT over the staged table (text, but for the columns `Layout.types` reads typed) that yields
MAPPED_COLUMNS, including `_reason`, `_field` and `_value`: a non-null `_reason` sends the row to
quarantine instead of the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dyadscope.errors import InputError
from dyadscope.i18n import msg

# Mapped columns only some sources fill; a mapping selects `extra_defaults()` (NULLs) for those it lacks.
EXTRA_COLUMNS: tuple[str, ...] = (
    "event_subtype",
    "side_a_type",
    "side_b_type",
    "target_name",
    "doubtful",
    "mentions",
    "source_timestamp",
    "wounded",
    "self_dyad",
    "other_perpetrators",
    "sides_from_dyad_name",
)

MAPPED_COLUMNS: tuple[str, ...] = (
    "_row",
    "source_id",
    "side_a",
    "side_b",
    "directed",
    "violence_type",
    "violence_type_inferred",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "country_name",
    "country_code",
    "admin1_raw",
    "admin2",
    "place",
    "latitude",
    "longitude",
    "geo_precision",
    "priogrid_gid",
    "fatalities_best",
    "fatalities_low",
    "fatalities_high",
    "deaths_side_a",
    "deaths_side_b",
    "deaths_civilians",
    "deaths_unknown",
    "source_text",
    "source_names",
    "machine_coded",
    *EXTRA_COLUMNS,
    "_reason",
    "_field",
    "_value",
)


@dataclass(frozen=True)
class Layout:
    """One file layout of one source: how to recognise it and how to map it."""

    source: str
    name: str
    description: str
    required: frozenset[str]
    forbidden: frozenset[str] = frozenset()
    mapping: Callable[..., str] | None = field(default=None, compare=False)
    # How the file is staged: raw GDELT files are tab-separated with no header, so they carry their names.
    delimiter: str = ","
    header: bool = True
    names: tuple[str, ...] | None = None
    uses_options: bool = False  # the mapping takes import options (e.g. which CAMEO roots to keep)
    # Columns the importer reads typed (lower-case name -> DuckDB type) instead of as text: the CSV reader
    # parses them once. A cell that does not cast sends its row through the text mapping (store/staging.py), so
    # only types whose cast is no stricter in what it refuses than the mapping's rule belong here.
    types: dict[str, str] = field(default_factory=dict, compare=False)
    # The strptime format its DATE-typed columns are read with: the first of the mapping's own date formats, so a
    # cell the reader takes reads the same as in the text mapping. A file whose first rows do not fit it reads its
    # dates as text (store/staging.py). None: DuckDB's ISO default.
    date_format: str | None = None
    # Cell texts the typed read takes as empty, as the mapping's text rule does (GDELT's headered re-exports write
    # "NA"): without them every such row fails its cast and the import reads the whole file a second time.
    null_text: tuple[str, ...] = ()

    def matches(self, header: Iterable[str]) -> bool:
        """True when the header has every required column and none of the forbidden ones."""
        columns = {c.lower() for c in header}
        return self.required <= columns and not (self.forbidden & columns)

    def mapping_sql(self, columns: set[str], options: dict[str, object] | None = None) -> str:
        """The SELECT that maps the staged table to MAPPED_COLUMNS."""
        if self.mapping is None:
            raise NotImplementedError(self.name)
        if self.uses_options:
            return self.mapping(self, columns, options or {})
        return self.mapping(self, columns)


def _no_nul(text: str) -> str:
    # DuckDB reads a query as a C string: a NUL would cut it short, so refuse it rather than quote it.
    if "\x00" in text:
        raise InputError(msg("errors.nul_character", text=repr(text.replace(chr(0), "<NUL>")[:60])))
    return text


def sql_literal(value: object) -> str:
    """The SQL literal for a Python value: every string that reaches SQL goes through here (quotes doubled).

    >>> sql_literal("O'Brien"), sql_literal(True), sql_literal(3), sql_literal(None), sql_literal({"a": [1]})
    ("'O''Brien'", 'true', '3', 'NULL', "{'a': [1]}")
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{sql_literal(str(k))}: {sql_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(sql_literal(v) for v in value) + "]"
    return "'" + _no_nul(str(value)).replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    """A quoted SQL identifier (a column name from a file's header): double quotes, inner ones doubled.

    >>> sql_ident('a"b')
    '"a""b"'
    """
    return '"' + _no_nul(name).replace('"', '""') + '"'


class Columns(frozenset):
    """The lower-case column names a mapping reads, with the DuckDB types of those the reader already typed."""

    types: dict[str, str]

    def __new__(cls, names: Iterable[str], types: dict[str, str] | None = None) -> Columns:
        """`names` lower-case; `types` maps some of them to the type the CSV reader gives them."""
        made = super().__new__(cls, names)
        made.types = {k: v for k, v in (types or {}).items() if k in made}
        return made


class TypedSQL(str):
    """SQL of a cell the CSV reader has already parsed (DOUBLE, DATE): NULL when empty, no text rule applies."""

    type: str

    def __new__(cls, sql: str, type_: str) -> TypedSQL:
        """`sql` an expression of DuckDB type `type_`."""
        made = super().__new__(cls, sql)
        made.type = type_
        return made


def trimmed(sql: str) -> str:
    """SQL: DuckDB's `trim(sql)`, called only where it can change the text.

    trim strips the Unicode space separators (category Zs, U+0020 and U+00A0 among them; not tabs) at either end,
    and copies every string it is given: on 1M GED rows it cost ~0.15 CPU s a column. Of ASCII text only a
    leading or trailing ' ' is such a character; other text (strlen in bytes above length in characters) is
    trimmed as before. Same result, about a quarter of the CPU (benchmarks/README.md, round 22)."""
    may_change = f"{sql} LIKE ' %' OR {sql} LIKE '% ' OR strlen({sql}) <> length({sql})"
    return f"CASE WHEN {may_change} THEN trim({sql}) ELSE {sql} END"


def column(columns: set[str], name: str, default: str = "CAST(NULL AS VARCHAR)") -> str:
    """SQL for a staged column: text trimmed and empty-as-NULL, a typed column as it is, or `default` if absent."""
    if name not in columns:
        return default
    typed = getattr(columns, "types", {}).get(name)
    if typed:
        return TypedSQL(sql_ident(name), typed)
    return f"NULLIF({trimmed(sql_ident(name))}, '')"


Check = tuple[str, str, str, str]  # (SQL condition, reason slug, source field, SQL of the offending value)


def coordinate_checks(lat_field: str = "latitude", lon_field: str = "longitude") -> list[Check]:
    """bad-coordinates checks on parsed `latitude`/`longitude` beside their `*_text` originals."""
    return [
        (
            f"{axis}_text IS NOT NULL AND ({axis} IS NULL OR {axis} NOT BETWEEN -{limit} AND {limit})",
            "bad-coordinates",
            field,
            f"{axis}_text",
        )
        for axis, limit, field in (("latitude", 90, lat_field), ("longitude", 180, lon_field))
    ]


def count_checks(name: str, field: str, may_be_negative: bool = False) -> list[Check]:
    """out-of-range, bad-number (not an integer) and negative-deaths checks on parsed `name` beside `name_text`."""
    checks = [
        (
            f"{name}_text IS NOT NULL AND {name} IS NULL AND abs(TRY_CAST({name}_text AS DOUBLE)) > {MAX_COUNT}",
            "out-of-range",
            field,
            f"{name}_text",
        ),
        (f"{name}_text IS NOT NULL AND {name} IS NULL", "bad-number", field, f"{name}_text"),
    ]
    if not may_be_negative:
        checks.append((f"{name} < 0", "negative-deaths", field, f"{name}_text"))
    return checks


def whole_code(expr: str) -> str:
    """An id or numeric code as text without a trailing '.0' (files re-saved by a spreadsheet or pandas write '1.0')."""
    # The regex only where a '.' is: on every row of a 1M-row file it cost about 0.5 CPU s (benchmarks/README.md,
    # round 19); DuckDB computes `expr` once for the three uses.
    return f"CASE WHEN contains({expr}, '.') THEN regexp_replace({expr}, '\\.0+$', '') ELSE {expr} END"


def first_failure(checks: list[Check]) -> str:
    """SQL for `_reason, _field, _value` from (condition, reason, field, value_sql) checks; the first hit wins."""
    if not checks:
        return "NULL AS _reason, NULL AS _field, NULL AS _value"
    reason = "CASE " + " ".join(f"WHEN {c} THEN {sql_literal(r)}" for c, r, _, _ in checks) + " END"
    field_ = "CASE " + " ".join(f"WHEN {c} THEN {sql_literal(f)}" for c, _, f, _ in checks) + " END"
    value = "CASE " + " ".join(f"WHEN {c} THEN CAST({v} AS VARCHAR)" for c, _, _, v in checks) + " END"
    return f"{reason} AS _reason, {field_} AS _field, {value} AS _value"


def extra_defaults(present: set[str] = frozenset()) -> str:
    """SQL selecting NULL for each EXTRA_COLUMNS name a mapping does not produce itself."""
    types = {
        "doubtful": "BOOLEAN",
        "mentions": "INTEGER",
        "source_timestamp": "BIGINT",
        "wounded": "DOUBLE",
        "self_dyad": "BOOLEAN",
        "sides_from_dyad_name": "BOOLEAN",
    }
    return ", ".join(
        f"CAST(NULL AS {types.get(name, 'VARCHAR')}) AS {name}" for name in EXTRA_COLUMNS if name not in present
    )


def date_from_formats(expr: str, formats: tuple[str, ...]) -> str:
    """SQL DATE from text trying strptime formats in order (NULL when none fits): '%Y-%m-%d', '%d-%B-%Y', ..."""
    if isinstance(expr, TypedSQL):  # the reader parsed it with the first format (Layout.date_format)
        return f"CAST({expr} AS DATE)"
    tries = ", ".join(f"try_strptime({expr}, {sql_literal(f)})" for f in formats)
    return f"CAST(coalesce({tries}) AS DATE)"


def number_or_null(expr: str) -> str:
    """SQL DOUBLE of decimal number text ('6.3', '0.33', '12') up to MAX_COUNT, else NULL.

    A column the reader typed DOUBLE is judged by value, as int_or_null judges one: inf and nan stay NULL.
    """
    if isinstance(expr, TypedSQL):
        return f"CASE WHEN isfinite({expr}) AND abs({expr}) <= {MAX_COUNT} THEN {expr} END"
    return (
        f"CASE WHEN regexp_full_match({expr}, '-?[0-9]+(\\.[0-9]+)?') "
        f"AND abs(TRY_CAST({expr} AS DOUBLE)) <= {MAX_COUNT} THEN CAST({expr} AS DOUBLE) END"
    )


# No event has a count near this; four such counts still add up inside INTEGER (larger: `out-of-range`).
MAX_COUNT = 100_000_000


def int_or_null(expr: str, pattern: str = r"-?[0-9]+(\.0+)?") -> str:
    """SQL INTEGER of integer text matching `pattern` (default: a trailing '.0' allowed) up to MAX_COUNT, else NULL.

    A column the reader typed DOUBLE takes any whole number however written ('2', '2.0', '+2', '2e0'):
    the parse is DuckDB's, and only the value is judged; 2.5, inf and nan stay NULL (bad-number).
    """
    if isinstance(expr, TypedSQL):
        return (
            f"CASE WHEN isfinite({expr}) AND {expr} = trunc({expr}) AND abs({expr}) <= {MAX_COUNT} "
            f"THEN CAST({expr} AS INTEGER) END"
        )
    return (
        f"CASE WHEN regexp_full_match({expr}, {sql_literal(pattern)}) "
        f"AND abs(TRY_CAST({expr} AS DOUBLE)) <= {MAX_COUNT} THEN CAST(CAST({expr} AS DOUBLE) AS INTEGER) END"
    )
