"""A per-user cache of things that are slow to build and fully determined by a key (the compiled actor registry).

Entries live in `paths.cache_dir()`; the key names everything the value depends on, so an entry never goes
stale, it is only no longer asked for. A cache that cannot be read or written is skipped: it only saves time.
"""

from __future__ import annotations

import os
import pickle
import tempfile

from dyadscope.paths import cache_dir


def read_cached(key: str) -> object | None:
    """The value stored under `key`, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"{key}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # a missing, partial or foreign file is a miss, never an error
        return None


def write_cached(key: str, value: object) -> None:
    """Store `value` under `key` (atomically: a reader never sees half a file)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"{key}.pickle")
    except OSError:
        return
