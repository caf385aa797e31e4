"""Any other CSV: a user's YAML mapping file describes the layout (format in docs/mapping.md).

The mapping is validated when it is loaded (keys, types, canonical values) and again against the
file's header when it is used; every error names the line of the mapping file it is about.
`suggest_mapping(header)` writes a starter file from a header, guessing columns by their names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from dyadscope.errors import InputError
from dyadscope.i18n import Message, msg
from dyadscope.sources.base import (
    Layout,
    column,
    coordinate_checks,
    count_checks,
    date_from_formats,
    extra_defaults,
    first_failure,
    int_or_null,
    sql_literal,
)
from dyadscope.sources.taxonomy import EVENT_TYPES

COLUMN_KEYS = (
    "id", "date", "date_end", "side_a", "side_b", "country", "admin1", "admin2", "place",
    "latitude", "longitude", "fatalities", "event_type", "source_text",
)  # fmt: skip
REQUIRED_COLUMNS = ("id", "date", "side_a")
TOP_KEYS = (
    "name", "source", "delimiter", "columns", "date_formats", "date_precision", "directed", "event_types",
    "missing_values",
)  # fmt: skip
PRECISIONS = ("day", "days", "week", "month", "months", "year")
BUILT_IN_SOURCES = ("ucdp-ged", "acled", "gtd", "gdelt")
DEFAULT_DATE_FORMATS = ("%Y-%m-%d",)

# Header names that suggest_mapping recognises for each key, most specific first; compared with case, spaces and
# punctuation ignored ("Start Date", "start_date" and "startdate" are one name). SCAD's, GTD's and ACLED's
# spellings are here because those files are what users bring through a mapping when a layout is not built in.
_GUESSES = {
    "id": ("event_id", "eventid", "event_id_cnty", "id", "uid", "record_id", "incident_id", "incident"),
    "date": ("date", "event_date", "date_start", "start_date", "begin_date", "day", "when"),
    "date_end": ("date_end", "end_date"),
    "side_a": ("side_a", "actor1", "actor_1", "perpetrator", "attacker", "actor"),
    "side_b": ("side_b", "actor2", "actor_2", "target", "target1", "victim"),
    "country": ("country", "country_name", "iso3", "country_code"),
    "admin1": ("admin1", "adm_1", "province", "governorate", "region", "state"),
    "admin2": ("admin2", "adm_2", "district"),
    "place": ("place", "location", "city", "town", "village", "elocal"),
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
    "fatalities": ("fatalities", "deaths", "killed", "nkill", "ndeath", "best", "deaths_best"),
    "event_type": ("event_type", "type", "etype", "category"),
    "source_text": ("notes", "source", "description", "summary"),
}


def _bare(name: str) -> str:
    """A header name with case, spaces and punctuation dropped, as suggest_mapping compares names."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Mapping:
    """A validated mapping file: where each canonical field comes from, and the line it was said on."""

    path: str
    name: str
    source: str
    columns: dict[str, str]
    lines: dict[str, int] = field(default_factory=dict)
    delimiter: str = ","
    date_formats: tuple[str, ...] = DEFAULT_DATE_FORMATS
    date_precision: str = "day"
    directed: bool | dict[str, bool] = False
    event_types: dict[str, str] = field(default_factory=dict)
    missing_values: tuple[str, ...] = ()
    id_columns: tuple[str, ...] = ()

    def error(self, key: str, message: Message) -> InputError:
        """An InputError naming the mapping file's line for `key`."""
        line = self.lines.get(key)
        return InputError(msg("errors.at", where=_at(self.path, line) if line else self.path, problem=message))


def _at(path: str, line: int) -> Message:
    """'PATH line N' in the reader's language."""
    return msg("errors.file_line", path=path, line=str(line))


# A mapping file is a few dozen lines: anything far bigger or deeper is a mistake or an attack ("billion laughs").
MAX_MAPPING_BYTES = 64 * 1024
MAX_DEPTH = 4
SOURCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")


def _scalars(node: yaml.Node, where: str | Message, path: str) -> dict[str, tuple[object, int]]:
    """A YAML mapping node as {key: (python value, 1-based line)}."""
    if not isinstance(node, yaml.MappingNode):
        raise InputError(msg("errors.not_key_value", where=_at(path, node.start_mark.line + 1), what=where))
    out: dict[str, tuple[object, int]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        try:
            value = SafeConstructor().construct_object(value_node, deep=True)
        except ConstructorError as exc:
            where = _at(path, key_node.start_mark.line + 1)
            raise InputError(msg("errors.at", where=where, problem=f"{key}: {exc.problem}")) from exc
        out[key] = (value, key_node.start_mark.line + 1)
    return out


def _compose(text: str, path: str) -> yaml.Node | None:
    """The YAML node tree, refused fast (before anything is built) when oversized, nested deep, aliased or tagged."""
    if len(text) > MAX_MAPPING_BYTES:
        raise InputError(msg("errors.mapping_too_large", path=path, n=len(text)))
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            line = _at(path, event.start_mark.line + 1)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise InputError(msg("errors.yaml_anchors", where=line))
            tag = getattr(event, "tag", None)
            if tag and not getattr(event, "implicit", True) and tag not in ("!", "tag:yaml.org,2002:str"):
                raise InputError(msg("errors.yaml_tags", where=line, tag=tag))
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(msg("errors.yaml_depth", where=line, depth=depth, max=MAX_DEPTH))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(msg("errors.not_yaml", where=_at(path, mark.line + 1) if mark else path)) from exc


def parse_mapping(text: str, path: str = "mapping.yaml") -> Mapping:
    """Validate mapping YAML text; raises InputError naming the line of the first problem."""
    root = _compose(text, path)
    if root is None:
        raise InputError(msg("errors.mapping_empty", path=path))
    top = _scalars(root, msg("errors.the_mapping_file"), path)
    for key, (_, line) in top.items():
        if key not in TOP_KEYS:
            raise InputError(msg("errors.unknown_key", where=_at(path, line), key=repr(key), keys=", ".join(TOP_KEYS)))
    if "columns" not in top:
        raise InputError(msg("errors.no_columns", path=path))
    columns_node = next(v for k, v in root.value if k.value == "columns")
    cols = _scalars(columns_node, "columns", path)
    lines = {f"columns.{k}": line for k, (_, line) in cols.items()} | {k: line for k, (_, line) in top.items()}
    id_columns: tuple[str, ...] = ()
    for key, (value, line) in cols.items():
        if key not in COLUMN_KEYS:
            keys = ", ".join(COLUMN_KEYS)
            raise InputError(msg("errors.unknown_column_key", where=_at(path, line), key=repr(key), keys=keys))
        if key == "id" and isinstance(value, list):
            # An event recorded as one row per place (SCAD's eventid) is unique only with the place (SCAD's ilocal).
            if len(value) < 2 or not all(isinstance(v, str) and v.strip() for v in value):
                raise InputError(msg("errors.id_columns", where=_at(path, line)))
            id_columns = tuple(value)
        elif not isinstance(value, str) or not value.strip():
            raise InputError(msg("errors.column_name", where=_at(path, line), key=key))
    missing = [k for k in REQUIRED_COLUMNS if k not in cols]
    if missing:
        raise InputError(msg("errors.columns_missing", where=_at(path, top["columns"][1]), names=", ".join(missing)))

    def get(key: str, default: object) -> object:
        return top[key][0] if key in top else default

    for key in ("name", "source"):
        if key in top and not (isinstance(top[key][0], str) and top[key][0].strip()):
            raise InputError(msg("errors.short_text", where=_at(path, top[key][1]), key=key))
    source = str(get("source", "custom")).strip()
    if source in BUILT_IN_SOURCES:
        raise InputError(msg("errors.built_in_source", where=_at(path, top["source"][1]), source=repr(source)))
    if not SOURCE_NAME.fullmatch(source):
        raise InputError(msg("errors.source_name", where=_at(path, top["source"][1]), source=repr(source[:40])))
    name = str(get("name", Path(path).stem)).strip()
    names = {k: "+".join(v) if isinstance(v, list) else str(v) for k, (v, _) in cols.items()}
    mapping = Mapping(path, name, source, names, lines, id_columns=id_columns)
    delimiter = get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise mapping.error("delimiter", msg("errors.delimiter_one"))
    mapping.delimiter = delimiter
    formats = get("date_formats", list(DEFAULT_DATE_FORMATS))
    if isinstance(formats, str):
        formats = [formats]
    if not isinstance(formats, list) or not all(isinstance(f, str) and "%" in f for f in formats):
        raise mapping.error("date_formats", msg("errors.date_formats"))
    mapping.date_formats = tuple(formats)
    precision = get("date_precision", "day")
    if precision not in PRECISIONS:
        raise mapping.error("date_precision", msg("errors.date_precision", choices=", ".join(PRECISIONS)))
    mapping.date_precision = str(precision)
    event_types = get("event_types", {})
    if not isinstance(event_types, dict):
        raise mapping.error("event_types", msg("errors.event_types_map"))
    for raw, canonical in event_types.items():
        if not isinstance(raw, str | int) or not isinstance(canonical, str) or canonical not in EVENT_TYPES:
            choices = ", ".join(EVENT_TYPES)
            unknown = msg("errors.event_type_unknown", value=repr(canonical), raw=repr(raw), choices=choices)
            raise mapping.error("event_types", unknown)
    mapping.event_types = {str(k): str(v) for k, v in event_types.items()}
    directed = get("directed", False)
    if isinstance(directed, dict):
        if "event_type" not in mapping.columns:
            raise mapping.error("directed", msg("errors.directed_needs_column"))
        if not all(isinstance(k, str | int) and isinstance(v, bool) for k, v in directed.items()):
            raise mapping.error("directed", msg("errors.directed_each"))
        directed = {str(k): v for k, v in directed.items()}
    elif not isinstance(directed, bool):
        raise mapping.error("directed", msg("errors.directed_kind"))
    mapping.directed = directed
    codes = get("missing_values", [])
    if isinstance(codes, str | int | float) and not isinstance(codes, bool):
        codes = [codes]
    if not isinstance(codes, list) or not all(isinstance(v, str | int | float) for v in codes):
        raise mapping.error("missing_values", msg("errors.missing_values"))
    mapping.missing_values = tuple(str(v) for v in codes)
    return mapping


def _sql(mapping: Mapping, columns: set[str]) -> str:
    named = [(k, n) for k, n in mapping.columns.items() if not (k == "id" and mapping.id_columns)]
    named += [("id", n) for n in mapping.id_columns]
    for key, name in named:
        if name.lower() not in columns:
            shown = ", ".join(sorted(columns)[:15])
            raise mapping.error(f"columns.{key}", msg("errors.column_not_in_file", name=repr(name), shown=shown))
    unknown = ", ".join(sql_literal(v) for v in mapping.missing_values)

    def cell(name: str) -> str:
        # A producer's code for "unknown" (SCAD's -99) is a missing cell, so it is never read as a value.
        text = column(columns, name.lower())
        return f"CASE WHEN trim({text}) IN ({unknown}) THEN NULL ELSE {text} END" if unknown else text

    def col(key: str) -> str:
        if key == "id" and mapping.id_columns:
            return "(" + " || '-' || ".join(cell(n) for n in mapping.id_columns) + ")"
        name = mapping.columns.get(key)
        return cell(name) if name else "CAST(NULL AS VARCHAR)"

    raw_type = col("event_type")
    if mapping.event_types:
        whens = " ".join(f"WHEN {sql_literal(k)} THEN {sql_literal(v)}" for k, v in mapping.event_types.items())
        event_type = f"CASE {raw_type} {whens} END"
    else:
        event_type = "CAST(NULL AS VARCHAR)"
    if isinstance(mapping.directed, dict):
        whens = " ".join(f"WHEN {sql_literal(k)} THEN {str(v).lower()}" for k, v in mapping.directed.items())
        directed = f"coalesce(CASE {raw_type} {whens} END, false)"
    else:
        directed = str(mapping.directed).lower()
    start = date_from_formats(col("date"), mapping.date_formats)
    end = date_from_formats(col("date_end"), mapping.date_formats) if "date_end" in mapping.columns else start
    checks = [
        ("source_id IS NULL", "bad-id", mapping.columns["id"], "source_id"),
        ("side_a IS NULL", "missing-side", mapping.columns["side_a"], "side_a"),
        ("date_start IS NULL", "bad-date", mapping.columns["date"], "date_text"),
        ("date_end IS NULL OR date_end < date_start", "bad-date", mapping.columns.get("date_end", "date"), "date_text"),
        *coordinate_checks(mapping.columns.get("latitude", "latitude"), mapping.columns.get("longitude", "longitude")),
        *count_checks("fatalities", mapping.columns.get("fatalities", "fatalities")),
    ]
    if mapping.event_types:
        kind = mapping.columns.get("event_type", "event_type")
        checks.append(("raw_type IS NOT NULL AND event_type IS NULL", "unknown-event-type", kind, "raw_type"))
    return f"""
        WITH parsed AS (
            SELECT _row, {col("id")} AS source_id, {col("side_a")} AS side_a, {col("side_b")} AS side_b,
                {directed} AS directed, {raw_type} AS raw_type, {event_type} AS event_type,
                {col("date")} AS date_text, {start} AS date_start, {end} AS date_end,
                {col("country")} AS country_name, {col("admin1")} AS admin1_raw, {col("admin2")} AS admin2,
                {col("place")} AS place, {col("latitude")} AS latitude_text, {col("longitude")} AS longitude_text,
                TRY_CAST({col("latitude")} AS DOUBLE) AS latitude, TRY_CAST({col("longitude")} AS DOUBLE) AS longitude,
                {col("fatalities")} AS fatalities_text, {int_or_null(col("fatalities"))} AS fatalities,
                {col("source_text")} AS source_text
            FROM staged
        )
        SELECT _row, source_id, side_a, side_b, directed, raw_type AS violence_type, false AS violence_type_inferred,
            event_type, date_start, date_end, {sql_literal(mapping.date_precision)} AS date_precision,
            country_name, CAST(NULL AS VARCHAR) AS country_code, admin1_raw, admin2, place, latitude, longitude,
            CASE WHEN latitude IS NOT NULL THEN 'exact' END AS geo_precision, CAST(NULL AS INTEGER) AS priogrid_gid,
            fatalities AS fatalities_best, fatalities AS fatalities_low, fatalities AS fatalities_high,
            CAST(NULL AS INTEGER) AS deaths_side_a, CAST(NULL AS INTEGER) AS deaths_side_b,
            CAST(NULL AS INTEGER) AS deaths_civilians, CAST(NULL AS INTEGER) AS deaths_unknown,
            source_text, CAST(NULL AS VARCHAR) AS source_names, false AS machine_coded,
            raw_type AS event_subtype, {extra_defaults({"event_subtype"})},
            {first_failure(checks)}
        FROM parsed
    """


def load_mapping(path: str | Path) -> Layout:
    """The Layout a mapping file describes; raises InputError naming the line of any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(msg("errors.cannot_read_mapping", path=str(path), why=str(exc))) from exc
    mapping = parse_mapping(text, str(path))
    return Layout(
        mapping.source,
        mapping.name,
        msg("layouts.user_mapping", file=path.name),
        frozenset(),
        mapping=lambda _layout, columns: _sql(mapping, columns),
        delimiter=mapping.delimiter,
    )


def _yaml_text(text: str) -> str:
    """`text` as a YAML scalar: bare when plainly safe, else double-quoted (JSON strings are valid YAML)."""
    return text if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_ .()-]*", text) and text == text.strip() else json.dumps(text)


def suggest_mapping(
    header: list[str],
    file_name: str = "FILE",
    delimiter: str = ",",
    date_format: str | None = None,
    date_columns: tuple[str, ...] = (),
) -> str:
    """A starter mapping file for a header: columns guessed by name, the rest left as comments to fill in.

    `delimiter`, `date_format` and `date_columns` (the columns it read as dates) are what the file's sniffer found
    (`reading.sniff`), written in when known. Example: `suggest_mapping(["when", "who"], "x.csv")` maps `date: when`.
    """
    bare: dict[str, str] = {}
    for name in header:
        bare.setdefault(_bare(name), name)
    dates = (
        f"date_formats: [{json.dumps(date_format)}]   # found in the file by DuckDB's sniffer; add more if needed"
        if date_format
        else "date_formats: ['%Y-%m-%d']   # strptime formats tried in order, e.g. '%d/%m/%Y'"
    )
    lines = [
        f"# dyadscope mapping for {file_name} (format: docs/mapping.md). Check every guess, then:",
        f"#   dyadscope import {file_name} --mapping mapping.yaml",
        f"# Columns seen: {', '.join(header)}".replace("\n", " "),
        f"name: {_yaml_text(Path(file_name).stem or 'my-dataset')}",
        "source: my-dataset        # your dataset family, stored in events.source",
        *([f"delimiter: {json.dumps(delimiter)}"] if delimiter != "," else []),
        dates,
        "date_precision: day",
        "directed: false           # true when side_a acts on side_b; or a map of event type -> true/false",
        "# missing_values: [-99]   # the codes the file uses for an unknown value, read as empty cells",
        "columns:",
    ]
    used: set[str] = set()
    for key in COLUMN_KEYS:
        guess = next((bare[g] for g in map(_bare, _GUESSES[key]) if g in bare and bare[g] not in used), None)
        if guess is None and key in ("date", "date_end"):
            # A file's dates are what its sniffer typed as dates: the first is the start, one named for an end the end.
            free = [c for c in date_columns if c not in used and (key == "date" or "end" in c.lower())]
            guess = free[0] if free else None
        if guess:
            used.add(guess)
            lines.append(f"  {key}: {_yaml_text(guess)}")
        else:
            required = " (required)" if key in REQUIRED_COLUMNS else ""
            lines.append(f"  # {key}: COLUMN{required}")
    lines += [
        "# event_types:             # the file's values -> canonical types: " + ", ".join(EVENT_TYPES),
        "#   Clash: armed engagement",
    ]
    return "\n".join(lines) + "\n"
