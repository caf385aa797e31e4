"""Reading raw files safely: the header, the encoding, gzip integrity, and staging into DuckDB.

Every problem with the file as a whole becomes an InputError with one clear sentence; problems with
single rows are left to the layout's validation, which sends them to quarantine.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyadscope.errors import InputError
from dyadscope.sources.base import sql_literal

_PROBE_BYTES = 1 << 20


def _open_bytes(path: Path) -> io.BufferedIOBase:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def check_readable(path: Path, encoding: str = "utf-8") -> None:
    """Fail early, with one sentence, on a missing, empty, truncated or wrongly encoded file.

    The whole file is streamed once: this is cheap next to parsing and it is the only way to
    know a gzip is truncated or a byte deep in the file is not valid in `encoding` before any
    row is written.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    try:
        with _open_bytes(path) as handle:
            while chunk := handle.read(_PROBE_BYTES):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    raise InputError(
                        f"{path.name}: not valid {encoding} (byte 0x{chunk[exc.start]:02x} at offset "
                        f"{offset + exc.start}); re-encode it, or pass --encoding latin-1 if that is what it is"
                    ) from exc
                offset += len(chunk)
            decoder.decode(b"", final=True)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{path.name}: the gzip stream is truncated or corrupt ({exc}); download it again") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not valid {encoding} at the end of the file") from exc
    if offset == 0:
        raise InputError(f"{path.name}: the file is empty")


@contextmanager
def unzipped(path: Path) -> Iterator[Path]:
    """The single data file inside a .zip, extracted in chunks to a temp folder (bounded memory)."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path.name}: not a readable zip file ({exc}); download it again") from exc
    with archive, tempfile.TemporaryDirectory(prefix="dyadscope-unzip-") as folder:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise InputError(f"{path.name}: a zip must hold exactly one data file, it holds {len(members)}")
        member = members[0]
        target = Path(folder) / Path(member.filename).name
        try:
            with archive.open(member) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink, _PROBE_BYTES)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise InputError(f"{path.name}: the zip is truncated or corrupt ({exc}); download it again") from exc
        yield target


def first_line(path: Path, encoding: str = "utf-8") -> str:
    """The first line of a (gzip or plain) text file, without its line ending."""
    with _open_bytes(path) as raw:
        return io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="").readline().rstrip("\r\n")


def read_header(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[str]:
    """The column names in the first line of a CSV file (gzip or plain)."""
    with _open_bytes(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        first = text.readline()
    try:
        return [c.strip() for c in next(csv.reader([first], delimiter=delimiter))]
    except StopIteration:
        return []


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
        "encoding": encoding.replace("_", "-").lower(),
        "max_line_size": 16_000_000,
        "sample_size": -1 if names is None else 20480,
    }
    if names is not None:
        options["columns"] = {n: "VARCHAR" for n in names}  # names and all-text types in one (DuckDB allows one)
        del options["all_varchar"]
    option_sql = ", ".join(f"{k} := {sql_literal(v)}" for k, v in options.items())
    con.execute("DROP TABLE IF EXISTS rejects_errors; DROP TABLE IF EXISTS rejects_scans")
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table} AS "
            f"SELECT row_number() OVER () AS _row, * FROM read_csv({sql_literal(str(path))}, {option_sql})"
        )
    except duckdb.Error as exc:
        first_line = str(exc).strip().splitlines()[0]
        raise InputError(f"{path.name}: cannot be read as CSV: {first_line}") from exc
    return int(con.execute("SELECT count(DISTINCT line) FROM rejects_errors").fetchone()[0])
