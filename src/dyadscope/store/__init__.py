"""The store: one DuckDB file holding events, quarantine and import_log."""

from dyadscope.store.db import DEFAULT_DB_NAME, ENV_VAR, Store, default_db_path

__all__ = ["DEFAULT_DB_NAME", "ENV_VAR", "Store", "default_db_path"]
