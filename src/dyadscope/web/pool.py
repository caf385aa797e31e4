"""The server's connections to the store: a few pooled readers, closed when idle so other processes can import.

DuckDB lets many processes read a file, or one process write it. An import running in another process
therefore makes opening the store fail with a lock error: that is `errors.StoreBusy`, which the pages turn into
"the store is busy, retrying" (HTTP 503 with Retry-After), never a 500. With --allow-import the server
itself is the one writer, so every connection (readers and the importer) is opened read-write in this
process and shares one DuckDB instance.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyadscope.actors.registry import Registry
from dyadscope.api import Dyadscope
from dyadscope.errors import StoreBusy
from dyadscope.i18n import msg

IDLE_SECONDS = 2.0  # readers close after this long unused: an import in another process can then lock the file
CACHE_SIZE = 512


def _is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


class StorePool:
    """Hands out Dyadscope objects over one store file; results are cached until the file changes."""

    def __init__(self, db: str | Path, registry: Registry, writable: bool = False, size: int = 3) -> None:
        self.db = str(db)
        self.registry = registry
        self.writable = writable
        self.size = size
        self._idle: queue.LifoQueue[Dyadscope] = queue.LifoQueue()
        self._open = 0
        self._busy = 0
        self._lock = threading.Lock()
        self._last_used = time.monotonic()
        self._cache: OrderedDict[Hashable, object] = OrderedDict()
        self._version: tuple[int, ...] = ()
        self.import_lock = threading.Lock()  # one import at a time (DuckDB has one writer)
        self._stop = threading.Event()
        self._reaper = threading.Thread(target=self._reap, name="dyadscope-pool-reaper", daemon=True)
        self._reaper.start()

    def _open_one(self) -> Dyadscope:
        # store.db raises StoreBusy (one definition) when another process holds the lock
        return Dyadscope(self.db, read_only=not self.writable, registry=self.registry)

    @contextmanager
    def reader(self) -> Iterator[Dyadscope]:
        """A Dyadscope for the length of a request (raises StoreBusy when the file is locked)."""
        with self._lock:
            self._busy += 1
        ds = None
        try:
            try:
                ds = self._idle.get_nowait()
            except queue.Empty:
                with self._lock:
                    grow = self._open < self.size
                    if grow:
                        self._open += 1
                if grow:
                    try:
                        ds = self._open_one()
                    except BaseException:
                        with self._lock:
                            self._open -= 1
                        raise
                else:
                    ds = self._idle.get(timeout=30)
            try:
                yield ds
            except duckdb.Error as exc:
                if _is_lock_error(exc):
                    raise StoreBusy(msg("errors.store_busy")) from exc
                raise
        finally:
            if ds is not None:
                self._idle.put(ds)
            with self._lock:
                self._busy -= 1
                self._last_used = time.monotonic()

    def _close_idle(self) -> None:
        while True:
            try:
                ds = self._idle.get_nowait()
            except queue.Empty:
                return
            ds.close()
            with self._lock:
                self._open -= 1

    def _reap(self) -> None:
        while not self._stop.wait(0.5):
            with self._lock:
                idle = self._busy == 0 and time.monotonic() - self._last_used > IDLE_SECONDS
            if idle and not self.writable and self._open:
                self._close_idle()

    def version(self) -> tuple[int, ...]:
        """Size and modification time of the store file and its WAL: any write changes it."""
        out: list[int] = []
        for path in (self.db, self.db + ".wal"):
            try:
                stat = os.stat(path)
                out += [stat.st_size, stat.st_mtime_ns]
            except OSError:
                out += [0, 0]
        return tuple(out)

    def _fresh(self) -> None:
        version = self.version()
        if version != self._version:  # caller holds self._lock
            self._cache.clear()
            self._version = version

    def lookup(self, key: Hashable) -> object | None:
        """A cached value (None when absent or when the store changed since it was stored)."""
        with self._lock:
            self._fresh()
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        return None

    def remember(self, key: Hashable, value: object) -> None:
        """Cache a value until the store changes."""
        with self._lock:
            self._fresh()
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def cached(self, key: Hashable, compute: Callable[[Dyadscope], object]) -> object:
        """`compute(ds)` once per key while the store file is unchanged (LRU of CACHE_SIZE results)."""
        hit = self.lookup(key)
        if hit is not None:
            return hit
        with self.reader() as ds:
            value = compute(ds)
        self.remember(key, value)
        return value

    def forget(self) -> None:
        """Drop every cached result (after an import by this server)."""
        with self._lock:
            self._cache.clear()

    def close(self) -> None:
        """Close every connection and stop the reaper."""
        self._stop.set()
        self._close_idle()
