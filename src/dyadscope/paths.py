"""Where dyadscope keeps things: the default store and the per-user cache (light: the CLI's --help reads it)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "DYADSCOPE_DB"
DEFAULT_DB_NAME = "dyadscope.duckdb"
CACHE_ENV = "DYADSCOPE_CACHE_DIR"


def default_db_path() -> Path:
    """The store used when no path is given: $DYADSCOPE_DB, else ./dyadscope.duckdb."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DB_NAME)


def cache_dir() -> Path | None:
    """The cache folder: $DYADSCOPE_CACHE_DIR ('off': none), else $XDG_CACHE_HOME/dyadscope, else ~/.cache/dyadscope."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dyadscope"
