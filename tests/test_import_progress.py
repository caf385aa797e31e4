"""An import's progress on a real terminal: a bar with the step, the rows read, MB/s and an ETA."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

from conftest import MODERN
from conftest import REGION_REDUCED as REGION_REDUCED_FILE
from dyadscope.schema import EVENTS_ORDER
from dyadscope.sources.reading import check_readable
from dyadscope.store import import_progress, ingest, writing
from dyadscope.store.db import Store
from dyadscope.store.ingest import import_file

REGION = Path(ingest.__file__).parents[1] / "data" / "ged_syria_iraq_region_2003_2019.csv.gz"

CLI = "import sys; from dyadscope.cli import main; sys.exit(main(sys.argv[1:]))"


def _on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal (as a user's shell has it); its exit code and what it drew."""
    master, slave = os.openpty()
    env = {**os.environ, "COLUMNS": "160", "LINES": "40", "TERM": "xterm-256color"}
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    drawn = b""
    try:
        while chunk := os.read(master, 1 << 16):
            drawn += chunk
    except OSError:  # EIO: the child closed the terminal
        pass
    finally:
        os.close(master)
    return proc.wait(timeout=300), drawn.decode("utf-8", errors="replace")


def test_an_import_on_a_terminal_draws_a_bar_with_rows_rate_and_eta(tmp_path):
    code, drawn = _on_a_terminal("--db", str(tmp_path / "s.duckdb"), "import", str(MODERN))
    assert code == 0
    assert "\x1b[" in drawn  # a terminal gets the bar (cursor moves), not plain lines
    assert "MB/s" in drawn and "ETA" in drawn
    assert "read 60 rows; resolving places and actors" in drawn
    assert "60 new, 0 updated, 0 unchanged, 0 quarantined" in drawn


class _Recorder:
    """A progress object as the CLI's bar is one: the lines said and every (description, fraction) shown."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.steps: list[tuple[str, float]] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)

    def step(self, description: str, fraction: float) -> None:
        self.steps.append((description, fraction))


def test_the_check_tells_the_share_of_a_gzip_read_chunk_by_chunk(tmp_path):
    text = "".join(f"{i},Place {i},{i % 97}\n" for i in range(200_000)).encode()
    path = tmp_path / "big.csv.gz"
    path.write_bytes(gzip.compress(text, compresslevel=0))  # stored blocks: about 4 chunks of the check
    shares: list[float] = []
    check_readable(path, done=shares.append)
    assert len(shares) >= 3 and shares == sorted(set(shares)) and shares[-1] == 1.0
    assert shares[0] < 0.5  # the first chunk's share, of the compressed bytes, not of the text


def test_long_statements_move_the_bar_inside_their_steps_and_print_nothing(monkeypatch, capfd):
    """The pass and the write of a big file take minutes: DuckDB's query_progress moves the bar meanwhile."""
    monkeypatch.setattr(import_progress, "POLL_SECONDS", 0.001)
    store = Store(":memory:")
    settings = "SELECT current_setting('enable_progress_bar'), current_setting('progress_bar_time')"
    before = store.con.execute(settings).fetchone()
    recorder = _Recorder()
    report = import_file(store, REGION, progress=recorder)
    fractions = [f for _, f in recorder.steps]
    assert report.imported == report.rows_read > 10_000 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)  # never backwards, polled or not
    starts = import_progress.step_starts(REGION)
    assert starts["reading"] == import_progress.GZIP_CHECK_SHARE  # a gzip's check takes its measured share
    checking = [f for d, f in recorder.steps if d.startswith("checking ")]
    assert checking[-1] == starts["reading"]  # the check told its shares up to the end of its step
    inside = [f for f in fractions if starts["reading"] < f < starts["validating"] or starts["writing"] < f < 1]
    assert inside, "no fraction from DuckDB's progress inside the pass or the write"
    assert store.con.execute(settings).fetchone() == before  # DuckDB's own settings as they were
    printed = capfd.readouterr()
    assert printed.out == "" and printed.err == ""  # DuckDB's own bar never drawn: the library never prints


def test_an_ordered_write_tells_the_rows_written_batch_by_batch(monkeypatch):
    """Fails on the old importer: its one INSERT left DuckDB's count at 17% for a 20M-row write (the bar stood)."""
    monkeypatch.setattr(writing, "WRITE_BATCH_ROWS", 200)
    store = Store(":memory:")
    recorder = _Recorder()
    report = import_file(store, REGION_REDUCED_FILE, progress=recorder)
    assert report.imported == report.rows_read == 925
    batches = [(d, f) for d, f in recorder.steps if d.startswith("writing events (")]
    assert [d for d, _ in batches] == [f"writing events ({n:,} of 925)" for n in (200, 400, 600, 800, 925)]
    assert batches[-1][0].in_lang("da") == "skriver hændelser (925 af 925)"
    starts = import_progress.step_starts(REGION_REDUCED_FILE)
    shares = [f for _, f in batches]
    assert shares == sorted(shares) and starts["writing"] < shares[0] < shares[-1] == 1.0
    # the rows went in whole and in the store's order, batch after batch
    order = store.con.execute(
        f"SELECT count(*) FROM (SELECT uid, row_number() OVER (ORDER BY rowid) AS k, row_number() OVER "
        f"(ORDER BY {EVENTS_ORDER}, rowid) AS s FROM events) WHERE k <> s"
    ).fetchone()
    assert order[0] == 0
