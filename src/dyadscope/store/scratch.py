"""An import's scratch database (where the pass keeps its rows until the write) and its memory limit."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb

from dyadscope.errors import InputError
from dyadscope.i18n import msg
from dyadscope.sources.base import sql_literal
from dyadscope.store.db import Store

# The pass's rows live in a scratch database ATTACHed for the import and deleted after it: DuckDB keeps a TEMP
# table uncompressed, so at the 1 GB limit a 20M-row pass spilled 14.3 GB (0.7 GB a million rows), where a
# database file compresses each row group as it is written (benchmarks/README.md, round 16).
SCRATCH = "dyadscope_import_scratch"
# A file of up to this many lines (check_readable's estimate) keeps its pass in an in-memory scratch database
# instead: compressing the pass into a file and reading it back cost about a tenth of a 1M-row import's CPU while
# its uncompressed rows (about 0.45 GB a million) fit in the 1 GB limit beside the pass's sort. At 2M rows they do
# not, and the in-memory scratch spilled and cost 8% more CPU than the file (benchmarks/README.md, round 19).
MEMORY_SCRATCH_ROWS = 1_250_000
MAPPED_ROWS = f"{SCRATCH}.mapped_rows"
# What an import leaves on the connection, dropped after it whatever happens (the scratch goes with its file;
# DuckDB's rejects tables stay, as they did, for whoever wants the reader's own account).
IMPORT_VIEWS = ("staged_rows", "staged", "mapped")
IMPORT_TABLES = ("read_rejects", "cast_rows", "cast_shift", "redo", "redo_text", "text_mapped", "incoming",
                 "incoming_status", "write_rows", "skip_rows", "side_lookup", "country_lookup", "admin1_lookup",
                 "admin1_derived_lookup")  # fmt: skip
# DuckDB's words for a write the disk had no room for.
DISK_FULL = ("no space left on device", "disk is full", "file too large", "max_temp_directory_size")


def _scratch_folder(store: Store) -> Path:
    """Where the scratch database goes: DuckDB's temporary folder for a store file (<store>.tmp, which opening
    the store for writing empties, so a killed import leaves nothing for long), the system's for one in memory.
    """
    if store.path == ":memory:":
        return Path(tempfile.gettempdir())
    folder = str(store.con.execute("SELECT current_setting('temp_directory')").fetchone()[0])
    return Path(folder or f"{store.path}.tmp")


def disk_full(exc: BaseException) -> bool:
    """Whether DuckDB failed for want of room on a disk."""
    return any(words in str(exc).lower() for words in DISK_FULL)


@contextmanager
def scratch(store: Store, lines: int = MEMORY_SCRATCH_ROWS + 1) -> Iterator[Path | None]:
    """Attach an empty scratch database (SCRATCH) for one import of a file of `lines` lines; detach and delete it
    after, also on failure. It is a file in the store's temporary folder (yielded), or in memory (None) for a file
    of up to MEMORY_SCRATCH_ROWS lines.

    Its tables may be written only outside the store's transaction (DuckDB lets a transaction write to one
    database); a disk that fills up, here or in the store, becomes one clear error.
    """
    con, folder = store.con, _scratch_folder(store)
    in_memory = lines <= MEMORY_SCRATCH_ROWS
    path = folder / f"import-{os.getpid()}-{uuid.uuid4().hex[:12]}.duckdb"
    made = not folder.exists() and not in_memory  # a folder the import made is removed after it, not left beside
    try:
        if not in_memory:
            folder.mkdir(parents=True, exist_ok=True)
        con.execute(f"ATTACH {sql_literal(':memory:' if in_memory else str(path))} AS {SCRATCH}")
    except (OSError, duckdb.Error) as exc:
        _remove(path)
        why = (exc.strerror if isinstance(exc, OSError) else None) or str(exc).strip().splitlines()[0]
        key = "errors.import_disk_full" if disk_full(exc) else "errors.scratch_unwritable"
        raise InputError(msg(key, folder=str(folder), why=why)) from exc
    try:
        yield None if in_memory else path
    except duckdb.Error as exc:
        if not disk_full(exc):
            raise
        why = str(exc).strip().splitlines()[0]
        raise InputError(msg("errors.import_disk_full", folder=str(folder), why=why)) from exc
    finally:
        try:
            for view in IMPORT_VIEWS:  # views first: `mapped` reads the scratch
                con.execute(f"DROP VIEW IF EXISTS {view}")
            for table in IMPORT_TABLES:
                con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"DETACH DATABASE IF EXISTS {SCRATCH}")
        finally:
            _remove(path)
            if made:
                with suppress(OSError):  # not empty: DuckDB spills there too, and removes its own files
                    folder.rmdir()


def _remove(path: Path) -> None:
    """Delete a scratch database and the write-ahead log DuckDB may keep beside it."""
    for leftover in (path, path.with_name(path.name + ".wal")):
        if leftover.exists():  # asked first: on a read-only disk, unlinking what is not there fails too
            leftover.unlink()


@contextmanager
def memory_limited(con: duckdb.DuckDBPyConnection, limit: str | None) -> Iterator[None]:
    """Bound DuckDB's memory for one import (large GDELT files spill to disk), and restore it even on failure."""
    if not limit:
        yield
        return
    con.execute(f"SET memory_limit = {sql_literal(limit)}")
    try:
        yield
    finally:
        con.execute("RESET memory_limit")
