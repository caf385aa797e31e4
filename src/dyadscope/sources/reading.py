"""Reading raw files safely: the header, the encoding, gzip integrity, and staging into DuckDB.

Every problem with the file as a whole becomes an InputError with one clear sentence; problems with
single rows are left to the layout's validation, which sends them to quarantine.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dyadscope.errors import InputError
from dyadscope.i18n import Message, msg
from dyadscope.sources.base import sql_literal

_PROBE_BYTES = 1 << 20
# No event record comes near this; a longer line is a file that is not CSV (or one that never ends).
MAX_LINE_BYTES = 1 << 20
# CSV text compresses 5-15x; a zip that expands more than this is refused as a possible zip bomb.
MAX_ZIP_RATIO = 100
MIN_ZIP_ALLOWANCE = 64 << 20
# The encodings DuckDB's CSV reader decodes itself, by Python codec name.
_DUCKDB_ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16": "utf-16", "iso8859-1": "latin-1"}
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def duckdb_encoding(encoding: str) -> str:
    """DuckDB's name for a text encoding (utf-8 with or without BOM, utf-16, latin-1), or an InputError."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise InputError(msg("errors.unknown_encoding", encoding=repr(encoding))) from exc
    if name not in _DUCKDB_ENCODINGS:
        raise InputError(msg("errors.encoding_not_read", encoding=repr(encoding), name=encoding))
    return _DUCKDB_ENCODINGS[name]


def python_encoding(encoding: str) -> str:
    """The Python codec that reads a file like DuckDB will: a UTF-8 byte-order mark (Excel's) is skipped."""
    return "utf-8-sig" if duckdb_encoding(encoding) == "utf-8" else encoding


def _open_bytes(path: Path) -> io.BufferedIOBase:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


# Files people pass by mistake, by their first bytes: none of them is a text table, whatever its encoding.
_CONTAINERS = (
    (0, b"\x1f\x8b", "gzip"),  # gzip without a .gz name; R's .Rdata/.rda files are gzip too
    (0, b"PK\x03\x04", "zip"),  # Excel .xlsx, OpenDocument, a zip not named .zip
    (0, b"\xd0\xcf\x11\xe0", "xls"),  # Excel 97-2003
    (0, b"SQLite format 3\x00", "sqlite"),
    (8, b"DUCK", "duckdb"),
    (0, b"PAR1", "parquet"),
    (0, b"%PDF", "pdf"),
)


def container_kind(head: bytes) -> str | None:
    """The kind of binary file the first bytes show (gzip, zip, xls, sqlite, duckdb, parquet, pdf), or None."""
    for offset, magic, kind in _CONTAINERS:
        if head[offset : offset + len(magic)] == magic:
            return kind
    return None


def _looks_utf16(head: bytes) -> bool:
    # A BOM, or ASCII text where every other byte is NUL (UTF-16 without a BOM).
    return head.startswith(_UTF16_BOMS) or (len(head) >= 64 and head[:64].count(0) >= 24)


def _suggestion(head: bytes) -> Message:
    return msg("errors.hint_utf16" if _looks_utf16(head) else "errors.hint_reencode")


def check_readable(path: Path, encoding: str = "utf-8", done: Callable[[float], None] | None = None) -> int:
    """Fail early, with one sentence, on a missing, empty, truncated, wrongly encoded or endless file.

    The whole file is streamed once: this is cheap next to parsing and it is the only way to
    know a gzip is truncated or a byte deep in the file is not valid in `encoding` before any
    row is written. Memory stays at one chunk, and a line longer than MAX_LINE_BYTES stops it.
    `done` is told the share of the file's bytes checked so far, after each chunk (a 100M-row gzip takes minutes).
    Returns about how many lines the file has: exact when it is one chunk, else its (uncompressed) bytes at the
    first chunk's bytes per line (counting every chunk's line breaks would cost 0.3 CPU s a million rows).
    """
    if not path.exists():
        raise InputError(msg("errors.no_such_file", path=str(path)))
    if path.is_dir():
        raise InputError(msg("errors.is_folder", path=str(path)))
    if not path.is_file():
        raise InputError(msg("errors.not_regular_file", path=str(path)))
    decoder = codecs.getincrementaldecoder(python_encoding(encoding))(errors="strict")
    size = max(path.stat().st_size, 1)
    offset = 0
    line = 0  # bytes since the last line break
    head = b""
    first_lines, first_bytes = 0, 1  # line breaks and bytes in the first chunk
    try:
        with _open_bytes(path) as handle:
            while chunk := handle.read(_PROBE_BYTES):
                if not head:
                    head = chunk[:4096]
                    first_lines, first_bytes = max(chunk.count(b"\n"), chunk.count(b"\r"), 1), len(chunk)
                    kind = container_kind(head)
                    if kind is not None:
                        raise InputError(msg("errors.not_a_table", path=path.name, hint=msg(f"errors.binary_{kind}")))
                    if _looks_utf16(head) and duckdb_encoding(encoding) != "utf-16":
                        hint = _suggestion(head)
                        raise InputError(msg("errors.not_valid_encoding", path=path.name, encoding=encoding, hint=hint))
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    raise InputError(
                        msg(
                            "errors.not_valid_encoding_at",
                            path=path.name,
                            encoding=encoding,
                            byte=f"0x{chunk[exc.start]:02x}",
                            offset=str(offset + exc.start),
                            hint=_suggestion(head),
                        )
                    ) from exc
                last_break = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
                line = line + len(chunk) if last_break < 0 else len(chunk) - last_break - 1
                if line > MAX_LINE_BYTES:
                    raise InputError(
                        msg("errors.line_too_long", path=path.name, mb=str(MAX_LINE_BYTES >> 20), offset=str(offset))
                    )
                offset += len(chunk)
                if done is not None:  # a gzip's share is of its compressed bytes, which is what its size counts
                    done(min(getattr(handle, "fileobj", handle).tell() / size, 1.0))
            decoder.decode(b"", final=True)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(msg("errors.gzip_corrupt", path=path.name, why=str(exc))) from exc
    except UnicodeDecodeError as exc:
        raise InputError(msg("errors.invalid_at_end", path=path.name, encoding=encoding)) from exc
    if offset == 0:
        raise InputError(msg("errors.file_empty", path=path.name))
    return round(first_lines * offset / first_bytes)


@contextmanager
def unzipped(path: Path) -> Iterator[Path]:
    """The single data file inside a .zip, extracted in chunks to a temp folder (bounded memory)."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(msg("errors.zip_unreadable", path=path.name, why=str(exc))) from exc
    with archive, tempfile.TemporaryDirectory(prefix="dyadscope-unzip-") as folder:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise InputError(msg("errors.zip_members", path=path.name, n=len(members)))
        member = members[0]
        target = Path(folder) / Path(member.filename).name
        allowance = max(MAX_ZIP_RATIO * path.stat().st_size, MIN_ZIP_ALLOWANCE)
        bomb = InputError(msg("errors.zip_bomb", path=path.name, ratio=str(MAX_ZIP_RATIO)))
        if member.file_size > allowance:
            raise bomb
        written = 0
        try:  # the size in the zip's directory can lie: count what is really written, too
            with archive.open(member) as source, target.open("wb") as sink:
                while chunk := source.read(_PROBE_BYTES):
                    written += len(chunk)
                    if written > allowance:
                        raise bomb
                    sink.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise InputError(msg("errors.zip_corrupt", path=path.name, why=str(exc))) from exc
        yield target


def first_line(path: Path, encoding: str = "utf-8") -> str:
    """The first line of a (gzip or plain) text file, without its line ending."""
    with _open_bytes(path) as raw:
        text = io.TextIOWrapper(raw, encoding=python_encoding(encoding), errors="replace", newline="")
        return text.readline(MAX_LINE_BYTES).rstrip("\r\n")


def read_header(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[str]:
    """The column names in the first line of a CSV file (gzip or plain)."""
    with _open_bytes(path) as raw:
        text = io.TextIOWrapper(raw, encoding=python_encoding(encoding), errors="replace", newline="")
        first = text.readline(MAX_LINE_BYTES)
    try:
        return [c.strip() for c in next(csv.reader([first], delimiter=delimiter))]
    except StopIteration:
        return []


@dataclass(frozen=True)
class Dialect:
    """What DuckDB's CSV sniffer finds in a file: the column names, the delimiter, a date format and date columns."""

    header: list[str]
    delimiter: str = ","
    date_format: str | None = None
    date_columns: tuple[str, ...] = ()


def sniff(path: Path, encoding: str = "utf-8") -> Dialect:
    """The file's dialect from DuckDB's `sniff_csv` (delimiter, header, date format such as %d/%m/%Y).

    Falls back to the first line split on commas when the sniffer gives up on the file.
    """
    con = duckdb.connect()
    try:
        row = con.execute(
            f"SELECT Delimiter, HasHeader, Columns, DateFormat FROM sniff_csv({sql_literal(str(path))}, "
            f"encoding := {sql_literal(duckdb_encoding(encoding))}, sample_size := 20480)"
        ).fetchone()
    except duckdb.Error:
        return Dialect(read_header(path, encoding))
    finally:
        con.close()
    delimiter, has_header, columns, date_format = row
    if not has_header or len(delimiter) != 1:
        return Dialect(read_header(path, encoding))
    dates = tuple(c["name"] for c in columns if c["type"] in ("DATE", "TIMESTAMP"))
    return Dialect([c["name"] for c in columns], delimiter, date_format or None, dates)


def read_csv_sql(
    path: Path,
    encoding: str = "utf-8",
    delimiter: str = ",",
    header: bool = True,
    names: list[str] | None = None,
    sniff: bool = True,
    types: dict[str, str] | None = None,
    date_format: str | None = None,
    null_text: tuple[str, ...] = (),
) -> str:
    """The `read_csv(...)` call that reads a file as all-text columns; malformed lines go to `rejects_errors`.

    `sniff=False` (with `names`, as a first read found them) skips DuckDB's sniffer, which costs about
    0.2 CPU s each time a query over the file is bound, whatever the file's size. `types` (lower-case
    name -> DuckDB type, with `names`) reads those columns typed: a cell that does not cast drops its
    row, which `rejects_errors` records (error_type 'CAST', with the line's text). `date_format` is the
    strptime format of its DATE columns (DuckDB's ISO default without it). `null_text`: cell texts read as
    NULL besides the empty cell.
    """
    options = {
        "header": header,
        "all_varchar": True,
        "delim": delimiter,
        "quote": '"',
        "escape": '"',
        "store_rejects": True,
        "rejects_table": "rejects_errors",
        "rejects_scan": "rejects_scans",
        "null_padding": False,
        "strict_mode": True,
        "encoding": duckdb_encoding(encoding),
        # DuckDB's default (2 MiB, above check_readable's MAX_LINE_BYTES); its reader holds buffers of 16 lines
        # this long, so 16 MB here took 244 MiB a buffer out of an import's 1 GB (benchmarks/README.md, round 15)
        "max_line_size": 2 * MAX_LINE_BYTES,
        "sample_size": -1 if names is None else 20480,
    }
    if null_text:
        options["nullstr"] = ["", *null_text]
    if names is not None:
        # names and types in one (DuckDB allows one): text unless the layout types the column
        options["columns"] = {n: (types or {}).get(n.lower(), "VARCHAR") for n in names}
        del options["all_varchar"]
        if date_format:
            options["dateformat"] = date_format
        if not sniff:
            options["auto_detect"] = False
            del options["sample_size"]
    option_sql = ", ".join(f"{k} := {sql_literal(v)}" for k, v in options.items())
    return f"read_csv({sql_literal(str(path))}, {option_sql})"


def csv_error(path: Path, exc: duckdb.Error) -> InputError:
    """One sentence for a file DuckDB's reader (or a mapping's SQL on its cells) gave up on."""
    first_line = str(exc).strip().splitlines()[0]
    return InputError(msg("errors.not_csv", path=path.name, why=first_line))


def stage_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str = "staged",
    encoding: str = "utf-8",
    delimiter: str = ",",
    header: bool = True,
    names: list[str] | None = None,
) -> int:
    """Load a CSV as all-text columns plus `_row` into a temp table; malformed lines go to `rejects`.

    Returns the number of malformed lines DuckDB's parser set aside (they are read, then quarantined).
    The importer streams instead (ingest.py); this materialised copy is for tools and benchmarks.
    """
    con.execute("DROP TABLE IF EXISTS rejects_errors; DROP TABLE IF EXISTS rejects_scans")
    source = read_csv_sql(path, encoding, delimiter, header, names)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT row_number() OVER () AS _row, * FROM {source}")
    except duckdb.Error as exc:
        raise csv_error(path, exc) from exc
    return int(con.execute("SELECT count(DISTINCT line) FROM rejects_errors").fetchone()[0])
