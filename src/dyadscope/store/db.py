"""Opening the DuckDB store and creating its tables."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from dyadscope.errors import InputError, StoreBusy
from dyadscope.i18n import msg
from dyadscope.paths import DEFAULT_DB_NAME, ENV_VAR, default_db_path  # noqa: F401 - re-exported
from dyadscope.schema import (
    ADDED_EVENT_FIELDS,
    WIDENED_EVENT_FIELDS,
    events_ddl,
    import_log_ddl,
    links_ddl,
    quarantine_ddl,
    signed_hash_sql,
)

if TYPE_CHECKING:  # a type hint only: pandas costs 0.55 s to import, and `dyadscope targets` does not need it
    import pandas as pd


def register_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, types: dict[str, str]) -> None:
    """Copy a DataFrame into a temp table with explicit column types (an empty frame keeps its types)."""
    columns = ", ".join(f"{name} {sql_type}" for name, sql_type in types.items())
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} ({columns})")
    if len(frame):
        con.register(f"{table}_frame", frame[list(types)])
        con.execute(f"INSERT INTO {table} SELECT * FROM {table}_frame")
        con.unregister(f"{table}_frame")


def _open_error(path: str, read_only: bool, exc: duckdb.Error) -> InputError:
    """One sentence for a store that cannot be opened; a lock held by another process is the usual case."""
    text = str(exc)
    if "created with a newer version of DuckDB" in text:  # its storage format is newer than this DuckDB reads
        return InputError(msg("errors.store_newer_duckdb", path=path, version=duckdb.__version__))
    if "Conflicting lock" not in text and "Could not set lock" not in text:
        return InputError(msg("errors.cannot_open_store", path=path, why=text.strip().splitlines()[0]))
    if not read_only and "read-only mode" in text:  # DuckDB says so when the holder only reads
        return StoreBusy(msg("errors.store_reading", path=path))
    return StoreBusy(msg("errors.store_writing", path=path))


class Store:
    """A DuckDB file with the canonical tables; `Store(path).con` is the live connection.

    >>> store = Store(":memory:")
    >>> store.count()
    0
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = str(path) if path is not None else str(default_db_path())
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise InputError(msg("errors.no_store", path=self.path))
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if not (read_only and "different configuration" in str(exc)):
                raise _open_error(self.path, read_only, exc) from exc
            # This process already holds the store read-write (a notebook with a Dyadscope open, then the CLI):
            # DuckDB allows one configuration per file and process, and the lock is ours anyway.
            self.con = duckdb.connect(self.path)
        if not read_only:
            self._clean_spill()
            self._create_tables()

    def _clean_spill(self) -> None:
        # DuckDB spills to <db>.tmp; a killed import leaves it behind (up to GBs). Holding the write lock,
        # this process is the only one with the store open, so nothing in there is in use.
        if self.path != ":memory:":
            shutil.rmtree(f"{self.path}.tmp", ignore_errors=True)

    def _create_tables(self) -> None:
        self.con.execute(events_ddl())
        for added in ADDED_EVENT_FIELDS:  # a store made before these fields existed gets them, in order
            self.con.execute(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {added.name} {added.type}")
        types = dict(
            self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'"
            ).fetchall()
        )
        for name in WIDENED_EVENT_FIELDS:  # an older store's whole-number counts take decimals now
            if types.get(name) != "DOUBLE":
                self.con.execute(f"ALTER TABLE events ALTER COLUMN {name} TYPE DOUBLE")
        if types.get("row_hash") == "VARCHAR":  # an older store's hash as decimal text: the same hash as a number
            # Text that is no hash (never written by dyadscope) stays set, so a rehash (compare.upgrade_row_hashes)
            # does not leave it out.
            number = f"coalesce({signed_hash_sql('TRY_CAST(row_hash AS UBIGINT)')}, 0)"
            using = f"CASE WHEN row_hash IS NOT NULL THEN {number} END"
            self.con.execute(f"ALTER TABLE events ALTER COLUMN row_hash TYPE BIGINT USING {using}")
        self.con.execute(links_ddl())
        self.con.execute(quarantine_ddl())
        self.con.execute(import_log_ddl())
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block as one transaction: all of it lands, or none of it."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def count(self, table: str = "events") -> int:
        """Number of rows in a store table."""
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def get_meta(self, key: str) -> str | None:
        """A value from the meta table, or None."""
        # Filtered here, not bound as a parameter: DuckDB imports pandas (0.55 s) to bind any Python value,
        # and every command reads the registry fingerprint from meta. The table holds a handful of rows.
        return dict(self.con.execute("SELECT key, value FROM meta").fetchall()).get(key)

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the meta table."""
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
