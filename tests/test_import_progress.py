"""An import's progress on a real terminal: a bar with the step, the rows read, MB/s and an ETA."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import MODERN

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
