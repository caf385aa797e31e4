"""The demo: a fresh store from the bundled UCDP data, and the analyses behind the article in
shared/articles (ISIS and the Syrian government, 2014 and 2016-04..2017-03).

Used by `dyadscope demo` and by the tests, so both see the same store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb

from dyadscope.analysis.targeting import TargetingResult
from dyadscope.api import Dyadscope
from dyadscope.errors import InputError
from dyadscope.i18n import msg
from dyadscope.store.ingest import ImportReport, Progress

BUNDLED_FILES = ("ged_syria_iraq_region_2003_2019.csv.gz", "ged_syria_2016_2019_v191.csv.gz")
WINDOWS = (
    ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
    ("2016-04..2017-03", dt.date(2016, 4, 1), dt.date(2017, 3, 31)),
)


@dataclass
class DemoAnalysis:
    """One titled analysis of the demo."""

    title: str
    result: TargetingResult


def bundled_path(name: str) -> Path:
    """Path of a bundled data file inside the installed package."""
    return Path(str(resources.files("dyadscope.data") / name))


# The tables a store has (store/db.py); a file with any other table is not one the demo may replace.
_STORE_TABLES = {"events", "quarantine", "import_log", "links", "meta"}


def refuse_to_replace(path: Path) -> None:
    """Raise InputError unless `path` is absent or a store holding nothing but the demo's own imports."""
    if not path.exists():
        return
    how = msg("errors.demo_never_replaces", path=str(path))
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(msg("errors.demo_cannot_open", path=str(path), why=first, how=how)) from exc
    try:
        tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if tables - _STORE_TABLES:
            foreign = ", ".join(sorted(tables - _STORE_TABLES))
            raise InputError(msg("errors.demo_foreign_tables", path=str(path), tables=foreign, how=how))
        files = set()
        if "import_log" in tables:
            files = {row[0] for row in con.execute("SELECT DISTINCT source_file FROM import_log").fetchall()}
        events = con.execute("SELECT count(*) FROM events").fetchone()[0] if "events" in tables else 0
    finally:
        con.close()
    own = sorted(str(name) for name in files - set(BUNDLED_FILES))
    if own or (events and not files):
        shown = ", ".join(own[:3]) + (f" and {len(own) - 3} more" if len(own) > 3 else "") if own else "events"
        raise InputError(msg("errors.demo_own_imports", path=str(path), shown=shown, how=how))


def build_demo_store(db: str | Path, progress: Progress | None = None) -> tuple[Dyadscope, list[ImportReport]]:
    """Create a fresh store at `db` holding the bundled UCDP files. A store holding anything but an earlier
    demo is never replaced: InputError says so and what to do."""
    path = Path(db)
    if str(db) != ":memory:":
        refuse_to_replace(path)
    for stale in (path, path.with_name(path.name + ".wal")):
        if str(db) != ":memory:" and stale.exists():
            stale.unlink()
    ds = Dyadscope(db)
    # The bundled files are small: keep every raw row, so any figure of the demo traces to its record.
    reports = [ds.import_file(bundled_path(name), progress=progress, keep_raw=True) for name in BUNDLED_FILES]
    return ds, reports


def demo_analyses(ds: Dyadscope) -> list[DemoAnalysis]:
    """The article's questions, asked of the data: counterpart classes of ISIS, and government by governorate."""
    analyses = []
    for label, start, end in WINDOWS:
        analyses.append(
            DemoAnalysis(
                msg("cli.demo_isis", window=label),
                ds.targets("ISIS", country="SYR", start=start, end=end, by="class"),
            )
        )
        analyses.append(
            DemoAnalysis(
                msg("cli.demo_government", window=label),
                ds.targets("Government of Syria", country="SYR", start=start, end=end, by="admin1", with_actor="ISIS"),
            )
        )
    return analyses
