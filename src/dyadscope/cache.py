"""A per-user cache of things that are slow to build and fully determined by a key (the compiled actor registry).

Entries live in `paths.cache_dir()`; the key names everything the value depends on, so an entry never goes
stale, it is only no longer asked for. A user of many entries keeps them to a size: `write_bounded` writes one and
prunes its family (`prune_cached`) when due; reading an entry marks it used. A cache that cannot be read or written
is skipped: it only saves time.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from dyadscope.paths import cache_dir

T = TypeVar("T")

# Bytes written per family of entries (its key prefixes) since this process last pruned it; absent: not yet pruned.
_unpruned: dict[tuple[str, ...], int] = {}


def read_cached(key: str) -> object | None:
    """The value stored under `key`, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        with open(path, "rb") as handle:
            value = pickle.load(handle)
    except Exception:  # a missing, partial or foreign file is a miss, never an error
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # marks it used: prune_cached deletes the entries read or written longest ago
    return value


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


def prune_cached(prefixes: tuple[str, ...], keep_bytes: int) -> int:
    """Delete the entries whose key starts with one of `prefixes`, least recently used first, until those left take
    at most `keep_bytes`; returns how many were deleted."""
    folder = cache_dir()
    if folder is None:
        return 0
    entries = []
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.startswith(prefixes) and entry.name.endswith(".pickle"):
                    info = entry.stat()
                    entries.append((info.st_mtime_ns, info.st_size, entry.path))
    except OSError:
        return 0
    kept = deleted = 0
    for _, size, path in sorted(entries, reverse=True):
        kept += size
        if kept > keep_bytes:
            try:
                os.remove(path)
                deleted += 1
            except OSError:  # gone already (another process pruned it)
                pass
    return deleted


def write_bounded(key: str, value: object, prefixes: tuple[str, ...], keep_bytes: int, size: int) -> None:
    """`write_cached`, keeping the family of entries `key` belongs to (`prefixes`) to about `keep_bytes`: it is pruned
    at the process's first write to it and after each further `keep_bytes // 16` written (`size`: the value's bytes),
    not at every write, since a prune lists the whole folder."""
    write_cached(key, value)
    written = _unpruned.get(prefixes)
    if written is None or written + size > keep_bytes // 16:
        prune_cached(prefixes, keep_bytes)
        _unpruned[prefixes] = 0
    else:
        _unpruned[prefixes] = written + size


def cached_or_built(
    key: str | None,
    build: Callable[[], T],
    valid: Callable[[object], bool],
    keep_bytes: int,
    size: Callable[[T], int],
) -> T:
    """The value kept under `key`, else `build()` written there (`write_bounded`): the per-user cache's one idiom.

    `valid` says whether what was read is a value of the right shape (an entry an older version wrote under the same
    key, or a foreign file, is built afresh); `size` estimates a built value's bytes. The family pruned to
    `keep_bytes` is the key's prefix up to its first '-' ("lexicon-"). With `key` None the value is built and not
    kept (nothing safe to name it by)."""
    if key is None:
        return build()
    found = read_cached(key)
    if found is not None and valid(found):
        return found  # type: ignore[return-value]  # `valid` checked its shape
    value = build()
    write_bounded(key, value, (key.split("-", 1)[0] + "-",), keep_bytes, size(value))
    return value


def file_stamp(path: str | Path) -> str | None:
    """What a data file is, for a cache key (modification time and size), or None when it cannot be found."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{info.st_mtime_ns}.{info.st_size}"
