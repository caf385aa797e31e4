"""How far an import is: its steps as shares of the whole, for a progress bar with a fraction done and an ETA."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyadscope.i18n import msg
from dyadscope.sources.base import sql_literal

Progress = Callable[[str], None]

# Where an import's time goes, as the share of the whole at which each step begins (measured with bench_ingest.py
# --profile): a progress display turns steps into a fraction done and an ETA. A gzip's check decompresses it in
# Python: 1.9 of 21 CPU s for 1M GED rows (benchmarks/README.md, round 15), where a plain file's costs 2%.
STEP_STARTS = {"checking": 0.0, "reading": 0.02, "validating": 0.45, "resolving": 0.46, "comparing": 0.50,
               "writing": 0.52, "done": 1.0}  # fmt: skip
GZIP_CHECK_SHARE = 0.09
# How often a long statement's progress (DuckDB's query_progress) is passed on, in seconds.
POLL_SECONDS = 0.5


def step_starts(path: Path) -> dict[str, float]:
    """STEP_STARTS for this file: a gzip's check takes a larger share, the other steps scale down to make room."""
    if path.suffix.lower() != ".gz":
        return STEP_STARTS
    first = STEP_STARTS["reading"]
    return {k: v if k == "checking" else GZIP_CHECK_SHARE + (v - first) * (1 - GZIP_CHECK_SHARE) / (1 - first)
            for k, v in STEP_STARTS.items()}  # fmt: skip


class Stepper:
    """Tells `progress` how far the import is, if it wants to know: a progress object with a `step(description,
    fraction)` method gets fractions (a progress bar); a plain callable gets nothing here, only the lines the
    import says anyway.
    """

    def __init__(self, progress: Progress | None, starts: dict[str, float]) -> None:
        self.step = getattr(progress, "step", None)
        self.starts, self.names = starts, list(starts)
        self.description, self.begin, self.end, self.shown = "", 0.0, 0.0, 0.0

    def __call__(self, name: str, **fields: object) -> None:
        """Begin step `name` (its description takes `fields`)."""
        if self.step is None:
            return
        following = self.names[self.names.index(name) + 1 :]
        self.description = msg(f"cli.step_{name}", **fields)
        self.begin, self.end = self.starts[name], self.starts[following[0]] if following else 1.0
        self.within(0.0)

    def within(self, share: float, key: str | None = None, **fields: object) -> None:
        """Move the bar to `share` (0..1) of the current step, never backwards; `key` (cli.step_<key>) tells how far."""
        if self.step is None:
            return
        if key is not None:
            self.description = msg(f"cli.step_{key}", **fields)
        self.shown = max(self.shown, self.begin + (self.end - self.begin) * min(max(share, 0.0), 1.0))
        self.step(self.description, self.shown)

    @contextmanager
    def watching(self, con: duckdb.DuckDBPyConnection, lo: float = 0.0, hi: float = 1.0) -> Iterator[None]:
        """While the statements inside run, move the bar as far through the step (its share `lo` to `hi`) as DuckDB
        says they are.

        DuckDB reports nothing else mid-statement, and the pass and the write of 100M rows take many minutes
        each. Its own progress bar stays off (the library never prints); only its count is turned on.
        """
        if self.step is None:
            yield
            return
        settings = ("enable_progress_bar_print", "enable_progress_bar", "progress_bar_time")
        was = con.execute(f"SELECT {', '.join(f'current_setting({sql_literal(n)})' for n in settings)}").fetchone()
        con.execute("SET enable_progress_bar_print = false; SET enable_progress_bar = true; SET progress_bar_time = 0")
        stop = threading.Event()

        def poll() -> None:
            while not stop.wait(POLL_SECONDS):
                percent = con.query_progress()
                if percent >= 0:  # -1: no statement running
                    self.within(lo + (hi - lo) * percent / 100)

        thread = threading.Thread(target=poll, name="dyadscope-import-progress", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            # the threshold first: with it at 0, a SET that turns printing back on would print a bar itself
            for name, value in reversed(list(zip(settings, was, strict=True))):
                con.execute(f"SET {name} = {sql_literal(value) if isinstance(value, str) else value}")
